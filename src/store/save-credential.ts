// Storing one credential, wherever it goes. Two questions, answered apart:
//   where the profile goes — OpenClaw's SQLite store through its own CLI (2026.6+), else the agent's
//     auth-profiles.json under OpenClaw's lock (src/store/profile-destination/); the plugin host,
//     inside OpenClaw, takes the profile from the plugin (src/plugin/);
//   where the secret lives — the OS keychain behind an exec ref (default when it works), inline in
//     the profile, or <state>/.env for API keys a daemon must see (src/store/secret-location/).
import { freshKeychainAccount } from '../secrets/exec-provider.js';
import { SqliteStoreError, sqliteStoreForWrite } from './auth-layout.js';
import type { SaveCredentialInput, SavedCredential } from './credential-types.js';
import { saveToAuthProfilesJson } from './profile-destination/auth-profiles-json.js';
import { saveToDotenv } from './secret-location/dotenv.js';
import { placeInKeychain } from './secret-location/keychain.js';

export { apiKeyEnvVar, parseStorageKind, STORAGE_KINDS, type CredentialTarget, type SaveCredentialInput, type SavedCredential, type StorageKind } from './credential-types.js';

/**
 * OpenClaw 2026.6+ owns its SQLite store: the credential goes in through its own CLI, the secret on
 * stdin or, for the keychain, as a ref to our resolver (profile-destination/openclaw-cli.ts).
 */
async function saveThroughOpenclaw(input: SaveCredentialInput, database: string, bin: string | undefined): Promise<SavedCredential> {
  if (!bin) throw new SqliteStoreError(database);
  const { currentKeychainRef, keychainRefThroughOpenclaw, pasteThroughOpenclaw } = await import('./profile-destination/openclaw-cli.js');
  const oldRef = await currentKeychainRef(input);
  const account = freshKeychainAccount(input.agentId, input.profileId, oldRef);
  const keychain = input.storage === 'file' ? undefined : await placeInKeychain(input, account, `OpenClaw's SQLite store (${input.show(database)})`);
  return keychain ? keychainRefThroughOpenclaw(input, bin, keychain, account, oldRef) : pasteThroughOpenclaw(input, bin, database, oldRef);
}

export async function saveCredential(input: SaveCredentialInput): Promise<SavedCredential> {
  if (input.storage === 'env') return saveToDotenv(input);
  const bin = input.openclaw?.find();
  const database = sqliteStoreForWrite(input.storePath, input.stateDir, bin, input.openclaw?.env ?? {});
  if (database) return saveThroughOpenclaw(input, database, bin);
  return saveToAuthProfilesJson(input);
}
