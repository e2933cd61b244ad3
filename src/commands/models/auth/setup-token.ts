// `openclaw-auth models auth setup-token [--provider anthropic] [--profile-id <id>] [--yes]
// [--claude-bin <path>] [--timeout <dur>] [--storage keychain|file]`: runs `claude setup-token` in a
// pseudo-terminal the user sees and types into, captures the token it prints (whole, however the
// terminal wrapped it), and stores it as a token profile that expires in a year. OpenClaw's own
// command of that name only asks you to paste the token, which is how it gets truncated.
import { authStoreFor } from '../../../auth-store/auth-store.js';
import type { Context } from '../../../context.js';
import { parseDuration } from '../../../duration.js';
import { SETUP_TOKEN_LIFETIME_MS } from '../../../auth-store/credential-plan.js';
import { UsageError } from '../../../errors.js';
import { println } from '../../../io/print.js';
import { normalizeProviderId } from '../../../providers.js';
import { runSetupTokenInTerminal } from '../../../setup-token/run-in-terminal.js';
import { findClaude } from '../../../setup-token/find-claude.js';
import { credentialTarget, locateAgentStore } from '../../../store/agent-store.js';
import { readConfig } from '../../../store/config.js';
import { parseStorageKind, saveCredential, type SavedCredential } from '../../../auth-store/save-credential.js';
import { reportSaved } from './report-saved.js';
import { checkProfileId, confirmReplace } from './store-pasted-secret.js';
import { deliverAndReport, resolveRemote, type RemoteOptions } from './remote-delivery.js';
import { definedEnv } from '../../../paths.js';

export interface SetupTokenOptions extends RemoteOptions {
  provider?: string;
  profileId?: string;
  yes?: boolean;
  claudeBin?: string;
  timeout?: string;
  storage?: string;
  agent?: string;
  /** Make Anthropic's default model OpenClaw's when the current default's provider has no credentials. */
  setDefault?: boolean;
}

const DEFAULT_TIMEOUT = '15m';

export async function setupToken(ctx: Context, options: SetupTokenOptions): Promise<number> {
  const provider = normalizeProviderId(options.provider ?? 'anthropic');
  if (provider !== 'anthropic') throw new UsageError('Only --provider anthropic is supported for setup-token.');
  if (!ctx.stdin.isTTY || !ctx.stdout.isTTY) {
    throw new UsageError(
      'setup-token needs an interactive terminal: claude signs you in through your browser and asks for the code it shows. Without one, run "claude setup-token" in a terminal and pipe the token it prints to: openclaw-auth models auth paste-token --provider anthropic',
    );
  }
  const timeoutMs = parseDuration(options.timeout ?? DEFAULT_TIMEOUT, 'm');
  const storage = parseStorageKind(options.storage);
  if (storage === 'env') throw new UsageError('--storage env holds API keys only; a setup-token goes in the keychain or auth-profiles.json');
  const profileId = checkProfileId(options.profileId ?? `${provider}:manual`);
  const target = await locateAgentStore(ctx, options.agent);
  // Everything that can fail before sign-in fails now, not after the person has signed in: the
  // gateway host (--to), or here the store (OpenClaw 2026.6+ needs its CLI) and what it would replace.
  const claudeBin = findClaude(ctx.env, ctx.cwd, options.claudeBin);
  const remote = await resolveRemote(ctx, options);
  if (!remote) {
    await readConfig(ctx.paths.configPath);
    await confirmReplace(ctx, target, options.agent, profileId, options.yes);
  }

  println(ctx.stderr, `Running ${claudeBin} setup-token. Sign in in your browser; the token is captured when claude prints it. Ctrl-C twice to cancel.`);
  const warnings: string[] = [];
  let saved: Promise<SavedCredential> | undefined;
  const expires = ctx.now() + SETUP_TOKEN_LIFETIME_MS;
  const token = await runSetupTokenInTerminal({
    stdin: ctx.stdin,
    stdout: ctx.stdout,
    env: definedEnv(ctx.env),
    cwd: ctx.cwd,
    claudeBin,
    timeoutMs,
    timeoutLabel: options.timeout ?? DEFAULT_TIMEOUT,
    timeoutHint: 'openclaw-auth models auth setup-token --timeout 30m',
    onToken: (value) => {
      // Delivered to the host once claude has ended and the terminal is ours (it prints what the host says).
      if (remote) return;
      // Store at once: the person may close the terminal as soon as they see the token.
      saved = saveCredential({
        ...credentialTarget(ctx, target, profileId, provider),
        kind: 'token',
        secret: value,
        expires,
        ...(storage ? { storage } : {}),
        warn: (line) => warnings.push(line), // printed once the terminal is ours again
      }, authStoreFor(ctx, target, options.agent));
      saved.catch(() => undefined); // reported below, after the child has exited
    },
  });
  for (const line of warnings) println(ctx.stderr, line);
  if (remote) {
    return deliverAndReport(ctx, remote, { kind: 'token', provider, profileId, secret: token, expires, ...(options.agent ? { agent: options.agent } : {}), ...(options.storage ? { storage: options.storage } : {}), ...(options.yes ? { yes: true } : {}) }, options);
  }
  reportSaved(ctx, await (saved as Promise<SavedCredential>), { provider, kind: 'token', secret: token, expires });
  const { offerDefaultModel } = await import('../../../onboard/default-model.js');
  await offerDefaultModel(ctx, { agent: options.agent, provider, setDefault: options.setDefault, ask: true });
  return 0;
}
