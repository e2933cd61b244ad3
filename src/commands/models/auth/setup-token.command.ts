// `models auth setup-token`: its flags; the handler (setup-token.ts) is loaded only when it runs.
import type { Command } from 'commander';
import { agentOption, deliveryOptions, storageOption, type Commander } from '../../../cli/options.js';
import { run } from '../../../cli/run.js';
import type { SetupTokenOptions } from './setup-token.js';

export function setupTokenCommand(auth: Command, commander: Commander): void {
  deliveryOptions(
    auth
      .command('setup-token')
      .description('run `claude setup-token` in a terminal you use, capture the token it prints, store it (TTY required)')
      .option('--provider <name>', 'provider (only anthropic)', 'anthropic')
      .option('--profile-id <id>', 'profile id (default: anthropic:manual)')
      .option('--yes', 'replace an existing profile without asking')
      .option('--claude-bin <path>', 'the Claude Code CLI to run (default: claude on PATH)')
      .option('--timeout <duration>', 'give up without a token after this long (default: 15m)'),
  )
    .addOption(storageOption(commander, 'keychain|file'))
    .addOption(agentOption(commander))
    .action((flags: SetupTokenOptions) => run(async (ctx) => (await import('./setup-token.js')).setupToken(ctx, flags)));
}
