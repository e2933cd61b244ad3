// `openclaw-auth onboard --non-interactive`: the wizard's result from flags, for scripts and
// provisioning. Secrets come from stdin (--secret-stdin) or a named environment variable
// (--secret-env VAR); OpenClaw's own --token / --anthropic-api-key are accepted too, with a warning,
// since the command line is visible to every user of the machine.
import type { Context } from '../context.js';
import { parseExpiresIn } from '../duration.js';
import { CliError, UsageError } from '../errors.js';
import { println } from '../io/print.js';
import { readAllStdin } from '../io/read-stdin.js';
import { readSecretFromEnv } from '../io/read-secret.js';
import { checkProviderId, findProvider, type CredentialKind } from '../providers.js';
import { maskSecret } from '../secrets/mask.js';
import { validateSecret } from '../secrets/validate.js';
import { locateAgentStore } from '../store/agent-store.js';
import { parseStorageKind } from '../store/credential-types.js';
import { saveFromCommand } from '../commands/models/auth/store-pasted-secret.js';
import { reportSaved } from '../commands/models/auth/report-saved.js';
import { defaultExpiry, onboardProfileId } from '../auth-store/credential-plan.js';
import { canVerify, describeOutcome, outcomeNotice, verifyApiKey } from './verify-credential.js';

export interface NonInteractiveOptions {
  authChoice?: string;
  provider?: string;
  tokenProvider?: string;
  tokenProfileId?: string;
  tokenExpiresIn?: string;
  storage?: string;
  secretStdin?: boolean;
  secretEnv?: string;
  token?: string;
  anthropicApiKey?: string;
  json?: boolean;
  verify?: boolean;
  baseUrl?: string;
  agent?: string;
  claudeBin?: string;
  allowUnknownFormat?: boolean;
  customProvider?: boolean;
  /** Make Anthropic's default model OpenClaw's when the current default's provider has no credentials. */
  setDefault?: boolean;
  /** Store on the gateway host over ssh (ssh://[user@]host[:port]) instead of here. */
  to?: string;
  saveRemote?: boolean;
  restartGateway?: boolean;
}

const CHOICES: Record<string, CredentialKind | 'setup-token'> = { apiKey: 'api_key', token: 'token', 'setup-token': 'setup-token' };

async function readSecretFromFlags(ctx: Context, options: NonInteractiveOptions): Promise<string> {
  const argvSecret = options.token ?? options.anthropicApiKey;
  if (argvSecret !== undefined) {
    const flag = options.token !== undefined ? '--token' : '--anthropic-api-key';
    println(ctx.stderr, `! ${flag} puts the secret on the command line, where other users can see it (ps, /proc). Prefer --secret-stdin or --secret-env VAR.`);
    return argvSecret;
  }
  if (options.secretEnv) return readSecretFromEnv(ctx, options.secretEnv);
  return readAllStdin(ctx.stdin);
}

export async function onboardNonInteractive(ctx: Context, options: NonInteractiveOptions): Promise<number> {
  const hasSecretSource = options.secretStdin || options.secretEnv || options.token !== undefined || options.anthropicApiKey !== undefined;
  const missing: string[] = [];
  if (!options.authChoice) missing.push('--auth-choice apiKey|token|setup-token');
  if (options.authChoice !== 'setup-token' && !hasSecretSource) missing.push('--secret-stdin or --secret-env <VAR>');
  if (missing.length) throw new UsageError(`--non-interactive needs ${missing.join(' and ')}`, { hint: 'printf %s "$KEY" | openclaw-auth onboard --non-interactive --auth-choice apiKey --provider anthropic --secret-stdin' });
  const choice = CHOICES[options.authChoice ?? ''];
  if (!choice) throw new UsageError(`invalid --auth-choice ${options.authChoice}: use apiKey, token or setup-token`);
  const provider = checkProviderId(options.provider ?? options.tokenProvider ?? 'anthropic', { custom: options.customProvider ?? false });
  const storage = parseStorageKind(options.storage);
  const profileId = onboardProfileId(provider, options.tokenProfileId);

  if (choice === 'setup-token') {
    // Signing in needs a browser and a person: the PTY flow, when there is a terminal for it.
    const { setupToken } = await import('../commands/models/auth/setup-token.js');
    return setupToken(ctx, {
      provider,
      profileId,
      yes: true,
      ...(options.claudeBin ? { claudeBin: options.claudeBin } : {}),
      ...(options.storage ? { storage: options.storage } : {}),
      ...(options.agent ? { agent: options.agent } : {}),
      ...(options.setDefault ? { setDefault: true } : {}),
      ...remoteFlags(options),
    });
  }

  const kind = choice;
  const expiresInMs = options.tokenExpiresIn ? parseExpiresIn(options.tokenExpiresIn, '--token-expires-in') : undefined;
  if (kind === 'api_key' && expiresInMs !== undefined) throw new UsageError('--token-expires-in applies to tokens; API keys do not expire');
  // The gateway host, checked before the secret is read: --to (or the saved host) is where it goes.
  const { resolveRemote, deliverAndReport } = await import('../commands/models/auth/remote-delivery.js');
  const remote = await resolveRemote(ctx, remoteFlags(options), options.secretEnv);
  if (remote && options.storage === 'env') throw new UsageError('--storage env with --to: put the key in ~/.openclaw/.env on that host with openclaw-auth there');
  if (remote && options.json) throw new UsageError('--json with --to: the host answers in its own words; leave out --json');
  const target = await locateAgentStore(ctx, options.agent);
  const validated = validateSecret(await readSecretFromFlags(ctx, options), findProvider(provider), kind, { allowUnknownFormat: options.allowUnknownFormat ?? false });
  if (validated.warning) println(ctx.stderr, validated.warning);
  const secret = validated.value;

  if (kind === 'api_key' && options.verify !== false && canVerify(provider)) {
    const outcome = await verifyApiKey(provider, secret, { env: ctx.env, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) });
    if (outcome.kind === 'invalid' || outcome.kind === 'claude-code-only') {
      throw new CliError(outcomeNotice(outcome).text, { hint: outcome.kind === 'claude-code-only' ? 'store it with --auth-choice token' : 'check the key, or pass --no-verify to store it unchecked' });
    }
    if (outcome.kind !== 'valid') println(ctx.stderr, `${describeOutcome(outcome)}; storing it unchecked`);
  }

  const expires = defaultExpiry(provider, kind, ctx.now(), expiresInMs);
  if (remote) {
    return deliverAndReport(
      ctx,
      remote,
      { kind, provider, profileId, secret, ...(expires !== undefined ? { expires } : {}), ...(options.agent ? { agent: options.agent } : {}), ...(options.storage ? { storage: options.storage } : {}), yes: true },
      remoteFlags(options),
    );
  }
  const saved = await saveFromCommand(ctx, target, { profileId, provider, kind, secret, expires, storage });
  if (!options.json) reportSaved(ctx, saved, { provider, kind, secret, expires });
  const { offerDefaultModel } = await import('./default-model.js');
  const model = await offerDefaultModel(ctx, { agent: options.agent, provider, setDefault: options.setDefault, quiet: options.json === true });
  if (options.json) {
    println(
      ctx.stdout,
      JSON.stringify({ profileId: saved.profileId ?? null, provider, kind, storage: saved.storage, location: saved.location, secret: maskSecret(secret), expires: expires ?? null, ...(saved.envVar ? { envVar: saved.envVar } : {}), ...(model ? { defaultModel: model.defaultModel, defaultModelSet: model.set } : {}) }, null, 2),
    );
  }
  return 0;
}

/** --to and what goes with it, as the remote delivery takes them. */
function remoteFlags(options: NonInteractiveOptions): { to?: string; saveRemote?: boolean; restartGateway?: boolean; storage?: string } {
  return {
    ...(options.to !== undefined ? { to: options.to } : {}),
    ...(options.saveRemote ? { saveRemote: true } : {}),
    ...(options.restartGateway ? { restartGateway: true } : {}),
    ...(options.storage ? { storage: options.storage } : {}),
  };
}
