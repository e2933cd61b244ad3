// The flow shared by `paste-token` and `paste-api-key`: check flags before reading anything, read
// the secret (hidden prompt, stdin or a named env var; never argv), validate it, store it, report.
import { defaultExpiry } from '../../../auth-store/credential-plan.js';
import { authStoreFor } from '../../../auth-store/auth-store.js';
import type { Context } from '../../../context.js';
import { parseExpiresIn } from '../../../duration.js';
import { UsageError } from '../../../errors.js';
import { println } from '../../../io/print.js';
import { readSecret } from '../../../io/read-secret.js';
import { checkProviderId, findProvider, tokenFormatFor, type CredentialKind } from '../../../providers.js';
import { validateSecret } from '../../../secrets/validate.js';
import { credentialTarget, locateAgentStore, type AgentStore } from '../../../store/agent-store.js';
import { listProfiles, profileEntry, readAuthStore } from '../../../store/auth-profiles.js';
import { loadStatusView } from '../../../status/load-status.js';
import { confirmOrRequireYes } from '../../../io/confirm.js';
import { parseStorageKind, saveCredential, type SavedCredential, type StorageKind } from '../../../auth-store/save-credential.js';
import { reportSaved } from './report-saved.js';
import { deliverAndReport, resolveRemote } from './remote-delivery.js';

export interface PasteOptions {
  provider: string;
  profileId?: string;
  expiresIn?: string;
  agent?: string;
  storage?: string;
  /** Read the secret from this environment variable instead of stdin or a prompt. */
  secretEnv?: string;
  /** Replace an existing profile without asking. */
  yes?: boolean;
  /** Take a provider id openclaw-auth does not know (no format check). */
  customProvider?: boolean;
  /** Store a value of the right prefix but an unknown length or ending, with a warning. */
  allowUnknownFormat?: boolean;
  /** Deliver to the gateway host (ssh://[user@]host[:port]) instead of storing here. */
  to?: string;
  saveRemote?: boolean;
  restartGateway?: boolean;
  /** Make Anthropic's default model OpenClaw's when the current default's provider has no credentials. */
  setDefault?: boolean;
}

/**
 * Whether the agent already has this profile (auth-profiles.json, or OpenClaw 2026.6+'s store where
 * Node can read it); if so, ask before replacing it (a terminal) or require --yes (elsewhere).
 */
export async function confirmReplace(ctx: Context, target: AgentStore, agent: string | undefined, profileId: string, yes: boolean | undefined): Promise<boolean> {
  const store = authStoreFor(ctx, target, agent);
  const database = store.databaseOnDisk;
  // A store we could not write anyway is the first thing to say, not a question about replacing.
  if (database) store.openclaw();
  const raw = database ? (await loadStatusView(ctx, agent)).store : (await readAuthStore(target.storePath)).raw;
  if (!profileEntry(raw, profileId)) return false;
  await confirmOrRequireYes(ctx, `Replace the existing auth profile ${profileId}?`, yes, `${profileId} exists already: add --yes to replace it (nothing changed)`);
  return true;
}

// OpenClaw takes any trimmed id (`anthropic:İş`, `anthropic:काम`); ours adds only the shape
// <provider>:<name> and no spaces, quotes, slashes or control characters, which make an id
// awkward in a shell and in file names. Letters and digits of any script, with their marks.
const PROFILE_ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}._@+-]*:[\p{L}\p{M}\p{N}._@+-]+$/u;

export function checkProfileId(id: string): string {
  const trimmed = id.trim();
  if (!PROFILE_ID_PATTERN.test(trimmed)) {
    throw new UsageError(`invalid profile id "${id}": use <provider>:<name>, with letters (any script), digits and . _ @ + - in the name, e.g. anthropic:work`);
  }
  return trimmed;
}

/** Store a credential for a command: warnings go to stderr as they happen. */
export function saveFromCommand(
  ctx: Context,
  target: AgentStore,
  what: { profileId: string; provider: string; kind: CredentialKind; secret: string; expires: number | undefined; storage: StorageKind | undefined },
): Promise<SavedCredential> {
  return saveCredential({
    ...credentialTarget(ctx, target, what.profileId, what.provider),
    kind: what.kind,
    secret: what.secret,
    ...(what.expires !== undefined ? { expires: what.expires } : {}),
    ...(what.storage ? { storage: what.storage } : {}),
    warn: (line) => println(ctx.stderr, line),
    progress: (line) => println(ctx.stderr, line),
  }, authStoreFor(ctx, target));
}

export async function storePastedSecret(ctx: Context, kind: CredentialKind, options: PasteOptions, defaults: { profileName: string }): Promise<number> {
  const provider = checkProviderId(options.provider, { custom: options.customProvider ?? false });
  const info = findProvider(provider);
  const storage = parseStorageKind(options.storage);
  const profileId = checkProfileId(options.profileId ?? `${provider}:${defaults.profileName}`);
  if (kind === 'api_key' && options.expiresIn) throw new UsageError('--expires-in applies to tokens; API keys do not expire');
  const expiresInMs = options.expiresIn === undefined ? undefined : parseExpiresIn(options.expiresIn);
  // The host is checked before the secret is asked for: a paste into an unreachable host is wasted.
  const remote = await resolveRemote(ctx, options, options.secretEnv);
  if (remote && storage === 'env') throw new UsageError('--storage env with --to: put the key in ~/.openclaw/.env on that host with openclaw-auth there');
  const target = await locateAgentStore(ctx, options.agent);

  if (!info) println(ctx.stderr, `! no format check for provider "${provider}": storing the secret as given`);
  const label = info ? (kind === 'token' ? tokenFormatFor(info).label : info.apiKey.label) : `${provider} ${kind === 'token' ? 'token' : 'API key'}`;
  const formatOptions = { allowUnknownFormat: options.allowUnknownFormat ?? false };
  const raw = await readSecret(ctx, {
    message: `Paste ${label}`,
    check: (value) => validateSecret(value, info, kind, formatOptions),
    ...(options.secretEnv ? { fromEnv: options.secretEnv } : {}),
  });
  const { value: secret, warning } = validateSecret(raw, info, kind, formatOptions);
  if (warning) println(ctx.stderr, warning);
  const expires = defaultExpiry(provider, kind, ctx.now(), expiresInMs);
  if (remote) {
    return deliverAndReport(ctx, remote, { kind, provider, profileId, secret, ...(expires !== undefined ? { expires } : {}), ...(options.agent ? { agent: options.agent } : {}), ...(options.storage ? { storage: options.storage } : {}), ...(options.yes ? { yes: true } : {}) }, options);
  }
  // .env storage makes no profile, so it replaces none.
  const replaced = storage !== 'env' && (await confirmReplace(ctx, target, options.agent, profileId, options.yes));

  const saved = await saveFromCommand(ctx, target, { profileId, provider, kind, secret, expires, storage });

  reportSaved(ctx, saved, { provider, kind, secret, expires, replaced });
  // Asked only where the secret was typed at a prompt: a pipe or a variable is a script.
  const { offerDefaultModel } = await import('../../../onboard/default-model.js');
  await offerDefaultModel(ctx, { agent: options.agent, provider, setDefault: options.setDefault, ask: ctx.stdin.isTTY === true && !options.secretEnv });
  if (saved.storage === 'env') {
    // OpenClaw uses stored profiles before env keys: say so if there are any for this provider.
    const shadowing = listProfiles((await readAuthStore(target.storePath)).raw).filter((profile) => profile.provider === provider);
    if (shadowing.length) {
      println(ctx.stderr, `! ${provider} also has stored profiles (${shadowing.map((profile) => profile.id).join(', ')}); OpenClaw tries those before ${saved.envVar}.`);
    }
  }
  return 0;
}
