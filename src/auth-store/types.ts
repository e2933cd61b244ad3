// What an auth store is and what its changes report (auth-store.ts chooses one per agent).
import type { OpenclawResult } from '../openclaw/openclaw-cli.js';
import type { AgentStore } from '../store/agent-store.js';
import type { AuthProfile } from '../store/auth-profiles.js';
import type { SaveCredentialInput, SavedCredential } from '../store/credential-types.js';

export type AuthStoreKind = 'auth-profiles.json' | 'openclaw';

/** What removing a profile did, from either store. */
export interface ProfileRemoval {
  /** The profile as it was (auth-profiles.json; OpenClaw says it in its own lines). */
  profile?: AuthProfile | undefined;
  /** OpenClaw's own report, to relay as it is. */
  openclawLines?: string[];
  gatewayNote?: string | undefined;
  /** The keychain entry that held its secret, and what became of it. */
  keychainEntry?: string;
  keychainEntryRemoved?: boolean;
  keychainEntryShared?: boolean;
  keychainEntryMayRemain?: boolean;
}

/** What an order change said: lines to print (OpenClaw's own, or ours in its words). */
export interface OrderChange {
  lines: string[];
  gatewayNote?: string | undefined;
}

/** What each store does its own way (json-store.ts, openclaw-store.ts). */
export interface AuthStoreImplementation {
  save(input: SaveCredentialInput): Promise<SavedCredential>;
  /** Undefined when there is no such profile. */
  remove(profileId: string): Promise<ProfileRemoval | undefined>;
  /** Set the provider's order override, or clear it (`ids` undefined). */
  setOrder(provider: string, ids: readonly string[] | undefined): Promise<OrderChange>;
}

export interface AuthStore extends AgentStore, AuthStoreImplementation {
  /** OpenClaw 2026.6+'s database when one is on disk now (files only: what a read uses). */
  readonly databaseOnDisk: string | undefined;
  /** The database changes go to, or undefined for auth-profiles.json (chosen once, see above). */
  database(): string | undefined;
  /** The openclaw that must make a change to OpenClaw's store; SqliteStoreError when none is installed. */
  openclaw(): string;
  /** The `--agent` the command was given (undefined: the default agent), and as OpenClaw's own commands take it. */
  readonly agent: string | undefined;
  readonly agentArgs: string[];
  kind(): AuthStoreKind;
  /** Run one of OpenClaw's commands against its store (2026.6+ only). */
  runOpenclaw(args: readonly string[], input?: string): Promise<OpenclawResult>;
}
