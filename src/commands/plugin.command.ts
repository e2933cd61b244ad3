// `plugin install`: its flags; the handler (plugin.ts) is loaded only when it runs.
import type { Command } from 'commander';
import { run } from '../cli/run.js';

export function pluginCommand(program: Command): void {
  const plugin = program.command('plugin').description('openclaw-auth inside OpenClaw: its onboard and models auth login capture the setup-token');
  plugin
    .command('install')
    .description('install this package as a plugin into your OpenClaw (openclaw plugins install); again to upgrade')
    .option('--pin-allowlist', 'OpenClaw 2026.3: set plugins.allow to the plugins it loads now (stops its "plugins.allow is empty" warning) without asking')
    .action((flags: { pinAllowlist?: boolean }) => run(async (ctx) => (await import('./plugin.js')).pluginInstall(ctx, flags)));
}
