// `models auth order get|set|clear`: their flags; each handler (get.ts, set.ts, clear.ts) is loaded only when it runs.
import type { Command } from 'commander';
import { agentOption, providerOption, type Commander } from '../../../../cli/options.js';
import { run } from '../../../../cli/run.js';

export function orderCommand(auth: Command, commander: Commander): void {
  const order = auth.command('order').description('per-agent order in which profiles of a provider are tried');
  order
    .command('get')
    .description('show the order override')
    .addOption(providerOption(commander))
    .addOption(agentOption(commander))
    .option('--json', 'print JSON')
    .action((flags: { provider: string; agent?: string; json?: boolean }) => run(async (ctx) => (await import('./get.js')).orderGet(ctx, flags)));
  order
    .command('set')
    .description('set the order override (profile ids, first is tried first)')
    .addOption(providerOption(commander))
    .addOption(agentOption(commander))
    .argument('<profileIds...>', 'profile ids in order')
    .action((profileIds: string[], flags: { provider: string; agent?: string }) => run(async (ctx) => (await import('./set.js')).orderSet(ctx, { ...flags, profileIds })));
  order
    .command('clear')
    .description('remove the order override')
    .addOption(providerOption(commander))
    .addOption(agentOption(commander))
    .action((flags: { provider: string; agent?: string }) => run(async (ctx) => (await import('./clear.js')).orderClear(ctx, flags)));
}
