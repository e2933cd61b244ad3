// The profile into the agent's auth-profiles.json (OpenClaw before 2026.6), under OpenClaw's lock,
// with its secret inline or in the OS keychain behind an exec ref. The order matters:
//   1. read the store and config first, so a corrupt file stops us before anything is written;
//   2. under the store's lock: put the secret in the keychain under an account the profile does not
//      use now, and read it back (a second writer of the same id waits for the lock, so it cannot
//      overwrite that account between our write and our read). Whether the keychain works was
//      probed before the lock: if not, and the user did not insist on it, that is said *before*
//      falling back to the file (gh warns after, too late);
//   3. still under the lock: the resolver, the profile, then openclaw.json; a failure puts both
//      back and removes the new entry (a full disk never leaves it orphaned);
//   4. remove the keychain entry the profile used before, so none is orphaned — still under the
//      lock, so a concurrent logout or paste never finds a profile whose entry is gone.
import { freshKeychainAccount, installResolverLauncher, keychainRef, registerExecProvider } from '../../secrets/exec-provider.js';
import { findProfile, putProfile, readAuthStore, refInUse, secretRef, transactAuthStore, type JsonObject } from '../auth-profiles.js';
import { readConfig, recordAuthProfile, updateConfig } from '../config.js';
import type { SaveCredentialInput, SavedCredential } from '../credential-types.js';
import { dropReplacedEntry, usableKeychain } from '../secret-location/keychain.js';
import { storeVerified } from '../../secrets/keychain.js';

export async function saveToAuthProfilesJson(input: SaveCredentialInput): Promise<SavedCredential> {
  // 1. Fail on a corrupt or unreadable file before anything is written anywhere; a keychain that
  //    cannot be used is said now too, before anything is written (probed with an entry of its own).
  await readAuthStore(input.storePath);
  await readConfig(input.configPath);
  const keychain = input.storage === 'file' ? undefined : await usableKeychain(input, input.show(input.storePath));

  // 2–4. One transaction under the store's lock, so no other writer (a logout, a second paste of
  //    the same id) sees a state between its steps or writes the same keychain account meanwhile:
  //    the secret goes under an account the profile does not use now and is read back (a keychain
  //    that fails is said before any file is written, then the file is used unless the user insisted
  //    on the keychain), then the resolver OpenClaw runs, the profile, openclaw.json; only when all
  //    of that is written is the old keychain entry removed. Any failure puts back what was there and
  //    removes only the new entry.
  return transactAuthStore(
    input.storePath,
    async (tx): Promise<SavedCredential> => {
      const previous = findProfile(tx.store, input.profileId);
      const oldRef = previous ? secretRef(previous) : undefined;
      const account = freshKeychainAccount(input.agentId, input.profileId, oldRef);
      if (keychain) await storeVerified(keychain, account, input.secret);
      // The new entry is this profile's other generation: nothing else points at it.
      const dropNew = async () => {
        if (keychain) await keychain.delete(account).catch(() => false);
      };
      let launcher: string | undefined;
      try {
        // The resolver OpenClaw runs for keychain refs (rewritten each time: it names this node).
        launcher = keychain ? await installResolverLauncher(input.stateDir) : undefined;
      } catch (error) {
        await dropNew();
        throw error;
      }

      const entry: JsonObject = { type: input.kind, provider: input.provider };
      const field = input.kind === 'token' ? 'token' : 'key';
      if (keychain) entry[`${field}Ref`] = keychainRef(account);
      else entry[field] = input.secret;
      if (input.kind === 'token' && input.expires !== undefined) entry.expires = input.expires;
      putProfile(tx.store, input.profileId, entry);
      try {
        await tx.commit();
      } catch (error) {
        await tx.rollback().catch(() => undefined);
        await dropNew();
        throw error;
      }
      try {
        await updateConfig(
          input.configPath,
          (config) => {
            recordAuthProfile(config, input.profileId, input.provider, input.kind, { keepOrder: input.keepOrder ?? false });
            if (keychain && launcher) registerExecProvider(config, launcher);
          },
          { stateDir: input.stateDir },
        );
      } catch (error) {
        await tx.rollback().catch(() => undefined);
        await dropNew();
        throw error;
      }

      // No orphaned keychain entries: the one the profile used before goes, unless another
      // profile still points at it (an account two ids shared before 0.2).
      if (oldRef && !refInUse(tx.store, oldRef.id)) await dropReplacedEntry(input, oldRef, account, keychain);
      return keychain
        ? { storage: 'keychain', profileId: input.profileId, location: keychain.describe(account) }
        : { storage: 'file', profileId: input.profileId, location: input.show(input.storePath) };
    },
    { stateDir: input.stateDir },
  );
}
