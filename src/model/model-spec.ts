// `/model <alias-or-id>[@<profileId>]` as OpenClaw reads it (internals §3.3): the profile is split
// off at the first "@" after the last "/"; an alias (openclaw.json's agents.defaults.models, then a
// few built-in ones) becomes a model id; the provider comes from the id; a pinned profile must
// exist and belong to that provider.
import { UsageError } from '../errors.js';
import type { AuthProfile } from '../store/auth-profiles.js';

/** Short names that work without configuring them (ours; openclaw.json aliases win). */
export const BUILT_IN_ALIASES: Readonly<Record<string, string>> = {
  opus: 'anthropic/claude-opus-4-6',
  sonnet: 'anthropic/claude-sonnet-4-5',
  haiku: 'anthropic/claude-haiku-4-5',
  gpt: 'openai/gpt-5',
};

const SPEC = /^[A-Za-z0-9_.:@-]+(?:\/[A-Za-z0-9_.:@-]+)*$/;

export interface ModelSpec {
  model: string;
  provider: string;
  alias?: string;
  profileId?: string;
}

export function providerForModel(id: string): string {
  const slash = id.indexOf('/');
  if (slash > 0) return id.slice(0, slash).toLowerCase();
  if (/^(gpt-|o\d)/i.test(id)) return 'openai';
  return 'anthropic';
}

export function resolveModelSpec(raw: string, context: { aliases: Readonly<Record<string, string>>; profiles: readonly AuthProfile[] }): ModelSpec {
  const spec = raw.trim().replace(/^\/model[:]?\s+/, '');
  if (!SPEC.test(spec)) throw new UsageError(`invalid model spec "${raw}": use <alias-or-id>[@<profileId>], e.g. opus@anthropic:work`);
  const lastSlash = spec.lastIndexOf('/');
  const at = spec.indexOf('@', lastSlash + 1);
  const name = at === -1 ? spec : spec.slice(0, at);
  const profileId = at === -1 ? undefined : spec.slice(at + 1);
  if (!name) throw new UsageError('Auth profile override requires a model selection.');
  const aliases = { ...BUILT_IN_ALIASES, ...context.aliases };
  const model = aliases[name] ?? name;
  const provider = providerForModel(model);
  const resolved: ModelSpec = { model: model.includes('/') ? model : `${provider}/${model}`, provider, ...(aliases[name] ? { alias: name } : {}) };
  if (profileId === undefined) return resolved;
  const profile = context.profiles.find((candidate) => candidate.id === profileId);
  if (!profile) throw new UsageError(`Auth profile "${profileId}" not found.`, { hint: 'openclaw-auth models status' });
  if (profile.provider !== provider) throw new UsageError(`Auth profile "${profileId}" is for ${profile.provider}, not ${provider}.`);
  return { ...resolved, profileId };
}
