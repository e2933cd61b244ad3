// The status model behind `models status` (text, --json, --plain, --check) and, later, the dashboard.
// Field names follow OpenClaw's `models status --json`, so tools written for it read ours.
import { join } from 'node:path';
import { formatRemainingShort } from '../duration.js';
import { ENV_LISTED_PROVIDERS } from '../providers.js';
import { maskSecret } from '../secrets/mask.js';
import { isJsonObject, listProfiles, secretRef, storedSecret, type AuthProfile, type JsonObject, type ProfileType, type RawAuthStore, type SecretRef } from '../store/auth-profiles.js';
import { resolveProviderEnvKey, type EnvOrigin, type EnvSources } from './env-keys.js';
import { cliRuntimeModels, modelsInUse, providerOfModel, type ModelSettings } from './model-refs.js';
import type { ClaudeLogin } from './claude-login.js';
import type { ConfigRefProbe, ConfigSecretRef } from './config-secret-refs.js';
import { routeReadiness, type ModelRouteIssue } from './route-readiness.js';
import type { KeychainCheck } from './keychain-check.js';

export type { KeychainCheck } from './keychain-check.js';
import { EXPIRING_WINDOW_MS, isUnusable, profileHealth, type HealthReason, type HealthStatus } from './profile-health.js';

/** An OpenClaw 2026.6+ store: the database, and whether we could read it ourselves. */
export interface SqliteLayout {
  database: string;
  /**
   * "direct": read with node:sqlite; "openclaw": OpenClaw's `models status --json` (slow);
   * "none": neither (no node:sqlite here, or a layout we do not know, and no openclaw binary).
   */
  read: 'direct' | 'openclaw' | 'none';
  /** Why we could not read it. */
  problem?: string;
  /** An auth-profiles.json beside the store, which makes OpenClaw refuse its providers. */
  leftoverJson?: string;
}

/** Where a profile's secret lives (ours, not OpenClaw's: it is what `describe()` reports). */
export type SecretStorage =
  | { kind: 'file'; path: string }
  | { kind: 'keychain'; service: string; account: string }
  | { kind: 'ref'; source: string; provider: string; id: string }
  | { kind: 'none' };

/** The outcome of looking up a keychain entry we own; absent when the profile has none. */
export interface StatusInputs {
  now: number;
  configPath: string;
  agentId: string;
  /** OpenClaw's JSON names the agent only when one was asked for with --agent. */
  agentExplicit: boolean;
  /** `~/…` form of a path; OpenClaw's JSON uses it for `effective.detail`. */
  show: (path: string) => string;
  agentDir: string;
  storePath: string;
  /** Where the profiles came from when the agent has no store of its own (OpenClaw inherits main's). */
  inheritedFrom?: string;
  dotenvPath: string;
  store: RawAuthStore;
  models: ModelSettings;
  env: EnvSources;
  /** Set when this state keeps credentials in SQLite (OpenClaw 2026.6+); `store` is then its merged view if we read it. */
  sqlite?: SqliteLayout;
  /** openclaw.json, for the order rules the SQLite era's route check needs. */
  config?: JsonObject;
  /** Keychain lookups for profiles whose secret we keep there, by profile id. */
  keychainChecks?: ReadonlyMap<string, KeychainCheck>;
  keychainService?: string;
  /** OpenClaw 2026.6+: the logins of the CLI runtimes (claude-cli) the models in use run through. */
  runtimeLogins?: ReadonlyMap<string, ClaudeLogin>;
  /** API keys kept as SecretRefs in openclaw.json (Vault, 1Password, exec), probed when asked. */
  configRefs?: readonly (ConfigSecretRef & { probe?: ConfigRefProbe })[];
}

/**
 * OpenClaw 2026.6+'s `runtimeAuthRoutes` entry, as its JSON has it (its status is "indeterminate":
 * it never asks the runtime), plus ours: what the runtime's own login says.
 */
export interface RuntimeAuthRoute {
  provider: string;
  runtime: string;
  authProvider: string;
  status: 'indeterminate';
  effective: { kind: 'missing'; detail: 'missing' };
  /** Ours: the models routed through it. */
  models: string[];
  /** Ours: `claude auth status --json`, read without token material. */
  login?: ClaudeLogin;
}

export interface ProviderStatus {
  provider: string;
  effective: { kind: 'profiles' | 'env' | 'models.json' | 'missing'; detail?: string };
  profiles: { count: number; oauth: number; token: number; apiKey: number; labels: string[] };
  env?: { value: string; source: string; origin: EnvOrigin; path?: string };
  /** OpenClaw's: the provider's key from openclaw.json (models.json), here always a SecretRef. */
  modelsJson?: { value: string; source: string };
  /** Ours: where that SecretRef points, and whether it resolved (with --probe). */
  configRef?: { ref: SecretRef; where: string; path: string; probe?: ConfigRefProbe };
}

export interface OAuthProfileStatus {
  profileId: string;
  provider: string;
  type: ProfileType;
  status: HealthStatus;
  reasonCode?: HealthReason;
  /** Only while the credential is still valid, as OpenClaw reports it. */
  expiresAt?: number;
  remainingMs?: number;
  /** Ours, not OpenClaw's: when an expired credential ran out, so a person can be told. */
  expiredAt?: number;
  /** Ours: where the secret lives. */
  storage: SecretStorage;
  /** Ours: why a keychain-held secret cannot be read, in words, and as data (see KeychainCheck). */
  problem?: string;
  problemKind?: 'unreachable' | 'missing';
  source: 'store';
  label: string;
}

export interface OAuthProviderStatus {
  provider: string;
  status: HealthStatus;
  profiles: OAuthProfileStatus[];
  expiresAt?: number;
  remainingMs?: number;
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
  agentId?: string;
  agentDir: string;
  defaultModel: string;
  resolvedDefault: string;
  fallbacks: string[];
  imageModel: string | null;
  imageFallbacks: string[];
  /** OpenClaw 2026.6+ only. */
  utilityModel?: { ref: string | null; source: 'config' | 'provider-default' | 'disabled' | 'none' };
  aliases: Record<string, string>;
  allowed: string[];
  auth: {
    storePath: string;
    inheritedFrom?: string;
    /** Ours: "json" (auth-profiles.json, OpenClaw ≤ 2026.5) or "sqlite" (2026.6+), and that store. */
    layout: { era: 'json' } | ({ era: 'sqlite' } & SqliteLayout);
    /** OpenClaw 2026.6+'s field: routes whose auth cannot be confirmed without running a resolver. */
    modelRouteIssues?: ModelRouteIssue[];
    /** OpenClaw 2026.6+'s field: models run through a CLI runtime (claude-cli) and its login. */
    runtimeAuthRoutes?: RuntimeAuthRoute[];
    /** Ours: keychain-held profiles whose route OpenClaw would call indeterminate; we resolved them. */
    confirmedFromKeychain?: string[];
    /** Ours: CLI runtimes whose route OpenClaw would call indeterminate; their login says they work. */
    confirmedRuntimes?: string[];
    /** Ours: the SQLite era's `--check` code (route rules), when we read the store. */
    routeCheck?: 0 | 1 | 2;
    dotenvPath: string;
    shellEnvFallback: { enabled: boolean; appliedKeys: string[] };
    providersWithOAuth: string[];
    missingProvidersInUse: string[];
    providers: ProviderStatus[];
    unusableProfiles: UnusableProfile[];
    oauth: {
      warnAfterMs: number;
      profiles: OAuthProfileStatus[];
      providers: OAuthProviderStatus[];
    };
  };
}

function refLabel(ref: SecretRef): string {
  return `ref(${ref.source}:${ref.id})`;
}

/**
 * A provider's profile label, `<id>=<credential>` with an optional ` [cooldown 5m]`-style flag (ours
 * and OpenClaw's alike), split into the id and the credential as shown.
 */
export function splitProfileLabel(label: string): { id: string; credential: string } {
  const at = label.indexOf('=');
  return { id: label.slice(0, at), credential: label.slice(at + 1).replace(/ \[.*\]$/, '') };
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

const byId = (a: { profileId: string }, b: { profileId: string }) => (a.profileId < b.profileId ? -1 : a.profileId > b.profileId ? 1 : 0);

/** OpenClaw's per-provider roll-up: no profiles is missing; else the worst of expired, expiring, missing. */
function providerHealth(profiles: readonly OAuthProfileStatus[]): HealthStatus {
  if (!profiles.length) return 'missing';
  const states = new Set(profiles.map((entry) => entry.status));
  for (const status of ['expired', 'expiring', 'missing'] as const) if (states.has(status)) return status;
  return 'ok';
}

function secretStorage(profile: AuthProfile, inputs: StatusInputs): SecretStorage {
  const inline = profile.type === 'oauth' ? profile.access?.trim() : storedSecret(profile);
  if (inline) return { kind: 'file', path: inputs.storePath };
  const ref = secretRef(profile);
  if (!ref) return { kind: 'none' };
  if (inputs.keychainChecks?.has(profile.id)) return { kind: 'keychain', service: inputs.keychainService ?? 'openclaw-auth', account: ref.id };
  return { kind: 'ref', source: ref.source, provider: ref.provider, id: ref.id };
}

function profileStatus(profile: AuthProfile, inputs: StatusInputs): OAuthProfileStatus {
  const now = inputs.now;
  const check = inputs.keychainChecks?.get(profile.id);
  // A keychain entry that is gone or unreachable makes the profile unusable, whatever its expiry.
  const health = check && !check.ok ? { status: 'missing' as const, reasonCode: 'unresolved_ref' as const } : profileHealth(profile, now);
  const { expiresAt, remainingMs, ...rest } = health;
  const timing = health.status === 'expired' ? (expiresAt === undefined ? {} : { expiredAt: expiresAt }) : expiresAt === undefined ? {} : { expiresAt, remainingMs };
  return {
    profileId: profile.id,
    provider: profile.provider,
    type: profile.type,
    ...rest,
    ...timing,
    storage: secretStorage(profile, inputs),
    ...(check?.problem ? { problem: check.problem } : {}),
    ...(check?.reason ? { problemKind: check.reason } : {}),
    source: 'store',
    label: profile.email ? `${profile.id} (${profile.email})` : profile.id,
  };
}

export function buildStatus(inputs: StatusInputs): AuthStatus {
  const { now, store, models, env } = inputs;
  const profiles = listProfiles(store);
  const byProvider = new Map<string, AuthProfile[]>();
  for (const profile of profiles) {
    const list = byProvider.get(profile.provider) ?? [];
    list.push(profile);
    byProvider.set(profile.provider, list);
  }
  // A model OpenClaw runs through a CLI runtime (claude-cli) needs that runtime's login, not the
  // provider's credentials; only OpenClaw 2026.6+ has such routes.
  const cliRoutes = inputs.sqlite ? cliRuntimeModels(models) : new Map<string, string[]>();
  const throughCli = new Set([...cliRoutes.values()].flat());
  const inUse = modelsInUse(models)
    .filter((model) => !throughCli.has(model))
    .map(providerOfModel);
  const configRefs = new Map((inputs.configRefs ?? []).map((entry) => [entry.provider, entry]));

  // OpenClaw lists providers alphabetically: those with profiles, used by a model, with an env key
  // or with a key in its config.
  const candidates = [...new Set([...byProvider.keys(), ...inUse, ...Object.keys(ENV_LISTED_PROVIDERS), ...configRefs.keys()])].sort();
  const unusable = unusableProfiles(store, profiles, now);
  const providers: ProviderStatus[] = [];
  for (const provider of candidates) {
    const own = byProvider.get(provider) ?? [];
    const envKey = resolveProviderEnvKey(env, provider);
    const configRef = configRefs.get(provider);
    if (!own.length && !envKey && !configRef) continue;
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
    // OpenClaw 2026.6+ shows a config SecretRef as a marker; 2026.3 resolves and masks it, which
    // a status that runs no resolver cannot, so there it is shown as the ref.
    const modelsJson = configRef && {
      value: inputs.sqlite ? 'marker(secretref-managed)' : refLabel(configRef.ref),
      source: `models.json: ${inputs.show(join(inputs.agentDir, 'models.json'))}`,
    };
    const effective: ProviderStatus['effective'] = own.length
      ? { kind: 'profiles', detail: inputs.show(inputs.storePath) }
      : envStatus
        ? { kind: 'env', detail: envStatus.value }
        : modelsJson
          ? { kind: 'models.json', detail: modelsJson.value }
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
      ...(modelsJson && configRef
        ? { modelsJson, configRef: { ref: configRef.ref, where: configRef.where, path: configRef.path, ...(configRef.probe ? { probe: configRef.probe } : {}) } }
        : {}),
    });
  }

  // A config SecretRef that --probe found unresolvable counts as no credentials.
  const covered = new Set(providers.filter((entry) => entry.effective.kind !== 'models.json' || entry.configRef?.probe?.ok !== false).map((entry) => entry.provider));
  const missingProvidersInUse = [...new Set(inUse)].filter((provider) => !covered.has(provider));
  const runtimeAuthRoutes: RuntimeAuthRoute[] = [...cliRoutes.entries()].map(([runtime, list]) => {
    const login = inputs.runtimeLogins?.get(runtime);
    return {
      provider: providerOfModel(list[0] ?? ''),
      runtime,
      authProvider: runtime,
      status: 'indeterminate',
      effective: { kind: 'missing', detail: 'missing' },
      models: list,
      ...(login ? { login } : {}),
    };
  });

  // OpenClaw's "oauth" section covers every profile (api keys show as static), sorted by id, and
  // every listed or in-use provider.
  const oauthProfiles = profiles.map((profile) => profileStatus(profile, inputs)).sort(byId);
  const oauthProviders = [...new Set([...covered, ...missingProvidersInUse])].sort().map((provider): OAuthProviderStatus => {
    const list = oauthProfiles.filter((entry) => entry.provider === provider);
    const soonest = list.reduce<number | undefined>((min, entry) => (entry.expiresAt !== undefined && (min === undefined || entry.expiresAt < min) ? entry.expiresAt : min), undefined);
    return { provider, status: providerHealth(list), profiles: list, ...(soonest !== undefined ? { expiresAt: soonest, remainingMs: soonest - now } : {}) };
  });
  const providersWithOAuth = [...byProvider.entries()]
    .map(([provider, list]) => [provider, list.filter((profile) => profile.type !== 'api_key').length] as const)
    .filter(([, count]) => count > 0)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([provider, count]) => `${provider} (${count})`);

  return {
    configPath: inputs.configPath,
    ...(inputs.agentExplicit ? { agentId: inputs.agentId } : {}),
    agentDir: inputs.agentDir,
    defaultModel: models.defaultModel,
    resolvedDefault: models.resolvedDefault,
    fallbacks: models.fallbacks,
    imageModel: models.imageModel ?? null,
    imageFallbacks: models.imageFallbacks,
    ...(models.utility ? { utilityModel: models.utility } : {}),
    aliases: models.aliases,
    allowed: models.configured,
    auth: {
      storePath: inputs.storePath,
      ...(inputs.inheritedFrom ? { inheritedFrom: inputs.inheritedFrom } : {}),
      layout: inputs.sqlite ? { era: 'sqlite', ...inputs.sqlite } : { era: 'json' },
      ...(inputs.sqlite?.read === 'direct' ? sqliteRoutes(inputs, oauthProfiles, runtimeAuthRoutes) : {}),
      ...(runtimeAuthRoutes.length ? { runtimeAuthRoutes } : {}),
      dotenvPath: inputs.dotenvPath,
      shellEnvFallback: { enabled: false, appliedKeys: [] },
      providersWithOAuth,
      missingProvidersInUse,
      providers,
      unusableProfiles: unusable,
      oauth: { warnAfterMs: EXPIRING_WINDOW_MS, profiles: oauthProfiles, providers: oauthProviders },
    },
  };
}

function sqliteRoutes(inputs: StatusInputs, profiles: readonly OAuthProfileStatus[], runtimeRoutes: readonly RuntimeAuthRoute[]) {
  const health = new Map(profiles.map((entry) => [entry.profileId, entry.status]));
  const routes = routeReadiness({
    runtimeRoutes,
    configRefUsable: new Map((inputs.configRefs ?? []).map((entry) => [entry.provider, entry.probe?.ok !== false])),
    store: inputs.store,
    config: inputs.config ?? {},
    models: inputs.models,
    env: inputs.env,
    now: inputs.now,
    keychainChecks: inputs.keychainChecks ?? new Map(),
    healthOf: (id) => health.get(id),
  });
  return {
    modelRouteIssues: routes.modelRouteIssues,
    confirmedFromKeychain: routes.confirmedFromKeychain,
    ...(routes.confirmedRuntimes.length ? { confirmedRuntimes: routes.confirmedRuntimes } : {}),
    routeCheck: routes.check,
  };
}

/**
 * OpenClaw's `--check` exit code: 1 expired/missing or a provider in use without auth, 2 expiring,
 * else 0. OpenClaw 2026.6+ judges the routes of the models in use instead, and refuses outright
 * while an auth-profiles.json sits beside its store.
 */
export function checkExitCode(status: AuthStatus): 0 | 1 | 2 {
  const { layout } = status.auth;
  if (layout.era === 'sqlite' && layout.leftoverJson) return 1;
  if (status.auth.routeCheck !== undefined) return status.auth.missingProvidersInUse.length ? 1 : status.auth.routeCheck;
  // OpenClaw judges tokens and OAuth only (an API key is "static"); we add any profile whose
  // keychain-held secret cannot be read, since the gateway cannot use it either.
  const states = status.auth.oauth.profiles
    .filter((entry) => entry.type !== 'api_key' || entry.reasonCode === 'unresolved_ref')
    .map((entry) => entry.status);
  if (states.some(isUnusable) || status.auth.missingProvidersInUse.length) return 1;
  if (states.includes('expiring')) return 2;
  return 0;
}
