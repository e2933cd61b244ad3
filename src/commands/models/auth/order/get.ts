import type { Context } from '../../../../context.js';
import { println } from '../../../../io/print.js';
import { normalizeProviderId } from '../../../../providers.js';
import { locateAgentStore } from '../../../../store/agent-store.js';
import { readAuthStore, readOrder } from '../../../../store/auth-profiles.js';
import { authStoreFor } from '../../../../auth-store/auth-store.js';
import { loadStatusView } from '../../../../status/load-status.js';

export interface OrderGetOptions {
  provider: string;
  agent?: string;
  json?: boolean;
}

export async function orderGet(ctx: Context, options: OrderGetOptions): Promise<number> {
  const provider = normalizeProviderId(options.provider);
  const target = await locateAgentStore(ctx, options.agent);
  const store = authStoreFor(ctx, target, options.agent);
  // OpenClaw 2026.6+ (SQLite store): read it ourselves where this Node can (~50 ms against OpenClaw's
  // ~9 s), in OpenClaw 2026.9's words; otherwise its own command does it.
  if (store.databaseOnDisk) {
    const { status, store, authStatePath } = await loadStatusView(ctx, options.agent);
    const { layout } = status.auth;
    if (layout.era === 'sqlite' && layout.read === 'direct') {
      const order = readOrder(store, provider) ?? null;
      if (options.json) {
        println(ctx.stdout, JSON.stringify({ agentId: target.agentId, agentDir: target.agentDir, provider, authStatePath: ctx.show(authStatePath ?? status.auth.storePath), order }, null, 2));
        return 0;
      }
      println(ctx.stdout, `Agent: ${target.agentId}`);
      println(ctx.stdout, `Provider: ${provider}`);
      println(ctx.stdout, `Auth state store: ${ctx.show(authStatePath ?? status.auth.storePath)}`);
      println(ctx.stdout, `Auth profile order override: ${order ? order.join(', ') : 'none (selecting automatically)'}`);
      return 0;
    }
  }
  if (store.kind() === 'openclaw') {
    const result = await store.runOpenclaw(['models', 'auth', 'order', 'get', '--provider', provider, ...store.agentArgs, ...(options.json ? ['--json'] : [])]);
    for (const line of result.lines) println(ctx.stdout, line);
    return 0;
  }
  const order = readOrder((await readAuthStore(target.storePath)).raw, provider) ?? null;
  if (options.json) {
    // As OpenClaw prints it: ~/… (its agentDir stays absolute).
    println(ctx.stdout, JSON.stringify({ agentId: target.agentId, agentDir: target.agentDir, provider, authStorePath: ctx.show(target.storePath), order }, null, 2));
    return 0;
  }
  println(ctx.stdout, `Agent: ${target.agentId}`);
  println(ctx.stdout, `Provider: ${provider}`);
  println(ctx.stdout, `Auth file: ${ctx.show(target.storePath)}`);
  println(ctx.stdout, `Order override: ${order ? order.join(', ') : '(none)'}`);
  return 0;
}
