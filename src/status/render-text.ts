// OpenClaw's `models status` text layout, line for line, so scripts that grep it keep working.
// Lines we add (notes) come last and start with `!`.
import { formatRemainingShort } from '../duration.js';
import { envVarsFor } from '../providers.js';
import type { AuthStatus, OAuthProfileStatus, ProviderStatus } from './build-status.js';
import { describeClaudeLogin } from './claude-login.js';
import { noticeLine, warn, type Notice } from '../notice.js';

const pad = (label: string) => `${label.padEnd(14)}:`;
const listOrDash = (items: readonly string[]) => (items.length ? items.join(', ') : '-');

/** One provider's line in the auth overview: `- anthropic effective=… | profiles=… | …`. */
export function providerLine(entry: ProviderStatus, era: 'json' | 'sqlite' = 'json'): string {
  const parts = [`effective=${entry.effective.kind}${entry.effective.detail ? `:${entry.effective.detail}` : ''}`];
  const p = entry.profiles;
  // OpenClaw 2026.6+ words the counts differently.
  const counts = era === 'sqlite' ? `${p.oauth} oauth, ${p.token} token, ${p.apiKey} api-key` : `oauth=${p.oauth}, token=${p.token}, api_key=${p.apiKey}`;
  if (p.count) parts.push(`profiles=${p.count} (${counts})`, p.labels.join(', '));
  if (entry.env) parts.push(`env=${entry.env.value}`, `source=${entry.env.source}`);
  if (entry.modelsJson) parts.push(`models.json=${entry.modelsJson.value}`, `source=${entry.modelsJson.source}`);
  return `- ${entry.provider} ${parts.join(' | ')}`;
}

/** OpenClaw 2026.6+'s utility model line: the ref, "(provider default)" when derived, "off" when disabled. */
function utilityLine(utility: NonNullable<AuthStatus['utilityModel']>): string {
  if (utility.ref) return `${utility.ref}${utility.source === 'provider-default' ? ' (provider default)' : ''}`;
  return utility.source === 'disabled' ? 'off' : '-';
}

/** OpenClaw's wording: `missing` reads `unknown`, and a credential with no time left `expires unknown`. */
function profileLine(entry: OAuthProfileStatus): string {
  const word = entry.status === 'missing' ? 'unknown' : entry.status;
  if (entry.status === 'static') return `  - ${entry.label} ${word}`;
  const remaining = entry.remainingMs !== undefined && entry.remainingMs > 0 ? `in ${formatRemainingShort(entry.remainingMs)}` : 'unknown';
  return `  - ${entry.label} ${word} expires ${remaining}`;
}

function missingHint(provider: string, era: 'json' | 'sqlite'): string {
  if (era === 'sqlite') return `Run \`openclaw models auth login --provider ${provider}\`, \`openclaw configure\`, or set an API key env var.`;
  return provider === 'anthropic'
    ? 'Run `claude setup-token`, then `openclaw models auth setup-token` or `openclaw configure`.'
    : 'Run `openclaw configure` or set an API key env var.';
}

export function renderStatusText(status: AuthStatus, show: (path: string) => string, now = Date.now()): string {
  const { auth } = status;
  const era = auth.layout.era;
  const aliases = Object.entries(status.aliases).map(([alias, model]) => `${alias} -> ${model}`);
  const lines = [
    `${pad('Config')} ${show(status.configPath)}`,
    `${pad('Agent dir')} ${show(status.agentDir)}`,
    `${pad('Default')} ${status.resolvedDefault}${status.resolvedDefault === status.defaultModel ? '' : ` (from ${status.defaultModel})`}`,
    `${pad(`Fallbacks (${status.fallbacks.length})`)} ${listOrDash(status.fallbacks)}`,
    ...(status.utilityModel ? [`${pad('Utility model')} ${utilityLine(status.utilityModel)}`] : []),
    `${pad('Image model')} ${status.imageModel ?? '-'}`,
    `Image fallbacks (${status.imageFallbacks.length}): ${listOrDash(status.imageFallbacks)}`,
    `${pad(`Aliases (${aliases.length})`)} ${listOrDash(aliases)}`,
    `${era === 'sqlite' ? 'Allowed' : 'Configured'} models (${status.allowed.length}): ${status.allowed.length ? status.allowed.join(', ') : 'all'}`,
    '',
    'Auth overview',
    `${pad('Auth store')} ${show(auth.storePath)}${auth.inheritedFrom ? ` (no own store; inherits ${show(auth.inheritedFrom)})` : ''}`,
    `${pad('Shell env')} off`,
    `Providers w/ OAuth/tokens (${auth.providersWithOAuth.length}): ${listOrDash(auth.providersWithOAuth)}`,
  ];
  for (const entry of auth.providers) lines.push(providerLine(entry, era));
  if (auth.runtimeAuthRoutes?.length) {
    lines.push('', 'Runtime auth');
    for (const route of auth.runtimeAuthRoutes) {
      lines.push(`- ${route.provider} via ${route.runtime} uses ${route.authProvider} effective=${route.effective.kind}:${route.effective.detail} | status=${route.status}`);
    }
  }
  if (auth.missingProvidersInUse.length) {
    lines.push('', 'Missing auth');
    for (const provider of auth.missingProvidersInUse) lines.push(`- ${provider} ${missingHint(provider, era)}`);
  }
  if (auth.modelRouteIssues?.length) {
    lines.push('', 'Model route issues');
    for (const issue of auth.modelRouteIssues) lines.push(`- ${issue.provider}/${issue.model} [${issue.kind}] ${issue.message}`);
  }
  const withTokens = auth.oauth.providers
    .map((group) => ({ provider: group.provider, profiles: group.profiles.filter((entry) => entry.type !== 'api_key') }))
    .filter((group) => group.profiles.length);
  // OpenClaw prints the section either way, "- none" when it is empty.
  lines.push('', 'OAuth/token status');
  if (!withTokens.length) lines.push('- none');
  for (const group of withTokens) {
    lines.push(`- ${group.provider}`);
    for (const entry of group.profiles) lines.push(profileLine(entry));
  }
  const notes = statusNotes(status, show, now);
  if (notes.length) lines.push('', ...notes);
  return `${lines.join('\n')}\n`;
}

/** The command that puts a fresh credential into this profile. */
export function renewCommand(entry: Pick<OAuthProfileStatus, 'profileId' | 'provider' | 'type'>): string {
  if (entry.type === 'oauth') return `openclaw models auth login --provider ${entry.provider}`;
  if (entry.type === 'api_key') return `openclaw-auth models auth paste-api-key --provider ${entry.provider} --profile-id ${entry.profileId}`;
  // The wizard renews in place: it runs claude setup-token (or takes a paste) and keeps id and order.
  if (entry.provider === 'anthropic') return `openclaw-auth onboard --reauth ${entry.profileId}`;
  return `openclaw-auth models auth paste-token --provider ${entry.provider} --profile-id ${entry.profileId}`;
}

function credentialNote(entry: OAuthProfileStatus, now: number): string | undefined {
  switch (entry.status) {
    case 'expired': {
      const ago = entry.expiredAt === undefined ? '' : ` ${formatRemainingShort(now - entry.expiredAt)} ago`;
      return `! ${entry.profileId} expired${ago}. Renew: ${renewCommand(entry)}`;
    }
    case 'expiring':
      return `! ${entry.profileId} expires in ${formatRemainingShort(entry.remainingMs ?? 0)}. Renew: ${renewCommand(entry)}`;
    case 'missing':
      if (entry.reasonCode === 'unresolved_ref') {
        const problem = entry.problem ?? 'its keychain entry cannot be read';
        // Unreachable, not gone: the secret is still there once the keyring opens.
        if (entry.problemKind === 'unreachable') return `! ${entry.profileId} cannot be used: ${problem}. ${UNLOCK_ADVICE}`;
        return `! ${entry.profileId} cannot be used: ${problem}. Store it again: ${renewCommand(entry)}`;
      }
      return entry.reasonCode === 'invalid_expires'
        ? `! ${entry.profileId} has an invalid "expires" (a future time in ms, or none). Re-store it: ${renewCommand(entry)}`
        : `! ${entry.profileId} holds no credential. Store one: ${renewCommand(entry)}`;
    default:
      return undefined;
  }
}

export const UNLOCK_ADVICE =
  'Unlock the keyring, then check again: log in to the desktop session, or on a server: echo -n "$PASSWORD" | gnome-keyring-daemon --unlock (Linux); security unlock-keychain (macOS)';

/** What OpenClaw does not say but a person needs to know, each with the fix. */
export function statusNotes(status: AuthStatus, show: (path: string) => string, now = Date.now()): string[] {
  const notes: string[] = [];
  notes.push(...layoutNotes(status, show).map(noticeLine));
  notes.push(...runtimeRouteNotes(status), ...configRefNotes(status));
  for (const id of status.auth.confirmedFromKeychain ?? []) {
    notes.push(`! ${id} is kept in the OS keychain and openclaw-auth read it there, so its route is ready; \`openclaw models status --check\` does not run resolvers and calls it indeterminate (exit 1).`);
  }
  for (const entry of status.auth.oauth.profiles) {
    const note = entry.type === 'api_key' && entry.reasonCode !== 'unresolved_ref' ? undefined : credentialNote(entry, now);
    if (note) notes.push(note);
  }
  for (const entry of status.auth.providers) {
    if (entry.env?.origin !== 'process') continue;
    const name = entry.env.source.replace(/^env: /, '');
    notes.push(
      `! ${name} is set only in this shell: a gateway run by systemd or launchd will not see it. Move it into ${show(status.auth.dotenvPath)}: openclaw-auth models auth paste-api-key --provider ${entry.provider} --storage env --secret-env ${name}`,
    );
  }
  for (const provider of status.auth.missingProvidersInUse) {
    // Its unresolvable config SecretRef was said above, with why.
    if (status.auth.providers.some((entry) => entry.provider === provider && entry.configRef)) continue;
    const envVar = envVarsFor(provider).at(-1) ?? `${provider.toUpperCase()}_API_KEY`;
    const dotenv = show(status.auth.dotenvPath);
    notes.push(
      provider === 'anthropic'
        ? `! anthropic has no credentials: run openclaw-auth onboard (an API key into ${dotenv}, or a setup-token from your Claude subscription)`
        : `! ${provider} has no credentials: run openclaw-auth onboard, or put ${envVar} in ${dotenv}`,
    );
  }
  return notes;
}

/** Models run through this machine's Claude Code login: whether that login works, and the fix. */
export function runtimeRouteNotes(status: AuthStatus): string[] {
  return (status.auth.runtimeAuthRoutes ?? []).map((route) => {
    const models = `${route.models.join(', ')} ${route.models.length === 1 ? 'runs' : 'run'}`;
    if (!route.login) return `! ${models} through ${route.runtime}, whose login openclaw-auth did not check.`;
    const login = describeClaudeLogin(route.login);
    if (login.ready === true) {
      return `! ${models} through this machine's Claude Code login (${route.runtime}): ${login.text}. \`openclaw models status --check\` does not ask claude and calls the route indeterminate (exit 1).`;
    }
    return `! ${models} through this machine's Claude Code login (${route.runtime}), which cannot be used: ${login.text}. Fix: ${login.fix}`;
  });
}

/** API keys kept as config SecretRefs: where, and whether --probe resolved them. */
export function configRefNotes(status: AuthStatus): string[] {
  return status.auth.providers.flatMap((entry) => {
    const configRef = entry.configRef;
    if (!configRef || entry.profiles.count || entry.env) return [];
    const ref = `${configRef.ref.source}:${configRef.ref.provider}:${configRef.ref.id}`;
    const head = `! ${entry.provider}'s API key is kept in ${configRef.where} (${configRef.path} = ${ref})`;
    if (!configRef.probe) return [`${head}; openclaw-auth models status --probe checks that it resolves.`];
    if (configRef.probe.ok === true) return [`${head} and resolves: ${configRef.probe.detail}.`];
    if (configRef.probe.ok === false) return [`${head} and does not resolve: ${configRef.probe.detail}. OpenClaw cannot use it either.`];
    return [`${head}: ${configRef.probe.detail}.`];
  });
}

/** What a person needs to know about an OpenClaw 2026.6+ (SQLite) store. */
/** What status says about OpenClaw 2026.6+'s SQLite layout, as notices (status marks them "!", the dashboard shows them as warnings). */
export function layoutNotes(status: AuthStatus, show: (path: string) => string): Notice[] {
  const { layout } = status.auth;
  if (layout.era !== 'sqlite') return [];
  const notes: Notice[] = [];
  if (layout.leftoverJson) {
    notes.push(
      warn(`${show(layout.leftoverJson)} sits beside OpenClaw's SQLite store: OpenClaw refuses the providers it names (AUTH_PROFILE_MIGRATION_REQUIRED). Import it: openclaw doctor --fix --non-interactive (a token already in the store is kept, not replaced).`),
    );
  }
  if (layout.read === 'none') {
    notes.push(
      warn(`This OpenClaw (2026.6+) keeps credentials in SQLite (${show(layout.database)}), which openclaw-auth cannot read here (${layout.problem ?? 'unknown layout'}): only env keys are shown. Run "openclaw models status" for the full picture.`),
    );
  }
  return notes;
}
