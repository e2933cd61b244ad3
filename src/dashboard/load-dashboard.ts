// One read of everything the dashboard shows. A file that cannot be read becomes a message on the
// screen, not a crash: the dashboard keeps running and recovers when the file is fixed.
import type { Context } from '../context.js';
import { CliError } from '../errors.js';
import { locateAgentStore } from '../store/agent-store.js';
import { emptyStore } from '../store/auth-profiles.js';
import { configEnvVars } from '../store/config.js';
import { readDotenv } from '../store/dotenv-file.js';
import { findOpenclaw } from '../openclaw/openclaw-cli.js';
import type { AuthStatus } from '../status/build-status.js';
import { loadStatusView } from '../status/load-status.js';
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
    const view = await loadStatusView(ctx, agent);
    watched = view.sources;
    let { status, store } = view;
    const { layout } = status.auth;
    if (layout.era === 'sqlite' && layout.read === 'none') {
      // No node:sqlite here: ask OpenClaw itself (slower), if it is installed.
      const bin = findOpenclaw(ctx.env, ctx.cwd);
      if (bin) {
        const { loadOpenclawStatus } = await import('../status/openclaw-status.js');
        const env = { process: ctx.env, dotenv: (await readDotenv(ctx.paths.dotenvPath)).values, config: configEnvVars(target.config.raw) };
        status = await loadOpenclawStatus(ctx, { bin, agent, layout, sources: view.sources, env });
        store = emptyStore();
      }
    }
    return {
      ...base,
      agentId: target.agentId,
      watched,
      rows: buildDashboardRows(status, store, target.config.raw, now),
      notes: [...readThroughNote(status, ctx.show), ...statusNotes(status, ctx.show, now)],
      refreshedAt: now,
    };
  } catch (error) {
    return { ...base, agentId: agent ?? 'main', watched, rows: [], notes: [], error: error instanceof CliError ? error.message : String(error) };
  }
}

/** Says how an OpenClaw 2026.6+ store was read when that was the slow way. */
function readThroughNote(status: AuthStatus, show: (path: string) => string): string[] {
  const { layout } = status.auth;
  if (layout.era !== 'sqlite' || layout.read !== 'openclaw') return [];
  return [`! ${show(layout.database)} is read through \`openclaw models status\` (about 3 s per refresh): ${layout.problem ?? 'openclaw-auth cannot read it directly here'}.`];
}
