// The agent's auth-profiles.json (OpenClaw before 2026.6), written by us under OpenClaw's lock.
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { listProfiles, updateAuthStore, writeOrder } from '../store/auth-profiles.js';
import { saveToAuthProfilesJson } from '../store/profile-destination/auth-profiles-json.js';
import { removeProfile } from '../store/remove-profile.js';
import type { AuthStore, AuthStoreImplementation } from './types.js';
import { existsSync } from 'node:fs';

export function jsonStore(ctx: Context, store: AuthStore): AuthStoreImplementation {
  return {
    save: (input) => saveToAuthProfilesJson(input),
    remove: (profileId) => removeProfile(store.storePath, ctx.paths.configPath, profileId, ctx.keychain, { stateDir: ctx.paths.stateDir }),
    async setOrder(provider, ids) {
      if (!ids) {
        // Nothing to clear in a store that does not exist; do not create one just to say so.
        if (existsSync(store.storePath)) await updateAuthStore(store.storePath, (raw) => writeOrder(raw, provider, undefined));
        // OpenClaw's words, lines included.
        return { lines: [`Agent: ${store.agentId}`, `Provider: ${provider}`, 'Cleared per-agent order override.'] };
      }
      await updateAuthStore(store.storePath, (raw) => {
        const profiles = new Map(listProfiles(raw).map((profile) => [profile.id, profile]));
        for (const id of ids) {
          const profile = profiles.get(id);
          if (!profile) throw new UsageError(`Auth profile "${id}" not found in ${ctx.show(store.agentDir)}.`, { hint: 'openclaw-auth models status' });
          if (profile.provider !== provider) throw new UsageError(`Auth profile "${id}" is for ${profile.provider}, not ${provider}.`);
        }
        writeOrder(raw, provider, [...ids]);
      });
      return { lines: [`Auth file: ${ctx.show(store.storePath)}`, `✓ Order override for ${provider}: ${ids.join(', ')}`] };
    },
  };
}
