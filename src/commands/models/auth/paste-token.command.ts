// `models auth paste-token`: its flags; the handler (paste-token.ts) is loaded only when it runs.
import type { Command } from 'commander';
import { agentOption, deliveryOptions, providerOption, storageOption, type Commander, type PasteFlags } from '../../../cli/options.js';
import { run } from '../../../cli/run.js';

export function pasteTokenCommand(auth: Command, commander: Commander): void {
  deliveryOptions(
    auth
      .command('paste-token')
      .description('store a token (hidden prompt on a terminal, or piped on stdin)')
      .addOption(providerOption(commander))
      .option('--profile-id <id>', 'profile id (default: <provider>:manual)')
      .option('--expires-in <duration>', 'expiry, e.g. 365d, 12h (default for setup-tokens: 365d)')
      .addOption(storageOption(commander, 'keychain|file'))
      .option('--secret-env <VAR>', "read the token from this environment variable (the shell's, else <state>/.env) instead of stdin")
      .option('--yes', 'replace an existing profile without asking')
      .option('--allow-unknown-format', 'store a token that does not have the known shape (length, ending), with a warning')
      .option('--custom-provider', 'take a provider id openclaw-auth does not know (no format check)'),
  )
    .addOption(agentOption(commander))
    .addHelpText('after', '\nExamples:\n  openclaw-auth models auth paste-token --provider anthropic\n  pbpaste | openclaw-auth models auth paste-token --provider anthropic --profile-id anthropic:work')
    .action((flags: PasteFlags) => run(async (ctx) => (await import('./paste-token.js')).pasteToken(ctx, flags)));
}
