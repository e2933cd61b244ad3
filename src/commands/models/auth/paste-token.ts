// `openclaw-auth models auth paste-token --provider <id> [--profile-id <id>] [--expires-in <dur>]
// [--storage keychain|file]`. Unlike OpenClaw 2026.3's, it checks the token's format and kind before
// writing, never echoes it, and never exits 0 without having stored something.
import type { Context } from '../../../context.js';
import { findProvider } from '../../../providers.js';
import { storePastedSecret, type PasteOptions } from './store-pasted-secret.js';

/** A setup-token lives a year; OpenClaw calls a token without `expires` static and never warns. */
const SETUP_TOKEN_LIFETIME = '365d';

export function pasteToken(ctx: Context, options: PasteOptions): Promise<number> {
  const hasTokenFormat = findProvider(options.provider)?.token !== undefined;
  return storePastedSecret(ctx, 'token', options, { profileName: 'manual', ...(hasTokenFormat ? { expiresIn: SETUP_TOKEN_LIFETIME } : {}) });
}
