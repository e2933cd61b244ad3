// What every entry point decides the same way (paste, setup-token, the wizard, onboard
// --non-interactive, the plugin): which profile id a new credential gets, and when a token expires.
import { DAY_MS } from '../duration.js';
import { findProvider, type CredentialKind } from '../providers.js';

/** OpenClaw's onboarding writes `<provider>:default` for both API keys and tokens. */
export function onboardProfileId(provider: string, explicit?: string): string {
  return explicit ?? `${provider}:default`;
}

/** `claude setup-token` says "valid for 1 year". */
export const SETUP_TOKEN_LIFETIME_MS = 365 * DAY_MS;

/**
 * A setup-token lives a year (OpenClaw calls a token without `expires` static and never warns);
 * other tokens and API keys have no known expiry unless given.
 */
export function defaultExpiry(provider: string, kind: CredentialKind, now: number, explicitMs?: number): number | undefined {
  if (kind !== 'token') return undefined;
  if (explicitMs !== undefined) return now + explicitMs;
  return findProvider(provider)?.token ? now + SETUP_TOKEN_LIFETIME_MS : undefined;
}
