// What the wizard does to the world (gh's injected IO), built from a command's context: the UI
// calls these and never touches files, the keychain, the network or claude itself.
import { formatWhen } from '../locale.js';
import { authStoreFor } from '../auth-store/auth-store.js';
import type { Context } from '../context.js';
import { SetupTokenCapture } from '../setup-token/capture.js';
import { findClaude } from '../setup-token/find-claude.js';
import { credentialTarget, type AgentStore } from '../store/agent-store.js';
import { saveCredential } from '../auth-store/save-credential.js';
import { savedRemote } from '../remote/saved-remote.js';
import { saveToRemote } from './save-to-remote.js';
import { parseSshTarget } from '../remote/ssh-target.js';
import { loadStatus } from '../status/load-status.js';
import { providerLine } from '../status/render-text.js';
import { defaultExpiry, onboardProfileId } from '../auth-store/credential-plan.js';
import { verifyApiKey, type VerifyOutcome } from './verify-credential.js';
import { credentialKind, type WizardData, type WizardSaved } from './wizard-state.js';
import { definedEnv } from '../paths.js';

export interface OnboardActions {
  verify(provider: string, key: string): Promise<VerifyOutcome>;
  startCapture(cols: number, rows: number): Promise<SetupTokenCapture>;
  /** Whether the Claude Code CLI can be run here (the method list says so before it is picked). */
  claudeInstalled(): boolean;
  /** Store what the wizard collected (data.storage chosen); resolves to where it went. `progress` hears about slow steps. */
  save(data: WizardData, progress?: (line: string) => void): Promise<WizardSaved>;
  /** The gateway host remembered with --save-remote, to offer first. */
  savedRemote(): Promise<string | undefined>;
  /** What is wrong with a typed host (ssh://[user@]host[:port]), or undefined. */
  checkRemoteForm(to: string): string | undefined;
  /** The `models status` line for a provider, after saving. */
  statusLine(provider: string): Promise<string>;
  /** Put text on the clipboard (OSC 52); false when it could not be sent. */
  copy(text: string): boolean;
  /**
   * OpenClaw 2026.6+ can run Anthropic models through this machine's logged-in claude (no
   * credential at all): whether that route can be offered here, i.e. such an OpenClaw is installed
   * and claude is logged in.
   */
  claudeCliRoute(): Promise<boolean>;
  /** Whether the credential goes into OpenClaw's own store (2026.6+), even where it has not made one yet. */
  openclawOwnsStore(): boolean;
  /** A date as this user reads dates (their locale), for the Done step. */
  formatDate(ms: number): string;
}

export interface ActionOptions {
  agent?: string | undefined;
  baseUrl?: string | undefined;
  claudeBin?: string | undefined;
  tokenProfileId?: string | undefined;
  /** For a credential stored on another machine: remember the host, restart its gateway. */
  saveRemote?: boolean | undefined;
  restartGateway?: boolean | undefined;
  /** Collects warnings to print once the UI has left the screen. */
  warn: (line: string) => void;
}

export function buildOnboardActions(ctx: Context, target: AgentStore, options: ActionOptions): OnboardActions {
  const profileIdFor = (data: WizardData) => data.reauthProfileId ?? onboardProfileId(data.provider ?? 'anthropic', options.tokenProfileId);
  return {
    openclawOwnsStore: () => authStoreFor(ctx, target, options.agent).kind() === 'openclaw',
    formatDate: (ms) => formatWhen(ms, { env: ctx.env, terminal: true, withTime: false }),
    verify: (provider, key) => verifyApiKey(provider, key, { env: ctx.env, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) }),
    claudeCliRoute: async () => {
      const { claudeCliRouteAvailable } = await import('./claude-cli-route.js');
      return claudeCliRouteAvailable(ctx);
    },
    claudeInstalled: () => {
      try {
        findClaude(ctx.env, ctx.cwd, options.claudeBin);
        return true;
      } catch {
        return false;
      }
    },
    startCapture: async (cols, rows) =>
      SetupTokenCapture.start({
        claudeBin: findClaude(ctx.env, ctx.cwd, options.claudeBin),
        cols,
        rows,
        env: definedEnv(ctx.env),
        cwd: ctx.cwd,
        answerQueries: true, // claude's output is shown by the UI, not a terminal
      }),
    save: async (data, progress) => {
      const provider = data.provider ?? 'anthropic';
      const kind = credentialKind(data);
      const expires = defaultExpiry(provider, kind, ctx.now());
      if (data.storage === 'remote') {
        return saveToRemote(
          ctx,
          { to: data.remote ?? '', kind, provider, profileId: profileIdFor(data), secret: data.secret ?? '', expires, agent: options.agent, remember: options.saveRemote, restartGateway: options.restartGateway },
          progress,
        );
      }
      const saved = await saveCredential({
        ...credentialTarget(ctx, target, profileIdFor(data), provider),
        kind,
        secret: data.secret ?? '',
        ...(expires !== undefined ? { expires } : {}),
        ...(data.storage ? { storage: data.storage } : {}),
        keepOrder: Boolean(data.reauthProfileId),
        warn: options.warn,
        ...(progress ? { progress } : {}),
      }, authStoreFor(ctx, target, options.agent));
      return { ...saved, ...(expires !== undefined ? { expires } : {}) };
    },
    savedRemote: () => savedRemote(ctx.paths.stateDir),
    checkRemoteForm: (to) => {
      try {
        parseSshTarget(to, 'host');
        return undefined;
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    },
    statusLine: async (provider) => {
      const entry = (await loadStatus(ctx, options.agent)).auth.providers.find((candidate) => candidate.provider === provider);
      return entry ? providerLine(entry) : '';
    },
    copy: (text) => {
      ctx.stdout.write(`\x1b]52;c;${Buffer.from(text).toString('base64')}\x07`);
      return true;
    },
  };
}
