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
import { listProfiles, type RawAuthStore } from '../store/auth-profiles.js';
import { buildStatus, type AuthStatus, type KeychainCheck } from './build-status.js';
import { readModelSettings } from './model-refs.js';

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
      checks.set(profile.id, found ? { ok: true } : { ok: false, problem: 'its keychain entry is missing (removed, or the keyring is locked)' });
    } catch (error) {
      checks.set(profile.id, { ok: false, problem: error instanceof Error ? error.message : String(error) });
      // The keychain itself is unreachable: every other lookup would fail (and wait) the same way.
      for (const other of held) if (!checks.has(other.id)) checks.set(other.id, { ok: false, problem: error instanceof Error ? error.message : String(error) });
      break;
    }
  }
  return checks;
}

export async function loadStatus(ctx: Context, agent: string | undefined): Promise<AuthStatus> {
  const [config, dotenv] = await Promise.all([readConfig(ctx.paths.configPath), readDotenv(ctx.paths.dotenvPath)]);
  const location = resolveAgentLocation(ctx.paths, ctx.env, ctx.cwd, agent, configAgentList(config.raw));
  const storePath = authStorePath(location.agentDir);
  let snapshot = await readAuthStore(storePath);
  let inheritedFrom: string | undefined;
  if (!snapshot.exists && location.agentId !== DEFAULT_AGENT_ID) {
    // OpenClaw gives a new agent a copy of main's profiles; show them, but never copy on a read.
    const mainStore = authStorePath(resolveAgentLocation(ctx.paths, ctx.env, ctx.cwd, undefined).agentDir);
    if (existsSync(mainStore)) {
      snapshot = await readAuthStore(mainStore);
      inheritedFrom = mainStore;
    }
  }
  return buildStatus({
    now: ctx.now(),
    configPath: ctx.paths.configPath,
    agentId: location.agentId,
    agentExplicit: location.explicit,
    show: ctx.show,
    agentDir: location.agentDir,
    storePath,
    ...(inheritedFrom ? { inheritedFrom } : {}),
    dotenvPath: ctx.paths.dotenvPath,
    store: snapshot.raw,
    ...((): { sqliteStore?: string } => {
      const sqliteStore = sqliteStoreFor(storePath, ctx.paths.stateDir);
      return sqliteStore ? { sqliteStore } : {};
    })(),
    keychainChecks: await checkKeychainEntries(ctx, snapshot.raw),
    keychainService: KEYCHAIN_SERVICE,
    models: readModelSettings(config.raw),
    env: { process: ctx.env, dotenv: dotenv.values, config: configEnvVars(config.raw) },
  });
}
