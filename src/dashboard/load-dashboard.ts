// One read of everything the dashboard shows. A file that cannot be read becomes a message on the
// screen, not a crash: the dashboard keeps running and recovers when the file is fixed.
import type { Context } from '../context.js';
import { CliError } from '../errors.js';
import { locateAgentStore } from '../store/agent-store.js';
import { emptyStore } from '../store/auth-profiles.js';
import { findOpenclaw } from '../openclaw/openclaw-cli.js';
import type { AuthStatus } from '../status/build-status.js';
import { loadStatusView } from '../status/load-status.js';
import { layoutNotes, statusNotes } from '../status/render-text.js';
import { buildDashboardRows, type DashboardRow } from './dashboard-rows.js';

export interface DashboardSnapshot {
  agentId: string;
  stateDir: string;
  /** The files whose changes trigger a refresh. */
  watched: string[];
  rows: DashboardRow[];
  /** Problems and advice, one line each (the same `!` notes as `models status`). */
  notes: string[];
  /** Where the credentials were read from, in a few words (OpenClaw 2026.6+'s store says how). */
  source?: string;
  /** What the store's layout stops from working (a leftover JSON beside a SQLite store, an unreadable store). */
  warnings: string[];
  refreshedAt: number;
  error?: string;
}

export async function loadDashboard(ctx: Context, agent: string | undefined): Promise<DashboardSnapshot> {
  const now = ctx.now();
  const base = { stateDir: ctx.show(ctx.paths.stateDir), refreshedAt: now };
  let watched = [ctx.paths.configPath, ctx.paths.dotenvPath];
  try {
    const target = await locateAgentStore(ctx, agent);
    // Watched even when it turns out to be unreadable, so fixing it refreshes the screen.
    watched = [target.storePath, ...watched];
    const view = await loadStatusView(ctx, agent);
    watched = view.sources;
    let { status, store } = view;
    const { layout } = status.auth;
    if (layout.era === 'sqlite' && layout.read === 'none') {
      // No node:sqlite here: ask OpenClaw itself (slower), if it is installed.
      const bin = findOpenclaw(ctx.env, ctx.cwd);
      if (bin) {
        const { loadOpenclawStatus } = await import('../status/openclaw-status.js');
        const routes = status.auth.runtimeAuthRoutes;
        status = await loadOpenclawStatus(ctx, { bin, agent, layout, sources: view.sources, env: view.env });
        if (routes) status = { ...status, auth: { ...status.auth, runtimeAuthRoutes: routes } };
        store = emptyStore();
      }
    }
    return {
      ...base,
      agentId: target.agentId,
      watched,
      rows: buildDashboardRows(status, store, target.config.raw, now),
      notes: statusNotes(status, ctx.show, now),
      source: describeSource(status, ctx.show),
      warnings: layoutNotes(status, ctx.show).map((note) => note.text),
      refreshedAt: now,
    };
  } catch (error) {
    return { ...base, agentId: agent ?? 'main', watched, rows: [], notes: [], warnings: [], error: error instanceof CliError ? error.message : String(error) };
  }
}

/** "store ~/.openclaw/state/openclaw.sqlite (read directly)" and the like. */
function describeSource(status: AuthStatus, show: (path: string) => string): string {
  const { layout } = status.auth;
  if (layout.era === 'json') return `store ${show(status.auth.storePath)}`;
  const how = {
    direct: 'read directly',
    openclaw: 'via `openclaw models status`, ~3 s a refresh; Node ≥ 22.5 reads it directly',
    none: `unreadable here: ${layout.problem ?? 'unknown layout'}`,
  }[layout.read];
  return `store ${show(status.auth.storePath)} (${how})`;
}
