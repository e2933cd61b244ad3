// OpenClaw's health rules for stored credentials (src/agents/auth-health.ts, internals §1.3 and §4),
// table-tested in test/status/profile-health.test.ts.
import type { AuthProfile } from '../store/auth-profiles.js';

export const EXPIRING_WINDOW_MS = 86_400_000;

export type HealthStatus = 'ok' | 'static' | 'expiring' | 'expired' | 'missing';
export type HealthReason = 'missing_credential' | 'invalid_expires' | 'expired' | 'unresolved_ref';

export interface ProfileHealth {
  status: HealthStatus;
  reasonCode?: HealthReason;
  expiresAt?: number;
  remainingMs?: number;
}

function validExpires(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

function timed(expiresAt: number, now: number): ProfileHealth {
  const remainingMs = expiresAt - now;
  if (remainingMs <= 0) return { status: 'expired', reasonCode: 'expired', expiresAt, remainingMs };
  return { status: remainingMs <= EXPIRING_WINDOW_MS ? 'expiring' : 'ok', expiresAt, remainingMs };
}

export function profileHealth(profile: AuthProfile, now: number): ProfileHealth {
  if (profile.type === 'api_key') return { status: 'static' };
  if (profile.type === 'token') {
    if (!profile.token?.trim() && !profile.tokenRef) return { status: 'missing', reasonCode: 'missing_credential' };
    if (profile.expires === undefined || profile.expires === null) return { status: 'static' };
    const expiresAt = validExpires(profile.expires);
    if (expiresAt === undefined) return { status: 'missing', reasonCode: 'invalid_expires' };
    return timed(expiresAt, now);
  }
  // oauth: an access or refresh token is required; a refresh token renews an expired access token.
  if (!profile.access?.trim() && !profile.refresh?.trim()) return { status: 'missing', reasonCode: 'missing_credential' };
  const expiresAt = validExpires(profile.expires);
  if (expiresAt === undefined) return { status: 'missing', reasonCode: 'invalid_expires' };
  const health = timed(expiresAt, now);
  if (profile.refresh?.trim()) {
    const { reasonCode: _reason, ...rest } = health;
    return { ...rest, status: 'ok' };
  }
  return health;
}

/** Whether this status makes `--check` exit 1 or 2. */
export function isUnusable(status: HealthStatus): boolean {
  return status === 'expired' || status === 'missing';
}
