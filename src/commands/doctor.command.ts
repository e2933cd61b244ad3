// `doctor`: its flags; the handler (doctor.ts) is loaded only when it runs.
import type { Command } from 'commander';
import { agentOption, type Commander } from '../cli/options.js';
import { run } from '../cli/run.js';

export function doctorCommand(program: Command, commander: Commander): void {
  program
    .command('doctor')
    .description('find what keeps OpenClaw from authenticating, and how to fix it')
    .option('--fix', 'apply the safe fixes (permissions, dangling order entries, moving a corrupt file aside after asking)')
    .option('--yes', 'do not ask before moving a corrupt file aside')
    .option('--json', 'print the checks as JSON')
    .addOption(agentOption(commander))
    .action((flags: { fix?: boolean; yes?: boolean; json?: boolean; agent?: string }) => run(async (ctx) => (await import('./doctor.js')).doctor(ctx, flags)));
}
