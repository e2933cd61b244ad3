// `openclaw-auth dashboard [--agent <id>]`: the live status view (Ink, loaded only here).
import { onInteractiveScreen, type Context } from '../context.js';
import { clockFormat, userLocale } from '../locale.js';
import { EXIT_CANCELLED, UsageError } from '../errors.js';
import { println } from '../io/print.js';
import { loadDashboard } from '../dashboard/load-dashboard.js';
import { fail, info, ok, warn, type Notice } from '../notice.js';
import { runChecks } from '../doctor/checks.js';
import { watchFiles } from '../dashboard/watch-files.js';
import { buildOnboardActions } from '../onboard/onboard-actions.js';
import { probeKeychain, type KeychainAvailability } from '../secrets/keychain-probe.js';
import { locateAgentStore } from '../store/agent-store.js';
import { authStoreFor } from '../auth-store/auth-store.js';
import { keychainRemovalLine } from '../auth-store/removal-report.js';
import { loadUi, type UiModule } from '../ui/load-ui.js';
import { pluginRenewal, renewThroughPlugin } from '../onboard/renew-through-plugin.js';
import { loadStatusView } from '../status/load-status.js';

export async function dashboard(ctx: Context, options: { agent?: string }): Promise<number> {
  if (!ctx.stdin.isTTY || !ctx.stdout.isTTY) {
    throw new UsageError('the dashboard needs a terminal; in scripts use openclaw-auth models status (--json, --check)');
  }
  return onInteractiveScreen(ctx, (screen) => dashboardScreens(screen, options));
}

async function dashboardScreens(ctx: Context, options: { agent?: string }): Promise<number> {
  const target = await locateAgentStore(ctx, options.agent);
  const store = authStoreFor(ctx, target, options.agent);
  const ui = await loadUi();
  // Asked once per command, when the dashboard (drawn first) asks: see DashboardActions.checkKeychain.
  let keychain: Promise<KeychainAvailability> | undefined;
  const warnings: string[] = [];
  const viaPlugin = pluginRenewal(ctx, store);
  const actions: Parameters<UiModule['runDashboard']>[1] = {
    load: () => loadDashboard(ctx, options.agent),
    watch: (paths, onChange) => watchFiles(paths, onChange),
    remove: async (profileId) => {
      const removed = await store.remove(profileId);
      if (!removed) return info(`${profileId} was already gone`);
      if (removed.gatewayNote) warnings.push(removed.gatewayNote);
      // The row's message says a removed entry; a keychain that did not answer is worth a warning.
      const mayRemain = removed.keychainEntryMayRemain ? keychainRemovalLine(ctx, removed) : undefined;
      if (mayRemain) warnings.push(mayRemain);
      return ok(`Removed ${profileId}${removed.keychainEntryRemoved ? ' and its keychain entry' : ''}`);
    },
    reorder: async (provider, ids) => {
      const change = await store.setOrder(provider, ids.length ? ids : undefined);
      if (change.gatewayNote) warnings.push(change.gatewayNote);
    },
    onboard: buildOnboardActions(ctx, target, { agent: options.agent, warn: (line) => warnings.push(line) }),
    checkKeychain: () => (keychain ??= probeKeychain(ctx.keychain())),
    checks: async () =>
      (await runChecks(ctx, options.agent))
        .filter((check) => check.level !== 'ok')
        .map((check) => (check.level === 'fail' ? fail : warn)(`${check.title}${check.fix ? ` — fix: ${check.fix}` : ''}`)),
    now: ctx.now,
    locale: userLocale(ctx.env),
    clock: clockFormat(ctx.env),
    renewsInOpenclaw: Boolean(viaPlugin),
  };
  let message: Notice | undefined;
  for (;;) {
    const ended = await ui.runDashboard(ctx, actions, message);
    if (ended.kind !== 'renew-in-openclaw' || !viaPlugin) {
      for (const line of warnings) println(ctx.stderr, line);
      // q is a quit; Ctrl-C an interrupt, and says so the way shells expect (130).
      return ended.kind === 'quit' ? 0 : EXIT_CANCELLED;
    }
    // r on a token: OpenClaw's own login runs our capture in this terminal, then the dashboard is back.
    println(ctx.stderr, viaPlugin.describe(ended.profileId));
    const { store: raw } = await loadStatusView(ctx, options.agent);
    const code = await renewThroughPlugin(ctx, viaPlugin, ended.profileId, { agent: options.agent, store: raw });
    // OpenClaw's login (its sign-in link, claude's screen) is over: the dashboard comes back on a
    // clean screen, not below it. The scrollback keeps it.
    if (ctx.stdout.isTTY) ctx.stdout.write('\x1b[2J\x1b[H');
    message =
      code === 0
        ? ok(`Renewed ${ended.profileId} through OpenClaw`)
        : code === EXIT_CANCELLED
          ? info(`Cancelled: ${ended.profileId} is as it was`)
          : warn(`OpenClaw's login ended with exit code ${code}; ${ended.profileId} is as it was`);
  }
}

/** Bare `openclaw-auth` on a terminal: the dashboard when there is something to show, else the wizard. */
export async function home(ctx: Context): Promise<number> {
  const { status } = await loadStatusView(ctx, undefined);
  if (status.auth.providers.length) return dashboard(ctx, {});
  const { onboard } = await import('./onboard.js');
  return onboard(ctx, {});
}
