// `openclaw-auth models auth paste-token --provider <id> [--profile-id <id>] [--expires-in <dur>]`.
// Unlike OpenClaw's, it checks the token's format and kind before writing, reads piped stdin
// without echoing it, and never exits 0 without having stored something.
import type { Context } from '../../../context.js';
import { parseDuration } from '../../../duration.js';
import { UsageError } from '../../../errors.js';
import { println } from '../../../io/print.js';
import { readSecret } from '../../../io/read-secret.js';
import { findProvider, normalizeProviderId } from '../../../providers.js';
import { maskSecret } from '../../../secrets/mask.js';
import { validateSecret } from '../../../secrets/validate.js';
import { locateAgentStore } from '../../../store/agent-store.js';
import { storeTokenProfile } from '../../../store/save-profile.js';

export interface PasteTokenOptions {
  provider: string;
  profileId?: string;
  expiresIn?: string;
  agent?: string;
  /** Read the token from this environment variable instead of stdin or a prompt. */
  secretEnv?: string;
}

const SETUP_TOKEN_LIFETIME = '365d';
const PROFILE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@+-]*:[A-Za-z0-9._@+-]+$/;

export function defaultProfileId(provider: string): string {
  return `${provider}:manual`;
}

export function checkProfileId(id: string): string {
  const trimmed = id.trim();
  if (!PROFILE_ID_PATTERN.test(trimmed)) {
    throw new UsageError(`invalid profile id "${id}": use <provider>:<name>, e.g. anthropic:work`);
  }
  return trimmed;
}

export async function pasteToken(ctx: Context, options: PasteTokenOptions): Promise<number> {
  const provider = normalizeProviderId(options.provider);
  if (!provider) throw new UsageError('--provider needs a provider id, e.g. --provider anthropic');
  const info = findProvider(provider);
  const profileId = checkProfileId(options.profileId ?? defaultProfileId(provider));
  // A setup-token lives a year; OpenClaw calls a token without `expires` static and never warns.
  const expiresIn = options.expiresIn ?? (info?.token ? SETUP_TOKEN_LIFETIME : undefined);
  const expiresInMs = expiresIn === undefined ? undefined : parseDuration(expiresIn);
  const target = await locateAgentStore(ctx, options.agent);

  if (!info) println(ctx.stderr, `! no format check for provider "${provider}": storing the token as given`);
  const raw = await readSecret(ctx, {
    message: `Paste ${info?.token?.label ?? `${provider} token`} (input hidden)`,
    check: (value) => validateSecret(value, info, 'token'),
    ...(options.secretEnv ? { fromEnv: options.secretEnv } : {}),
  });
  const { value: token } = validateSecret(raw, info, 'token');
  const expires = expiresInMs === undefined ? undefined : ctx.now() + expiresInMs;

  await storeTokenProfile({ storePath: target.storePath, configPath: ctx.paths.configPath, profileId, provider, token, expires });

  println(ctx.stdout, `Updated ${ctx.show(ctx.paths.configPath)}`);
  println(ctx.stdout, `Auth profile: ${profileId} (${provider}/token)`);
  const expiry = expires === undefined ? 'no expiry' : `expires ${new Date(expires).toISOString().slice(0, 10)}`;
  println(ctx.stdout, `✓ Stored ${maskSecret(token)} in ${ctx.show(target.storePath)} (${expiry})`);
  return 0;
}
