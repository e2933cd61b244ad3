// `openclaw-auth models auth logout <profileId> [--yes] [--agent <id>]` (OpenClaw 2026.6+'s words):
// removes the profile from the store (with its order and usage entries), from openclaw.json, and
// its keychain entry, so nothing is left behind.
import { existsSync } from 'node:fs';
import type { Context } from '../../../context.js';
import { UsageError } from '../../../errors.js';
import { confirmOrRequireYes } from '../../../io/confirm.js';
import { println } from '../../../io/print.js';
import { isKeychainRef } from '../../../secrets/exec-provider.js';
import { locateAgentStore } from '../../../store/agent-store.js';
import { deleteProfile, isJsonObject, parseProfile, readAuthStore, updateAuthStore } from '../../../store/auth-profiles.js';
import { forgetAuthProfile, updateConfig } from '../../../store/config.js';

export interface LogoutOptions {
  profileId: string;
  yes?: boolean;
  agent?: string;
}

export async function logout(ctx: Context, options: LogoutOptions): Promise<number> {
  const target = await locateAgentStore(ctx, options.agent);
  const entry = (await readAuthStore(target.storePath)).raw.profiles[options.profileId];
  const profile = isJsonObject(entry) ? parseProfile(options.profileId, entry) : undefined;
  if (!entry) {
    throw new UsageError(`Auth profile "${options.profileId}" not found for agent "${target.agentId}".`, { hint: 'openclaw-auth models status' });
  }
  await confirmOrRequireYes(ctx, `Remove auth profile ${options.profileId}?`, options.yes);

  await updateAuthStore(target.storePath, (store) => deleteProfile(store, options.profileId));
  if (existsSync(ctx.paths.configPath)) await updateConfig(ctx.paths.configPath, (config) => forgetAuthProfile(config, options.profileId));
  println(ctx.stdout, `Removed auth profile: ${options.profileId} (${profile ? `${profile.provider}/${profile.type}` : 'unknown type'})`);

  const ref = profile?.tokenRef ?? profile?.keyRef;
  if (isKeychainRef(ref)) {
    const keychain = ctx.keychain();
    const removed = await keychain.delete(ref.id);
    println(ctx.stdout, removed ? `✓ Removed its secret from the ${keychain.describe(ref.id)}` : `! Its keychain entry was already gone (${ref.id})`);
  }
  return 0;
}
