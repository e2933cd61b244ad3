import type { Context } from '../../src/context.js';
import { renderUntilExit } from '../render-app.js';
import { DashboardApp, type DashboardActions } from './DashboardApp.js';

export function runDashboard(ctx: Context, actions: DashboardActions): Promise<void> {
  return renderUntilExit(ctx, <DashboardApp actions={actions} />);
}
