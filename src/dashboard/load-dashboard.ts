// One read of everything the dashboard shows. A file that cannot be read becomes a message on the
// screen, not a crash: the dashboard keeps running and recovers when the file is fixed.
import type { Context } from '../context.js';
import { CliError } from '../errors.js';
import { locateAgentStore } from '../store/agent-store.js';
import { readAuthStore } from '../store/auth-profiles.js';
import { loadStatus } from '../status/load-status.js';
import { statusNotes } from '../status/render-text.js';
import { buildDashboardRows, type DashboardRow } from './dashboard-rows.js';

export interface DashboardSnapshot {
  agentId: string;
  stateDir: string;
  /** The files whose changes trigger a refresh. */
  watched: string[];
  rows: DashboardRow[];
  /** Problems and advice, one line each (the same `!` notes as `models status`). */
  notes: string[];
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
    const [status, store] = await Promise.all([loadStatus(ctx, agent), readAuthStore(target.storePath)]);
    const sqlite = status.auth.layout.era === 'sqlite' ? status.auth.layout.database : undefined;
    return {
      ...base,
      ...(sqlite && !store.exists ? { error: `this OpenClaw keeps credentials in SQLite (${ctx.show(sqlite)}), which openclaw-auth cannot show yet; run "openclaw models status"` } : {}),
      agentId: target.agentId,
      watched,
      rows: buildDashboardRows(status, store.raw, target.config.raw, now),
      notes: statusNotes(status, ctx.show, now),
      refreshedAt: now,
    };
  } catch (error) {
    return { ...base, agentId: agent ?? 'main', watched, rows: [], notes: [], error: error instanceof CliError ? error.message : String(error) };
  }
}
