// `openclaw-auth models auth paste-token --provider <id> [--profile-id <id>] [--expires-in <dur>]
// [--storage keychain|file]`. Unlike OpenClaw 2026.3's, it checks the token's format and kind before
// writing, never echoes it, and never exits 0 without having stored something.
import type { Context } from '../../../context.js';
import { storePastedSecret, type PasteOptions } from './store-pasted-secret.js';

export function pasteToken(ctx: Context, options: PasteOptions): Promise<number> {
  return storePastedSecret(ctx, 'token', options, { profileName: 'manual' });
}
