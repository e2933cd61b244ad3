// One cheap request that tells whether a provider accepts an API key, before it is stored. Anthropic:
// GET /v1/models (lists models, costs nothing); OpenAI: GET /v1/models; OpenRouter: GET /api/v1/key.
// The base URL is configurable (ANTHROPIC_BASE_URL, --base-url) so proxies work and tests can use a
// local server; HTTPS_PROXY/HTTP_PROXY/NO_PROXY are honoured (src/net/proxied-fetch.ts).
import { fetchFor } from '../net/proxied-fetch.js';
import type { Env } from '../paths.js';
import { fail, noticeLine, ok, warn, type Notice } from '../notice.js';

export type VerifyOutcome =
  | { kind: 'valid' }
  | { kind: 'invalid'; status: number; message: string }
  | { kind: 'claude-code-only'; message: string }
  | { kind: 'unreachable'; message: string }
  | { kind: 'unexpected'; status: number; message: string };

interface Endpoint {
  defaultBaseUrl: string;
  baseUrlEnv: string;
  path: string;
  headers: (key: string) => Record<string, string>;
}

const ENDPOINTS: Record<string, Endpoint> = {
  anthropic: {
    defaultBaseUrl: 'https://api.anthropic.com',
    baseUrlEnv: 'ANTHROPIC_BASE_URL',
    path: '/v1/models?limit=1',
    headers: (key) => ({ 'x-api-key': key, 'anthropic-version': '2023-06-01' }),
  },
  openai: {
    defaultBaseUrl: 'https://api.openai.com',
    baseUrlEnv: 'OPENAI_BASE_URL',
    path: '/v1/models',
    headers: (key) => ({ authorization: `Bearer ${key}` }),
  },
  openrouter: {
    defaultBaseUrl: 'https://openrouter.ai',
    baseUrlEnv: 'OPENROUTER_BASE_URL',
    path: '/api/v1/key',
    headers: (key) => ({ authorization: `Bearer ${key}` }),
  },
};

const CLAUDE_CODE_ONLY = /only authorized for use with Claude Code/i;

export function canVerify(provider: string): boolean {
  return Object.hasOwn(ENDPOINTS, provider);
}

export function verifyBaseUrl(provider: string, env: Env, override?: string): string | undefined {
  const endpoint = Object.hasOwn(ENDPOINTS, provider) ? ENDPOINTS[provider] : undefined;
  if (!endpoint) return undefined;
  return (override ?? env[endpoint.baseUrlEnv] ?? endpoint.defaultBaseUrl).replace(/\/+$/, '');
}

function errorMessage(body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: { message?: string } | string; message?: string };
    const message = typeof parsed.error === 'string' ? parsed.error : (parsed.error?.message ?? parsed.message);
    if (message) return message;
  } catch {
    // not JSON
  }
  return body.trim().slice(0, 200) || 'no details';
}

export async function verifyApiKey(provider: string, key: string, options: { env: Env; baseUrl?: string; timeoutMs?: number }): Promise<VerifyOutcome> {
  const endpoint = Object.hasOwn(ENDPOINTS, provider) ? ENDPOINTS[provider] : undefined;
  const base = verifyBaseUrl(provider, options.env, options.baseUrl);
  if (!endpoint || !base) return { kind: 'unexpected', status: 0, message: `no way to verify ${provider} keys` };
  let response: Response;
  try {
    response = await fetchFor(options.env)(`${base}${endpoint.path}`, { headers: endpoint.headers(key), signal: AbortSignal.timeout(options.timeoutMs ?? 8000) });
  } catch (error) {
    const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    return { kind: 'unreachable', message: `${base}: ${cause}` };
  }
  if (response.ok) return { kind: 'valid' };
  const message = errorMessage(await response.text().catch(() => ''));
  if (CLAUDE_CODE_ONLY.test(message)) return { kind: 'claude-code-only', message };
  if (response.status === 401 || response.status === 403) return { kind: 'invalid', status: response.status, message };
  return { kind: 'unexpected', status: response.status, message };
}

/** One line a person reads after verification. */
/** The verdict of a key check as a notice: its level is data, its text carries no mark. */
export function outcomeNotice(outcome: VerifyOutcome, providerName = 'the provider'): Notice {
  switch (outcome.kind) {
    case 'valid':
      return ok(`accepted by ${providerName}`);
    case 'invalid':
      return fail(`the provider rejected the key (${outcome.status}: ${outcome.message})`);
    case 'claude-code-only':
      return fail('this credential is only authorized for use with Claude Code: it is a setup-token, not an API key');
    case 'unreachable':
      return warn(`could not reach the provider to check the key (${outcome.message})`);
    case 'unexpected':
      return warn(`the provider answered ${outcome.status}: ${outcome.message}`);
  }
}

/** The verdict as one marked line (✓, ✗, !). */
export function describeOutcome(outcome: VerifyOutcome, providerName = 'the provider'): string {
  return noticeLine(outcomeNotice(outcome, providerName));
}
