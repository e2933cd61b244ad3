// The model settings that decide which providers are "in use" (agents.defaults in openclaw.json).
import { isJsonObject, type JsonObject } from '../store/auth-profiles.js';

export const BUILT_IN_DEFAULT_MODEL = 'anthropic/claude-opus-4-6';
/** OpenClaw 2026.6+ (SQLite era) defaults to OpenAI when the config names no model (src/agents/defaults.ts). */
export const SQLITE_ERA_DEFAULT_MODEL = 'openai/gpt-6-astra';
export const DEFAULT_PROVIDER = 'anthropic';

/**
 * OpenClaw's built-in aliases, applied on config load to a model listed under agents.defaults.models
 * that has no alias of its own (src/config/defaults.ts, each release its own table).
 */
const DEFAULT_ALIASES: Record<'json' | 'sqlite', Record<string, string>> = {
  json: {
    opus: 'anthropic/claude-opus-4-6',
    sonnet: 'anthropic/claude-sonnet-4-6',
    gpt: 'openai/gpt-5.4',
    'gpt-mini': 'openai/gpt-5-mini',
    gemini: 'google/gemini-3.1-pro-preview',
    'gemini-flash': 'google/gemini-3-flash-preview',
    'gemini-flash-lite': 'google/gemini-3.1-flash-lite-preview',
  },
  sqlite: {
    opus: 'anthropic/claude-opus-5',
    sonnet: 'anthropic/claude-sonnet-5',
    gpt: 'openai/gpt-5.4',
    'gpt-mini': 'openai/gpt-5.4-mini',
    'gpt-nano': 'openai/gpt-5.4-nano',
    gemini: 'google/gemini-3.1-pro-preview',
    'gemini-flash': 'google/gemini-3-flash-preview',
    'gemini-flash-lite': 'google/gemini-3.1-flash-lite',
  },
};

/**
 * OpenClaw 2026.6+'s utility model when the config names none: the primary provider's
 * `defaultUtilityModel` from its bundled plugin manifest (anthropic, openai).
 */
const DEFAULT_UTILITY_MODELS: Record<string, string> = {
  anthropic: 'claude-haiku-4-5',
  openai: 'gpt-5.6-luna',
};

/** As configured (aliases unresolved, as OpenClaw reports them), except `resolvedDefault`. */
export interface ModelSettings {
  defaultModel: string;
  resolvedDefault: string;
  /** True when the config names no default and OpenClaw's built-in one applies. */
  defaultIsBuiltIn: boolean;
  fallbacks: string[];
  imageModel: string | undefined;
  imageFallbacks: string[];
  /** alias → model id */
  aliases: Record<string, string>;
  /**
   * The allowlist: 2026.3 reads the keys of agents.defaults.models; 2026.6+ reads
   * agents.defaults.modelPolicy.allow once its config is migrated (meta.migrations.modelPolicyAllowlist).
   */
  configured: string[];
  /** OpenClaw 2026.6+ only: the utility model and where it came from. */
  utility?: { ref: string | null; source: 'config' | 'provider-default' | 'disabled' | 'none' };
  /** `agents.defaults.models.<ref>.agentRuntime.id`, per model ref (e.g. "claude-cli"). */
  runtimes: Record<string, string>;
}

function primaryAndFallbacks(value: unknown): { primary?: string; fallbacks: string[] } {
  if (typeof value === 'string' && value.trim()) return { primary: value.trim(), fallbacks: [] };
  if (!isJsonObject(value)) return { fallbacks: [] };
  const primary = typeof value.primary === 'string' && value.primary.trim() ? value.primary.trim() : undefined;
  const fallbacks = Array.isArray(value.fallbacks) ? value.fallbacks.filter((entry): entry is string => typeof entry === 'string') : [];
  return primary ? { primary, fallbacks } : { fallbacks };
}

export function readModelSettings(config: JsonObject, builtInDefault = BUILT_IN_DEFAULT_MODEL): ModelSettings {
  const era = builtInDefault === SQLITE_ERA_DEFAULT_MODEL ? 'sqlite' : 'json';
  const agents = isJsonObject(config.agents) ? config.agents : {};
  const defaults = isJsonObject(agents.defaults) ? agents.defaults : {};
  const models = isJsonObject(defaults.models) ? defaults.models : {};
  const aliases: Record<string, string> = {};
  const runtimes: Record<string, string> = {};
  for (const [id, entry] of Object.entries(models)) {
    if (!isJsonObject(entry)) continue;
    if (typeof entry.alias === 'string' && entry.alias.trim()) aliases[entry.alias.trim()] = id;
    const runtime = isJsonObject(entry.agentRuntime) ? entry.agentRuntime.id : undefined;
    if (typeof runtime === 'string' && runtime.trim()) runtimes[id] = runtime.trim();
  }
  for (const [alias, target] of Object.entries(DEFAULT_ALIASES[era])) {
    const entry = Object.hasOwn(models, target) ? models[target] : undefined;
    if (!isJsonObject(entry) || entry.alias !== undefined || Object.hasOwn(aliases, alias)) continue;
    aliases[alias] = target;
  }
  const text = primaryAndFallbacks(defaults.model);
  const image = primaryAndFallbacks(defaults.imageModel);
  const defaultModel = text.primary ?? builtInDefault;
  const resolvedDefault = aliases[defaultModel] ?? defaultModel;
  return {
    defaultModel,
    resolvedDefault,
    defaultIsBuiltIn: text.primary === undefined,
    fallbacks: text.fallbacks,
    imageModel: image.primary,
    imageFallbacks: image.fallbacks,
    aliases,
    configured: era === 'sqlite' ? modelPolicyAllow(config, defaults, models) : Object.keys(models),
    ...(era === 'sqlite' ? { utility: utilityModel(defaults, resolvedDefault) } : {}),
    runtimes,
  };
}

/** OpenClaw 2026.6+'s allowlist (resolveConfiguredModelPolicyAllow): modelPolicy.allow, or the legacy map until migrated. */
function modelPolicyAllow(config: JsonObject, defaults: JsonObject, models: JsonObject): string[] {
  const policy = defaults.modelPolicy;
  if (isJsonObject(policy)) return Array.isArray(policy.allow) ? policy.allow.filter((entry): entry is string => typeof entry === 'string') : [];
  const meta = isJsonObject(config.meta) ? config.meta : {};
  const migrations = isJsonObject(meta.migrations) ? meta.migrations : {};
  if (migrations.modelPolicyAllowlist === true) return [];
  return Object.keys(models).filter((key) => key.trim());
}

function utilityModel(defaults: JsonObject, primary: string): NonNullable<ModelSettings['utility']> {
  const setting = defaults.utilityModel;
  if (typeof setting === 'string') return setting.trim() ? { ref: setting.trim(), source: 'config' } : { ref: null, source: 'disabled' };
  const provider = providerOfModel(primary);
  const model = Object.hasOwn(DEFAULT_UTILITY_MODELS, provider) ? DEFAULT_UTILITY_MODELS[provider] : undefined;
  return model ? { ref: `${provider}/${model}`, source: 'provider-default' } : { ref: null, source: 'none' };
}

/** `anthropic/claude-…` → `anthropic`; a bare id belongs to the default provider. */
export function providerOfModel(ref: string): string {
  const slash = ref.indexOf('/');
  return slash > 0 ? ref.slice(0, slash).toLowerCase() : DEFAULT_PROVIDER;
}

/**
 * Every model the agent may use (default, fallbacks, image, a utility model the config names),
 * aliases resolved. The utility model OpenClaw derives from the primary provider is left out: it
 * is that provider's, and counting it would only repeat the primary's verdict.
 */
export function modelsInUse(settings: ModelSettings): string[] {
  const refs = [settings.defaultModel, ...settings.fallbacks];
  if (settings.imageModel) refs.push(settings.imageModel);
  refs.push(...settings.imageFallbacks);
  if (settings.utility?.source === 'config' && settings.utility.ref) refs.push(settings.utility.ref);
  return refs.map((ref) => settings.aliases[ref] ?? ref);
}

/** The text models (default and fallbacks) OpenClaw runs through a CLI runtime such as claude-cli, by runtime. */
export function cliRuntimeModels(settings: ModelSettings): Map<string, string[]> {
  const byRuntime = new Map<string, string[]>();
  for (const raw of [settings.defaultModel, ...settings.fallbacks]) {
    const ref = settings.aliases[raw] ?? raw;
    const runtime = Object.hasOwn(settings.runtimes, ref) ? settings.runtimes[ref] : undefined;
    if (!runtime || !runtime.endsWith('-cli')) continue;
    const list = byRuntime.get(runtime) ?? [];
    if (!list.includes(ref)) list.push(ref);
    byRuntime.set(runtime, list);
  }
  return byRuntime;
}
