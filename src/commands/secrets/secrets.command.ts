// `secrets resolve|migrate`: their flags; each handler (resolve.ts, migrate.ts) is loaded only when it runs.
import type { Command } from 'commander';
import { agentOption, type Commander } from '../../cli/options.js';
import { run } from '../../cli/run.js';

export function secretsCommand(program: Command, commander: Commander): void {
  const secrets = program.command('secrets').description('secrets kept in the OS keychain');
  secrets
    .command('resolve')
    .description("OpenClaw's exec secret-provider protocol: JSON request on stdin, values on stdout (run by OpenClaw)")
    .action(() => run(async (ctx) => (await import('./resolve.js')).secretsResolve(ctx)));
  secrets
    .command('migrate')
    .description('move the secrets of token and API-key profiles into the keychain, or back into the file')
    .requiredOption('--to <where>', 'keychain or file')
    .addOption(agentOption(commander))
    .action((flags: { to: string; agent?: string }) => run(async (ctx) => (await import('./migrate.js')).secretsMigrate(ctx, flags)));
}
