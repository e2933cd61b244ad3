// The status model behind `models status` (text, --json, --plain, --check) and, later, the dashboard.
// Field names follow OpenClaw's `models status --json`, so tools written for it read ours.
import { formatRemainingShort } from '../duration.js';
import { ENV_LISTED_PROVIDERS } from '../providers.js';
import { maskSecret } from '../secrets/mask.js';
import { isJsonObject, listProfiles, type AuthProfile, type RawAuthStore, type SecretRef } from '../store/auth-profiles.js';
import { resolveProviderEnvKey, type EnvOrigin, type EnvSources } from './env-keys.js';
import { modelsInUse, providerOfModel, type ModelSettings } from './model-refs.js';
import { EXPIRING_WINDOW_MS, isUnusable, profileHealth, type HealthReason, type HealthStatus } from './profile-health.js';

export interface StatusInputs {
  now: number;
  configPath: string;
  agentId: string;
  agentDir: string;
  storePath: string;
  /** Where the profiles came from when the agent has no store of its own (OpenClaw inherits main's). */
  inheritedFrom?: string;
  dotenvPath: string;
  store: RawAuthStore;
  models: ModelSettings;
  env: EnvSources;
}

export interface ProviderStatus {
  provider: string;
  effective: { kind: 'profiles' | 'env' | 'missing'; detail?: string };
  profiles: { count: number; oauth: number; token: number; apiKey: number; labels: string[] };
  env?: { value: string; source: string; origin: EnvOrigin; path?: string };
}

export interface OAuthProfileStatus {
  profileId: string;
  provider: string;
  type: 'oauth' | 'token';
  status: HealthStatus;
  reasonCode?: HealthReason;
  expiresAt?: number;
  remainingMs?: number;
  source: 'store';
  label: string;
}

export interface UnusableProfile {
  profileId: string;
  provider: string;
  kind: 'cooldown' | 'disabled';
  reason?: string;
  until: number;
  remainingMs: number;
}

export interface AuthStatus {
  configPath: string;
  agentId: string;
  agentDir: string;
  defaultModel: string;
  resolvedDefault: string;
  fallbacks: string[];
  imageModel: string | null;
  imageFallbacks: string[];
  aliases: Record<string, string>;
  allowed: string[];
  auth: {
    storePath: string;
    inheritedFrom?: string;
    dotenvPath: string;
    shellEnvFallback: { enabled: boolean; appliedKeys: string[] };
    providersWithOAuth: string[];
    missingProvidersInUse: string[];
    providers: ProviderStatus[];
    unusableProfiles: UnusableProfile[];
    oauth: {
      warnAfterMs: number;
      profiles: OAuthProfileStatus[];
      providers: { provider: string; status: HealthStatus; profiles: OAuthProfileStatus[]; expiresAt?: number; remainingMs?: number }[];
    };
  };
}

function refLabel(ref: SecretRef): string {
  return `ref(${ref.source}:${ref.id})`;
}

/** How a profile's credential is shown: masked value, ref, OAuth marker or `missing`. */
export function credentialLabel(profile: AuthProfile): string {
  switch (profile.type) {
    case 'api_key':
      if (profile.key?.trim()) return maskSecret(profile.key);
      return profile.keyRef ? refLabel(profile.keyRef) : 'missing';
    case 'token':
      if (profile.token?.trim()) return `token:${maskSecret(profile.token)}`;
      return profile.tokenRef ? `token:${refLabel(profile.tokenRef)}` : 'token:missing';
    case 'oauth':
      return profile.email ? `OAuth (${profile.email})` : 'OAuth';
  }
}

function unusableProfiles(store: RawAuthStore, profiles: readonly AuthProfile[], now: number): UnusableProfile[] {
  const stats = isJsonObject(store.usageStats) ? store.usageStats : {};
  const out: UnusableProfile[] = [];
  for (const profile of profiles) {
    const entry = stats[profile.id];
    if (!isJsonObject(entry)) continue;
    const cooldown = typeof entry.cooldownUntil === 'number' ? entry.cooldownUntil : 0;
    const disabled = typeof entry.disabledUntil === 'number' ? entry.disabledUntil : 0;
    if (disabled > now && disabled >= cooldown) {
      const reason = typeof entry.disabledReason === 'string' ? entry.disabledReason : undefined;
      out.push({ profileId: profile.id, provider: profile.provider, kind: 'disabled', ...(reason ? { reason } : {}), until: disabled, remainingMs: disabled - now });
    } else if (cooldown > now) {
      out.push({ profileId: profile.id, provider: profile.provider, kind: 'cooldown', until: cooldown, remainingMs: cooldown - now });
    }
  }
  return out;
}

const STATUS_SEVERITY: Record<HealthStatus, number> = { ok: 0, static: 0, expiring: 1, missing: 2, expired: 3 };

export function buildStatus(inputs: StatusInputs): AuthStatus {
  const { now, store, models, env } = inputs;
  const profiles = listProfiles(store);
  const byProvider = new Map<string, AuthProfile[]>();
  for (const profile of profiles) {
    const list = byProvider.get(profile.provider) ?? [];
    list.push(profile);
    byProvider.set(profile.provider, list);
  }
  const inUse = modelsInUse(models).map(providerOfModel);

  // Listing order: providers with profiles, then those the models use, then env-only ones.
  const candidates = [...new Set([...byProvider.keys(), ...inUse, ...Object.keys(ENV_LISTED_PROVIDERS)])];
  const unusable = unusableProfiles(store, profiles, now);
  const providers: ProviderStatus[] = [];
  for (const provider of candidates) {
    const own = byProvider.get(provider) ?? [];
    const envKey = resolveProviderEnvKey(env, provider);
    if (!own.length && !envKey) continue;
    const labels = own.map((profile) => {
      const flag = unusable.find((entry) => entry.profileId === profile.id);
      const suffix = flag ? ` [${flag.kind === 'disabled' ? `disabled:${flag.reason ?? 'unknown'}` : 'cooldown'} ${formatRemainingShort(flag.remainingMs)}]` : '';
      return `${profile.id}=${credentialLabel(profile)}${suffix}`;
    });
    const envStatus = envKey && {
      value: envKey.name.includes('OAUTH_TOKEN') ? 'OAuth (env)' : maskSecret(envKey.value),
      source: `env: ${envKey.name}`,
      origin: envKey.origin,
      ...(envKey.origin === 'dotenv' ? { path: inputs.dotenvPath } : {}),
    };
    const effective: ProviderStatus['effective'] = own.length
      ? { kind: 'profiles', detail: inputs.storePath }
      : envStatus
        ? { kind: 'env', detail: envStatus.value }
        : { kind: 'missing' };
    providers.push({
      provider,
      effective,
      profiles: {
        count: own.length,
        oauth: own.filter((profile) => profile.type === 'oauth').length,
        token: own.filter((profile) => profile.type === 'token').length,
        apiKey: own.filter((profile) => profile.type === 'api_key').length,
        labels,
      },
      ...(envStatus ? { env: envStatus } : {}),
    });
  }

  const oauthProfiles: OAuthProfileStatus[] = profiles
    .filter((profile): profile is AuthProfile & { type: 'oauth' | 'token' } => profile.type !== 'api_key')
    .map((profile) => ({
      profileId: profile.id,
      provider: profile.provider,
      type: profile.type,
      ...profileHealth(profile, now),
      source: 'store' as const,
      label: profile.email ? `${profile.id} (${profile.email})` : profile.id,
    }));
  const oauthProviders = [...new Set(oauthProfiles.map((entry) => entry.provider))].map((provider) => {
    const list = oauthProfiles.filter((entry) => entry.provider === provider);
    const worst = list.reduce((a, b) => (STATUS_SEVERITY[b.status] > STATUS_SEVERITY[a.status] ? b : a));
    const soonest = list.filter((entry) => entry.expiresAt !== undefined).sort((a, b) => (a.expiresAt ?? 0) - (b.expiresAt ?? 0))[0];
    return {
      provider,
      status: worst.status,
      profiles: list,
      ...(soonest?.expiresAt !== undefined ? { expiresAt: soonest.expiresAt, remainingMs: soonest.expiresAt - now } : {}),
    };
  });

  const covered = new Set(providers.map((entry) => entry.provider));
  const missingProvidersInUse = [...new Set(inUse)].filter((provider) => !covered.has(provider));

  return {
    configPath: inputs.configPath,
    agentId: inputs.agentId,
    agentDir: inputs.agentDir,
    defaultModel: models.defaultModel,
    resolvedDefault: models.defaultModel,
    fallbacks: models.fallbacks,
    imageModel: models.imageModel ?? null,
    imageFallbacks: models.imageFallbacks,
    aliases: models.aliases,
    allowed: models.configured,
    auth: {
      storePath: inputs.storePath,
      ...(inputs.inheritedFrom ? { inheritedFrom: inputs.inheritedFrom } : {}),
      dotenvPath: inputs.dotenvPath,
      shellEnvFallback: { enabled: false, appliedKeys: [] },
      providersWithOAuth: oauthProviders.map((entry) => `${entry.provider} (${entry.profiles.length})`),
      missingProvidersInUse,
      providers,
      unusableProfiles: unusable,
      oauth: { warnAfterMs: EXPIRING_WINDOW_MS, profiles: oauthProfiles, providers: oauthProviders },
    },
  };
}

/** OpenClaw's `--check` exit code: 1 expired/missing or a provider in use without auth, 2 expiring, else 0. */
export function checkExitCode(status: AuthStatus): 0 | 1 | 2 {
  const states = status.auth.oauth.profiles.map((entry) => entry.status);
  if (states.some(isUnusable) || status.auth.missingProvidersInUse.length) return 1;
  if (states.includes('expiring')) return 2;
  return 0;
}
