import type { Context } from '../../../../context.js';
import { println } from '../../../../io/print.js';
import { normalizeProviderId } from '../../../../providers.js';
import { locateAgentStore } from '../../../../store/agent-store.js';
import { readAuthStore, readOrder } from '../../../../store/auth-profiles.js';
import { agentArgs, delegateIfSqlite } from '../../../../openclaw/delegate.js';

export interface OrderGetOptions {
  provider: string;
  agent?: string;
  json?: boolean;
}

export async function orderGet(ctx: Context, options: OrderGetOptions): Promise<number> {
  const provider = normalizeProviderId(options.provider);
  const target = await locateAgentStore(ctx, options.agent);
  // OpenClaw 2026.6+ (SQLite store): its own command does it.
  if (await delegateIfSqlite(ctx, target.storePath, ['models', 'auth', 'order', 'get', '--provider', provider, ...agentArgs(options.agent), ...(options.json ? ['--json'] : [])])) return 0;
  const order = readOrder((await readAuthStore(target.storePath)).raw, provider) ?? null;
  if (options.json) {
    println(ctx.stdout, JSON.stringify({ agentId: target.agentId, agentDir: target.agentDir, provider, authStorePath: target.storePath, order }, null, 2));
    return 0;
  }
  println(ctx.stdout, `Agent: ${target.agentId}`);
  println(ctx.stdout, `Provider: ${provider}`);
  println(ctx.stdout, `Auth file: ${ctx.show(target.storePath)}`);
  println(ctx.stdout, `Order override: ${order ? order.join(', ') : '(none)'}`);
  return 0;
}
