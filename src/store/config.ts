// openclaw.json: read as JSON5 (OpenClaw accepts it), rewritten as JSON with only our keys changed.
// Comments in a JSON5 config do not survive a rewrite; OpenClaw's own writer drops them too, so the
// previous file is kept as openclaw.json.bak.
import { CorruptFileError } from '../errors.js';
import { withFileLock } from '../fs/file-lock.js';
import { readTextIfExists } from '../fs/read-text.js';
import { writeSecretFile } from '../fs/secure-write.js';
import type { AgentListEntry } from '../paths.js';
import { isJsonObject, type JsonObject, type ProfileType } from './auth-profiles.js';

export interface ConfigSnapshot {
  path: string;
  exists: boolean;
  raw: JsonObject;
}

/** OpenClaw writes plain JSON; JSON5 (comments, trailing commas) is loaded only for files that need it. */
export async function parseConfig(path: string, text: string): Promise<JsonObject> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep(path);
    parsed = undefined;
  }
  if (parsed === undefined) parsed = await parseJson5(path, text);
  if (!isJsonObject(parsed)) throw new CorruptFileError(path, 'expected an object at the top level');
  // Every command that writes the config later must be able to: find out now, before any write.
  try {
    JSON.stringify(parsed);
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep(path);
    throw error;
  }
  return parsed;
}

function tooDeep(path: string): CorruptFileError {
  return new CorruptFileError(path, 'nested too deeply to read or rewrite');
}

async function parseJson5(path: string, text: string): Promise<unknown> {
  const { default: JSON5 } = await import('json5');
  try {
    return JSON5.parse(text);
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep(path);
    throw new CorruptFileError(path, `not JSON5 (${error instanceof Error ? error.message : String(error)})`);
  }
}

export async function readConfig(path: string): Promise<ConfigSnapshot> {
  const text = await readTextIfExists(path);
  if (text === undefined) return { path, exists: false, raw: {} };
  return { path, exists: true, raw: await parseConfig(path, text) };
}

/**
 * Read-modify-write, atomically and under a lock, keeping a backup of the previous file. The backup
 * is written like any secret file and replaces a symlink in its place rather than following it.
 */
export async function updateConfig<T>(path: string, mutate: (config: JsonObject) => T, options: { stateDir?: string } = {}): Promise<T> {
  return withFileLock(path, async () => {
    const text = await readTextIfExists(path);
    const raw = text === undefined ? {} : await parseConfig(path, text);
    const result = mutate(raw);
    const next = `${JSON.stringify(raw, null, 2)}\n`;
    if (text !== undefined) await writeSecretFile(`${path}.bak`, text, { replaceLink: true });
    await writeSecretFile(path, next, options.stateDir ? { linkRoot: options.stateDir } : {});
    return result;
  });
}

/** `parent[key]` as an object, created (replacing a non-object) when it is not one. */
export function childObject(parent: JsonObject, key: string): JsonObject {
  const existing = parent[key];
  if (isJsonObject(existing)) return existing;
  const created: JsonObject = {};
  parent[key] = created;
  return created;
}

/**
 * What `paste-token` records in the config: `auth.profiles[id] = {provider, mode}` (only those keys,
 * plus an existing `email`; OpenClaw's schema is strict), and the id moves to the front of an
 * existing `auth.order[provider]`.
 */
export function recordAuthProfile(config: JsonObject, id: string, provider: string, mode: ProfileType, options: { keepOrder?: boolean } = {}): void {
  const auth = childObject(config, 'auth');
  const profiles = childObject(auth, 'profiles');
  const previous = Object.hasOwn(profiles, id) ? profiles[id] : undefined;
  const entry: JsonObject = { provider, mode };
  if (isJsonObject(previous) && typeof previous.email === 'string') entry.email = previous.email;
  Object.defineProperty(profiles, id, { value: entry, enumerable: true, writable: true, configurable: true });
  const order = auth.order;
  // Renewing a profile keeps its place; a new one goes first, as OpenClaw's paste-token does.
  if (!options.keepOrder && isJsonObject(order) && Array.isArray(order[provider])) {
    const ids = (order[provider] as unknown[]).filter((entry) => entry !== id);
    order[provider] = [id, ...ids];
  }
}

export function forgetAuthProfile(config: JsonObject, id: string): boolean {
  const auth = config.auth;
  if (!isJsonObject(auth)) return false;
  let changed = false;
  if (isJsonObject(auth.profiles) && Object.hasOwn(auth.profiles, id)) {
    delete auth.profiles[id];
    changed = true;
  }
  if (isJsonObject(auth.order)) {
    for (const [provider, ids] of Object.entries(auth.order)) {
      if (Array.isArray(ids) && ids.includes(id)) {
        auth.order[provider] = ids.filter((entry) => entry !== id);
        changed = true;
      }
    }
  }
  return changed;
}

export function configAgentList(config: JsonObject): AgentListEntry[] {
  const agents = config.agents;
  const list = isJsonObject(agents) && Array.isArray(agents.list) ? agents.list : [];
  return list.flatMap((entry): AgentListEntry[] => {
    if (!isJsonObject(entry) || typeof entry.id !== 'string') return [];
    return [typeof entry.agentDir === 'string' ? { id: entry.id, agentDir: entry.agentDir } : { id: entry.id }];
  });
}

/** `auth.profiles` as the config declares them: id → {provider, mode}. */
export function configAuthProfiles(config: JsonObject): Map<string, { provider?: string; mode?: string }> {
  const out = new Map<string, { provider?: string; mode?: string }>();
  const auth = config.auth;
  if (!isJsonObject(auth) || !isJsonObject(auth.profiles)) return out;
  for (const [id, entry] of Object.entries(auth.profiles)) {
    if (!isJsonObject(entry)) continue;
    const value: { provider?: string; mode?: string } = {};
    if (typeof entry.provider === 'string') value.provider = entry.provider.toLowerCase();
    if (typeof entry.mode === 'string') value.mode = entry.mode;
    out.set(id, value);
  }
  return out;
}

export function configAuthOrder(config: JsonObject, provider: string): string[] | undefined {
  const auth = config.auth;
  if (!isJsonObject(auth) || !isJsonObject(auth.order)) return undefined;
  const list = Object.hasOwn(auth.order, provider) ? auth.order[provider] : undefined;
  return Array.isArray(list) ? list.filter((entry): entry is string => typeof entry === 'string') : undefined;
}

/** `env.vars` plus top-level string keys of `env`, which OpenClaw applies when a var is unset. */
export function configEnvVars(config: JsonObject): Record<string, string> {
  const env = config.env;
  const out: Record<string, string> = {};
  if (!isJsonObject(env)) return out;
  for (const [key, value] of Object.entries(env)) if (typeof value === 'string') out[key] = value;
  if (isJsonObject(env.vars)) for (const [key, value] of Object.entries(env.vars)) if (typeof value === 'string') out[key] = value;
  for (const [key, value] of Object.entries(out)) if (value.includes('${')) delete out[key];
  return out;
}
