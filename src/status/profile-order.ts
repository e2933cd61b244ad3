// Which of a provider's profiles OpenClaw tries first (resolveAuthProfileOrder, internals §3.1):
// the store's `order`, else openclaw.json's `auth.order`; without one, the profiles openclaw.json
// lists (an allowlist), else all of the provider's; unusable ones (expired, missing) are dropped,
// ones in cooldown go last; with no explicit order, OAuth before tokens before API keys, least
// recently used first.
import { isJsonObject, listProfiles, readOrder, type AuthProfile, type JsonObject, type RawAuthStore } from '../store/auth-profiles.js';
import { configAuthOrder, configAuthProfiles } from '../store/config.js';
import { isUnusable, profileHealth } from './profile-health.js';

const TYPE_SCORE = { oauth: 0, token: 1, api_key: 2 } as const;

export interface OrderInputs {
  store: RawAuthStore;
  configOrder?: readonly string[] | undefined;
  configProfileIds?: readonly string[] | undefined;
  now: number;
}

/** When a profile was last used, and until when it is in cooldown or disabled (0: it is not). */
export function usage(store: RawAuthStore, id: string): { lastUsed: number; unusableUntil: number } {
  const stats = isJsonObject(store.usageStats) ? store.usageStats[id] : undefined;
  if (!isJsonObject(stats)) return { lastUsed: 0, unusableUntil: 0 };
  const number = (value: unknown) => (typeof value === 'number' ? value : 0);
  return { lastUsed: number(stats.lastUsed), unusableUntil: Math.max(number(stats.cooldownUntil), number(stats.disabledUntil)) };
}

/** Profile ids of `provider` in the order OpenClaw would try them. */
export function resolveProfileOrder(provider: string, inputs: OrderInputs): string[] {
  const profiles = new Map(listProfiles(inputs.store).filter((profile) => profile.provider === provider).map((profile) => [profile.id, profile]));
  const explicit = readOrder(inputs.store, provider) ?? (inputs.configOrder?.length ? [...inputs.configOrder] : undefined);
  let base: AuthProfile[];
  if (explicit) {
    base = explicit.map((id) => profiles.get(id)).filter((profile): profile is AuthProfile => Boolean(profile));
  } else {
    const allowed = (inputs.configProfileIds ?? []).map((id) => profiles.get(id)).filter((profile): profile is AuthProfile => Boolean(profile));
    base = (allowed.length ? allowed : [...profiles.values()]).sort(
      (a, b) => TYPE_SCORE[a.type] - TYPE_SCORE[b.type] || usage(inputs.store, a.id).lastUsed - usage(inputs.store, b.id).lastUsed,
    );
  }
  const eligible = base.filter((profile) => !isUnusable(profileHealth(profile, inputs.now).status));
  const cooling = (profile: AuthProfile) => usage(inputs.store, profile.id).unusableUntil > inputs.now;
  const ready = eligible.filter((profile) => !cooling(profile));
  const waiting = eligible.filter(cooling).sort((a, b) => usage(inputs.store, a.id).unusableUntil - usage(inputs.store, b.id).unusableUntil);
  return [...ready, ...waiting].map((profile) => profile.id);
}

/** resolveProfileOrder with the config's `auth.order` and `auth.profiles` read from openclaw.json. */
export function profileOrderFor(provider: string, store: RawAuthStore, config: JsonObject, now: number): string[] {
  const configProfiles = configAuthProfiles(config);
  return resolveProfileOrder(provider, {
    store,
    configOrder: configAuthOrder(config, provider),
    configProfileIds: [...configProfiles.entries()].filter(([, entry]) => entry.provider === provider).map(([id]) => id),
    now,
  });
}
