// The model settings that decide which providers are "in use" (agents.defaults in openclaw.json).
import { isJsonObject, type JsonObject } from '../store/auth-profiles.js';

export const BUILT_IN_DEFAULT_MODEL = 'anthropic/claude-opus-4-6';
/** OpenClaw 2026.6+ (SQLite era) defaults to OpenAI when the config names no model (src/agents/defaults.ts). */
export const SQLITE_ERA_DEFAULT_MODEL = 'openai/gpt-6-astra';
export const DEFAULT_PROVIDER = 'anthropic';

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
  /** Model ids listed under agents.defaults.models (an allowlist when non-empty). */
  configured: string[];
}

function primaryAndFallbacks(value: unknown): { primary?: string; fallbacks: string[] } {
  if (typeof value === 'string' && value.trim()) return { primary: value.trim(), fallbacks: [] };
  if (!isJsonObject(value)) return { fallbacks: [] };
  const primary = typeof value.primary === 'string' && value.primary.trim() ? value.primary.trim() : undefined;
  const fallbacks = Array.isArray(value.fallbacks) ? value.fallbacks.filter((entry): entry is string => typeof entry === 'string') : [];
  return primary ? { primary, fallbacks } : { fallbacks };
}

export function readModelSettings(config: JsonObject, builtInDefault = BUILT_IN_DEFAULT_MODEL): ModelSettings {
  const agents = isJsonObject(config.agents) ? config.agents : {};
  const defaults = isJsonObject(agents.defaults) ? agents.defaults : {};
  const models = isJsonObject(defaults.models) ? defaults.models : {};
  const aliases: Record<string, string> = {};
  for (const [id, entry] of Object.entries(models)) {
    if (isJsonObject(entry) && typeof entry.alias === 'string' && entry.alias.trim()) aliases[entry.alias.trim()] = id;
  }
  const resolveAlias = (ref: string) => aliases[ref] ?? ref;
  const text = primaryAndFallbacks(defaults.model);
  const image = primaryAndFallbacks(defaults.imageModel);
  const defaultModel = text.primary ?? builtInDefault;
  return {
    defaultModel,
    resolvedDefault: resolveAlias(defaultModel),
    defaultIsBuiltIn: text.primary === undefined,
    fallbacks: text.fallbacks,
    imageModel: image.primary,
    imageFallbacks: image.fallbacks,
    aliases,
    configured: Object.keys(models),
  };
}

/** `anthropic/claude-…` → `anthropic`; a bare id belongs to the default provider. */
export function providerOfModel(ref: string): string {
  const slash = ref.indexOf('/');
  return slash > 0 ? ref.slice(0, slash).toLowerCase() : DEFAULT_PROVIDER;
}

/** Every model the agent may use (default, fallbacks, image), aliases resolved. */
export function modelsInUse(settings: ModelSettings): string[] {
  const refs = [settings.defaultModel, ...settings.fallbacks];
  if (settings.imageModel) refs.push(settings.imageModel);
  refs.push(...settings.imageFallbacks);
  return refs.map((ref) => settings.aliases[ref] ?? ref);
}
