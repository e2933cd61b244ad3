import type { Context } from '../../src/context.js';
import { renderUntilExit } from '../render-app.js';
import { DashboardApp, type DashboardActions } from './DashboardApp.js';

/** 'quit' when the person pressed q; 'interrupted' for Ctrl-C. */
export async function runDashboard(ctx: Context, actions: DashboardActions): Promise<'quit' | 'interrupted'> {
  let ended: 'quit' | 'interrupted' = 'interrupted';
  await renderUntilExit(ctx, <DashboardApp actions={actions} onQuit={() => (ended = 'quit')} />);
  return ended;
}
