// Where OpenClaw would find a provider's env key: the process environment first, then
// `<state>/.env`, then openclaw.json `env` — a variable already set is never overridden (§2.3).
import { envVarsFor } from '../providers.js';
import type { Env } from '../paths.js';

export type EnvOrigin = 'process' | 'dotenv' | 'config';

export interface EnvKey {
  name: string;
  value: string;
  origin: EnvOrigin;
}

export interface EnvSources {
  process: Env;
  dotenv: Readonly<Record<string, string>>;
  config: Readonly<Record<string, string>>;
}

export function lookupEnv(sources: EnvSources, name: string): EnvKey | undefined {
  const fromProcess = sources.process[name]?.trim();
  if (fromProcess) return { name, value: fromProcess, origin: 'process' };
  const fromDotenv = sources.dotenv[name]?.trim();
  if (fromDotenv) return { name, value: fromDotenv, origin: 'dotenv' };
  const fromConfig = sources.config[name]?.trim();
  if (fromConfig) return { name, value: fromConfig, origin: 'config' };
  return undefined;
}

/** The first env key OpenClaw would use for this provider (ANTHROPIC_OAUTH_TOKEN before ANTHROPIC_API_KEY). */
export function resolveProviderEnvKey(sources: EnvSources, providerId: string): EnvKey | undefined {
  for (const name of envVarsFor(providerId)) {
    const found = lookupEnv(sources, name);
    if (found) return found;
  }
  return undefined;
}
