// auth-profiles.json v1 (formats doc). We keep the parsed JSON as-is and change only the keys we
// own, so unknown fields, unknown profile types, usageStats and lastGood survive every rewrite.
import { CorruptFileError } from '../errors.js';
import { withFileLock } from '../fs/file-lock.js';
import { rmSync } from 'node:fs';
import { readTextIfExists } from '../fs/read-text.js';
import { writeSecretFile } from '../fs/secure-write.js';
import { assertJsonStore } from './auth-layout.js';

export type ProfileType = 'api_key' | 'token' | 'oauth';
export const PROFILE_TYPES: readonly ProfileType[] = ['api_key', 'token', 'oauth'];

export type SecretRefSource = 'env' | 'file' | 'exec' | 'store';
export interface SecretRef {
  source: SecretRefSource;
  provider: string;
  id: string;
}

export type JsonObject = Record<string, unknown>;

export interface RawAuthStore extends JsonObject {
  version?: unknown;
  profiles: Record<string, JsonObject>;
  order?: Record<string, string[]>;
}

/** A typed view of one profile entry, after OpenClaw's aliases (`mode`, `apiKey`) are applied. */
export interface AuthProfile {
  id: string;
  type: ProfileType;
  provider: string;
  key?: string;
  keyRef?: SecretRef;
  token?: string;
  tokenRef?: SecretRef;
  access?: string;
  refresh?: string;
  /** As stored: validity is judged by the status rules, not here. */
  expires?: unknown;
  email?: string;
}

export interface AuthStoreSnapshot {
  path: string;
  exists: boolean;
  raw: RawAuthStore;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// "store" (OpenClaw's own secret store) is new in 2026.6.
const REF_SOURCES: readonly string[] = ['env', 'file', 'exec', 'store'];

/** OpenClaw's isSecretRef: exactly source, provider and id. */
export function asSecretRef(value: unknown): SecretRef | undefined {
  if (!isJsonObject(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 3) return undefined;
  const { source, provider, id } = value;
  if (typeof source !== 'string' || !REF_SOURCES.includes(source)) return undefined;
  if (typeof provider !== 'string' || !provider || typeof id !== 'string' || !id) return undefined;
  return { source: source as SecretRefSource, provider, id };
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function parseProfile(id: string, entry: JsonObject): AuthProfile | undefined {
  const type = entry.type ?? entry.mode;
  const provider = entry.provider;
  if (typeof type !== 'string' || !(PROFILE_TYPES as readonly string[]).includes(type)) return undefined;
  if (typeof provider !== 'string' || !provider.trim()) return undefined;
  const profile: AuthProfile = { id, type: type as ProfileType, provider: provider.trim().toLowerCase() };
  const key = optionalString(entry.key) ?? optionalString(entry.apiKey);
  if (key !== undefined) profile.key = key;
  const keyRef = asSecretRef(entry.keyRef);
  if (keyRef) profile.keyRef = keyRef;
  const token = optionalString(entry.token);
  if (token !== undefined) profile.token = token;
  const tokenRef = asSecretRef(entry.tokenRef);
  if (tokenRef) profile.tokenRef = tokenRef;
  const access = optionalString(entry.access);
  if (access !== undefined) profile.access = access;
  const refresh = optionalString(entry.refresh);
  if (refresh !== undefined) profile.refresh = refresh;
  if ('expires' in entry) profile.expires = entry.expires;
  const email = optionalString(entry.email);
  if (email !== undefined) profile.email = email;
  return profile;
}

/** The secret a token or API-key profile holds itself (trimmed), if any; OAuth profiles hold none of this kind. */
export function storedSecret(profile: AuthProfile): string | undefined {
  if (profile.type === 'oauth') return undefined;
  return (profile.type === 'token' ? profile.token : profile.key)?.trim() || undefined;
}

/** The ref that stands for a profile's secret: `tokenRef` on a token, `keyRef` otherwise. */
export function secretRef(profile: AuthProfile): SecretRef | undefined {
  return profile.type === 'token' ? profile.tokenRef : profile.keyRef;
}

/** Whether any profile in the store still points at this ref id (a keychain account). */
export function refInUse(store: RawAuthStore, id: string): boolean {
  return listProfiles(store).some((profile) => secretRef(profile)?.id === id);
}

/** Profiles OpenClaw would load (invalid entries are skipped, as it does), in file order. */
export function listProfiles(store: RawAuthStore): AuthProfile[] {
  const out: AuthProfile[] = [];
  for (const [id, entry] of Object.entries(store.profiles)) {
    const profile = isJsonObject(entry) ? parseProfile(id, entry) : undefined;
    if (profile) out.push(profile);
  }
  return out;
}

export function emptyStore(): RawAuthStore {
  return { version: 1, profiles: {} };
}

export function parseAuthStore(path: string, text: string): RawAuthStore {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    if (error instanceof RangeError) throw new CorruptFileError(path, 'nested too deeply to read or rewrite');
    throw new CorruptFileError(path, `not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isJsonObject(parsed)) throw new CorruptFileError(path, 'expected a JSON object at the top level');
  if (parsed.profiles !== undefined && !isJsonObject(parsed.profiles)) {
    throw new CorruptFileError(path, '"profiles" must be an object');
  }
  // A store nested too deeply for Node to write back (or to print as JSON) stops every command
  // now, naming the file, rather than later as a bare "Maximum call stack size exceeded".
  try {
    JSON.stringify(parsed);
  } catch (error) {
    if (error instanceof RangeError) throw new CorruptFileError(path, 'nested too deeply to read or rewrite');
    throw error;
  }
  const profiles = (parsed.profiles ?? {}) as Record<string, JsonObject>;
  return { ...parsed, profiles } as RawAuthStore;
}

export async function readAuthStore(path: string): Promise<AuthStoreSnapshot> {
  const text = await readTextIfExists(path);
  if (text === undefined) return { path, exists: false, raw: emptyStore() };
  return { path, exists: true, raw: parseAuthStore(path, text) };
}

export function serializeAuthStore(store: RawAuthStore): string {
  return `${JSON.stringify({ ...store, version: 1 }, null, 2)}\n`;
}

export interface AuthStoreTransaction {
  /** The store as read inside the lock; change it, then commit. */
  store: RawAuthStore;
  /** Write the store as it is now (atomically); later calls write again. */
  commit(): Promise<void>;
  /** Put back the file exactly as it was before this transaction (after a later step failed). */
  rollback(): Promise<void>;
}

export interface StoreWriteOptions {
  /** The OpenClaw state dir: a symlinked store is followed only when it points inside it. */
  stateDir?: string;
}

/**
 * Work on the store under OpenClaw's lock, re-reading inside it so a concurrent writer's change is
 * never lost. Everything that must agree with the store (keychain entries, openclaw.json) happens
 * inside too, so no other writer sees the store between those steps. A corrupt file throws before
 * anything is written.
 */
export async function transactAuthStore<T>(path: string, work: (tx: AuthStoreTransaction) => Promise<T>, options: StoreWriteOptions = {}): Promise<T> {
  // Never beside a SQLite store (OpenClaw 2026.6+): it would lock the user out of those providers.
  assertJsonStore(path);
  return withFileLock(path, async () => {
    const before = await readTextIfExists(path);
    const raw = before === undefined ? emptyStore() : parseAuthStore(path, before);
    const write = (text: string) => writeSecretFile(path, text, options.stateDir ? { linkRoot: options.stateDir } : {});
    let committed = false;
    return work({
      store: raw,
      commit: async () => {
        const text = serializeAuthStore(raw);
        committed = true;
        await write(text);
      },
      rollback: async () => {
        if (!committed) return;
        if (before === undefined) rmSync(path, { force: true });
        else await write(before);
      },
    });
  });
}

/** Read-modify-write under OpenClaw's lock. */
export async function updateAuthStore<T>(path: string, mutate: (store: RawAuthStore) => T | Promise<T>, options: StoreWriteOptions = {}): Promise<T> {
  return transactAuthStore(
    path,
    async (tx) => {
      const result = await mutate(tx.store);
      await tx.commit();
      return result;
    },
    options,
  );
}

/** A profile entry by id: own properties only ("constructor" is not a profile). */
export function profileEntry(store: RawAuthStore, id: string): JsonObject | undefined {
  const entry = Object.hasOwn(store.profiles, id) ? store.profiles[id] : undefined;
  return isJsonObject(entry) ? entry : undefined;
}

/** The parsed profile by id, if the store has a valid one. */
export function findProfile(store: RawAuthStore, id: string): AuthProfile | undefined {
  const entry = profileEntry(store, id);
  return entry ? parseProfile(id, entry) : undefined;
}

/** Insert or replace a profile. As OpenClaw's save does, a ref replaces the inline value. */
export function putProfile(store: RawAuthStore, id: string, entry: JsonObject): void {
  const next: JsonObject = { ...entry };
  if (next.tokenRef !== undefined) delete next.token;
  if (next.keyRef !== undefined) delete next.key;
  Object.defineProperty(store.profiles, id, { value: next, enumerable: true, writable: true, configurable: true });
}

/** Remove a profile and every reference to it (order, lastGood, usageStats). */
export function deleteProfile(store: RawAuthStore, id: string): boolean {
  if (!Object.hasOwn(store.profiles, id)) return false;
  delete store.profiles[id];
  if (store.order) {
    for (const [provider, ids] of Object.entries(store.order)) {
      const kept = Array.isArray(ids) ? ids.filter((entry) => entry !== id) : [];
      if (kept.length) store.order[provider] = kept;
      else delete store.order[provider];
    }
    if (!Object.keys(store.order).length) delete store.order;
  }
  for (const key of ['usageStats', 'lastGood'] as const) {
    const section = store[key];
    if (!isJsonObject(section)) continue;
    if (key === 'usageStats') delete section[id];
    else for (const [provider, value] of Object.entries(section)) if (value === id) delete section[provider];
  }
  return true;
}

/** OpenClaw's read of `order`: arrays only, trimmed entries, empty lists dropped. */
export function readOrder(store: RawAuthStore, provider: string): string[] | undefined {
  const order = store.order;
  if (!isJsonObject(order)) return undefined;
  const list = Object.hasOwn(order, provider) ? order[provider] : undefined;
  if (!Array.isArray(list)) return undefined;
  const ids = list.filter((entry): entry is string => typeof entry === 'string').map((entry) => entry.trim()).filter(Boolean);
  return ids.length ? ids : undefined;
}

export function writeOrder(store: RawAuthStore, provider: string, ids: readonly string[] | undefined): void {
  const order: Record<string, string[]> = isJsonObject(store.order) ? (store.order as Record<string, string[]>) : {};
  if (ids && ids.length) order[provider] = [...ids];
  else delete order[provider];
  if (Object.keys(order).length) store.order = order;
  else delete store.order;
}
