import { render } from 'ink';
import type { Context } from '../../src/context.js';
import { DashboardApp, type DashboardActions } from './DashboardApp.js';

export async function runDashboard(ctx: Context, actions: DashboardActions): Promise<void> {
  const instance = render(<DashboardApp actions={actions} />, {
    stdin: ctx.stdin as NodeJS.ReadStream,
    stdout: ctx.stdout as NodeJS.WriteStream,
    stderr: ctx.stderr as NodeJS.WriteStream,
    exitOnCtrlC: true,
    patchConsole: false,
  });
  await instance.waitUntilExit();
}
