// auth-profiles.json v1 (formats doc). We keep the parsed JSON as-is and change only the keys we
// own, so unknown fields, unknown profile types, usageStats and lastGood survive every rewrite.
import { CorruptFileError } from '../errors.js';
import { withFileLock } from '../fs/file-lock.js';
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
    throw new CorruptFileError(path, `not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isJsonObject(parsed)) throw new CorruptFileError(path, 'expected a JSON object at the top level');
  if (parsed.profiles !== undefined && !isJsonObject(parsed.profiles)) {
    throw new CorruptFileError(path, '"profiles" must be an object');
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

/**
 * Read-modify-write under OpenClaw's lock, re-reading inside it so a concurrent writer's change is
 * never lost. A corrupt file throws before anything is written.
 */
export async function updateAuthStore<T>(path: string, mutate: (store: RawAuthStore) => T | Promise<T>): Promise<T> {
  // Never beside a SQLite store (OpenClaw 2026.6+): it would lock the user out of those providers.
  assertJsonStore(path);
  return withFileLock(path, async () => {
    const { raw } = await readAuthStore(path);
    const result = await mutate(raw);
    await writeSecretFile(path, serializeAuthStore(raw));
    return result;
  });
}

/** Insert or replace a profile. As OpenClaw's save does, a ref replaces the inline value. */
export function putProfile(store: RawAuthStore, id: string, entry: JsonObject): void {
  const next: JsonObject = { ...entry };
  if (next.tokenRef !== undefined) delete next.token;
  if (next.keyRef !== undefined) delete next.key;
  store.profiles[id] = next;
}

/** Remove a profile and every reference to it (order, lastGood, usageStats). */
export function deleteProfile(store: RawAuthStore, id: string): boolean {
  if (!(id in store.profiles)) return false;
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
  const list = order[provider];
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
