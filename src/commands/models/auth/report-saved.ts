import type { Context } from '../../../context.js';
import { println } from '../../../io/print.js';
import type { CredentialKind } from '../../../providers.js';
import { maskSecret } from '../../../secrets/mask.js';
import type { SavedCredential } from '../../../store/save-credential.js';

/** What every command that stores a credential prints: OpenClaw's two lines, then ours. */
export function reportSaved(ctx: Context, saved: SavedCredential, what: { provider: string; kind: CredentialKind; secret: string; expires?: number | undefined }): void {
  if (saved.profileId) {
    println(ctx.stdout, `Updated ${ctx.show(ctx.paths.configPath)}`);
    println(ctx.stdout, `Auth profile: ${saved.profileId} (${what.provider}/${what.kind})`);
  }
  const expiry = what.expires === undefined ? '' : ` (expires ${new Date(what.expires).toISOString().slice(0, 10)})`;
  println(ctx.stdout, `✓ Stored ${maskSecret(what.secret)} in ${saved.location}${expiry}`);
}
