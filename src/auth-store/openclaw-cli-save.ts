// Storing a credential in OpenClaw 2026.6+, which keeps them in SQLite and must be changed through
// its own CLI (2026.9 internals §6) — we never write its databases or an auth-profiles.json there.
//   - In its store: `openclaw models auth paste-token|paste-api-key`, the secret on stdin.
//   - In the OS keychain: an exec ref to our resolver, created by `openclaw secrets apply --from
//     <plan> --allow-exec` (plan file 0600 in a private temp dir, removed afterwards), the profile
//     declared with `openclaw config patch`, and its expiry kept in our metadata file, because
//     `secrets apply` drops it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { writeSecretFile } from '../fs/secure-write.js';
import { OpenclawRefusedError, readOpenclawJson, runOpenclaw } from '../openclaw/openclaw-cli.js';
import { EXEC_PROVIDER, installResolverLauncher, isKeychainRef, keychainRef, RESOLVER_PASS_ENV, RESOLVER_TIMEOUT_MS } from '../secrets/exec-provider.js';
import type { Keychain } from '../secrets/keychain.js';
import { isJsonObject, parseProfile, profileEntry, readOrder, type SecretRef } from '../store/auth-profiles.js';
import { refMetadataKey, updateRefMetadata } from '../store/ref-metadata.js';
import { configAuthProfiles, readConfig } from '../store/config.js';
import { stateDatabasePath } from '../store/auth-layout.js';
import { readSqliteAuthView, sqliteAvailable } from '../store/sqlite-auth-store.js';
import type { SaveCredentialInput, SavedCredential } from '../store/credential-types.js';
import { dropReplacedEntry } from '../store/secret-location/keychain.js';

type Openclaw = (args: readonly string[], input?: string) => ReturnType<typeof runOpenclaw>;

function openclawRunner(input: SaveCredentialInput, bin: string): Openclaw {
  return (args, stdin) => runOpenclaw(bin, args, { env: input.openclaw?.env ?? {}, cwd: input.openclaw?.cwd ?? process.cwd(), ...(stdin !== undefined ? { input: stdin } : {}) });
}

const agentArgs = (input: SaveCredentialInput): string[] => (input.agentId !== 'main' ? ['--agent', input.agentId] : []);

/**
 * The keychain ref the profile carries now, if it is ours: read from the store where this runtime
 * can, else the ref we recorded when we gave it. A new secret never goes under that account.
 */
export async function currentKeychainRef(input: SaveCredentialInput): Promise<SecretRef | undefined> {
  const known = await readExisting(input);
  if (known) return known.ref;
  const { readRefMetadata } = await import('../store/ref-metadata.js');
  const recorded = (await readRefMetadata(input.stateDir).catch(() => ({}) as Record<string, never>))[refMetadataKey(input.agentId, input.profileId)];
  return recorded && isKeychainRef(recorded.ref) ? recorded.ref : undefined;
}

/** The secret in OpenClaw's own store (plain text in its database, as OpenClaw keeps it). */
export async function pasteThroughOpenclaw(input: SaveCredentialInput, bin: string, database: string, oldRef?: SecretRef): Promise<SavedCredential> {
  const command = input.kind === 'token' ? 'paste-token' : 'paste-api-key';
  const args = ['models', 'auth', command, '--provider', input.provider, '--profile-id', input.profileId];
  if (input.kind === 'token' && input.expires !== undefined) args.push('--expires-in', `${Math.max(1, Math.round((input.expires - Date.now()) / 60_000))}m`);
  const result = await openclawRunner(input, bin)([...args, ...agentArgs(input)], `${input.secret}\n`);
  if (result.gatewayNote) input.warn(result.gatewayNote);
  // A keychain entry this profile used before would now be an orphan.
  await updateRefMetadata(input.stateDir, refMetadataKey(input.agentId, input.profileId), undefined);
  await dropReplacedEntry(input, oldRef, undefined);
  // OpenClaw puts a main-agent paste in its shared store, another agent's in that agent's own database.
  const written = input.agentId === 'main' ? stateDatabasePath(input.stateDir) : database;
  return { storage: 'file', profileId: input.profileId, location: `OpenClaw's SQLite store (${input.show(written)})` };
}

/** The `secrets apply` plan that points one profile at our keychain resolver. */
export function keychainPlan(input: Pick<SaveCredentialInput, 'kind' | 'profileId' | 'provider' | 'agentId'>, launcher: string, ref: SecretRef) {
  const field = input.kind === 'token' ? 'token' : 'key';
  return {
    version: 1,
    protocolVersion: 1,
    providerUpserts: { [EXEC_PROVIDER]: { source: 'exec', command: launcher, passEnv: RESOLVER_PASS_ENV, timeoutMs: RESOLVER_TIMEOUT_MS } },
    targets: [
      {
        type: input.kind === 'token' ? 'auth-profiles.token.token' : 'auth-profiles.api_key.key',
        path: `profiles.${input.profileId}.${field}`,
        pathSegments: ['profiles', input.profileId, field],
        agentId: input.agentId,
        authProfileProvider: input.provider,
        ref,
      },
    ],
  };
}

async function applyPlan(openclaw: Openclaw, plan: unknown): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'openclaw-auth-plan-'));
  try {
    const path = join(dir, 'plan.json');
    await writeSecretFile(path, `${JSON.stringify(plan, null, 2)}\n`);
    await openclaw(['secrets', 'apply', '--from', path, '--allow-exec']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * `secrets apply` writes the ref into the agent's own database; a plaintext profile of the same id
 * in the shared store would stay behind it (and `secrets audit` would flag it). So an existing
 * profile is logged out first and the provider's order put back afterwards.
 */
async function clearExisting(input: SaveCredentialInput, openclaw: Openclaw, bin: string): Promise<{ removed: boolean; order?: string[] }> {
  const known = await readExisting(input);
  // Nothing to replace, or already our ref (in the agent's own database, where apply rewrites it).
  if (known && (!known.exists || known.oursAlready)) return { removed: false };
  // Without a direct read, OpenClaw tells us the order (slower).
  const order =
    known?.order ??
    (await readOpenclawJson(bin, ['models', 'auth', 'order', 'get', '--provider', input.provider, '--json', ...agentArgs(input)], {
      env: input.openclaw?.env ?? {},
      cwd: input.openclaw?.cwd ?? process.cwd(),
    })
      .then((json) => (isJsonObject(json) && Array.isArray(json.order) ? json.order.filter((id): id is string => typeof id === 'string') : undefined))
      .catch(() => undefined));
  try {
    await openclaw(['models', 'auth', 'logout', input.profileId, '--yes', ...agentArgs(input)]);
  } catch (error) {
    if (!(error instanceof OpenclawRefusedError && /not found/i.test(error.message))) throw error;
    return { removed: false };
  }
  return { removed: true, ...(order?.length ? { order } : {}) };
}

/** Whether the agent has this profile, and its provider's order (undefined: this runtime cannot read the store). */
async function readExisting(input: SaveCredentialInput): Promise<{ exists: boolean; oursAlready: boolean; ref?: SecretRef; order?: string[] } | undefined> {
  if (!sqliteAvailable()) return undefined;
  try {
    const mainAgentDir = join(input.stateDir, 'agents', 'main', 'agent');
    const { raw } = readSqliteAuthView(input.stateDir, dirname(input.storePath), mainAgentDir);
    const order = readOrder(raw, input.provider);
    const entry = profileEntry(raw, input.profileId);
    const profile = entry ? parseProfile(input.profileId, entry) : undefined;
    const ref = profile?.tokenRef ?? profile?.keyRef;
    return { exists: Boolean(entry), oursAlready: isKeychainRef(ref), ...(isKeychainRef(ref) ? { ref } : {}), ...(order ? { order } : {}) };
  } catch {
    return undefined;
  }
}

/** Whether openclaw.json already lists the profile as this provider's and kind (auth.profiles). */
async function listedInConfig(input: SaveCredentialInput): Promise<boolean> {
  try {
    const entry = configAuthProfiles((await readConfig(input.configPath)).raw).get(input.profileId);
    return entry?.provider === input.provider && entry.mode === input.kind;
  } catch {
    return false;
  }
}

/** The secret in the OS keychain (already stored and read back), OpenClaw given a ref to it. */
export async function keychainRefThroughOpenclaw(input: SaveCredentialInput, bin: string, keychain: Keychain, account: string, oldRef?: SecretRef): Promise<SavedCredential> {
  const run = openclawRunner(input, bin);
  let gatewayNote: string | undefined;
  const openclaw: Openclaw = async (args, stdin) => {
    const result = await run(args, stdin);
    gatewayNote ??= result.gatewayNote;
    return result;
  };
  input.progress?.('Handing the reference to OpenClaw (secrets apply, config patch): a few seconds per step…');
  const ref = keychainRef(account);
  let oldRemoved = false;
  try {
    const launcher = await installResolverLauncher(input.stateDir);
    const { removed, order } = await clearExisting(input, openclaw, bin);
    oldRemoved = removed;
    await applyPlan(openclaw, keychainPlan(input, launcher, ref));
    // Listed in auth.profiles like every profile OpenClaw creates (that list is an allowlist when
    // no order is set); OpenClaw's own validated config write, not ours.
    // A renewal of our own ref finds it there already: one OpenClaw run fewer (each costs seconds).
    // After a logout it is gone from there (OpenClaw's logout removes it), so it is always written.
    if (removed || !(await listedInConfig(input))) {
      const patch = { auth: { profiles: { [input.profileId]: { provider: input.provider, mode: input.kind } } } };
      await openclaw(['config', 'patch', '--stdin'], `${JSON.stringify(patch)}\n`);
    }
    if (order) await openclaw(['models', 'auth', 'order', 'set', '--provider', input.provider, ...order, ...agentArgs(input)]);
  } catch (error) {
    // Once the old profile is gone the keychain holds the only copy: keep it, and say where it is.
    if (oldRemoved) {
      const message = error instanceof Error ? error.message : String(error);
      throw new OpenclawRefusedError(`${message}; the secret is kept in the ${keychain.describe(account)} — run the command again`);
    }
    await keychain.delete(account).catch(() => false);
    throw error;
  }
  if (gatewayNote) input.warn(gatewayNote);
  await updateRefMetadata(input.stateDir, refMetadataKey(input.agentId, input.profileId), {
    ref,
    storage: 'keychain',
    ...(input.expires !== undefined ? { expires: input.expires } : {}),
    created: Date.now(),
  });
  await dropReplacedEntry(input, oldRef, account, keychain);
  return { storage: 'keychain', profileId: input.profileId, location: keychain.describe(account) };
}
