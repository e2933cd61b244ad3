// Storing one credential, wherever it goes: the OS keychain (default when it works), the agent's
// auth-profiles.json, or <state>/.env for API keys a daemon must see. The order matters:
//   1. read the store and config first, so a corrupt file stops us before anything is written;
//   2. under the store's lock: put the secret in the keychain under an account the profile does
//      not use now, and read it back; if that fails and the user did not insist on the keychain,
//      say so *before* falling back to the file (gh warns after, too late);
//   3. write the profile, then openclaw.json; a failure puts both back and removes the new entry;
//   4. remove the keychain entry the profile used before, so none is orphaned — still under the
//      lock, so a concurrent logout or paste never finds a profile whose entry is gone.
import type { CredentialKind } from '../providers.js';
import { findProvider } from '../providers.js';
import {
  freshKeychainAccount,
  installResolverLauncher,
  isKeychainRef,
  keychainRef,
  registerExecProvider,
} from '../secrets/exec-provider.js';
import { KeychainUnavailableError, storeVerified, type Keychain } from '../secrets/keychain.js';
import { UsageError } from '../errors.js';
import { findProfile, putProfile, readAuthStore, refInUse, secretRef, transactAuthStore, type JsonObject } from './auth-profiles.js';
import { readConfig, recordAuthProfile, updateConfig } from './config.js';
import { setDotenvValue } from './dotenv-file.js';
import { SqliteStoreError, sqliteStoreForWrite } from './auth-layout.js';
import type { Env } from '../paths.js';

export type StorageKind = 'keychain' | 'file' | 'env';
export const STORAGE_KINDS: readonly StorageKind[] = ['keychain', 'file', 'env'];

export interface CredentialTarget {
  agentId: string;
  storePath: string;
  configPath: string;
  stateDir: string;
  dotenvPath: string;
  profileId: string;
  provider: string;
}

export interface SaveCredentialInput extends CredentialTarget {
  kind: CredentialKind;
  secret: string;
  expires?: number;
  /** What the user asked for; undefined means "keychain if it works, else the file, with a warning". */
  storage?: StorageKind;
  keychain: () => Keychain;
  /** Renewing in place: do not move the profile to the front of openclaw.json's auth.order. */
  keepOrder?: boolean;
  /** OpenClaw's CLI, for states where it owns the store (2026.6+, SQLite). */
  openclaw?: { find: () => string | undefined; env: Env; cwd: string };
  /** Prints a warning line now (before anything is written). */
  warn: (line: string) => void;
  /** Says what a slow step is doing, where someone is watching a plain terminal (not a full-screen UI). */
  progress?: (line: string) => void;
  show: (path: string) => string;
}

export interface SavedCredential {
  storage: StorageKind;
  /** Where the secret now lives, in words. */
  location: string;
  /** Set for profiles (keychain, file); env storage makes none. */
  profileId?: string;
  envVar?: string;
}

export function parseStorageKind(raw: string | undefined): StorageKind | undefined {
  if (raw === undefined) return undefined;
  if ((STORAGE_KINDS as readonly string[]).includes(raw)) return raw as StorageKind;
  throw new UsageError(`invalid --storage ${raw}: use keychain, file or env`);
}

export function apiKeyEnvVar(provider: string): string {
  return findProvider(provider)?.apiKeyEnvVar ?? `${provider.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_API_KEY`;
}

async function saveToDotenv(input: SaveCredentialInput): Promise<SavedCredential> {
  if (input.kind !== 'api_key') {
    throw new UsageError('--storage env holds API keys only; a token goes in the keychain or auth-profiles.json', { hint: 'use --storage keychain or --storage file' });
  }
  const envVar = apiKeyEnvVar(input.provider);
  await setDotenvValue(input.dotenvPath, envVar, input.secret, { stateDir: input.stateDir });
  return { storage: 'env', envVar, location: `${input.show(input.dotenvPath)} (${envVar})` };
}

/** Put the secret in the keychain and read it back; undefined when we fell back to the file. */
async function tryKeychain(input: SaveCredentialInput, account: string, fallback = input.show(input.storePath)): Promise<Keychain | undefined> {
  try {
    const keychain = input.keychain();
    await storeVerified(keychain, account, input.secret);
    return keychain;
  } catch (error) {
    if (input.storage === 'keychain' || !(error instanceof KeychainUnavailableError)) throw error;
    input.warn(`! ${error.message}.`);
    input.warn(`! Storing it in ${fallback} instead (plain text, readable only by you). Pass --storage file to choose this without the warning.`);
    return undefined;
  }
}

/**
 * OpenClaw 2026.6+ owns its SQLite store: the credential goes in through its own CLI, the secret on
 * stdin or, for the keychain, as a ref to our resolver (save-through-openclaw.ts).
 */
async function saveThroughOpenclaw(input: SaveCredentialInput, database: string, bin: string | undefined): Promise<SavedCredential> {
  if (!bin) throw new SqliteStoreError(database);
  const { keychainRefThroughOpenclaw, pasteThroughOpenclaw } = await import('./save-through-openclaw.js');
  const { currentKeychainRef } = await import('./save-through-openclaw.js');
  const oldRef = await currentKeychainRef(input);
  const account = freshKeychainAccount(input.agentId, input.profileId, oldRef);
  const keychain = input.storage === 'file' ? undefined : await tryKeychain(input, account, `OpenClaw's SQLite store (${input.show(database)})`);
  return keychain ? keychainRefThroughOpenclaw(input, bin, keychain, account, oldRef) : pasteThroughOpenclaw(input, bin, database, oldRef);
}

export async function saveCredential(input: SaveCredentialInput): Promise<SavedCredential> {
  if (input.storage === 'env') return saveToDotenv(input);
  const bin = input.openclaw?.find();
  const database = sqliteStoreForWrite(input.storePath, input.stateDir, bin, input.openclaw?.env ?? {});
  if (database) return saveThroughOpenclaw(input, database, bin);
  // 1. Fail on a corrupt or unreadable file before anything is written anywhere.
  const before = await readAuthStore(input.storePath);
  await readConfig(input.configPath);
  // The keychain before any file (a keychain that fails leaves no trace), under an account the
  // profile does not use as far as we can tell; the transaction below checks that again.
  const seenProfile = findProfile(before.raw, input.profileId);
  const candidate = freshKeychainAccount(input.agentId, input.profileId, seenProfile ? secretRef(seenProfile) : undefined);
  const keychain = input.storage === 'file' ? undefined : await tryKeychain(input, candidate);
  // The resolver OpenClaw runs for keychain refs (rewritten each time: it names this node).
  const launcher = keychain ? await installResolverLauncher(input.stateDir) : undefined;

  // 2. One transaction under the store's lock, so no other writer (a logout, a second paste) sees
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

      // 3. No orphaned keychain entries: the one the profile used before goes, unless another
      //    profile still points at it (an account two ids shared before 0.2).
      if (isKeychainRef(oldRef) && oldRef.id !== account && !refInUse(tx.store, oldRef.id)) {
        await (keychain ?? input.keychain()).delete(oldRef.id).catch((error: unknown) => {
          input.warn(`! could not remove the old keychain entry ${oldRef.id}: ${error instanceof Error ? error.message : String(error)}`);
        });
      }
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
