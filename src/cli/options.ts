// Options several commands take, in the same words everywhere; each command declares the rest
// beside its handler (src/commands/**/*.command.ts). commander is handed in, never imported here:
// the status fast path must not load it.
import type { Command, Option } from 'commander';

export type Commander = typeof import('commander');

export const agentOption = ({ Option }: Commander): Option => new Option('--agent <id>', 'agent id (default: main)');

export const providerOption = ({ Option }: Commander): Option => new Option('--provider <name>', 'provider id, e.g. anthropic').makeOptionMandatory();

export const storageOption = ({ Option }: Commander, kinds: string): Option => new Option('--storage <where>', `where the secret goes: ${kinds} (default: keychain when available, else file)`);

/**
 * What every command that stores one credential takes besides its own flags, in the same words:
 * where it goes (--to and its companions) and the default-model offer.
 */
export function deliveryOptions(command: Command): Command {
  return command
    .option('--to <ssh://host>', 'deliver it to the gateway host over your ssh (ssh://[user@]host[:port]; OPENCLAW_AUTH_SSH_COMMAND replaces ssh)')
    .option('--save-remote', 'remember --to for this state dir (--to local stores here again)')
    .option('--restart-gateway', 'with --to: run openclaw gateway restart there afterwards')
    .option('--set-default', "make the provider's default model OpenClaw's default when the current default's provider has no credentials (Anthropic)");
}

/** The flags of paste-token and paste-api-key. */
export interface PasteFlags {
  provider: string;
  profileId?: string;
  expiresIn?: string;
  storage?: string;
  secretEnv?: string;
  agent?: string;
  yes?: boolean;
  allowUnknownFormat?: boolean;
  customProvider?: boolean;
  to?: string;
  saveRemote?: boolean;
  restartGateway?: boolean;
  setDefault?: boolean;
}
