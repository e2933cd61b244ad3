import type { Context } from '../../../context.js';
import { println } from '../../../io/print.js';
import type { CredentialKind } from '../../../providers.js';
import { maskSecret } from '../../../secrets/mask.js';
import { DAY_MS } from '../../../duration.js';
import { formatWhen } from '../../../locale.js';
import type { Env } from '../../../paths.js';
import type { SavedCredential } from '../../../store/credential-types.js';

/** What every command that stores a credential prints: OpenClaw's two lines, then ours. */
export function reportSaved(ctx: Context, saved: SavedCredential, what: { provider: string; kind: CredentialKind; secret: string; expires?: number | undefined; replaced?: boolean }): void {
  if (saved.profileId) {
    println(ctx.stdout, `Updated ${ctx.show(ctx.paths.configPath)}`);
    println(ctx.stdout, `Auth profile: ${saved.profileId} (${what.provider}/${what.kind})`);
  }
  const expiry = what.expires === undefined ? '' : ` (expires ${formatExpiry(what.expires, ctx.now(), { env: ctx.env, terminal: ctx.stdout.isTTY === true })})`;
  const verb = what.replaced && saved.profileId ? `Replaced ${saved.profileId}: stored` : 'Stored';
  println(ctx.stdout, `✓ ${verb} ${maskSecret(what.secret)} in ${saved.location}${expiry}`);
}

/**
 * A date; with the time when it is less than two days away, where the day alone says too little.
 * In the user's locale on a terminal, ISO (UTC) otherwise (src/locale.ts).
 */
export function formatExpiry(expires: number, now: number, where: { env: Env; terminal: boolean } = { env: {}, terminal: false }): string {
  return formatWhen(expires, { ...where, withTime: expires - now < 2 * DAY_MS });
}
