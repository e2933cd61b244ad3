import { UsageError } from './errors.js';

// What we know about each provider's credentials. Formats are checked so a truncated paste or the
// wrong kind of secret is caught before it is stored, not when the gateway first fails.

export type CredentialKind = 'api_key' | 'token';

export interface SecretFormat {
  /** Prefixes a valid secret starts with (any of them). */
  prefixes: readonly string[];
  minLength: number;
  maxLength: number;
  /** The one length a complete value has, where the format is known exactly. */
  exactLength?: number;
  /** How every complete value ends. */
  suffix?: string;
  /** What the user sees in messages ("Anthropic API key"). */
  label: string;
  example: string;
}

export interface ProviderInfo {
  id: string;
  name: string;
  /** Env vars OpenClaw reads for this provider, in its order of precedence. */
  envVars: readonly string[];
  /** The env var an API key is stored under in `<state>/.env`. */
  apiKeyEnvVar: string;
  apiKey: SecretFormat;
  /** The token format `paste-token` accepts; providers without one store their API key as a token. */
  token?: SecretFormat;
  /** Where to get a credential. */
  consoleUrl: string;
}

// Anthropic secrets are `sk-ant-<kind>01|03-` + 93 base64url characters + `AA`, 108 characters in
// all. OpenClaw accepts setup-tokens from 80 characters, which lets the commonest cut (a line wrap
// at 80 columns) through; we take only the exact shape, unless the user overrides it.
export const PROVIDERS: readonly ProviderInfo[] = [
  {
    id: 'anthropic',
    name: 'Anthropic',
    envVars: ['ANTHROPIC_OAUTH_TOKEN', 'ANTHROPIC_API_KEY'],
    apiKeyEnvVar: 'ANTHROPIC_API_KEY',
    apiKey: { prefixes: ['sk-ant-api03-'], minLength: 80, maxLength: 160, exactLength: 108, suffix: 'AA', label: 'Anthropic API key', example: 'sk-ant-api03-…' },
    token: { prefixes: ['sk-ant-oat01-'], minLength: 80, maxLength: 160, exactLength: 108, suffix: 'AA', label: 'Claude setup-token', example: 'sk-ant-oat01-…' },
    consoleUrl: 'https://console.anthropic.com/settings/keys',
  },
  {
    id: 'openrouter',
    name: 'OpenRouter',
    envVars: ['OPENROUTER_API_KEY'],
    apiKeyEnvVar: 'OPENROUTER_API_KEY',
    apiKey: { prefixes: ['sk-or-v1-'], minLength: 40, maxLength: 200, label: 'OpenRouter API key', example: 'sk-or-v1-…' },
    consoleUrl: 'https://openrouter.ai/settings/keys',
  },
  {
    id: 'openai',
    name: 'OpenAI',
    envVars: ['OPENAI_API_KEY'],
    apiKeyEnvVar: 'OPENAI_API_KEY',
    apiKey: { prefixes: ['sk-'], minLength: 40, maxLength: 400, label: 'OpenAI API key', example: 'sk-proj-…' },
    consoleUrl: 'https://platform.openai.com/api-keys',
  },
];

/**
 * Providers whose env keys OpenClaw's `models status` lists even with no profile (internals §4),
 * with the env var names it reads for them.
 */
export const ENV_LISTED_PROVIDERS: Readonly<Record<string, readonly string[]>> = {
  anthropic: ['ANTHROPIC_OAUTH_TOKEN', 'ANTHROPIC_API_KEY'],
  'github-copilot': ['COPILOT_GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_TOKEN'],
  'google-vertex': ['GOOGLE_CLOUD_API_KEY'],
  openai: ['OPENAI_API_KEY'],
  google: ['GEMINI_API_KEY'],
  groq: ['GROQ_API_KEY'],
  cerebras: ['CEREBRAS_API_KEY'],
  xai: ['XAI_API_KEY'],
  openrouter: ['OPENROUTER_API_KEY'],
  zai: ['ZAI_API_KEY', 'Z_AI_API_KEY'],
  mistral: ['MISTRAL_API_KEY'],
  synthetic: ['SYNTHETIC_API_KEY'],
};

export function normalizeProviderId(raw: string): string {
  return raw.trim().toLowerCase();
}

export function findProvider(id: string): ProviderInfo | undefined {
  const normalized = normalizeProviderId(id);
  return PROVIDERS.find((provider) => provider.id === normalized);
}

/** The env var names OpenClaw consults for a provider (table, then the `<PROVIDER>_API_KEY` pattern). */
export function envVarsFor(providerId: string): readonly string[] {
  // Own properties only: a provider named `constructor` or `__proto__` is an id like any other.
  const listed = Object.hasOwn(ENV_LISTED_PROVIDERS, providerId) ? ENV_LISTED_PROVIDERS[providerId] : undefined;
  return listed ?? findProvider(providerId)?.envVars ?? [
    `${providerId.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_API_KEY`,
  ];
}

export function tokenFormatFor(provider: ProviderInfo): SecretFormat {
  return provider.token ?? provider.apiKey;
}

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Every provider id openclaw-auth knows of: its own table and the ones OpenClaw lists env keys for. */
export function knownProviderIds(): string[] {
  return [...new Set([...PROVIDERS.map((provider) => provider.id), ...Object.keys(ENV_LISTED_PROVIDERS)])];
}

/**
 * A provider id from the command line: one we know, or — only when the user says so — a custom one.
 * A typo (`antropic`) would otherwise store a token under a provider nothing reads, with no expiry.
 */
export function checkProviderId(raw: string, options: { custom?: boolean } = {}): string {
  const id = normalizeProviderId(raw);
  if (!id) throw new UsageError('--provider needs a provider id, e.g. --provider anthropic');
  if (options.custom || knownProviderIds().includes(id)) return id;
  const guess = knownProviderIds()
    .map((candidate) => ({ candidate, cost: distance(id, candidate) }))
    .filter((entry) => entry.cost <= Math.max(2, Math.floor(entry.candidate.length / 3)))
    .sort((a, b) => a.cost - b.cost)[0]?.candidate;
  throw new UsageError(`unknown provider "${id}"${guess ? ` (did you mean ${guess}?)` : ''}; for a provider openclaw-auth does not know, add --custom-provider`);
}
