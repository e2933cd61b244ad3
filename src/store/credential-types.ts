// What storing one credential takes and gives back, shared by the two halves of the decision:
// where the profile goes (src/store/profile-destination/: auth-profiles.json under OpenClaw's lock,
// OpenClaw's own CLI for its SQLite store, or the plugin host) and where the secret lives
// (src/store/secret-location/: the OS keychain behind an exec ref, inline in the profile, or .env).
import { UsageError } from '../errors.js';
import type { Env } from '../paths.js';
import { findProvider, type CredentialKind } from '../providers.js';
import type { Keychain } from '../secrets/keychain.js';

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
  /** What OpenClaw's CLI runs with, in states where it owns the store (2026.6+, SQLite). */
  openclaw?: { env: Env; cwd: string };
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
