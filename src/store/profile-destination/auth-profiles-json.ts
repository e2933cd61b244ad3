// The profile into the agent's auth-profiles.json (OpenClaw before 2026.6), under OpenClaw's lock,
// with its secret inline or in the OS keychain behind an exec ref. The order matters:
//   1. read the store and config first, so a corrupt file stops us before anything is written;
//   2. put the secret in the keychain under an account the profile does not use now, and read it
//      back; if that fails and the user did not insist on the keychain, say so *before* falling
//      back to the file (gh warns after, too late);
//   3. under the store's lock: write the profile, then openclaw.json; a failure puts both back and
//      removes the new entry;
//   4. remove the keychain entry the profile used before, so none is orphaned — still under the
//      lock, so a concurrent logout or paste never finds a profile whose entry is gone.
import { freshKeychainAccount, installResolverLauncher, keychainRef, registerExecProvider } from '../../secrets/exec-provider.js';
import { storeVerified } from '../../secrets/keychain.js';
import { findProfile, putProfile, readAuthStore, refInUse, secretRef, transactAuthStore, type JsonObject } from '../auth-profiles.js';
import { readConfig, recordAuthProfile, updateConfig } from '../config.js';
import type { SaveCredentialInput, SavedCredential } from '../credential-types.js';
import { dropReplacedEntry, placeInKeychain } from '../secret-location/keychain.js';

export async function saveToAuthProfilesJson(input: SaveCredentialInput): Promise<SavedCredential> {
  // 1. Fail on a corrupt or unreadable file before anything is written anywhere.
  const before = await readAuthStore(input.storePath);
  await readConfig(input.configPath);
  // 2. The keychain before any file (a keychain that fails leaves no trace), under an account the
  //    profile does not use as far as we can tell; the transaction below checks that again.
  const seenProfile = findProfile(before.raw, input.profileId);
  const candidate = freshKeychainAccount(input.agentId, input.profileId, seenProfile ? secretRef(seenProfile) : undefined);
  const keychain = input.storage === 'file' ? undefined : await placeInKeychain(input, candidate, input.show(input.storePath));
  // The resolver OpenClaw runs for keychain refs (rewritten each time: it names this node).
  const launcher = keychain ? await installResolverLauncher(input.stateDir) : undefined;

  // 3. One transaction under the store's lock, so no other writer (a logout, a second paste) sees
  //    a state between its steps: the new secret goes under an account the profile does not use
  //    now, then the profile, then openclaw.json; only when all of that is written is the old
  //    keychain entry removed. Any failure puts back what was there and removes only the new entry.
  let transactionRan = false;
  return transactAuthStore(
    input.storePath,
    async (tx): Promise<SavedCredential> => {
      transactionRan = true;
      const previous = findProfile(tx.store, input.profileId);
      const oldRef = previous ? secretRef(previous) : undefined;
      const account = freshKeychainAccount(input.agentId, input.profileId, oldRef);
      // Another writer changed the profile since we looked (or wrote our candidate account):
      // the secret must be under the account we commit, checked while no one else can commit.
      if (keychain && (account !== candidate || (await keychain.get(account)) !== input.secret)) await storeVerified(keychain, account, input.secret);
      const dropNew = async () => {
        if (!keychain) return;
        await keychain.delete(account).catch(() => false);
        if (candidate !== account && !refInUse(tx.store, candidate)) await keychain.delete(candidate).catch(() => false);
      };
      if (keychain && candidate !== account && !refInUse(tx.store, candidate) && candidate !== oldRef?.id) await keychain.delete(candidate).catch(() => false);

      const entry: JsonObject = { type: input.kind, provider: input.provider };
      const field = input.kind === 'token' ? 'token' : 'key';
      if (keychain) entry[`${field}Ref`] = keychainRef(account);
      else entry[field] = input.secret;
      if (input.kind === 'token' && input.expires !== undefined) entry.expires = input.expires;
      putProfile(tx.store, input.profileId, entry);
      try {
        await tx.commit();
      } catch (error) {
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

      // 4. No orphaned keychain entries: the one the profile used before goes, unless another
      //    profile still points at it (an account two ids shared before 0.2).
      if (oldRef && !refInUse(tx.store, oldRef.id)) await dropReplacedEntry(input, oldRef, account, keychain);
      return keychain
        ? { storage: 'keychain', profileId: input.profileId, location: keychain.describe(account) }
        : { storage: 'file', profileId: input.profileId, location: input.show(input.storePath) };
    },
    { stateDir: input.stateDir },
  ).catch(async (error: unknown) => {
    // The lock or the re-read failed (e.g. the store was corrupted meanwhile): the secret we wrote
    // ahead is nobody's, unless a readable store points at it by now.
    if (keychain && !transactionRan) {
      const now = await readAuthStore(input.storePath).catch(() => undefined);
      if (!now || !refInUse(now.raw, candidate)) await keychain.delete(candidate).catch(() => false);
    }
    throw error;
  });
}
