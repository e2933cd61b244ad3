// Gathers what the status model needs for one agent: config, store (own or inherited), .env.
import { existsSync } from 'node:fs';
import type { Context } from '../context.js';
import { authStorePath, DEFAULT_AGENT_ID, resolveAgentLocation } from '../paths.js';
import { readAuthStore } from '../store/auth-profiles.js';
import { configAgentList, configEnvVars, readConfig } from '../store/config.js';
import { readDotenv } from '../store/dotenv-file.js';
import { isKeychainRef } from '../secrets/exec-provider.js';
import { KEYCHAIN_SERVICE } from '../secrets/keychain.js';
import { sqliteStoreFor } from '../store/auth-layout.js';
import { emptyStore, listProfiles, type JsonObject, type RawAuthStore } from '../store/auth-profiles.js';
import type { EnvSources } from './env-keys.js';
import { buildStatus, type AuthStatus, type KeychainCheck, type SqliteLayout } from './build-status.js';
import { CliError, CorruptFileError } from '../errors.js';
import { BUILT_IN_DEFAULT_MODEL, cliRuntimeModels, readModelSettings, SQLITE_ERA_DEFAULT_MODEL, type ModelSettings } from './model-refs.js';
import type { ClaudeLogin } from './claude-login.js';
import { configSecretRefs } from './config-secret-refs.js';

/**
 * Look up every keychain entry the store refers to (time-boxed per call). Only profiles whose secret
 * we keep there are touched, so a store without any never loads the keychain module.
 */
async function checkKeychainEntries(ctx: Context, store: RawAuthStore): Promise<Map<string, KeychainCheck>> {
  const checks = new Map<string, KeychainCheck>();
  const held = listProfiles(store).filter((profile) => !(profile.token?.trim() || profile.key?.trim()) && isKeychainRef(profile.tokenRef ?? profile.keyRef));
  if (!held.length) return checks;
  const keychain = ctx.keychain();
  for (const profile of held) {
    const account = (profile.tokenRef ?? profile.keyRef)?.id ?? '';
    try {
      const found = await keychain.get(account);
      checks.set(profile.id, found ? { ok: true } : { ok: false, reason: 'missing', problem: MISSING });
    } catch (error) {
      checks.set(profile.id, { ok: false, reason: 'unreachable', problem: error instanceof Error ? error.message : String(error) });
      // The keychain itself is unreachable: every other lookup would fail (and wait) the same way.
      for (const other of held) if (!checks.has(other.id)) checks.set(other.id, { ok: false, reason: 'unreachable', problem: error instanceof Error ? error.message : String(error) });
      break;
    }
  }
  // A locked keyring answers "no such entry" too: a probe tells the two apart, so the advice can
  // be "unlock it" rather than "store it again".
  if ([...checks.values()].some((check) => check.reason === 'missing')) {
    const { probeKeychain } = await import('../secrets/keychain-probe.js');
    const probe = await probeKeychain(keychain);
    if (!probe.available) for (const [id, check] of checks) if (check.reason === 'missing') checks.set(id, { ok: false, reason: 'unreachable', problem: `OS keychain unavailable: ${probe.reason}` });
  }
  return checks;
}

const MISSING = 'its keychain entry is missing (removed, or the keyring is locked)';

/** OpenClaw 2026.6+: the agent's merged SQLite view with our recorded expiries, if this runtime can read it. */
async function readSqliteState(ctx: Context, storePath: string, agentDir: string, agentId: string, database: string) {
  const layout: SqliteLayout = { database, read: 'none', ...(existsSync(storePath) ? { leftoverJson: storePath } : {}) };
  const { readSqliteAuthView, sqliteAvailable } = await import('../store/sqlite-auth-store.js');
  if (!sqliteAvailable()) return { layout: { ...layout, problem: `Node.js ${process.version} cannot read SQLite (node:sqlite needs 22.5 or later)` } };
  try {
    const view = readSqliteAuthView(ctx.paths.stateDir, agentDir, resolveAgentLocation(ctx.paths, ctx.env, ctx.cwd, undefined).agentDir);
    await applyRecordedExpiries(ctx, view.raw, agentId);
    return { layout: { ...layout, read: 'direct' as const }, view };
  } catch (error) {
    if (error instanceof CorruptFileError || !(error instanceof CliError)) throw error;
    return { layout: { ...layout, problem: error.message } };
  }
}

/** `secrets apply` drops `expires` from ref profiles; put back the expiry we recorded (in memory only). */
async function applyRecordedExpiries(ctx: Context, store: RawAuthStore, agentId: string): Promise<void> {
  const refs = listProfiles(store).filter((profile) => profile.expires === undefined && isKeychainRef(profile.tokenRef ?? profile.keyRef));
  if (!refs.length) return;
  const { readRefMetadata, recordedExpiry, refMetadataKey } = await import('../store/ref-metadata.js');
  const metadata = await readRefMetadata(ctx.paths.stateDir);
  for (const profile of refs) {
    const expires = recordedExpiry(metadata, refMetadataKey(agentId, profile.id), profile.tokenRef ?? profile.keyRef);
    const entry = store.profiles[profile.id];
    if (expires !== undefined && entry) entry.expires = expires;
  }
}

export interface LoadStatusOptions {
  /** Also resolve API keys kept as config SecretRefs (never shown), as `models status --probe` asks. */
  probe?: boolean;
}

export async function loadStatus(ctx: Context, agent: string | undefined, options: LoadStatusOptions = {}): Promise<AuthStatus> {
  return (await loadStatusView(ctx, agent, options)).status;
}

/** The logins of the CLI runtimes the models in use run through (claude-cli: `claude auth status`). */
async function readRuntimeLogins(ctx: Context, models: ModelSettings): Promise<Map<string, ClaudeLogin>> {
  const logins = new Map<string, ClaudeLogin>();
  const routes = cliRuntimeModels(models);
  if (!routes.has('claude-cli')) return logins;
  const { readClaudeLogin } = await import('./claude-login.js');
  logins.set('claude-cli', await readClaudeLogin(ctx.env, ctx.cwd));
  return logins;
}

/** API keys kept as SecretRefs in openclaw.json, each resolved (not shown) when `probe` is asked. */
async function readConfigRefs(config: JsonObject, env: EnvSources, ctx: Context, probe: boolean) {
  const refs = configSecretRefs(config);
  if (!probe || !refs.length) return refs;
  const { probeConfigSecretRef } = await import('./config-secret-refs.js');
  return Promise.all(refs.map(async (entry) => ({ ...entry, probe: await probeConfigSecretRef(config, entry, env, ctx.env) })));
}

export interface StatusView {
  status: AuthStatus;
  /** The store the status was built from (auth-profiles.json, or the merged SQLite view). */
  store: RawAuthStore;
  config: JsonObject;
  /** Files whose change changes this view. */
  sources: string[];
  /** Where env keys were looked up (process, .env, openclaw.json `env`). */
  env: EnvSources;
  /** OpenClaw 2026.6+: the database holding the agent's order and usage (`authStatePath`). */
  authStatePath?: string;
}

export async function loadStatusView(ctx: Context, agent: string | undefined, options: LoadStatusOptions = {}): Promise<StatusView> {
  const [config, dotenv] = await Promise.all([readConfig(ctx.paths.configPath), readDotenv(ctx.paths.dotenvPath)]);
  const location = resolveAgentLocation(ctx.paths, ctx.env, ctx.cwd, agent, configAgentList(config.raw));
  const storePath = authStorePath(location.agentDir);
  const database = sqliteStoreFor(storePath, ctx.paths.stateDir);
  const sqlite = database ? await readSqliteState(ctx, storePath, location.agentDir, location.agentId, database) : undefined;
  // In the SQLite era a leftover auth-profiles.json is not what OpenClaw uses (it refuses it), so it
  // is never shown as the store; without a direct read we show no profiles rather than wrong ones.
  let snapshot = sqlite
    ? { path: sqlite.view?.storePath ?? database ?? storePath, exists: Boolean(sqlite.view), raw: sqlite.view?.raw ?? emptyStore() }
    : await readAuthStore(storePath);
  let inheritedFrom: string | undefined;
  if (!sqlite && !snapshot.exists && location.agentId !== DEFAULT_AGENT_ID) {
    // OpenClaw gives a new agent a copy of main's profiles; show them, but never copy on a read.
    const mainStore = authStorePath(resolveAgentLocation(ctx.paths, ctx.env, ctx.cwd, undefined).agentDir);
    if (existsSync(mainStore)) {
      snapshot = await readAuthStore(mainStore);
      inheritedFrom = mainStore;
    }
  }
  const env: EnvSources = { process: ctx.env, dotenv: dotenv.values, config: configEnvVars(config.raw) };
  const models = readModelSettings(config.raw, sqlite ? SQLITE_ERA_DEFAULT_MODEL : BUILT_IN_DEFAULT_MODEL);
  const [keychainChecks, runtimeLogins, configRefs] = await Promise.all([
    checkKeychainEntries(ctx, snapshot.raw),
    sqlite ? readRuntimeLogins(ctx, models) : new Map<string, ClaudeLogin>(),
    readConfigRefs(config.raw, env, ctx, options.probe === true),
  ]);
  const status = buildStatus({
    now: ctx.now(),
    configPath: ctx.paths.configPath,
    agentId: location.agentId,
    agentExplicit: location.explicit,
    show: ctx.show,
    agentDir: location.agentDir,
    storePath: snapshot.path,
    ...(inheritedFrom ? { inheritedFrom } : {}),
    dotenvPath: ctx.paths.dotenvPath,
    store: snapshot.raw,
    ...(sqlite ? { sqlite: sqlite.layout } : {}),
    config: config.raw,
    keychainChecks,
    keychainService: KEYCHAIN_SERVICE,
    ...(runtimeLogins.size ? { runtimeLogins } : {}),
    ...(configRefs.length ? { configRefs } : {}),
    models,
    env,
  });
  const databases = sqlite?.view?.databases ?? (database ? [database] : []);
  const sources = [storePath, ctx.paths.configPath, ctx.paths.dotenvPath, ...databases.flatMap((path) => [path, `${path}-wal`])];
  if (sqlite?.view) sources.push((await import('../store/ref-metadata.js')).refMetadataPath(ctx.paths.stateDir));
  return { status, store: snapshot.raw, config: config.raw, sources, env, ...(sqlite?.view ? { authStatePath: sqlite.view.statePath } : {}) };
}
