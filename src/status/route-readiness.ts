// OpenClaw 2026.9's `models status --check` judges routes, not profiles: for each model in use it
// takes the profile it would select (order rules in profile-order.ts) and asks whether that
// credential is available. A plaintext secret is; an env ref is when the variable is set; exec,
// file and store refs are "indeterminate" — OpenClaw does not run resolvers for status — which makes
// `--check` exit 1 (list.status-command, checkStatus; 2026.9 internals §4–5).
// We keep those exit codes, with one improvement: an exec ref that is ours (the keychain) we can
// resolve, so a route it serves is judged by its expiry instead of being indeterminate.
import { listProfiles, secretRef, storedSecret, type AuthProfile, type JsonObject, type RawAuthStore } from '../store/auth-profiles.js';
import { lookupEnv, resolveProviderEnvKey, type EnvSources } from './env-keys.js';
import { modelsInUse, providerOfModel, type ModelSettings } from './model-refs.js';
import { profileOrderFor } from './profile-order.js';
import type { HealthStatus } from './profile-health.js';
import type { KeychainCheck } from './keychain-check.js';
import { describeClaudeLogin, type ClaudeLogin } from './claude-login.js';

export interface ModelRouteIssue {
  kind: 'indeterminate';
  provider: string;
  model: string;
  evidence?: 'profile';
  message: string;
}

export interface RouteReadiness {
  modelRouteIssues: ModelRouteIssue[];
  /** Ours: profiles whose route OpenClaw would call indeterminate, confirmed from the keychain. */
  confirmedFromKeychain: string[];
  /** Ours: CLI runtimes (claude-cli) whose routes OpenClaw calls indeterminate, confirmed by their login. */
  confirmedRuntimes: string[];
  /** `--check`: 1 a route indeterminate or without usable auth, 2 its selected credential expiring. */
  check: 0 | 1 | 2;
}

export interface RouteInputs {
  store: RawAuthStore;
  config: JsonObject;
  models: ModelSettings;
  env: EnvSources;
  now: number;
  keychainChecks: ReadonlyMap<string, KeychainCheck>;
  healthOf: (profileId: string) => HealthStatus | undefined;
  /**
   * Providers whose key is a config SecretRef (models.providers.<p>.apiKey): OpenClaw's status
   * resolves those itself, so they count as usable, unless our --probe found they do not resolve.
   */
  configRefUsable?: ReadonlyMap<string, boolean>;
  /** Models OpenClaw runs through a CLI runtime, judged by that runtime's login instead of a profile. */
  runtimeRoutes?: readonly { runtime: string; models: readonly string[]; login?: ClaudeLogin }[];
}

/** true: usable; false: not; undefined: cannot tell without running a resolver. */
function availability(profile: AuthProfile, inputs: RouteInputs): boolean | undefined {
  const inline = profile.type === 'oauth' ? (profile.access ?? profile.refresh)?.trim() : storedSecret(profile);
  if (inline) return true;
  const ref = secretRef(profile);
  if (!ref) return false;
  const check = inputs.keychainChecks.get(profile.id);
  if (check) return check.ok;
  if (ref.source === 'env') return Boolean(lookupEnv(inputs.env, ref.id));
  return undefined;
}

export function routeReadiness(inputs: RouteInputs): RouteReadiness {
  const profiles = new Map(listProfiles(inputs.store).map((profile) => [profile.id, profile]));
  const issues: ModelRouteIssue[] = [];
  const confirmed = new Set<string>();
  const confirmedRuntimes = new Set<string>();
  let missing = false;
  let expiring = false;
  for (const model of [...new Set(modelsInUse(inputs.models))]) {
    const provider = providerOfModel(model);
    const name = model.includes('/') ? model.slice(model.indexOf('/') + 1) : model;
    const route = inputs.runtimeRoutes?.find((candidate) => candidate.models.includes(model));
    if (route) {
      // OpenClaw never asks the runtime and calls the route indeterminate; its login decides.
      const ready = route.login ? describeClaudeLogin(route.login).ready : undefined;
      if (ready === true) confirmedRuntimes.add(route.runtime);
      else if (ready === false) missing = true;
      else issues.push({ kind: 'indeterminate', provider, model: name, message: `Auth readiness could not be confirmed for ${provider}/${name}.` });
      continue;
    }
    const candidates = profileOrderFor(provider, inputs.store, inputs.config, inputs.now).flatMap((id) => profiles.get(id) ?? []);
    const states = candidates.map((profile) => ({ profile, available: availability(profile, inputs) }));
    const selected = states.find((entry) => entry.available === true);
    if (selected) {
      if (inputs.healthOf(selected.profile.id) === 'expiring') expiring = true;
      if (inputs.keychainChecks.has(selected.profile.id)) confirmed.add(selected.profile.id);
    } else if (states.some((entry) => entry.available === undefined)) {
      issues.push({ kind: 'indeterminate', provider, model: name, evidence: 'profile', message: `Auth readiness could not be confirmed for ${provider}/${name}.` });
    } else if (!resolveProviderEnvKey(inputs.env, provider) && inputs.configRefUsable?.get(provider) !== true) {
      missing = true;
    }
  }
  const check = issues.length || missing ? 1 : expiring ? 2 : 0;
  return { modelRouteIssues: issues, confirmedFromKeychain: [...confirmed].sort(), confirmedRuntimes: [...confirmedRuntimes].sort(), check };
}
