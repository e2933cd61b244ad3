import { existsSync } from 'node:fs';
import type { Context } from '../../../../context.js';
import { println } from '../../../../io/print.js';
import { normalizeProviderId } from '../../../../providers.js';
import { locateAgentStore } from '../../../../store/agent-store.js';
import { updateAuthStore, writeOrder } from '../../../../store/auth-profiles.js';
import { agentArgs, delegateIfSqlite } from '../../../../openclaw/delegate.js';

export interface OrderClearOptions {
  provider: string;
  agent?: string;
}

export async function orderClear(ctx: Context, options: OrderClearOptions): Promise<number> {
  const provider = normalizeProviderId(options.provider);
  const target = await locateAgentStore(ctx, options.agent);
  // OpenClaw 2026.6+ (SQLite store): its own command does it.
  if (await delegateIfSqlite(ctx, target.storePath, ['models', 'auth', 'order', 'clear', '--provider', provider, ...agentArgs(options.agent)])) return 0;
  // Nothing to clear in a store that does not exist; do not create one just to say so.
  if (existsSync(target.storePath)) await updateAuthStore(target.storePath, (store) => writeOrder(store, provider, undefined));
  // OpenClaw's words, lines included.
  println(ctx.stdout, `Agent: ${target.agentId}`);
  println(ctx.stdout, `Provider: ${provider}`);
  println(ctx.stdout, 'Cleared per-agent order override.');
  return 0;
}
