// `onboard`: the wizard's flags and the non-interactive ones; the handler (onboard.ts) is loaded only when it runs.
import type { Command } from 'commander';
import { agentOption, storageOption, type Commander } from '../cli/options.js';
import { run } from '../cli/run.js';

export function onboardCommand(program: Command, commander: Commander): void {
  program
    .command('onboard')
    .description('a wizard that gets you a working credential (API key, setup-token or pasted token), or renews one')
    .option('--reauth [profileId]', 'renew a token in place (default: the first one that is expiring or expired)')
    .option('--to <ssh://host>', 'store on the gateway host, signing in here: offered first in the wizard; with --reauth <id>, renews it there')
    .option('--save-remote', 'with --to: remember the host for this state dir')
    .option('--restart-gateway', 'after storing on the gateway host: run openclaw gateway restart there')
    .option('--non-interactive', 'no prompts: take everything from flags (for scripts)')
    .option('--auth-choice <choice>', 'non-interactive: apiKey, token or setup-token')
    .option('--provider <id>', 'non-interactive: provider (default anthropic)')
    .option('--token-provider <id>', "alias of --provider (OpenClaw's flag)")
    .option('--token-profile-id <id>', 'profile id (default <provider>:default)')
    .option('--token-expires-in <duration>', 'token expiry (default for setup-tokens: 365d)')
    .addOption(storageOption(commander, 'keychain|file|env'))
    .option('--secret-stdin', 'non-interactive: read the secret from stdin')
    .option('--secret-env <VAR>', 'non-interactive: read the secret from this environment variable')
    .option('--token <token>', 'accepted for OpenClaw compatibility; visible to other users, prefer --secret-stdin')
    .option('--anthropic-api-key <key>', 'accepted for OpenClaw compatibility; visible to other users, prefer --secret-stdin')
    .option('--no-verify', 'do not check an API key with the provider before storing it')
    .option('--allow-unknown-format', 'store a secret that does not have the known shape (length, ending), with a warning')
    .option('--custom-provider', 'non-interactive: take a provider id openclaw-auth does not know')
    .option('--base-url <url>', 'provider API base URL for the check (default: ANTHROPIC_BASE_URL or the public API)')
    .option('--claude-bin <path>', 'the Claude Code CLI for setup-token (default: claude on PATH)')
    .option('--json', 'non-interactive: print the result as JSON')
    .option('--set-default', "make the provider's default model OpenClaw's default when the current default's provider has no credentials (Anthropic)")
    .addOption(agentOption(commander))
    .addHelpText(
      'after',
      '\nExamples:\n  openclaw-auth onboard\n  openclaw-auth onboard --reauth anthropic:manual\n  openclaw-auth onboard --to ssh://pi@gateway.local\n  printf %s "$ANTHROPIC_API_KEY" | openclaw-auth onboard --non-interactive --auth-choice apiKey --provider anthropic --secret-stdin --storage env',
    )
    .action((flags: Record<string, unknown>) => run(async (ctx) => (await import('./onboard.js')).onboard(ctx, flags)));
}
