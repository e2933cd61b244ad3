// Gathers what the status model needs for one agent: config, store (own or inherited), .env.
import { existsSync } from 'node:fs';
import type { Context } from '../context.js';
import { authStorePath, DEFAULT_AGENT_ID, resolveAgentLocation } from '../paths.js';
import { readAuthStore } from '../store/auth-profiles.js';
import { configAgentList, configEnvVars, readConfig } from '../store/config.js';
import { readDotenv } from '../store/dotenv-file.js';
import { buildStatus, type AuthStatus } from './build-status.js';
import { readModelSettings } from './model-refs.js';

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
    models: readModelSettings(config.raw),
    env: { process: ctx.env, dotenv: dotenv.values, config: configEnvVars(config.raw) },
  });
}
