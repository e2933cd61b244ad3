// `openclaw-auth models auth paste-api-key --provider <id> [--profile-id <id>] [--storage keychain|file|env]`
// (OpenClaw 2026.6+'s command). `--storage env` puts it in <state>/.env for a daemon instead of a profile.
import type { Context } from '../../../context.js';
import { storePastedSecret, type PasteOptions } from './store-pasted-secret.js';

export function pasteApiKey(ctx: Context, options: PasteOptions): Promise<number> {
  return storePastedSecret(ctx, 'api_key', options, { profileName: 'default' });
}
