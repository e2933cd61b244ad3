// Removing a profile leaves nothing behind: the store entry with its order and usage records, the
// openclaw.json entry, and the keychain entry that held its secret — all of it or none of it.
// Everything happens in one transaction under the store's lock, so the decision that a keychain
// entry is unused and its removal cannot be overtaken by a concurrent paste of the same profile.
import { existsSync } from 'node:fs';
import { isKeychainRef } from '../secrets/exec-provider.js';
import { deleteOutcome, type Keychain } from '../secrets/keychain.js';
import { probeKeychain } from '../secrets/keychain-probe.js';
import { CliError } from '../errors.js';
import { deleteProfile, findProfile, profileEntry, refInUse, secretRef, transactAuthStore, type AuthProfile } from './auth-profiles.js';
import { forgetAuthProfile, readConfig, updateConfig } from './config.js';

export interface RemovedProfile {
  profile: AuthProfile | undefined;
  /** undefined: the secret was not in the keychain (or another profile still uses its entry); false: its entry was already gone. */
  keychainEntryRemoved?: boolean;
  keychainEntry?: string;
  /** Set when the entry stays because another profile points at it too. */
  keychainEntryShared?: boolean;
  /** Set when the keychain never answered the delete: the entry may remain, used by no profile. */
  keychainEntryMayRemain?: boolean;
}

export class RemoveProfileError extends CliError {}

/** Undefined when there is no such profile. */
export async function removeProfile(storePath: string, configPath: string, profileId: string, keychain: () => Keychain, options: { stateDir?: string } = {}): Promise<RemovedProfile | undefined> {
  // A config that cannot be rewritten stops us before anything changes.
  const configExists = existsSync(configPath);
  if (configExists) await readConfig(configPath);
  return transactAuthStore(
    storePath,
    async (tx) => {
      if (!profileEntry(tx.store, profileId)) return undefined;
      const profile = findProfile(tx.store, profileId);
      const ref = profile ? secretRef(profile) : undefined;
      deleteProfile(tx.store, profileId);
      const ours = isKeychainRef(ref) ? ref.id : undefined;
      const shared = ours !== undefined && refInUse(tx.store, ours);
      const account = shared ? undefined : ours;

      // Reach the keychain before changing anything: a locked or absent keyring leaves all as it was.
      let secret: string | undefined;
      if (account !== undefined) {
        const unreachable = (reason: string) =>
          new RemoveProfileError(`nothing changed: ${profileId} keeps its profile and its secret, because ${reason}`, {
            hint: 'unlock the keyring (log in to the desktop session, or: echo -n "$PASSWORD" | gnome-keyring-daemon --unlock), then run logout again',
          });
        try {
          secret = await keychain().get(account);
        } catch (error) {
          throw unreachable(error instanceof Error ? error.message : String(error));
        }
        // A locked keyring answers "no such entry" too: tell that from an entry really gone.
        if (secret === undefined) {
          const probe = await probeKeychain(keychain());
          if (!probe.available) throw unreachable(`OS keychain unavailable: ${probe.reason}`);
        }
      }
      await tx.commit();
      let removed: boolean | undefined;
      let mayRemain = false;
      if (account !== undefined) {
        try {
          removed = await keychain().delete(account);
        } catch (error) {
          // A delete whose reply was lost (a busy daemon) or that outlived its time box may have gone
          // through: putting the profile back then would leave it pointing at an entry that is gone.
          // Read what it did before deciding.
          const outcome = await deleteOutcome(keychain(), account, error);
          if (outcome === 'failed') {
            await tx.rollback();
            throw new RemoveProfileError(`nothing changed: the keychain refused to remove ${account} (${error instanceof Error ? error.message : String(error)})`);
          }
          // 'done': removed after all. 'unknown': the profile stays removed (what was asked); the
          // entry may remain, unused, for doctor --fix — never a profile whose secret vanished.
          removed = outcome === 'done' ? true : undefined;
          mayRemain = outcome === 'unknown';
        }
      }
      if (configExists) {
        try {
          await updateConfig(configPath, (config) => forgetAuthProfile(config, profileId), options);
        } catch (error) {
          // Put the secret and the profile back: the user keeps a working credential.
          if (account !== undefined && secret !== undefined) await keychain().set(account, secret);
          await tx.rollback();
          throw error;
        }
      }
      const result: RemovedProfile = { profile };
      if (ours !== undefined) result.keychainEntry = ours;
      if (removed !== undefined) result.keychainEntryRemoved = removed;
      if (mayRemain) result.keychainEntryMayRemain = true;
      if (shared) result.keychainEntryShared = true;
      return result;
    },
    options,
  );
}
