// How OpenClaw reads a secret we keep in the OS keychain: the profile carries an exec SecretRef
// (`tokenRef`/`keyRef` = {source: "exec", provider: "openclaw-auth", id}), openclaw.json declares
// that provider, and OpenClaw runs our launcher, which answers from the keychain (formats doc,
// "Secrets kept outside the file"). The keychain account is the ref id itself, so the resolver
// needs no mapping of its own.
import { sha256Hex } from '../node-crypto.js';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { writeSecretFile } from '../fs/secure-write.js';
import { shellQuote } from '../io/shell-quote.js';
import { isJsonObject, type JsonObject, type SecretRef } from '../store/auth-profiles.js';

export const EXEC_PROVIDER = 'openclaw-auth';
export const RESOLVER_TIMEOUT_MS = 10_000;
/**
 * OpenClaw gives the resolver no environment but these (not even PATH): HOME for the macOS keychain
 * and the user's config, the D-Bus session and runtime dir for Linux's Secret Service.
 */
export const RESOLVER_PASS_ENV = ['HOME', 'USER', 'DBUS_SESSION_BUS_ADDRESS', 'XDG_RUNTIME_DIR'];

// OpenClaw's exec id grammar: ^[A-Za-z0-9][A-Za-z0-9._:/-]{0,255}$, no "." or ".." segments.
const EXEC_ID_MAX = 256;
const PLAIN_CHAR = /^[A-Za-z0-9.:-]$/;

/**
 * One id part, escaped injectively into the exec id alphabet: every byte outside [A-Za-z0-9.:-]
 * (so `_` and `/` too) becomes `_` + two hex digits, as does a leading character that is not a
 * letter or digit and every dot of an all-dots part. Different ids never share an account.
 */
function escapePart(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const char = String.fromCharCode(byte);
    const escape = byte >= 0x80 || !PLAIN_CHAR.test(char) || (out === '' && !/[A-Za-z0-9]/.test(char));
    out += escape ? `_${byte.toString(16).padStart(2, '0')}` : char;
  }
  return /^\.+$/.test(out) ? out.replace(/\./g, '_2e') : out;
}

/**
 * The keychain account (and exec ref id) for one agent's profile: `<agent>/<profile>`, escaped.
 * An id too long for OpenClaw's grammar is cut and tagged with a hash of the whole (`_h` never
 * appears in an escaped id, so a hashed account cannot equal a plain one).
 */
export function keychainAccount(agentId: string, profileId: string): string {
  const account = `${escapePart(agentId)}/${escapePart(profileId)}`;
  // Room for a generation suffix ("/2").
  if (account.length <= EXEC_ID_MAX - 2) return account;
  const hash = sha256Hex(account).slice(0, 32);
  return `${account.slice(0, EXEC_ID_MAX - 2 - 35).replace(/_[0-9a-f]?$/, '')}_h${hash}`;
}

/**
 * Where a new secret for the profile goes: never the account the profile uses now, so a failed
 * replacement leaves the working secret where it was. Two generations alternate.
 */
export function freshKeychainAccount(agentId: string, profileId: string, current: SecretRef | undefined): string {
  const base = keychainAccount(agentId, profileId);
  return isKeychainRef(current) && current.id === base ? `${base}/2` : base;
}

/** Whether an exec ref id is one of ours for this profile (either generation). */
export function isAccountOf(id: string, agentId: string, profileId: string): boolean {
  const base = keychainAccount(agentId, profileId);
  return id === base || id === `${base}/2`;
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
