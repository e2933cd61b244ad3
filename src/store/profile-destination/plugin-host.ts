// The profile for OpenClaw's plugin host (`openclaw models auth login`, `openclaw onboard`): returned
// to OpenClaw, which stores it itself (auth-profiles.json in 2026.3, SQLite in 2026.9), so this path
// never writes OpenClaw's store. Where the secret lives is the same decision as everywhere else: the
// OS keychain when it works (the profile then carries only an exec ref to our resolver, declared by
// the returned config patch), else inline, with a warning said before anything is stored.
import { basename, dirname, join } from 'node:path';
import type { CredentialKind } from '../../providers.js';
import { EXEC_PROVIDER, freshKeychainAccount, installResolverLauncher, keychainRef, registerExecProvider } from '../../secrets/exec-provider.js';
import type { Keychain } from '../../secrets/keychain.js';
import { findProfile, readAuthStore, secretRef, type JsonObject, type SecretRef } from '../auth-profiles.js';
import { sqliteStoreFor } from '../auth-layout.js';
import type { StorageKind } from '../credential-types.js';
import { placeInKeychain } from '../secret-location/keychain.js';

export interface PluginProfileInput {
  kind: CredentialKind;
  provider: string;
  secret: string;
  profileId: string;
  /** OpenClaw's agent dir for this run (<state>/agents/<id>/agent). */
  agentDir: string;
  expires?: number | undefined;
  /** "file": inline, as OpenClaw keeps it; "keychain": the keychain or an error; undefined: keychain if it works. */
  storage?: Exclude<StorageKind, 'env'> | undefined;
  keychain: () => Keychain;
  warn: (line: string) => void;
  /** The resolver OpenClaw will run: this Node, and our CLI's entry file for that state dir. */
  resolver: { node: string; entry: (stateDir: string) => string };
}

export interface PluginProfile {
  profileId: string;
  credential: JsonObject;
  /** Declares our exec provider in OpenClaw's config when the secret is in the keychain. */
  configPatch?: JsonObject;
  /** Where the secret lives, in words. */
  location: string;
  /** The keychain did not work: the warning already said where the secret went instead. */
  fellBack?: true;
}

/** <state>/agents/<id>/agent → the state dir and agent id (OpenClaw's own layout). */
export function agentLocation(agentDir: string, fallbackStateDir: string): { stateDir: string; agentId: string } {
  const agents = dirname(dirname(agentDir));
  if (basename(agentDir) === 'agent' && basename(agents) === 'agents') return { stateDir: dirname(agents), agentId: basename(dirname(agentDir)) };
  return { stateDir: fallbackStateDir, agentId: 'main' };
}

/**
 * The ref the profile has now, read from whichever store this OpenClaw keeps, so the new secret goes
 * under the other account and the working one stays untouched until OpenClaw has stored the new ref.
 */
async function currentRef(agentDir: string, stateDir: string, profileId: string): Promise<SecretRef | undefined> {
  const storePath = join(agentDir, 'auth-profiles.json');
  try {
    if (sqliteStoreFor(storePath, stateDir)) {
      const { readSqliteAuthView } = await import('../sqlite-auth-store.js');
      const { raw } = readSqliteAuthView(stateDir, agentDir, join(stateDir, 'agents', 'main', 'agent'));
      const profile = findProfile(raw, profileId);
      return profile ? secretRef(profile) : undefined;
    }
    const profile = findProfile((await readAuthStore(storePath)).raw, profileId);
    return profile ? secretRef(profile) : undefined;
  } catch {
    return undefined; // unreadable here: the first generation's account
  }
}

export async function profileForPluginHost(input: PluginProfileInput, fallbackStateDir: string): Promise<PluginProfile> {
  const field = input.kind === 'token' ? 'token' : 'key';
  const credential: JsonObject = { type: input.kind, provider: input.provider };
  if (input.kind === 'token' && input.expires !== undefined) credential.expires = input.expires;
  const { stateDir, agentId } = agentLocation(input.agentDir, fallbackStateDir);
  if (input.storage !== 'file') {
    const account = freshKeychainAccount(agentId, input.profileId, await currentRef(input.agentDir, stateDir, input.profileId));
    const keychain = await placeInKeychain({ ...input, chooseFileHint: 'Set OPENCLAW_AUTH_STORAGE=file' }, account, "OpenClaw's own store");
    if (keychain) {
      const launcher = await installResolverLauncher(stateDir, input.resolver.node, input.resolver.entry(stateDir));
      const configPatch: JsonObject = {};
      registerExecProvider(configPatch, launcher);
      credential[`${field}Ref`] = keychainRef(account);
      return { profileId: input.profileId, credential, configPatch, location: `${keychain.describe(account)}, read by OpenClaw through the "${EXEC_PROVIDER}" exec provider` };
    }
  }
  credential[field] = input.secret;
  return { profileId: input.profileId, credential, location: "OpenClaw's own store", ...(input.storage !== 'file' ? { fellBack: true as const } : {}) };
}
