// Resolve `--agent` to its auth store, reading the config once for agents.list.
import type { Context } from '../context.js';
import { authStorePath, resolveAgentLocation, type AgentLocation } from '../paths.js';
import { configAgentList, readConfig, type ConfigSnapshot } from './config.js';

export interface AgentStore extends AgentLocation {
  storePath: string;
  config: ConfigSnapshot;
}

export async function locateAgentStore(ctx: Context, agent: string | undefined): Promise<AgentStore> {
  const config = await readConfig(ctx.paths.configPath);
  const location = resolveAgentLocation(ctx.paths, ctx.env, ctx.cwd, agent, configAgentList(config.raw));
  return { ...location, storePath: authStorePath(location.agentDir), config };
}

/** Everything saveCredential needs to know about where a profile goes, for one agent. */
export function credentialTarget(ctx: Context, target: AgentStore, profileId: string, provider: string) {
  return {
    agentId: target.agentId,
    storePath: target.storePath,
    configPath: ctx.paths.configPath,
    stateDir: ctx.paths.stateDir,
    dotenvPath: ctx.paths.dotenvPath,
    profileId,
    provider,
    keychain: ctx.keychain,
    show: ctx.show,
    openclaw: { env: ctx.env, cwd: ctx.cwd },
  };
}
