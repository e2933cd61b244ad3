// What `doctor` checks, as data: each check has a level (✓ ok, ! warn, ✗ fail), one line of why,
// the command that fixes it, and — for the safe ones — a fix doctor can apply itself.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../context.js';
import { CorruptFileError, FileAccessError, InvalidSecretError } from '../errors.js';
import { formatRemainingShort } from '../duration.js';
import { ourPluginState, pluginDir } from '../openclaw/plugin-state.js';
import { isAccountOf, isKeychainRef, keychainAccount, resolverLauncherPath } from '../secrets/exec-provider.js';
import { staleTempFiles } from '../fs/secure-write.js';
import { probeKeychain } from '../secrets/keychain-probe.js';
import { findClaude } from '../setup-token/find-claude.js';
import { locateAgentStore } from '../store/agent-store.js';
import { listProfiles, readAuthStore, readOrder, secretRef, storedSecret, type AuthProfile } from '../store/auth-profiles.js';
import { readConfig } from '../store/config.js';
import { readDotenv } from '../store/dotenv-file.js';
import { findProvider, knownProviderIds } from '../providers.js';
import { validateSecret } from '../secrets/validate.js';
import { resolveProviderEnvKey, type EnvKey } from '../status/env-keys.js';
import { loadStatusView } from '../status/load-status.js';
import type { AuthStatus } from '../status/build-status.js';
import { describeClaudeLogin } from '../status/claude-login.js';
import { findOpenclaw } from '../openclaw/openclaw-cli.js';
import { openclawVersion, usesSqliteStore } from '../openclaw/openclaw-version.js';
import { renewCommand, UNLOCK_ADVICE } from '../status/render-text.js';
import { anthropicDefaultModelFor } from '../openclaw/anthropic-default-model.js';

export type CheckLevel = 'ok' | 'warn' | 'fail';

export type AutoFix =
  | { kind: 'chmod'; path: string; mode: number }
  | { kind: 'move-aside'; path: string }
  | { kind: 'drop-order-entries'; storePath: string; provider: string; keep: string[] }
  | { kind: 'remove-temp-files'; paths: string[] }
  | { kind: 'env-token-to-profile'; envVar: string; profileId: string; dotenvShown: string; agent?: string }
  | { kind: 'remove-keychain-entries'; accounts: string[]; agent?: string };

export interface Check {
  id: string;
  level: CheckLevel;
  title: string;
  why?: string;
  fix?: string;
  autoFix?: AutoFix;
}

/**
 * OpenClaw 2026.6+'s own `models status --check` confirms no exec ref (its read-only check resolves
 * env refs only): a keychain profile is "[indeterminate] Auth readiness could not be confirmed" there
 * and its --check exits 1, while the gateway resolves the ref when it runs. Said, with the choice.
 */
function keychainRefsOpenclawCannotConfirm(profiles: AuthProfile[]): Check[] {
  return profiles
    .filter((profile) => isKeychainRef(secretRef(profile)))
    .map((profile) => ({
      id: `openclaw-indeterminate:${profile.id}`,
      level: 'warn' as const,
      title: `${profile.id} is in the OS keychain: OpenClaw's own models status --check calls it indeterminate`,
      why: "OpenClaw 2026.6+ confirms no exec SecretRef in its status (only env refs), so its --check exits 1 for good; the gateway still reads it through openclaw-auth, and openclaw-auth models status --check confirms it.",
      fix: `keep it and check with openclaw-auth models status --check, or move it into OpenClaw's store: openclaw-auth onboard --reauth ${profile.id} (choose "OpenClaw's auth store")`,
    }));
}

/**
 * A stored setup-token that is not a whole one (OpenClaw 2026.3's own paste-token kept 79 characters
 * of a bracketed paste with a line break in it): it will be refused, whatever its expiry says.
 */
function wrongShapeTokens(profiles: AuthProfile[]): Check[] {
  const anthropic = findProvider('anthropic');
  return profiles.flatMap((profile) => {
    const secret = profile.type === 'token' && profile.provider === 'anthropic' ? storedSecret(profile) : undefined;
    if (!secret) return [];
    try {
      validateSecret(secret, anthropic, 'token');
      return [];
    } catch (error) {
      if (!(error instanceof InvalidSecretError)) throw error;
      return [{ id: `wrong-shape:${profile.id}`, level: 'fail' as const, title: `${profile.id} holds a setup-token of the wrong shape`, why: `${error.message.replace(/;.*$/, '')}: Anthropic will refuse it.`, fix: renewCommand({ profileId: profile.id, provider: profile.provider, type: 'token' }) }];
    }
  });
}

function permissionChecks(ctx: Context, paths: { path: string; mode: number; what: string }[]): Check[] {
  const checks: Check[] = [];
  for (const { path, mode, what } of paths) {
    if (!existsSync(path)) continue;
    const actual = statSync(path).mode & 0o777;
    const tooOpen = actual & 0o077 & ~(mode & 0o077);
    if (!tooOpen) continue;
    checks.push({
      id: `permissions:${path}`,
      level: 'fail',
      title: `${ctx.show(path)} is ${(actual & 0o044) ? 'readable' : 'writable'} by other users (mode ${actual.toString(8)})`,
      why: `${what} should be ${mode.toString(8)}.`,
      fix: `chmod ${mode.toString(8)} ${ctx.show(path)}`,
      autoFix: { kind: 'chmod', path, mode },
    });
  }
  return checks;
}

export async function runChecks(ctx: Context, agent: string | undefined): Promise<Check[]> {
  const checks: Check[] = [];
  const target = await locateAgentStore(ctx, agent).catch((error: unknown) => error as Error);
  const storePath = target instanceof Error ? undefined : target.storePath;

  const permissions = permissionChecks(ctx, [
    { path: ctx.paths.stateDir, mode: 0o700, what: 'The state directory' },
    ...(target instanceof Error ? [] : [{ path: target.agentDir, mode: 0o700, what: 'The agent directory' }]),
    { path: ctx.paths.configPath, mode: 0o600, what: 'openclaw.json' },
    ...(storePath ? [{ path: storePath, mode: 0o600, what: 'auth-profiles.json holds secrets and' }] : []),
    { path: ctx.paths.dotenvPath, mode: 0o600, what: '.env holds API keys and' },
    { path: resolverLauncherPath(ctx.paths.stateDir), mode: 0o700, what: 'The keychain resolver OpenClaw runs' },
  ]);
  checks.push(...(permissions.length ? permissions : [{ id: 'permissions', level: 'ok' as const, title: 'File and directory permissions' }]));

  checks.push(...tempFileChecks(ctx, target instanceof Error ? undefined : target.agentDir));

  // Unreadable or corrupt files: nothing else can be judged until they are fixed.
  for (const [path, read] of [
    [ctx.paths.configPath, () => readConfig(ctx.paths.configPath)],
    ...(storePath ? [[storePath, () => readAuthStore(storePath)] as const] : []),
  ] as const) {
    try {
      await read();
    } catch (error) {
      if (!(error instanceof CorruptFileError || error instanceof FileAccessError)) throw error;
      checks.push({
        id: `corrupt:${path}`,
        level: 'fail',
        title: `${ctx.show(path)} cannot be read`,
        why: error.message,
        fix: `openclaw-auth doctor --fix (moves it aside to ${ctx.show(path)}.corrupt-<time>, after asking)`,
        ...(error instanceof CorruptFileError ? { autoFix: { kind: 'move-aside' as const, path } } : {}),
      });
    }
  }
  // Nothing that needs the store can be judged while it is unreadable; the rest still can (a
  // setup-token in .env, the keychain, claude), and is reported too.
  if (checks.some((check) => check.id.startsWith('corrupt:'))) {
    const sources = { process: ctx.env, dotenv: (await readDotenv(ctx.paths.dotenvPath).catch(() => ({ values: {} }))).values, config: {} };
    const keys = knownProviderIds().flatMap((provider) => {
      const key = resolveProviderEnvKey(sources, provider);
      return key ? [{ provider, key }] : [];
    });
    checks.push(...envKeyChecks(ctx, keys, new Set(), 'json', agent));
    checks.push(...(await toolChecks(ctx)));
    return checks;
  }
  if (target instanceof Error || !storePath) throw target;

  // doctor is asked for: it resolves config SecretRefs too (never showing them).
  const view = await loadStatusView(ctx, agent, { probe: true });
  const { status } = view;
  const { layout } = status.auth;
  if (layout.era === 'sqlite') {
    checks.push(
      layout.leftoverJson
        ? {
            id: 'leftover-json',
            level: 'fail',
            title: `${ctx.show(storePath)} sits beside OpenClaw's SQLite store`,
            why: `OpenClaw 2026.6+ refuses the providers it names (AUTH_PROFILE_MIGRATION_REQUIRED) until it is imported; the import keeps a profile it already has, even if the file's token is newer.`,
            fix: 'openclaw doctor --fix --non-interactive   (imports it, archives the file; run it yourself)',
          }
        : layout.read === 'direct'
          ? { id: 'sqlite-era', level: 'ok', title: `Credentials are in OpenClaw's SQLite store (${ctx.show(layout.database)}), read directly; changes go through openclaw` }
          : { id: 'sqlite-era', level: 'warn', title: `Credentials are in OpenClaw's SQLite store (${ctx.show(layout.database)})`, why: `openclaw-auth cannot read it here (${layout.problem ?? 'unknown layout'}); the checks below cover only files and env keys.`, fix: 'openclaw models status --check' },
    );
  }
  if (layout.era === 'json' && existsSync(storePath)) checks.push(jsonEraCheck(ctx, storePath));
  // The store the status came from: auth-profiles.json, or OpenClaw 2026.6+'s merged SQLite view.
  const store = view.store;
  const now = ctx.now();
  for (const entry of status.auth.oauth.profiles) {
    if (entry.type === 'api_key' && entry.reasonCode !== 'unresolved_ref') continue;
    const renew = renewCommand(entry);
    if (entry.status === 'expired') checks.push({ id: `expired:${entry.profileId}`, level: 'fail', title: `${entry.profileId} has expired`, why: entry.expiredAt ? `It ran out ${formatRemainingShort(now - entry.expiredAt)} ago; OpenClaw skips it.` : 'OpenClaw skips it.', fix: renew });
    else if (entry.status === 'missing') {
      const why = entry.reasonCode === 'unresolved_ref' ? (entry.problem ?? 'its secret cannot be read') : entry.reasonCode === 'invalid_expires' ? 'Its "expires" is not a future time in ms.' : 'It holds no secret.';
      const locked = entry.reasonCode === 'unresolved_ref' && entry.problemKind === 'unreachable';
      checks.push({ id: `missing:${entry.profileId}`, level: 'fail', title: `${entry.profileId} cannot be used`, why, fix: locked ? UNLOCK_ADVICE : renew });
    } else if (entry.status === 'expiring') checks.push({ id: `expiring:${entry.profileId}`, level: 'warn', title: `${entry.profileId} expires in ${formatRemainingShort(entry.remainingMs ?? 0)}`, fix: renew });
    else if (entry.status === 'static' && entry.type === 'token') {
      checks.push({ id: `static:${entry.profileId}`, level: 'warn', title: `${entry.profileId} has no known expiry`, why: 'OpenClaw calls it static and never warns before it stops working; setup-tokens last a year.', fix: entry.provider === 'anthropic' ? renew : `${renew} --expires-in 365d --yes` });
    }
  }

  // order entries naming profiles that do not exist (or belong to another provider).
  const profiles = new Map(listProfiles(store).map((profile) => [profile.id, profile]));
  if (layout.era === 'sqlite') checks.push(...keychainRefsOpenclawCannotConfirm([...profiles.values()]));
  checks.push(...wrongShapeTokens([...profiles.values()]));
  checks.push(...keychainAccountChecks(target.agentId, [...profiles.values()]));
  // Only where the profiles are known (not through OpenClaw's own status on Node 20).
  if (layout.era === 'json' || layout.read === 'direct') checks.push(...(await unusedKeychainEntries(ctx, target.agentId, agent, [...profiles.values()])));
  for (const provider of Object.keys(store.order ?? {})) {
    const ids = readOrder(store, provider) ?? [];
    const keep = ids.filter((id) => profiles.get(id)?.provider === provider);
    if (keep.length === ids.length) continue;
    const dangling = ids.filter((id) => !keep.includes(id));
    checks.push({
      id: `order:${provider}`,
      level: 'warn',
      title: `The ${provider} order names unknown profiles: ${dangling.join(', ')}`,
      fix: keep.length ? `openclaw-auth models auth order set --provider ${provider} ${keep.join(' ')}` : `openclaw-auth models auth order clear --provider ${provider}`,
      // In the SQLite era only OpenClaw's command may change the order (the fix above goes through it).
      ...(layout.era === 'json' ? { autoFix: { kind: 'drop-order-entries' as const, storePath, provider, keep } } : {}),
    });
  }

  // A credential exists, but the default model is another provider's (a fresh 2026.9 defaults to
  // OpenAI): the fix is to point the default at it, not to onboard again.
  const defaultProvider = status.resolvedDefault.split('/')[0] ?? '';
  const credentialed = status.auth.providers.filter((entry) => entry.effective.kind !== 'missing').map((entry) => entry.provider);
  const switchTo = credentialed.includes('anthropic') ? 'anthropic' : credentialed[0];
  for (const provider of status.auth.missingProvidersInUse) {
    // An unresolvable config SecretRef is its own check below, with why.
    if (status.auth.providers.some((entry) => entry.provider === provider && entry.configRef)) continue;
    const isDefault = provider === defaultProvider && switchTo !== undefined;
    checks.push({
      id: `no-credentials:${provider}`,
      level: 'fail',
      title: isDefault ? `The default model's provider has no credentials (${status.resolvedDefault})` : `${provider} has no credentials`,
      why: isDefault ? `OpenClaw finds no profile and no env key for ${provider}; ${switchTo} has credentials.` : 'The models in use need it, and OpenClaw finds no profile and no env key for it.',
      fix: isDefault ? `openclaw models set ${switchTo === 'anthropic' ? anthropicDefaultModelFor(layout.era) : `${switchTo}/<model>`}   (or openclaw-auth onboard for ${provider})` : 'openclaw-auth onboard',
    });
  }
  checks.push(...routeChecks(status));
  const envKeys = status.auth.providers.flatMap((provider) =>
    provider.env ? [{ provider: provider.provider, key: { name: provider.env.source.replace(/^env: /, ''), value: provider.env.value, origin: provider.env.origin } }] : [],
  );
  checks.push(...envKeyChecks(ctx, envKeys, new Set(profiles.keys()), layout.era, agent));
  checks.push(...(await toolChecks(ctx)));
  return checks;
}

/**
 * Credentials that are no profile: models run through this machine's Claude Code login (OpenClaw
 * 2026.6+'s claude-cli route), and API keys kept as SecretRefs in openclaw.json (Vault, 1Password, exec).
 */
function routeChecks(status: AuthStatus): Check[] {
  const checks: Check[] = [];
  for (const route of status.auth.runtimeAuthRoutes ?? []) {
    const models = route.models.join(', ');
    const login = route.login ? describeClaudeLogin(route.login) : undefined;
    if (login?.ready === true) {
      checks.push({ id: `runtime:${route.runtime}`, level: 'ok', title: `${models} runs through this machine's Claude Code login: ${login.text}` });
      checks.push({
        id: `runtime-indeterminate:${route.runtime}`,
        level: 'warn',
        title: `OpenClaw's own models status --check calls the ${route.runtime} route indeterminate`,
        why: 'OpenClaw never asks claude in its status, so its --check exits 1 for this route whatever the login; the gateway runs claude, and openclaw-auth models status --check asks it.',
        fix: 'keep it and check with openclaw-auth models status --check, or use an API key: openclaw-auth onboard',
      });
    } else {
      checks.push({
        id: `runtime:${route.runtime}`,
        level: login?.ready === false ? 'fail' : 'warn',
        title: `${models} runs through this machine's Claude Code login, which cannot be used`,
        why: login ? `${login.text}.` : 'claude was not asked.',
        fix: login?.fix ?? 'claude auth status',
      });
    }
  }
  for (const entry of status.auth.providers) {
    const configRef = entry.configRef;
    if (!configRef) continue;
    const title = `${entry.provider}'s API key is kept in ${configRef.where} (${configRef.path})`;
    const probe = configRef.probe;
    if (probe?.ok === true) checks.push({ id: `config-ref:${entry.provider}`, level: 'ok', title: `${title} and resolves` });
    else if (probe?.ok === false) checks.push({ id: `config-ref:${entry.provider}`, level: 'fail', title: `${title} and does not resolve`, why: `${probe.detail}; OpenClaw cannot use it either.`, fix: 'openclaw secrets audit --check --allow-exec   (shows what OpenClaw sees), then fix where it points' });
    else checks.push({ id: `config-ref:${entry.provider}`, level: 'ok', title, ...(probe ? { why: probe.detail } : {}) });
  }
  return checks;
}

/** What env keys tell: a setup-token where an API key belongs, a key only this shell can see. */
function envKeyChecks(ctx: Context, keys: readonly { provider: string; key: EnvKey }[], profileIds: ReadonlySet<string>, era: 'json' | 'sqlite', agent: string | undefined): Check[] {
  const checks: Check[] = [];
  for (const { provider: providerId, key } of keys) {
    const { name } = key;
    const value = ctx.env[name] ?? '';
    const fromFile = key.origin !== 'process';
    if (name === 'ANTHROPIC_API_KEY' && (value.startsWith('sk-ant-oat01-') || (fromFile && key.value.startsWith('sk-ant-o')))) {
      // A profile id that is free, so the move never replaces one.
      const profileId = ['anthropic:manual', 'anthropic:from-env', ...Array.from({ length: 20 }, (_, index) => `anthropic:from-env-${index + 2}`)].find((id) => !profileIds.has(id)) ?? 'anthropic:from-env-new';
      const inFile = fromFile && key.origin === 'dotenv';
      checks.push({
        id: 'setup-token-as-api-key',
        level: 'fail',
        title: `ANTHROPIC_API_KEY${inFile ? ` in ${ctx.show(ctx.paths.dotenvPath)}` : ''} holds a setup-token`,
        why: 'Anthropic answers "This credential is only authorized for use with Claude Code and cannot be used for other API requests."',
        ...(inFile && era === 'json'
          ? {
              fix: `openclaw-auth doctor --fix   (stores it as auth profile ${profileId}, then removes it from ${ctx.show(ctx.paths.dotenvPath)}; asks first)`,
              autoFix: { kind: 'env-token-to-profile' as const, envVar: name, profileId, dotenvShown: ctx.show(ctx.paths.dotenvPath), ...(agent ? { agent } : {}) },
            }
          : { fix: `openclaw-auth models auth paste-token --provider anthropic --secret-env ANTHROPIC_API_KEY --profile-id ${profileId}; then remove ANTHROPIC_API_KEY from where it is set${fromFile ? '' : ' (your shell profile)'}` }),
      });
    } else if (!fromFile) {
      checks.push({
        id: `shell-only:${name}`,
        level: 'warn',
        title: `${name} is set only in this shell`,
        why: 'A gateway run by systemd or launchd does not inherit your shell and will not see it.',
        fix: `openclaw-auth models auth paste-api-key --provider ${providerId} --storage env --secret-env ${name}`,
      });
    }
  }

  return checks;
}

/** The keychain, claude for setup-tokens, and our plugin inside OpenClaw. */
async function toolChecks(ctx: Context): Promise<Check[]> {
  const checks: Check[] = [];
  checks.push(...pluginCheck(ctx));
  const keychain = await probeKeychain(ctx.keychain());
  checks.push(
    keychain.available
      ? { id: 'keychain', level: 'ok', title: 'OS keychain available' }
      : { id: 'keychain', level: 'warn', title: 'OS keychain unavailable', why: `${keychain.reason}; new secrets go to auth-profiles.json (0600) instead.`, fix: 'see "Where secrets are kept" in the README (headless servers: --storage file)' },
  );

  try {
    findClaude(ctx.env, ctx.cwd);
    checks.push({ id: 'claude', level: 'ok', title: 'Claude Code CLI found (for setup-tokens)' });
  } catch {
    checks.push({ id: 'claude', level: 'warn', title: 'Claude Code CLI not found', why: 'Only needed to create setup-tokens.', fix: 'npm install -g @anthropic-ai/claude-code' });
  }
  return checks;
}

/** Whether OpenClaw has our plugin (so its onboard and models auth login capture the token), and it is not disabled. */
function pluginCheck(ctx: Context): Check[] {
  const state = ourPluginState(ctx.paths.stateDir, ctx.paths.configPath);
  if (state === 'absent') {
    let bin: string | undefined;
    try {
      bin = findOpenclaw(ctx.env, ctx.cwd);
    } catch {
      bin = undefined;
    }
    if (!bin) return [];
    return [{ id: 'plugin', level: 'warn', title: 'The openclaw-auth plugin is not installed in OpenClaw', why: 'With it, openclaw onboard and openclaw models auth login capture the setup-token themselves.', fix: 'openclaw-auth plugin install' }];
  }
  return [
    state === 'disabled'
      ? { id: 'plugin', level: 'warn', title: 'The openclaw-auth plugin is installed in OpenClaw but disabled', fix: 'openclaw plugins enable openclaw-auth' }
      : { id: 'plugin', level: 'ok', title: `The openclaw-auth plugin is installed in OpenClaw (${ctx.show(pluginDir(ctx.paths.stateDir))})` },
  ];
}

/** Temp files a killed write left behind: they may hold a secret, and nothing else removes them. */
function tempFileChecks(ctx: Context, agentDir: string | undefined): Check[] {
  const dirs = [ctx.paths.stateDir, join(ctx.paths.stateDir, 'bin'), join(ctx.paths.stateDir, 'openclaw-auth'), ...(agentDir ? [agentDir] : [])];
  const paths = [...new Set(dirs)].flatMap((dir) => staleTempFiles(dir));
  if (!paths.length) return [];
  return [
    {
      id: 'temp-files',
      level: 'warn',
      title: `${paths.length} temporary file${paths.length === 1 ? '' : 's'} left by an interrupted write (may hold secrets)`,
      why: paths.map((path) => ctx.show(path)).join(', '),
      fix: 'openclaw-auth doctor --fix   (removes them)',
      autoFix: { kind: 'remove-temp-files', paths },
    },
  ];
}

/**
 * Keychain refs of ours that are not where this version puts them: named the way openclaw-auth 0.1
 * named them (mangled, so two ids could share one), or shared by two profiles outright.
 */
function keychainAccountChecks(agentId: string, profiles: readonly AuthProfile[]): Check[] {
  const checks: Check[] = [];
  const byAccount = new Map<string, string[]>();
  for (const profile of profiles) {
    const ref = secretRef(profile);
    if (!isKeychainRef(ref)) continue;
    byAccount.set(ref.id, [...(byAccount.get(ref.id) ?? []), profile.id]);
    if (!isAccountOf(ref.id, agentId, profile.id)) {
      checks.push({
        id: `keychain-account:${profile.id}`,
        level: 'warn',
        title: `${profile.id} uses a keychain account named the old way (${ref.id})`,
        why: 'Before openclaw-auth 0.2 some ids (with @ or +) could share one account, so logging out one could break the other.',
        fix: 'openclaw-auth secrets migrate --to keychain',
      });
    }
  }
  for (const [account, ids] of byAccount) {
    if (ids.length < 2) continue;
    checks.push({
      id: `keychain-shared:${account}`,
      level: 'fail',
      title: `${ids.join(' and ')} share one keychain entry (${account})`,
      why: 'They hold the same secret, whichever was stored last; renew the one that should differ after moving them apart.',
      fix: 'openclaw-auth secrets migrate --to keychain',
    });
  }
  return checks;
}

/**
 * The agent's secrets in our keychain service, sorted; none when the keychain cannot be listed (an
 * unreachable keychain is a check of its own).
 */
export async function agentKeychainAccounts(ctx: Context, agentId: string): Promise<string[]> {
  const keychain = ctx.keychain();
  if (!keychain.list) return [];
  const prefix = `${keychainAccount(agentId, 'x').split('/')[0]}/`;
  try {
    return (await keychain.list()).filter((account) => account.startsWith(prefix)).sort();
  } catch {
    return [];
  }
}

/**
 * Keychain secrets of this agent that no profile points at: a previous generation left by a renewal
 * through the plugin (it cannot see when OpenClaw has the new ref), or a profile removed behind our
 * back. OpenClaw never reads them; doctor --fix removes them after asking.
 */
async function unusedKeychainEntries(ctx: Context, agentId: string, agent: string | undefined, profiles: readonly AuthProfile[]): Promise<Check[]> {
  const used = new Set(profiles.flatMap((profile) => (isKeychainRef(secretRef(profile)) ? [secretRef(profile)?.id ?? ''] : [])));
  const unused = (await agentKeychainAccounts(ctx, agentId)).filter((account) => !used.has(account));
  if (!unused.length) return [];
  return [
    {
      id: 'keychain-unused',
      level: 'warn',
      title: `${unused.length === 1 ? 'A keychain secret no profile uses' : `${unused.length} keychain secrets no profile uses`}: ${unused.join(', ')}`,
      why: 'Left by a renewal or a removed profile; OpenClaw never reads them, but they are still secrets.',
      fix: 'openclaw-auth doctor --fix   (removes them, after asking)',
      autoFix: { kind: 'remove-keychain-entries', accounts: unused, ...(agent ? { agent } : {}) },
    },
  ];
}

/**
 * An auth-profiles.json with no SQLite store yet is right for OpenClaw up to 2026.5; an installed
 * 2026.6+ refuses it until its doctor imports it (2026.9 internals §2), which is worth saying.
 */
function jsonEraCheck(ctx: Context, storePath: string): Check {
  let bin: string | undefined;
  try {
    bin = findOpenclaw(ctx.env, ctx.cwd);
  } catch {
    bin = undefined;
  }
  const version = bin ? openclawVersion(bin, ctx.env) : undefined;
  if (!usesSqliteStore(version)) return { id: 'json-era', level: 'ok', title: `Credentials are in ${ctx.show(storePath)} (OpenClaw 2026.5 and earlier)` };
  return {
    id: 'json-era',
    level: 'fail',
    title: `The installed OpenClaw ${version?.text ?? ''} does not read ${ctx.show(storePath)}`,
    why: 'OpenClaw 2026.6+ keeps credentials in SQLite and refuses the providers this file names (AUTH_PROFILE_MIGRATION_REQUIRED) until its doctor imports it.',
    fix: 'openclaw doctor --fix --non-interactive   (imports it, archives the file; run it yourself)',
  };
}
