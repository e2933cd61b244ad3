import type { Context } from '../../../../context.js';
import { UsageError } from '../../../../errors.js';
import { println } from '../../../../io/print.js';
import { normalizeProviderId } from '../../../../providers.js';
import { locateAgentStore } from '../../../../store/agent-store.js';
import { listProfiles, updateAuthStore, writeOrder } from '../../../../store/auth-profiles.js';
import { agentArgs, delegateIfSqlite } from '../../../../openclaw/delegate.js';

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
  // OpenClaw 2026.6+ (SQLite store): its own command does it.
  if (await delegateIfSqlite(ctx, target.storePath, ['models', 'auth', 'order', 'set', '--provider', provider, ...ids, ...agentArgs(options.agent)])) return 0;
  await updateAuthStore(target.storePath, (store) => {
    const profiles = new Map(listProfiles(store).map((profile) => [profile.id, profile]));
    for (const id of ids) {
      const profile = profiles.get(id);
      if (!profile) throw new UsageError(`Auth profile "${id}" not found in ${ctx.show(target.agentDir)}.`, { hint: 'openclaw-auth models status' });
      if (profile.provider !== provider) throw new UsageError(`Auth profile "${id}" is for ${profile.provider}, not ${provider}.`);
    }
    writeOrder(store, provider, ids);
  });
  println(ctx.stdout, `Auth file: ${ctx.show(target.storePath)}`);
  println(ctx.stdout, `✓ Order override for ${provider}: ${ids.join(', ')}`);
  return 0;
}
