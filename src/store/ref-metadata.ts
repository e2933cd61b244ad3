// What we remember about credentials we put behind a ref in OpenClaw 2026.6+: `openclaw secrets
// apply` keeps only the ref and drops `expires` (2026.9 internals §4), so without this file status,
// `--check` and the dashboard could not warn before a keychain-held setup-token runs out.
// <state>/openclaw-auth/ref-metadata.json, 0600, written atomically under a lock. It holds no secret.
import { join } from 'node:path';
import { CorruptFileError } from '../errors.js';
import { withFileLock } from '../fs/file-lock.js';
import { readTextIfExists } from '../fs/read-text.js';
import { writeSecretFile } from '../fs/secure-write.js';
import { isJsonObject, type SecretRef } from './auth-profiles.js';

export interface RefMetadata {
  /** The ref the profile was given; an entry only applies while the profile still carries it. */
  ref: SecretRef;
  storage: 'keychain';
  expires?: number;
  created: number;
}

export type RefMetadataMap = Record<string, RefMetadata>;

export const refMetadataPath = (stateDir: string): string => join(stateDir, 'openclaw-auth', 'ref-metadata.json');
export const refMetadataKey = (agentId: string, profileId: string): string => `${agentId}/${profileId}`;

function parse(path: string, text: string): RefMetadataMap {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CorruptFileError(path, `not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isJsonObject(value) || !isJsonObject(value.profiles)) throw new CorruptFileError(path, 'expected {"version":1,"profiles":{…}}');
  return value.profiles as RefMetadataMap;
}

export async function readRefMetadata(stateDir: string): Promise<RefMetadataMap> {
  const path = refMetadataPath(stateDir);
  const text = await readTextIfExists(path);
  return text === undefined ? {} : parse(path, text);
}

/** Set (or, with undefined, remove) one profile's entry, keeping every other. */
export async function updateRefMetadata(stateDir: string, key: string, entry: RefMetadata | undefined): Promise<void> {
  const path = refMetadataPath(stateDir);
  await withFileLock(path, async () => {
    const text = await readTextIfExists(path);
    const profiles = text === undefined ? {} : parse(path, text);
    if (entry) profiles[key] = entry;
    else if (Object.hasOwn(profiles, key)) delete profiles[key];
    else return;
    await writeSecretFile(path, `${JSON.stringify({ version: 1, profiles }, null, 2)}\n`);
  });
}

/** The expiry we recorded for a profile, if the profile still carries the ref we gave it. */
export function recordedExpiry(metadata: RefMetadataMap, key: string, ref: SecretRef | undefined): number | undefined {
  const entry = metadata[key];
  if (!entry || !ref || !isJsonObject(entry.ref)) return undefined;
  if (entry.ref.source !== ref.source || entry.ref.provider !== ref.provider || entry.ref.id !== ref.id) return undefined;
  return typeof entry.expires === 'number' ? entry.expires : undefined;
}
