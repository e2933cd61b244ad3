// What the wizard's first screen says about the credentials that exist already, from the status
// model: one line per profile or env key, which tokens need renewing, and whether an API key in
// the shell's environment is in play.
import { formatRemainingShort } from '../duration.js';
import type { AuthStatus } from '../status/build-status.js';

export interface ExistingCredential {
  profileId?: string;
  provider: string;
  line: string;
}

export interface RenewableProfile {
  profileId: string;
  provider: string;
  /** "expired", "expires in 3h", "keychain entry missing", … */
  why: string;
}

export interface WelcomeSummary {
  existing: ExistingCredential[];
  renewable: RenewableProfile[];
  /** e.g. "ANTHROPIC_API_KEY is set in this shell …" */
  envNotes: string[];
}

function storageWords(kind: string): string {
  return kind === 'keychain' ? 'OS keychain' : kind === 'file' ? 'auth-profiles.json' : kind === 'ref' ? 'secret ref' : 'no secret';
}

export function summarizeForWelcome(status: AuthStatus, now: number): WelcomeSummary {
  const existing: ExistingCredential[] = [];
  const renewable: RenewableProfile[] = [];
  for (const entry of status.auth.oauth.profiles) {
    const kind = entry.type === 'api_key' ? 'API key' : entry.type === 'token' ? 'token' : 'OAuth';
    const expiry =
      entry.status === 'ok' || entry.status === 'expiring'
        ? `expires in ${formatRemainingShort(entry.remainingMs ?? 0)}`
        : entry.status === 'expired'
          ? `expired${entry.expiredAt ? ` ${formatRemainingShort(now - entry.expiredAt)} ago` : ''}`
          : entry.status === 'missing'
            ? (entry.problem ?? 'unusable')
            : 'no expiry';
    existing.push({ profileId: entry.profileId, provider: entry.provider, line: `${entry.profileId} · ${kind} · ${storageWords(entry.storage.kind)} · ${expiry}` });
    if (entry.type === 'token' && (entry.status === 'expired' || entry.status === 'expiring' || entry.status === 'missing')) {
      renewable.push({ profileId: entry.profileId, provider: entry.provider, why: expiry });
    }
  }
  const envNotes: string[] = [];
  for (const provider of status.auth.providers) {
    if (!provider.env) continue;
    const name = provider.env.source.replace(/^env: /, '');
    if (provider.profiles.count === 0) existing.push({ provider: provider.provider, line: `${name} · API key · ${provider.env.origin === 'dotenv' ? '.env' : provider.env.origin === 'config' ? 'openclaw.json' : 'this shell only'}` });
    if (provider.env.origin === 'process') {
      envNotes.push(
        provider.profiles.count
          ? `${name} is set in this shell. Claude Code and other tools run from here use it; the OpenClaw gateway tries the stored profiles first and falls back to it.`
          : `${name} is set in this shell only: a gateway run by systemd or launchd will not see it. Storing it in ~/.openclaw/.env fixes that.`,
      );
    }
  }
  return { existing, renewable, envNotes };
}
