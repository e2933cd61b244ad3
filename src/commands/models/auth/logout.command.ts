// `models auth logout <profileId>`: its flags; the handler (logout.ts) is loaded only when it runs.
import type { Command } from 'commander';
import { agentOption, type Commander } from '../../../cli/options.js';
import { run } from '../../../cli/run.js';

export function logoutCommand(auth: Command, commander: Commander): void {
  auth
    .command('logout')
    .description('remove an auth profile, its config entry and its keychain entry')
    .argument('<profileId>', 'profile to remove, e.g. anthropic:work')
    .option('--yes', 'do not ask for confirmation')
    .addOption(agentOption(commander))
    .action((profileId: string, flags: { yes?: boolean; agent?: string }) => run(async (ctx) => (await import('./logout.js')).logout(ctx, { ...flags, profileId })));
}
