// `openclaw-auth models auth logout <profileId> [--yes] [--agent <id>]` (OpenClaw 2026.6+'s words):
// removes the profile from the store (with its order and usage entries), from openclaw.json, and
// its keychain entry, so nothing is left behind.
import { authStoreFor } from '../../../auth-store/auth-store.js';
import { keychainRemovalLine } from '../../../auth-store/removal-report.js';
import type { Context } from '../../../context.js';
import { UsageError } from '../../../errors.js';
import { confirmOrRequireYes } from '../../../io/confirm.js';
import { println } from '../../../io/print.js';
import { locateAgentStore } from '../../../store/agent-store.js';
import { profileEntry, readAuthStore } from '../../../store/auth-profiles.js';

export interface LogoutOptions {
  profileId: string;
  yes?: boolean;
  agent?: string;
}

export async function logout(ctx: Context, options: LogoutOptions): Promise<number> {
  const target = await locateAgentStore(ctx, options.agent);
  const store = authStoreFor(ctx, target, options.agent);
  const notFound = () => new UsageError(`Auth profile "${options.profileId}" not found for agent "${target.agentId}".`, { hint: 'openclaw-auth models status' });
  // OpenClaw's store: its own logout says when there is no such profile.
  if (store.kind() === 'auth-profiles.json' && !profileEntry((await readAuthStore(target.storePath)).raw, options.profileId)) throw notFound();
  await confirmOrRequireYes(ctx, `Remove auth profile ${options.profileId}?`, options.yes);
  const removed = await store.remove(options.profileId);
  if (!removed) throw notFound();
  if (removed.openclawLines) {
    for (const line of removed.openclawLines) println(ctx.stdout, line);
  } else {
    const { profile } = removed;
    println(ctx.stdout, `Removed auth profile: ${options.profileId} (${profile ? `${profile.provider}/${profile.type}` : 'unknown type'})`);
  }
  if (removed.gatewayNote) println(ctx.stderr, removed.gatewayNote);
  const keychainLine = keychainRemovalLine(ctx, removed);
  if (keychainLine) println(ctx.stdout, keychainLine);
  return 0;
}
