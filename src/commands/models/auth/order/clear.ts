import type { Context } from '../../../../context.js';
import { println } from '../../../../io/print.js';
import { normalizeProviderId } from '../../../../providers.js';
import { locateAgentStore } from '../../../../store/agent-store.js';
import { authStoreFor } from '../../../../auth-store/auth-store.js';

export interface OrderClearOptions {
  provider: string;
  agent?: string;
}

export async function orderClear(ctx: Context, options: OrderClearOptions): Promise<number> {
  const provider = normalizeProviderId(options.provider);
  const target = await locateAgentStore(ctx, options.agent);
  const change = await authStoreFor(ctx, target, options.agent).setOrder(provider, undefined);
  for (const line of change.lines) println(ctx.stdout, line);
  if (change.gatewayNote) println(ctx.stderr, change.gatewayNote);
  return 0;
}
