// `monitor install|uninstall`: their flags; the handler (monitor.ts) is loaded only when one runs.
import type { Command } from 'commander';
import { run } from '../cli/run.js';

const schedulerOptions = (command: Command) => command.option('--systemd', 'a systemd user timer (Linux)').option('--launchd', 'a launchd agent (macOS)').option('--termux', 'a Termux job (Android)');

export function monitorCommand(program: Command): void {
  const monitor = program.command('monitor').description('check credentials on a schedule and notify before they stop working');
  schedulerOptions(monitor.command('install').description("install the auth monitor (default scheduler: this platform's)"))
    .option('--every <duration>', 'how often (default 6h)')
    .action((flags: Record<string, unknown>) => run(async (ctx) => (await import('./monitor.js')).monitorInstall(ctx, flags)));
  schedulerOptions(monitor.command('uninstall').description('remove the files monitor install wrote')).action((flags: Record<string, unknown>) =>
    run(async (ctx) => (await import('./monitor.js')).monitorUninstall(ctx, flags)),
  );
}
