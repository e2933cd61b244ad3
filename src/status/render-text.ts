// OpenClaw's `models status` text layout, line for line, so scripts that grep it keep working.
// Lines we add (notes) come last and start with `!`.
import { formatRemainingShort } from '../duration.js';
import type { AuthStatus, OAuthProfileStatus } from './build-status.js';

const pad = (label: string) => `${label.padEnd(14)}:`;
const listOrDash = (items: readonly string[]) => (items.length ? items.join(', ') : '-');

function profileLine(entry: OAuthProfileStatus): string {
  const base = `  - ${entry.label} ${entry.status}`;
  switch (entry.status) {
    case 'ok':
    case 'expiring':
      return `${base} expires in ${formatRemainingShort(entry.remainingMs ?? 0)}`;
    case 'expired':
      return entry.remainingMs === undefined ? base : `${base} ${formatRemainingShort(-entry.remainingMs)} ago`;
    case 'missing':
      return `${base} [${entry.reasonCode ?? 'missing_credential'}]`;
    case 'static':
      return base;
  }
}

function missingHint(provider: string): string {
  return provider === 'anthropic'
    ? 'Run `claude setup-token`, then `openclaw models auth setup-token` or `openclaw configure`.'
    : 'Run `openclaw configure` or set an API key env var.';
}

export function renderStatusText(status: AuthStatus, show: (path: string) => string): string {
  const { auth } = status;
  const aliases = Object.entries(status.aliases).map(([alias, model]) => `${alias} -> ${model}`);
  const lines = [
    `${pad('Config')} ${show(status.configPath)}`,
    `${pad('Agent dir')} ${show(status.agentDir)}`,
    `${pad('Default')} ${status.defaultModel}`,
    `${pad(`Fallbacks (${status.fallbacks.length})`)} ${listOrDash(status.fallbacks)}`,
    `${pad('Image model')} ${status.imageModel ?? '-'}`,
    `Image fallbacks (${status.imageFallbacks.length}): ${listOrDash(status.imageFallbacks)}`,
    `${pad(`Aliases (${aliases.length})`)} ${listOrDash(aliases)}`,
    `Configured models (${status.allowed.length}): ${status.allowed.length ? status.allowed.join(', ') : 'all'}`,
    '',
    'Auth overview',
    `${pad('Auth store')} ${show(auth.storePath)}${auth.inheritedFrom ? ` (no own store; inherits ${show(auth.inheritedFrom)})` : ''}`,
    `${pad('Shell env')} off`,
    `Providers w/ OAuth/tokens (${auth.providersWithOAuth.length}): ${listOrDash(auth.providersWithOAuth)}`,
  ];
  for (const entry of auth.providers) {
    const parts = [`effective=${entry.effective.kind}${entry.effective.detail ? `:${entry.effective.kind === 'profiles' ? show(entry.effective.detail) : entry.effective.detail}` : ''}`];
    const p = entry.profiles;
    if (p.count) parts.push(`profiles=${p.count} (oauth=${p.oauth}, token=${p.token}, api_key=${p.apiKey})`, p.labels.join(', '));
    if (entry.env) {
      parts.push(`env=${entry.env.value}`, `source=${entry.env.source}${entry.env.path ? ` (${show(entry.env.path)})` : ''}`);
    }
    lines.push(`- ${entry.provider} ${parts.join(' | ')}`);
  }
  if (auth.missingProvidersInUse.length) {
    lines.push('', 'Missing auth');
    for (const provider of auth.missingProvidersInUse) lines.push(`- ${provider} ${missingHint(provider)}`);
  }
  if (auth.oauth.providers.length) {
    lines.push('', 'OAuth/token status');
    for (const group of auth.oauth.providers) {
      lines.push(`- ${group.provider}`);
      for (const entry of group.profiles) lines.push(profileLine(entry));
    }
  }
  const notes = statusNotes(status, show);
  if (notes.length) lines.push('', ...notes);
  return `${lines.join('\n')}\n`;
}

/** What OpenClaw does not say but a person needs to know, each with the fix. */
export function statusNotes(status: AuthStatus, show: (path: string) => string): string[] {
  const notes: string[] = [];
  for (const entry of status.auth.providers) {
    if (entry.env?.origin !== 'process') continue;
    const name = entry.env.source.replace(/^env: /, '');
    notes.push(
      `! ${name} is set only in this shell: a gateway run by systemd or launchd will not see it. Add it to ${show(status.auth.dotenvPath)}.`,
    );
  }
  if (status.auth.missingProvidersInUse.length) notes.push('! To add a setup-token: claude setup-token, then openclaw-auth models auth paste-token --provider anthropic');
  return notes;
}
