import type { Context } from '../../src/context.js';
import type { Notice } from '../../src/notice.js';
import { renderUntilExit } from '../render-app.js';
import { DashboardApp, type DashboardActions } from './DashboardApp.js';

/** 'quit' when the person pressed q; 'interrupted' for Ctrl-C; a handover when a renewal runs in OpenClaw (the plugin). */
export type DashboardEnd = { kind: 'quit' } | { kind: 'interrupted' } | { kind: 'renew-in-openclaw'; profileId: string };

export async function runDashboard(ctx: Context, actions: DashboardActions, message?: Notice): Promise<DashboardEnd> {
  let ended: DashboardEnd = { kind: 'interrupted' };
  await renderUntilExit(ctx, <DashboardApp actions={actions} initialMessage={message} onQuit={() => (ended = { kind: 'quit' })} onRenewInOpenclaw={(profileId) => (ended = { kind: 'renew-in-openclaw', profileId })} />);
  return ended;
}
