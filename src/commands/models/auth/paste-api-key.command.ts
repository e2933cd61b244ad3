// `models auth paste-api-key`: its flags; the handler (paste-api-key.ts) is loaded only when it runs.
import type { Command } from 'commander';
import { agentOption, deliveryOptions, providerOption, storageOption, type Commander, type PasteFlags } from '../../../cli/options.js';
import { run } from '../../../cli/run.js';

export function pasteApiKeyCommand(auth: Command, commander: Commander): void {
  deliveryOptions(
    auth
      .command('paste-api-key')
      .description('store an API key (hidden prompt on a terminal, or piped on stdin)')
      .addOption(providerOption(commander))
      .option('--profile-id <id>', 'profile id (default: <provider>:default)')
      .addOption(storageOption(commander, 'keychain|file|env (env: <state>/.env, which a daemon reads)'))
      .option('--secret-env <VAR>', "read the key from this environment variable (the shell's, else <state>/.env) instead of stdin")
      .option('--yes', 'replace an existing profile without asking')
      .option('--allow-unknown-format', 'store a key that does not have the known shape (length, ending), with a warning')
      .option('--custom-provider', 'take a provider id openclaw-auth does not know (no format check)'),
  )
    .addOption(agentOption(commander))
    .action((flags: PasteFlags) => run(async (ctx) => (await import('./paste-api-key.js')).pasteApiKey(ctx, flags)));
}
