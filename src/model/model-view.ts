// The data behind `model status` (OpenClaw's /model status) and `model list`.
import type { Context } from '../context.js';
import { formatRemainingShort } from '../duration.js';
import { credentialLabel } from '../status/build-status.js';
import { modelsInUse, readModelSettings } from '../status/model-refs.js';
import { profileHealth } from '../status/profile-health.js';
import { profileOrderFor, usage } from '../status/profile-order.js';
import { resolveProviderEnvKey } from '../status/env-keys.js';
import { maskSecret } from '../secrets/mask.js';
import { locateAgentStore } from '../store/agent-store.js';
import { isJsonObject, listProfiles, readAuthStore } from '../store/auth-profiles.js';
import { configEnvVars } from '../store/config.js';
import { readDotenv } from '../store/dotenv-file.js';
import { providerForModel, resolveModelSpec, type ModelSpec } from './model-spec.js';

const DEFAULT_ENDPOINTS: Record<string, string> = { anthropic: 'https://api.anthropic.com', openai: 'https://api.openai.com/v1', openrouter: 'https://openrouter.ai/api/v1' };

export interface ProviderView {
  provider: string;
  endpoint: string;
  endpointSource: 'config' | 'env' | 'default';
  /** `<id>=<credential> (flags)` in the order OpenClaw tries them, or the env key, or "missing". */
  auth: string[];
  next?: string;
  models: string[];
}

export interface ModelView {
  agentId: string;
  storePath: string;
  defaultModel: string;
  current: string;
  selected?: ModelSpec;
  aliases: Record<string, string>;
  providers: ProviderView[];
}

export async function buildModelView(ctx: Context, agent: string | undefined, spec?: string): Promise<ModelView> {
  const target = await locateAgentStore(ctx, agent);
  const [store, dotenv] = await Promise.all([readAuthStore(target.storePath), readDotenv(ctx.paths.dotenvPath)]);
  const config = target.config.raw;
  const settings = readModelSettings(config);
  const profiles = listProfiles(store.raw);
  const selected = spec ? resolveModelSpec(spec, { aliases: settings.aliases, profiles }) : undefined;
  const now = ctx.now();
  const lastGood = isJsonObject(store.raw.lastGood) ? store.raw.lastGood : {};
  const models = [...new Set([...modelsInUse(settings), ...settings.configured, ...(selected ? [selected.model] : [])])];
  const providerIds = [...new Set([...models.map(providerForModel), ...profiles.map((profile) => profile.provider)])].sort();
  const providerConfig = isJsonObject(config.models) && isJsonObject(config.models.providers) ? config.models.providers : {};

  const providers = providerIds.map((provider): ProviderView => {
    const order = profileOrderFor(provider, store.raw, config, now);
    const pinned = selected?.provider === provider ? selected.profileId : undefined;
    const next = pinned ?? order[0];
    const own = profiles.filter((profile) => profile.provider === provider).sort((a, b) => (order.indexOf(a.id) + 1 || 1e9) - (order.indexOf(b.id) + 1 || 1e9));
    const auth = own.map((profile) => {
      const flags: string[] = [];
      if (profile.id === next) flags.push(pinned ? 'pinned' : 'next');
      if (Object.hasOwn(lastGood, provider) && lastGood[provider] === profile.id) flags.push('lastGood');
      const until = usage(store.raw, profile.id).unusableUntil;
      if (until > now) flags.push(`cooldown ${formatRemainingShort(until - now)}`);
      const health = profileHealth(profile, now);
      if (health.status === 'expired') flags.push('expired');
      else if (health.remainingMs !== undefined) flags.push(`exp ${formatRemainingShort(health.remainingMs)}`);
      else if (health.status === 'missing') flags.push('unusable');
      return `${profile.id}=${credentialLabel(profile)}${flags.length ? ` (${flags.join(', ')})` : ''}`;
    });
    if (!auth.length) {
      const envKey = resolveProviderEnvKey({ process: ctx.env, dotenv: dotenv.values, config: configEnvVars(config) }, provider);
      auth.push(envKey ? `${maskSecret(envKey.value)} (env: ${envKey.name})` : 'missing');
    }
    const ownConfig = Object.hasOwn(providerConfig, provider) ? providerConfig[provider] : undefined;
    const configured = isJsonObject(ownConfig) ? ownConfig.baseUrl : undefined;
    const envBase = ctx.env[`${provider.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_BASE_URL`];
    const endpoint = typeof configured === 'string' ? configured : envBase ?? (Object.hasOwn(DEFAULT_ENDPOINTS, provider) ? DEFAULT_ENDPOINTS[provider] : undefined) ?? 'default';
    return {
      provider,
      endpoint,
      endpointSource: typeof configured === 'string' ? 'config' : envBase ? 'env' : 'default',
      auth,
      ...(next ? { next } : {}),
      models: models.filter((model) => providerForModel(model) === provider),
    };
  });
  return {
    agentId: target.agentId,
    storePath: target.storePath,
    defaultModel: settings.resolvedDefault,
    current: selected?.model ?? settings.resolvedDefault,
    ...(selected ? { selected } : {}),
    aliases: settings.aliases,
    providers,
  };
}
