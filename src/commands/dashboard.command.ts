// `dashboard`: its flags; the handler (dashboard.ts) is loaded only when it runs.
import type { Command } from 'commander';
import { agentOption, type Commander } from '../cli/options.js';
import { run } from '../cli/run.js';

export function dashboardCommand(program: Command, commander: Commander): void {
  program
    .command('dashboard')
    .description('a live view of your credentials: where each lives, when it expires, which is used next')
    .addOption(agentOption(commander))
    .action((flags: { agent?: string }) => run(async (ctx) => (await import('./dashboard.js')).dashboard(ctx, flags)));
}
