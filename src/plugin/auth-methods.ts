// The auth methods the OpenClaw plugin adds under provider "openclaw-auth": each returns an
// Anthropic profile for OpenClaw to store itself (JSON in 2026.3, SQLite in 2026.9), so this path
// never touches OpenClaw's store. The checks are ours: the exact token shape (a cut paste is
// refused), the kind (a setup-token is no API key), and for API keys Anthropic's answer.
import { CancelledError, CliError, UsageError } from '../errors.js';
import { CANCEL_MARKER_ENV, markCancelled } from './cancel-marker.js';
import { readAllStdin } from '../io/read-stdin.js';
import { findProvider, type CredentialKind } from '../providers.js';
import { validateSecret } from '../secrets/validate.js';
import { findClaude } from '../setup-token/find-claude.js';
import { runSetupTokenInTerminal } from '../setup-token/run-in-terminal.js';
import { capturedNotice, pastedNotice } from '../setup-token/whole-token-notice.js';
import { noticeLine } from '../notice.js';
import { definedEnv } from '../paths.js';
import { describeOutcome, outcomeNotice, verifyApiKey } from '../onboard/verify-credential.js';
import { defaultExpiry } from '../auth-store/credential-plan.js';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { probeKeychain } from '../secrets/keychain-probe.js';
import { pluginDir } from '../openclaw/plugin-state.js';
import { profileForPluginHost } from '../store/profile-destination/plugin-host.js';
import { anthropicDefaultModel } from './host-release.js';
import type { PluginHost } from './plugin-host.js';
import { usesSqliteStore } from '../openclaw/openclaw-version.js';
import { putProfile, updateAuthStore, type JsonObject } from '../store/auth-profiles.js';

/** What OpenClaw's `run` gets (both releases; 2026.9 adds more) and what it takes back. */
export interface PluginAuthContext {
  opts?: Record<string, unknown>;
  env?: Record<string, string | undefined>;
  /** Non-interactive onboard (2026.9): the config to return, and the agent the profile is for. */
  config?: Record<string, unknown>;
  agentDir?: string;
  /** OpenClaw's own prompts (clack): where the secret lives is asked with its select. */
  prompter?: { select?: (params: { message: string; options: { value: string; label: string; hint?: string }[]; initialValue?: string }) => Promise<unknown> };
}

export interface PluginAuthResult {
  profiles: { profileId: string; credential: Record<string, unknown> }[];
  configPatch?: Record<string, unknown>;
  /**
   * The model this credential serves, as OpenClaw's own Anthropic choices name it: 2026.9's plain
   * onboard refuses a result without one ("This AI route is not available right now"), and sets it
   * as the default the way it does for its own choice; `models auth login` only with --set-default.
   */
  defaultModel: string;
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

const TIMEOUT_MS = 15 * 60_000;
/** Where a script's secret comes from without a terminal (never argv): this variable, else stdin. */
export const SECRET_ENV = 'OPENCLAW_AUTH_SECRET';
/** Where the secret lives when no one is asked: keychain or file (default: the keychain if it works). */
export const STORAGE_ENV = 'OPENCLAW_AUTH_STORAGE';
const ANTHROPIC = findProvider('anthropic');


/**
 * The profile id OpenClaw will store under: its `--profile-id` (it applies that to what we return),
 * else the default it uses itself. We need it first: the keychain account is named after it.
 */
export function requestedProfileId(argv: readonly string[]): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--profile-id' && argv[i + 1]) return argv[i + 1] as string;
    if (arg.startsWith('--profile-id=')) return arg.slice('--profile-id='.length);
  }
  return 'anthropic:default';
}

/**
 * Our CLI's entry file for the resolver, where it stays: the plugin's install dir in the state dir.
 * OpenClaw 2026.9 runs a plugin from a temporary copy during onboard (…/tmp/plugin-captures/…), so
 * the path of this very bundle is only the fallback (a plugin loaded from a linked checkout).
 */
function resolverEntry(stateDir: string): string {
  const installed = join(pluginDir(stateDir), 'dist', 'openclaw-auth.cjs');
  return existsSync(installed) ? installed : join(dirname(fileURLToPath(import.meta.url)), 'openclaw-auth.cjs');
}

/** keychain / file, as asked: the variable, else OpenClaw's prompt on a terminal, else the default rule. */
async function chooseStorage(host: PluginHost, ctx: PluginAuthContext, interactive: boolean): Promise<'keychain' | 'file' | undefined> {
  const fromEnv = host.ctx.env[STORAGE_ENV];
  if (fromEnv !== undefined) {
    if (fromEnv === 'keychain' || fromEnv === 'file') return fromEnv;
    throw new UsageError(`invalid ${STORAGE_ENV}=${fromEnv}: use keychain or file`);
  }
  const select = ctx.prompter?.select;
  if (!interactive || !select) return undefined;
  const keychain = await probeKeychain(host.ctx.keychain());
  if (!keychain.available) return undefined; // the default rule says why, then keeps it in OpenClaw's store
  const choice = await select({
    message: 'Where should the secret live?',
    options: [
      { value: 'keychain', label: 'OS keychain (recommended)', hint: keychainHint(host) },
      { value: 'file', label: "OpenClaw's own store", hint: 'plain text, readable only by you, as OpenClaw keeps it' },
    ],
    initialValue: 'keychain',
  });
  return choice === 'file' ? 'file' : 'keychain';
}

/**
 * OpenClaw 2026.6+ confirms no exec ref in its own `models status --check` (its read-only check
 * resolves env refs only): a keychain secret is "indeterminate" there, for good. Said before storing.
 */
function keychainHint(host: PluginHost): string {
  const { version } = host;
  const base = 'OpenClaw keeps only a reference and reads it through openclaw-auth';
  return version === undefined || usesSqliteStore(version) ? `${base}; its own models status --check cannot confirm it (indeterminate, exit 1), openclaw-auth's can` : base;
}

/** The checked secret as the profile OpenClaw stores: the secret inline or a keychain ref, the expiry kept. */
async function profile(host: PluginHost, ctx: PluginAuthContext, kind: CredentialKind, secret: string, interactive: boolean, notes: readonly string[] = []): Promise<PluginAuthResult> {
  const fallbackStateDir = host.ctx.paths.stateDir;
  // What we have to say (`notes`, then any warning): on a terminal, in OpenClaw's own box, which it
  // wraps to the terminal (a line written to stderr there landed raw between its prompts, cut
  // mid-word by the terminal's wrap); in a script, on stderr as it comes.
  const said: string[] = [];
  const say = interactive ? (line: string) => void said.push(line) : (line: string) => void host.ctx.stderr.write(`${line}\n`);
  notes.forEach(say);
  const placed = await profileForPluginHost(
    {
      kind,
      provider: 'anthropic',
      secret,
      profileId: requestedProfileId(host.argv),
      agentDir: ctx.agentDir ?? join(fallbackStateDir, 'agents', 'main', 'agent'),
      ...(kind === 'token' ? { expires: defaultExpiry('anthropic', 'token', Date.now()) } : {}),
      storage: await chooseStorage(host, ctx, interactive),
      keychain: host.ctx.keychain,
      warn: say,
      // OpenClaw runs the resolver with no PATH: this Node, and our CLI where it stays installed.
      resolver: { node: host.execPath, entry: resolverEntry },
    },
    fallbackStateDir,
  );
  return {
    profiles: [{ profileId: placed.profileId, credential: placed.credential }],
    ...(placed.configPatch ? { configPatch: placed.configPatch } : {}),
    defaultModel: anthropicDefaultModel(host.version),
    // After a fallback the warning has just said where the secret went: not twice.
    notes: placed.fellBack ? said : [...said, `openclaw-auth: the secret is in ${placed.location}.`],
  };
}

async function secretWithoutTerminal(host: PluginHost, kind: CredentialKind): Promise<string> {
  const { env, stdin } = host.ctx;
  const fromEnv = env[SECRET_ENV];
  if (fromEnv) {
    delete (env as Record<string, string | undefined>)[SECRET_ENV]; // no child inherits it (the host's env is the process's)
    return validateSecret(fromEnv, ANTHROPIC, kind).value;
  }
  if (stdin.isTTY) throw new UsageError(`no secret: pipe it on stdin or set ${SECRET_ENV} (never a command-line flag)`);
  return validateSecret(await readAllStdin(stdin), ANTHROPIC, kind).value;
}

async function secretFromPrompt(host: PluginHost, kind: CredentialKind): Promise<string> {
  const { promptSecret } = await import('../io/prompt-secret.js');
  const label = kind === 'token' ? 'Paste your Claude setup-token' : 'Paste your Anthropic API key';
  const raw = await promptSecret(host.ctx, label, (value) => {
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
 * The profile stored for non-interactive onboard, which wants it stored and the config back. 2026.6+:
 * by OpenClaw's own SDK (`openclaw/plugin-sdk/provider-auth`, which OpenClaw resolves for its
 * plugins), never by us: its SQLite store is written only by OpenClaw. 2026.3 has no such SDK (its
 * non-interactive plugin choices store their own profile): its auth-profiles.json, under its lock.
 */
async function persistForNonInteractiveOnboard(host: PluginHost, ctx: PluginAuthContext, entry: PluginAuthResult['profiles'][number]): Promise<void> {
  const { version } = host;
  if (version !== undefined && !usesSqliteStore(version)) {
    const { stateDir } = host.ctx.paths;
    const agentDir = ctx.agentDir ?? join(stateDir, 'agents', 'main', 'agent');
    await updateAuthStore(join(agentDir, 'auth-profiles.json'), (store) => putProfile(store, entry.profileId, entry.credential as JsonObject), { stateDir });
    return;
  }
  const sdkName = 'openclaw/plugin-sdk/provider-auth'; // a variable: the bundle must not try to include it
  const sdk = (await import(sdkName)) as { upsertAuthProfileWithLock: (params: { profileId: string; credential: Record<string, unknown>; agentDir?: string }) => Promise<unknown> };
  await sdk.upsertAuthProfileWithLock({ profileId: entry.profileId, credential: entry.credential, ...(ctx.agentDir ? { agentDir: ctx.agentDir } : {}) });
}

/**
 * Non-interactive onboard cannot ask before replacing: a profile of another kind under the id
 * (an API key where a token would go, or the reverse) is refused before anything is read or stored.
 */
export function refuseOtherKind(config: Record<string, unknown> | undefined, profileId: string, kind: CredentialKind): void {
  const auth = (config?.auth ?? {}) as { profiles?: Record<string, { mode?: unknown; type?: unknown } | undefined> };
  const existing = auth.profiles && Object.hasOwn(auth.profiles, profileId) ? auth.profiles[profileId] : undefined;
  const mode = existing?.mode ?? existing?.type;
  if (typeof mode !== 'string' || mode === kind) return;
  const what = (value: string) => (value === 'api_key' ? 'an API key' : value === 'token' ? 'a token' : `an ${value} login`);
  throw new UsageError(`${profileId} is ${what(mode)}; storing ${what(kind)} would replace it without asking. Name another profile: --profile-id anthropic:<name>`);
}

async function storeThroughOpenclaw(host: PluginHost, ctx: PluginAuthContext, result: PluginAuthResult, kind: CredentialKind): Promise<Record<string, unknown>> {
  const [entry] = result.profiles;
  if (!entry) throw new CliError('nothing to store');
  await persistForNonInteractiveOnboard(host, ctx, entry);
  const config = ctx.config ?? {};
  const auth = (config.auth ?? {}) as Record<string, unknown>;
  const profiles = (auth.profiles ?? {}) as Record<string, unknown>;
  // The default model, as OpenClaw's own non-interactive Anthropic choices set it.
  const agents = (config.agents ?? {}) as Record<string, unknown>;
  const defaults = (agents.defaults ?? {}) as Record<string, unknown>;
  const model = typeof defaults.model === 'object' && defaults.model !== null ? (defaults.model as Record<string, unknown>) : {};
  const withProfile = {
    ...config,
    auth: { ...auth, profiles: { ...profiles, [entry.profileId]: { provider: 'anthropic', mode: kind } } },
    agents: { ...agents, defaults: { ...defaults, model: { ...model, primary: result.defaultModel } } },
  };
  const patchSecrets = result.configPatch?.secrets as { providers?: Record<string, unknown> } | undefined;
  if (!patchSecrets?.providers) return withProfile;
  // A keychain ref: OpenClaw must know our exec provider (secrets.providers), every other one kept.
  const secrets = (config.secrets ?? {}) as Record<string, unknown>;
  return { ...withProfile, secrets: { ...secrets, providers: { ...((secrets.providers ?? {}) as Record<string, unknown>), ...patchSecrets.providers } } };
}

/** Where OpenClaw itself sends Anthropic requests (`models.providers.anthropic.baseUrl`): the key is checked there. */
export function configuredAnthropicBaseUrl(config: Record<string, unknown> | undefined): string | undefined {
  const models = config?.models as { providers?: { anthropic?: { baseUrl?: unknown } } } | undefined;
  const baseUrl = models?.providers?.anthropic?.baseUrl;
  return typeof baseUrl === 'string' && baseUrl.trim() ? baseUrl.trim() : undefined;
}

/** Anthropic's verdict on the key in words ("✓ accepted by Anthropic"); a refused key is an error. */
async function apiKeyVerdict(ctx: PluginAuthContext, env: PluginHost['ctx']['env'], key: string): Promise<string> {
  const baseUrl = configuredAnthropicBaseUrl(ctx.config);
  const outcome = await verifyApiKey('anthropic', key, { env, ...(baseUrl ? { baseUrl } : {}) });
  if (outcome.kind === 'invalid' || outcome.kind === 'claude-code-only') throw new CliError(outcomeNotice(outcome, 'Anthropic').text);
  return describeOutcome(outcome, 'Anthropic');
}

/** The methods, bound to the process (or, in tests, the host) they run in. */
export function authMethods(host: PluginHost): readonly PluginAuthMethod[] {
  const { ctx: io } = host;
  return [
  {
    id: 'setup-token',
    label: 'Sign in with Claude (openclaw-auth runs claude setup-token and captures the token)',
    hint: 'Sign in in your browser, paste the code; the 108-character token is captured whole. Needs the Claude Code CLI.',
    kind: 'token',
    run: async (ctx) => {
      if (!io.stdin.isTTY || !io.stdout.isTTY) throw new UsageError('setup-token needs a terminal; without one, pipe a token into: openclaw models auth login --provider openclaw-auth --method paste-token');
      const claudeBin = findClaude(io.env, io.cwd);
      const token = await runSetupTokenInTerminal({ stdin: io.stdin, stdout: io.stdout, env: definedEnv(io.env), cwd: io.cwd, claudeBin, timeoutMs: TIMEOUT_MS, timeoutLabel: '15m' }).catch((error: unknown) => {
        // OpenClaw reports any failed method the same way (exit 1): a renewal we started is told it was Ctrl-C.
        if (error instanceof CancelledError) markCancelled(io.env[CANCEL_MARKER_ENV]);
        throw error;
      });
      // claude's own screen showed it as •••: say what was captured, masked as OpenClaw masks it.
      return profile(host, ctx, 'token', token, true, [noticeLine(capturedNotice(token))]);
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
    run: async (ctx) => {
      if (!io.stdin.isTTY) return profile(host, ctx, 'token', await secretWithoutTerminal(host, 'token'), false);
      const token = await secretFromPrompt(host, 'token');
      // The hidden field is cleared once done: say the token passed as whole, masked.
      const notice = pastedNotice(token);
      return profile(host, ctx, 'token', token, true, notice ? [noticeLine(notice)] : []);
    },
    runNonInteractive: async (ctx) => {
      refuseOtherKind(ctx.config, requestedProfileId(host.argv), 'token');
      return storeThroughOpenclaw(host, ctx, await profile(host, ctx, 'token', await secretWithoutTerminal(host, 'token'), false), 'token');
    },
  },
  {
    id: 'api-key',
    label: 'Anthropic API key (checked with Anthropic)',
    hint: 'From console.anthropic.com; OpenClaw recommends API keys.',
    kind: 'api_key',
    run: async (ctx) => {
      const interactive = Boolean(io.stdin.isTTY);
      const key = interactive ? await secretFromPrompt(host, 'api_key') : await secretWithoutTerminal(host, 'api_key');
      return profile(host, ctx, 'api_key', key, interactive, [await apiKeyVerdict(ctx, io.env, key)]);
    },
    // Checked with Anthropic here too: a rejected key stops onboard before OpenClaw stores it.
    runNonInteractive: async (ctx) => {
      refuseOtherKind(ctx.config, requestedProfileId(host.argv), 'api_key');
      const key = await secretWithoutTerminal(host, 'api_key');
      return storeThroughOpenclaw(host, ctx, await profile(host, ctx, 'api_key', key, false, [await apiKeyVerdict(ctx, io.env, key)]), 'api_key');
    },
  },
];
}
