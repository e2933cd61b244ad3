import type { Context } from '../../../../context.js';
import { UsageError } from '../../../../errors.js';
import { println } from '../../../../io/print.js';
import { normalizeProviderId } from '../../../../providers.js';
import { locateAgentStore } from '../../../../store/agent-store.js';
import { authStoreFor } from '../../../../auth-store/auth-store.js';

export interface OrderSetOptions {
  provider: string;
  agent?: string;
  profileIds: string[];
}

export async function orderSet(ctx: Context, options: OrderSetOptions): Promise<number> {
  const provider = normalizeProviderId(options.provider);
  const ids = [...new Set(options.profileIds.map((id) => id.trim()).filter(Boolean))];
  if (!ids.length) {
    throw new UsageError('give the profile ids in the order to use them', {
      hint: `openclaw-auth models auth order set --provider ${provider || 'anthropic'} ${provider || 'anthropic'}:work ${provider || 'anthropic'}:manual`,
    });
  }
  const target = await locateAgentStore(ctx, options.agent);
  const change = await authStoreFor(ctx, target, options.agent).setOrder(provider, ids);
  for (const line of change.lines) println(ctx.stdout, line);
  if (change.gatewayNote) println(ctx.stderr, change.gatewayNote);
  return 0;
}
