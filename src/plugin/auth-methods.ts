// The auth methods the OpenClaw plugin adds under provider "openclaw-auth": each returns an
// Anthropic profile for OpenClaw to store itself (JSON in 2026.3, SQLite in 2026.9), so this path
// never touches OpenClaw's store. The checks are ours: the exact token shape (a cut paste is
// refused), the kind (a setup-token is no API key), and for API keys Anthropic's answer.
import { processContext } from '../context.js';
import { CliError, UsageError } from '../errors.js';
import { readAllStdin } from '../io/read-stdin.js';
import { findProvider, type CredentialKind } from '../providers.js';
import { validateSecret } from '../secrets/validate.js';
import { findClaude } from '../setup-token/find-claude.js';
import { runSetupTokenInTerminal } from '../setup-token/run-in-terminal.js';
import { definedEnv } from '../paths.js';
import { describeOutcome, verifyApiKey } from '../onboard/verify-credential.js';
import { DAY_MS } from '../duration.js';

/** What OpenClaw's `run` gets (both releases; 2026.9 adds more) and what it takes back. */
export interface PluginAuthContext {
  opts?: Record<string, unknown>;
  env?: Record<string, string | undefined>;
  /** Non-interactive onboard (2026.9): the config to return, and the agent the profile is for. */
  config?: Record<string, unknown>;
  agentDir?: string;
}

export interface PluginAuthResult {
  profiles: { profileId: string; credential: Record<string, unknown> }[];
  notes?: string[];
}

export interface PluginAuthMethod {
  id: string;
  label: string;
  hint: string;
  kind: 'token' | 'api_key';
  run(ctx: PluginAuthContext): Promise<PluginAuthResult>;
  /** OpenClaw 2026.9's non-interactive onboard: store through OpenClaw, return its config. */
  runNonInteractive(ctx: PluginAuthContext): Promise<Record<string, unknown>>;
}

const SETUP_TOKEN_LIFETIME_MS = 365 * DAY_MS;
const TIMEOUT_MS = 15 * 60_000;
/** Where a script's secret comes from without a terminal (never argv): this variable, else stdin. */
export const SECRET_ENV = 'OPENCLAW_AUTH_SECRET';
const ANTHROPIC = findProvider('anthropic');

function profile(kind: CredentialKind, secret: string, now = Date.now()): PluginAuthResult {
  // OpenClaw applies --profile-id itself; the default matches its own.
  const credential = kind === 'token' ? { type: 'token', provider: 'anthropic', token: secret, expires: now + SETUP_TOKEN_LIFETIME_MS } : { type: 'api_key', provider: 'anthropic', key: secret };
  return { profiles: [{ profileId: 'anthropic:default', credential }] };
}

async function secretWithoutTerminal(kind: CredentialKind): Promise<string> {
  const fromEnv = process.env[SECRET_ENV];
  if (fromEnv) {
    delete process.env[SECRET_ENV]; // no child inherits it
    return validateSecret(fromEnv, ANTHROPIC, kind).value;
  }
  if (process.stdin.isTTY) throw new UsageError(`no secret: pipe it on stdin or set ${SECRET_ENV} (never a command-line flag)`);
  return validateSecret(await readAllStdin(process.stdin), ANTHROPIC, kind).value;
}

async function secretFromPrompt(kind: CredentialKind): Promise<string> {
  const { promptSecret } = await import('../io/prompt-secret.js');
  const label = kind === 'token' ? 'Paste your Claude setup-token' : 'Paste your Anthropic API key';
  const raw = await promptSecret(processContext(), label, (value) => {
    try {
      validateSecret(value, ANTHROPIC, kind);
      return true;
    } catch (error) {
      if (error instanceof CliError) return error.message;
      throw error;
    }
  });
  return validateSecret(raw, ANTHROPIC, kind).value;
}

/**
 * Non-interactive onboard wants the profile stored and the config back: stored by OpenClaw's own
 * SDK (`openclaw/plugin-sdk/provider-auth`, which OpenClaw resolves for its plugins), never by us.
 */
async function storeThroughOpenclaw(ctx: PluginAuthContext, result: PluginAuthResult, kind: CredentialKind): Promise<Record<string, unknown>> {
  const sdkName = 'openclaw/plugin-sdk/provider-auth'; // a variable: the bundle must not try to include it
  const sdk = (await import(sdkName)) as { upsertAuthProfileWithLock: (params: { profileId: string; credential: Record<string, unknown>; agentDir?: string }) => Promise<unknown> };
  const [entry] = result.profiles;
  if (!entry) throw new CliError('nothing to store');
  await sdk.upsertAuthProfileWithLock({ profileId: entry.profileId, credential: entry.credential, ...(ctx.agentDir ? { agentDir: ctx.agentDir } : {}) });
  const config = ctx.config ?? {};
  const auth = (config.auth ?? {}) as Record<string, unknown>;
  const profiles = (auth.profiles ?? {}) as Record<string, unknown>;
  return { ...config, auth: { ...auth, profiles: { ...profiles, [entry.profileId]: { provider: 'anthropic', mode: kind } } } };
}

async function checkedApiKey(key: string): Promise<string> {
  const outcome = await verifyApiKey('anthropic', key, { env: process.env });
  if (outcome.kind === 'invalid' || outcome.kind === 'claude-code-only') throw new CliError(describeOutcome(outcome, 'Anthropic').replace(/^✗ /, ''));
  process.stderr.write(`${describeOutcome(outcome, 'Anthropic')}\n`);
  return key;
}

export const AUTH_METHODS: readonly PluginAuthMethod[] = [
  {
    id: 'setup-token',
    label: 'Sign in with Claude (openclaw-auth runs claude setup-token and captures the token)',
    hint: 'Sign in in your browser, paste the code; the 108-character token is captured whole. Needs the Claude Code CLI.',
    kind: 'token',
    run: async () => {
      if (!process.stdin.isTTY || !process.stdout.isTTY) throw new UsageError('setup-token needs a terminal; without one, pipe a token into: openclaw models auth login --provider openclaw-auth --method paste-token');
      const claudeBin = findClaude(process.env, process.cwd());
      const token = await runSetupTokenInTerminal({ stdin: process.stdin, stdout: process.stdout, env: definedEnv(process.env), cwd: process.cwd(), claudeBin, timeoutMs: TIMEOUT_MS, timeoutLabel: '15m' });
      return profile('token', token);
    },
    runNonInteractive: async () => {
      throw new UsageError(`setup-token signs you in in a browser and needs a terminal; in a script use --auth-choice openclaw-auth-paste-token with the token on stdin or in ${SECRET_ENV}`);
    },
  },
  {
    id: 'paste-token',
    label: 'Paste a setup-token (checked: a token cut by a line wrap is refused)',
    hint: 'From `claude setup-token` on any machine.',
    kind: 'token',
    run: async () => profile('token', process.stdin.isTTY ? await secretFromPrompt('token') : await secretWithoutTerminal('token')),
    runNonInteractive: async (ctx) => storeThroughOpenclaw(ctx, profile('token', await secretWithoutTerminal('token')), 'token'),
  },
  {
    id: 'api-key',
    label: 'Anthropic API key (checked with Anthropic)',
    hint: 'From console.anthropic.com; OpenClaw recommends API keys.',
    kind: 'api_key',
    run: async () => profile('api_key', await checkedApiKey(process.stdin.isTTY ? await secretFromPrompt('api_key') : await secretWithoutTerminal('api_key'))),
    runNonInteractive: async (ctx) => storeThroughOpenclaw(ctx, profile('api_key', await secretWithoutTerminal('api_key')), 'api_key'),
  },
];
