// Removing a profile leaves nothing behind: the store entry with its order and usage records, the
// openclaw.json entry, and the keychain entry that held its secret.
import { existsSync } from 'node:fs';
import { isKeychainRef } from '../secrets/exec-provider.js';
import type { Keychain } from '../secrets/keychain.js';
import { deleteProfile, isJsonObject, parseProfile, readAuthStore, updateAuthStore, type AuthProfile } from './auth-profiles.js';
import { forgetAuthProfile, updateConfig } from './config.js';

export interface RemovedProfile {
  profile: AuthProfile | undefined;
  /** undefined: the secret was not in the keychain; false: its entry was already gone. */
  keychainEntryRemoved?: boolean;
  keychainEntry?: string;
}

/** Undefined when there is no such profile. */
export async function removeProfile(storePath: string, configPath: string, profileId: string, keychain: () => Keychain): Promise<RemovedProfile | undefined> {
  const entry = (await readAuthStore(storePath)).raw.profiles[profileId];
  if (!entry) return undefined;
  const profile = isJsonObject(entry) ? parseProfile(profileId, entry) : undefined;
  await updateAuthStore(storePath, (store) => deleteProfile(store, profileId));
  if (existsSync(configPath)) await updateConfig(configPath, (config) => forgetAuthProfile(config, profileId));
  const ref = profile?.tokenRef ?? profile?.keyRef;
  if (!isKeychainRef(ref)) return { profile };
  return { profile, keychainEntry: ref.id, keychainEntryRemoved: await keychain().delete(ref.id) };
}
