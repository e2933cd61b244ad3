// `openclaw-auth models auth logout <profileId> [--yes] [--agent <id>]` (OpenClaw 2026.6+'s words):
// removes the profile from the store (with its order and usage entries), from openclaw.json, and
// its keychain entry, so nothing is left behind.
import type { Context } from '../../../context.js';
import { UsageError } from '../../../errors.js';
import { confirmOrRequireYes } from '../../../io/confirm.js';
import { println } from '../../../io/print.js';
import { locateAgentStore } from '../../../store/agent-store.js';
import { profileEntry, readAuthStore } from '../../../store/auth-profiles.js';
import { removeProfile } from '../../../store/remove-profile.js';
import { sqliteDatabaseForWrite } from '../../../openclaw/delegate.js';
import { logoutThroughOpenclaw } from '../../../openclaw/sqlite-actions.js';

export interface LogoutOptions {
  profileId: string;
  yes?: boolean;
  agent?: string;
}

export async function logout(ctx: Context, options: LogoutOptions): Promise<number> {
  const target = await locateAgentStore(ctx, options.agent);
  const database = sqliteDatabaseForWrite(ctx, target.storePath);
  if (database) {
    // OpenClaw 2026.6+ (SQLite store): ask here, then let its own command remove it; the keychain
    // entry and the metadata we kept for it are ours to remove.
    await confirmOrRequireYes(ctx, `Remove auth profile ${options.profileId}?`, options.yes);
    const result = await logoutThroughOpenclaw(ctx, database, target.agentId, options.agent, options.profileId);
    for (const line of result.lines) println(ctx.stdout, line);
    if (result.gatewayNote) println(ctx.stderr, result.gatewayNote);
    if (result.keychainAccount) {
      println(ctx.stdout, result.keychainEntryRemoved ? `✓ Removed its secret from the ${ctx.keychain().describe(result.keychainAccount)}` : `! Its keychain entry was already gone (${result.keychainAccount})`);
    }
    return 0;
  }
  const notFound = () => new UsageError(`Auth profile "${options.profileId}" not found for agent "${target.agentId}".`, { hint: 'openclaw-auth models status' });
  if (!profileEntry((await readAuthStore(target.storePath)).raw, options.profileId)) throw notFound();
  await confirmOrRequireYes(ctx, `Remove auth profile ${options.profileId}?`, options.yes);
  const removed = await removeProfile(target.storePath, ctx.paths.configPath, options.profileId, ctx.keychain, { stateDir: ctx.paths.stateDir });
  if (!removed) throw notFound();
  const { profile } = removed;
  println(ctx.stdout, `Removed auth profile: ${options.profileId} (${profile ? `${profile.provider}/${profile.type}` : 'unknown type'})`);
  if (removed.keychainEntryShared) {
    println(ctx.stdout, `! Its keychain entry ${removed.keychainEntry} stays: another profile points at it too`);
  } else if (removed.keychainEntryMayRemain) {
    println(ctx.stdout, `! The keychain did not answer the removal of ${removed.keychainEntry}: it may remain, unused (openclaw-auth doctor --fix removes unused entries)`);
  } else if (removed.keychainEntry !== undefined) {
    const where = ctx.keychain().describe(removed.keychainEntry);
    println(ctx.stdout, removed.keychainEntryRemoved ? `✓ Removed its secret from the ${where}` : `! Its keychain entry was already gone (${removed.keychainEntry})`);
  }
  return 0;
}

