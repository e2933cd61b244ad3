// `openclaw-auth onboard`: the wizard on a terminal (Ink, loaded only here), or, with
// --non-interactive, the same result from flags. `--reauth [profileId]` renews a token in place.
import { onInteractiveScreen, type Context } from '../context.js';
import { CancelledError, CliError, EXIT_CANCELLED, UsageError } from '../errors.js';
import { println } from '../io/print.js';
import { summarizeForWelcome } from '../onboard/welcome-summary.js';
import { isAccountOf } from '../secrets/exec-provider.js';
import { probeKeychain } from '../secrets/keychain-probe.js';
import { locateAgentStore } from '../store/agent-store.js';
import { authStoreFor } from '../auth-store/auth-store.js';
import { buildOnboardActions } from '../onboard/onboard-actions.js';
import type { StorageKind } from '../store/credential-types.js';
import type { RawAuthStore } from '../store/auth-profiles.js';
import { loadStatusView, type StatusView } from '../status/load-status.js';
import type { AuthStatus } from '../status/build-status.js';
import { pluginRenewal, renewThroughPlugin } from '../onboard/renew-through-plugin.js';
import { loadUi } from '../ui/load-ui.js';
import { parseSshTarget } from '../remote/ssh-target.js';
import type { NonInteractiveOptions } from '../onboard/non-interactive.js';

export interface OnboardOptions extends NonInteractiveOptions {
  nonInteractive?: boolean;
  /** true: the first token that needs renewing; a string: that profile. */
  reauth?: string | boolean;
  /** Store on the gateway host (ssh://…), signing in here; with reauth <id>, renew it there. */
  to?: string;
  saveRemote?: boolean;
  restartGateway?: boolean;
}

/**
 * The profile to renew, from the status (auth-profiles.json, OpenClaw 2026.6+'s SQLite view, or —
 * where this Node cannot read SQLite — OpenClaw's own status): its provider, and where it lives.
 */
function reauthStart(status: AuthStatus, agentId: string, reauth: string | boolean, renewable: readonly { profileId: string }[]) {
  const profileId = typeof reauth === 'string' ? reauth : renewable[0]?.profileId;
  if (!profileId) throw new UsageError('no token needs renewing; run `openclaw-auth onboard` to add a credential, or name one: --reauth <profileId>');
  const entry = status.auth.oauth.profiles.find((candidate) => candidate.profileId === profileId);
  if (!entry) throw new UsageError(`Auth profile "${profileId}" not found.`, { hint: 'openclaw-auth models status' });
  if (entry.type !== 'token') throw new UsageError(`${profileId} is ${entry.type === 'api_key' ? 'an API key' : 'an OAuth login'}; --reauth renews setup-tokens`, { hint: `openclaw-auth models auth paste-api-key --provider ${entry.provider} --profile-id ${profileId}` });
  const { storage: where } = entry;
  const inKeychain = where.kind === 'keychain' || (where.kind === 'ref' && where.source === 'exec' && isAccountOf(where.id, agentId, profileId));
  const storage: StorageKind = inKeychain ? 'keychain' : 'file';
  return { reauthProfileId: profileId, provider: entry.provider, storage };
}

/** The status to renew from: ours, or OpenClaw's own where this Node cannot read its SQLite store. */
async function statusForRenewal(ctx: Context, view: StatusView, agent: string | undefined): Promise<{ status: AuthStatus; store: RawAuthStore }> {
  const { layout } = view.status.auth;
  if (layout.era !== 'sqlite' || layout.read !== 'none') return view;
  const { findOpenclaw } = await import('../openclaw/openclaw-cli.js');
  const bin = findOpenclaw(ctx.env, ctx.cwd);
  if (!bin) return view;
  const { loadOpenclawStatus } = await import('../status/openclaw-status.js');
  return { status: await loadOpenclawStatus(ctx, { bin, agent, layout, sources: view.sources, env: view.env }), store: view.store };
}

export async function onboard(ctx: Context, options: OnboardOptions): Promise<number> {
  if (options.nonInteractive) return (await import('../onboard/non-interactive.js')).onboardNonInteractive(ctx, options);
  const remote = options.to !== undefined && options.to !== 'local' ? options.to : undefined;
  if (remote !== undefined && options.reauth !== undefined) {
    // The host's profiles are not here to choose from: the one to renew is named, and renewed in place.
    if (typeof options.reauth !== 'string') throw new UsageError('--to renews a named profile on the gateway host: onboard --reauth <profileId> --to ssh://host (or onboard --to ssh://host to add one there)');
    const { setupToken } = await import('./models/auth/setup-token.js');
    return setupToken(ctx, { profileId: options.reauth, yes: true, to: remote, ...(options.saveRemote ? { saveRemote: true } : {}), ...(options.restartGateway ? { restartGateway: true } : {}), ...(options.agent ? { agent: options.agent } : {}), ...(options.claudeBin ? { claudeBin: options.claudeBin } : {}) });
  }
  if (remote !== undefined) parseSshTarget(remote); // a typo is one line now, not after the sign-in
  if (!ctx.stdin.isTTY || !ctx.stdout.isTTY) {
    throw new UsageError(
      'onboard is an interactive wizard and needs a terminal. In a script: openclaw-auth onboard --non-interactive --auth-choice apiKey|token --provider anthropic --secret-stdin (or --secret-env VAR) [--storage keychain|file|env]',
    );
  }
  return onInteractiveScreen(ctx, (screen) => onboardWizard(screen, options, remote));
}

async function onboardWizard(ctx: Context, options: OnboardOptions, remote: string | undefined): Promise<number> {
  const target = await locateAgentStore(ctx, options.agent);
  // Loading the UI (Ink, React, the layout engine) is the slow part: start it while we read status,
  // so the first frame comes sooner. The keychain is asked once that frame is drawn (the UI calls
  // checkKeychain): its native module and a daemon that may take seconds are not on that path.
  const [ui, view] = await Promise.all([loadUi(), loadStatusView(ctx, options.agent)]);
  const renewal = options.reauth ? await statusForRenewal(ctx, view, options.agent) : view;
  const summary = summarizeForWelcome(renewal.status, ctx.now());
  const start = options.reauth ? reauthStart(renewal.status, target.agentId, options.reauth, summary.renewable) : undefined;
  const viaPlugin = start ? pluginRenewal(ctx, authStoreFor(ctx, target, options.agent)) : undefined;
  if (start && viaPlugin) {
    println(ctx.stderr, viaPlugin.describe(start.reauthProfileId));
    const code = await renewThroughPlugin(ctx, viaPlugin, start.reauthProfileId, { agent: options.agent, store: view.store });
    if (code === EXIT_CANCELLED) throw new CancelledError(`Cancelled: ${start.reauthProfileId} is as it was.`);
    if (code !== 0) throw new CliError(`OpenClaw's login ended with exit code ${code}; ${start.reauthProfileId} is as it was`);
    return 0;
  }
  const warnings: string[] = [];

  const result = await ui.runOnboard(ctx, {
    summary,
    options: { verifyApiKeys: options.verify !== false, keychainAvailable: false, allowUnknownFormat: options.allowUnknownFormat ?? false },
    checkKeychain: () => probeKeychain(ctx.keychain()),
    start,
    ...(remote !== undefined ? { remote } : {}),
    actions: buildOnboardActions(ctx, target, {
      agent: options.agent,
      baseUrl: options.baseUrl,
      claudeBin: options.claudeBin,
      tokenProfileId: options.tokenProfileId,
      saveRemote: options.saveRemote,
      restartGateway: options.restartGateway,
      warn: (line) => warnings.push(line),
    }),
  });
  for (const line of warnings) println(ctx.stderr, line);
  if (result.claudeCli) return useClaudeCliLogin(ctx, options.agent);
  if (result.saved && result.provider && result.saved.storage !== 'remote') {
    const { offerDefaultModel } = await import('../onboard/default-model.js');
    await offerDefaultModel(ctx, { agent: options.agent, provider: result.provider, setDefault: options.setDefault, ask: true });
  }
  if (result.saved || result.quit) return 0;
  throw new CancelledError('Cancelled: nothing was stored.');
}

/** The wizard's "Use this machine's Claude Code login": OpenClaw's own login, then our verdict on the route. */
async function useClaudeCliLogin(ctx: Context, agent: string | undefined): Promise<number> {
  const { CLAUDE_CLI_LOGIN_ARGS, useClaudeCliRoute } = await import('../onboard/claude-cli-route.js');
  println(ctx.stderr, `Handing over to OpenClaw: openclaw ${CLAUDE_CLI_LOGIN_ARGS.join(' ')}`);
  const code = await useClaudeCliRoute(ctx, agent);
  if (code === EXIT_CANCELLED) throw new CancelledError('Cancelled: nothing was changed by openclaw-auth.');
  if (code !== 0) throw new CliError(`OpenClaw's login ended with exit code ${code}`, { hint: `openclaw ${CLAUDE_CLI_LOGIN_ARGS.join(' ')}` });
  const { describeClaudeLogin } = await import('../status/claude-login.js');
  const { status } = await loadStatusView(ctx, agent);
  const routes = status.auth.runtimeAuthRoutes ?? [];
  if (!routes.length) throw new CliError('OpenClaw finished, but no model in use runs through claude', { hint: 'openclaw-auth models status' });
  let ready = true;
  for (const route of routes) {
    const login = route.login ? describeClaudeLogin(route.login) : undefined;
    const models = route.models.join(', ');
    if (login?.ready === true) println(ctx.stdout, `✓ ${models} now runs through this machine's Claude Code login: ${login.text}. Default model: ${status.resolvedDefault}`);
    else {
      ready = false;
      println(ctx.stdout, `✗ ${models} runs through this machine's Claude Code login, which cannot be used: ${login?.text ?? 'claude was not asked'}. Fix: ${login?.fix ?? 'claude auth status'}`);
    }
  }
  println(ctx.stdout, 'Restart the gateway to use it: openclaw gateway restart');
  return ready ? 0 : 1;
}
