// openclaw.json: read as JSON5 (OpenClaw accepts it), rewritten as JSON with only our keys changed.
// Comments in a JSON5 config do not survive a rewrite; OpenClaw's own writer drops them too, so the
// previous file is kept as openclaw.json.bak.
import { chmodSync, copyFileSync } from 'node:fs';
import { CorruptFileError, errnoCode } from '../errors.js';
import { withFileLock } from '../fs/file-lock.js';
import { readTextIfExists } from '../fs/read-text.js';
import { SECRET_FILE_MODE, writeSecretFile } from '../fs/secure-write.js';
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
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined) parsed = await parseJson5(path, text);
  if (!isJsonObject(parsed)) throw new CorruptFileError(path, 'expected an object at the top level');
  return parsed;
}

async function parseJson5(path: string, text: string): Promise<unknown> {
  const { default: JSON5 } = await import('json5');
  try {
    return JSON5.parse(text);
  } catch (error) {
    throw new CorruptFileError(path, `not JSON5 (${error instanceof Error ? error.message : String(error)})`);
  }
}

export async function readConfig(path: string): Promise<ConfigSnapshot> {
  const text = await readTextIfExists(path);
  if (text === undefined) return { path, exists: false, raw: {} };
  return { path, exists: true, raw: await parseConfig(path, text) };
}

/** Read-modify-write, atomically and under a lock, keeping a backup of the previous file. */
export async function updateConfig<T>(path: string, mutate: (config: JsonObject) => T): Promise<T> {
  return withFileLock(path, async () => {
    const { raw, exists } = await readConfig(path);
    const result = mutate(raw);
    if (exists) {
      const backup = `${path}.bak`;
      try {
        copyFileSync(path, backup);
        chmodSync(backup, SECRET_FILE_MODE);
      } catch (error) {
        if (errnoCode(error) !== 'ENOENT') throw error;
      }
    }
    await writeSecretFile(path, `${JSON.stringify(raw, null, 2)}\n`);
    return result;
  });
}

function childObject(parent: JsonObject, key: string): JsonObject {
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
  const previous = profiles[id];
  const entry: JsonObject = { provider, mode };
  if (isJsonObject(previous) && typeof previous.email === 'string') entry.email = previous.email;
  profiles[id] = entry;
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
  if (isJsonObject(auth.profiles) && id in auth.profiles) {
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
  const list = auth.order[provider];
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
