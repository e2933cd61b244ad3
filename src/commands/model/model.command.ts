// `model status|list`: their flags; each handler (status.ts, list.ts) is loaded only when it runs.
import type { Command } from 'commander';
import { agentOption, type Commander } from '../../cli/options.js';
import { run } from '../../cli/run.js';

export function modelCommand(program: Command, commander: Commander): void {
  const model = program.command('model').description('what /model would pick: models, aliases, the next auth profile per provider');
  model
    .command('status')
    .description("OpenClaw's /model status: the current model, candidates, next auth profile per provider, endpoints")
    .argument('[spec]', 'a /model spec: <alias-or-id>[@<profileId>], e.g. opus@anthropic:work')
    .option('--json', 'print JSON')
    .addOption(agentOption(commander))
    .action((spec: string | undefined, flags: { json?: boolean; agent?: string }) => run(async (ctx) => (await import('./status.js')).modelStatus(ctx, { ...flags, ...(spec ? { spec } : {}) })));
  model
    .command('list')
    .description('models and profiles a /model can name (a picker on a terminal)')
    .addOption(agentOption(commander))
    .action((flags: { agent?: string }) => run(async (ctx) => (await import('./list.js')).modelList(ctx, flags)));
}
