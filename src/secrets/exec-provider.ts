// How OpenClaw reads a secret we keep in the OS keychain: the profile carries an exec SecretRef
// (`tokenRef`/`keyRef` = {source: "exec", provider: "openclaw-auth", id}), openclaw.json declares
// that provider, and OpenClaw runs our launcher, which answers from the keychain (formats doc,
// "Secrets kept outside the file"). The keychain account is the ref id itself, so the resolver
// needs no mapping of its own.
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { writeSecretFile } from '../fs/secure-write.js';
import { isJsonObject, type JsonObject, type SecretRef } from '../store/auth-profiles.js';

export const EXEC_PROVIDER = 'openclaw-auth';
export const RESOLVER_TIMEOUT_MS = 10_000;
/**
 * OpenClaw gives the resolver no environment but these (not even PATH): HOME for the macOS keychain
 * and the user's config, the D-Bus session and runtime dir for Linux's Secret Service.
 */
export const RESOLVER_PASS_ENV = ['HOME', 'USER', 'DBUS_SESSION_BUS_ADDRESS', 'XDG_RUNTIME_DIR'];

// OpenClaw's exec id grammar: ^[A-Za-z0-9][A-Za-z0-9._:/-]{0,255}$, no "." or ".." segments.
const EXEC_ID_CHAR = /[^A-Za-z0-9._:/-]/g;

/** The ref id, which is also the keychain account, for one agent's profile. */
export function keychainAccount(agentId: string, profileId: string): string {
  const id = `${agentId}/${profileId}`.replace(EXEC_ID_CHAR, '_');
  return id
    .split('/')
    .map((segment) => (segment === '.' || segment === '..' ? segment.replace(/\./g, '_') : segment))
    .join('/')
    .slice(0, 256);
}

export function keychainRef(account: string): SecretRef {
  return { source: 'exec', provider: EXEC_PROVIDER, id: account };
}

export function isKeychainRef(ref: SecretRef | undefined): ref is SecretRef {
  return ref?.source === 'exec' && ref.provider === EXEC_PROVIDER;
}

export function resolverLauncherPath(stateDir: string): string {
  return join(stateDir, 'bin', 'openclaw-auth-resolver');
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** This program's own entry file, as an absolute path without symlinks (npm's bin is one). */
export function cliEntryPath(): string {
  const script = process.argv[1];
  if (!script) throw new Error('cannot tell where openclaw-auth is installed (no script path)');
  return realpathSync(script);
}

/**
 * Write the launcher OpenClaw runs: a regular file owned by the user, 0700, calling node by absolute
 * path (OpenClaw passes no PATH), as its exec-provider checks require.
 */
export async function installResolverLauncher(stateDir: string, nodePath = process.execPath, entryPath = cliEntryPath()): Promise<string> {
  const path = resolverLauncherPath(stateDir);
  const script = [
    '#!/bin/sh',
    '# Written by openclaw-auth. OpenClaw runs this to read secrets kept in the OS keychain',
    '# (exec SecretRef provider "openclaw-auth"). Re-run any openclaw-auth keychain command to refresh it.',
    `exec ${shellQuote(nodePath)} ${shellQuote(entryPath)} secrets resolve`,
    '',
  ].join('\n');
  await writeSecretFile(path, script, 0o700);
  return path;
}

/** Declare our exec provider in openclaw.json (`secrets.providers`), keeping every other key. */
export function registerExecProvider(config: JsonObject, launcherPath: string): void {
  const secrets = isJsonObject(config.secrets) ? config.secrets : (config.secrets = {});
  const providers = isJsonObject(secrets.providers) ? secrets.providers : (secrets.providers = {});
  providers[EXEC_PROVIDER] = {
    source: 'exec',
    command: launcherPath,
    passEnv: RESOLVER_PASS_ENV,
    timeoutMs: RESOLVER_TIMEOUT_MS,
  };
}
