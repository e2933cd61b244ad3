// Storing one credential, wherever it goes. Two questions, answered apart:
//   where the profile goes — the agent's AuthStore (auth-store.ts): OpenClaw's SQLite store through
//     its own CLI (2026.6+), else auth-profiles.json under OpenClaw's lock; the plugin host, inside
//     OpenClaw, takes the profile from the plugin (src/plugin/);
//   where the secret lives — the OS keychain behind an exec ref (default when it works), inline in
//     the profile, or <state>/.env for API keys a daemon must see (src/store/secret-location/).
import type { SaveCredentialInput, SavedCredential } from '../store/credential-types.js';
import { saveToDotenv } from '../store/secret-location/dotenv.js';
import type { AuthStore } from './auth-store.js';

export { apiKeyEnvVar, parseStorageKind, STORAGE_KINDS, type CredentialTarget, type SaveCredentialInput, type SavedCredential, type StorageKind } from '../store/credential-types.js';

export function saveCredential(input: SaveCredentialInput, store: AuthStore): Promise<SavedCredential> {
  // A .env key makes no profile: OpenClaw finds it by its variable, in either era.
  if (input.storage === 'env') return saveToDotenv(input);
  return store.save(input);
}
