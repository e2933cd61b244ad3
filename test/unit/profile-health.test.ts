// OpenClaw's health rules, case by case from the `--check` table in the internals doc.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../src/store/auth-profiles.js';
import { profileHealth } from '../../src/status/profile-health.js';
import { DAY, HOUR, fakeSetupToken } from '../helpers/temp-home.js';

const now = Date.parse('2026-11-23T12:00:00Z');
const token = fakeSetupToken();

describe('profileHealth', () => {
  it.each([
    ['token expiring in 23h', { type: 'token', provider: 'anthropic', token, expires: now + 23 * HOUR }, 'expiring'],
    ['token expiring in 25h', { type: 'token', provider: 'anthropic', token, expires: now + 25 * HOUR }, 'ok'],
    ['token past expiry', { type: 'token', provider: 'anthropic', token, expires: now - HOUR }, 'expired'],
    ['token without expiry', { type: 'token', provider: 'anthropic', token }, 'static'],
    ['token without a secret', { type: 'token', provider: 'anthropic', expires: now + 10 * DAY }, 'missing'],
    ['token with expires 0', { type: 'token', provider: 'anthropic', token, expires: 0 }, 'missing'],
    ['token with expires "2030"', { type: 'token', provider: 'anthropic', token, expires: '2030' }, 'missing'],
    ['token held by a ref', { type: 'token', provider: 'anthropic', tokenRef: { source: 'exec', provider: 'v', id: 'a/b' } }, 'static'],
    ['token ref with an extra key (not a ref)', { type: 'token', provider: 'anthropic', tokenRef: { source: 'exec', provider: 'v', id: 'a', extra: 1 } }, 'missing'],
    ['oauth expired with refresh', { type: 'oauth', provider: 'openai-codex', access: 'a', refresh: 'r', expires: now - HOUR }, 'ok'],
    ['oauth expired without refresh', { type: 'oauth', provider: 'openai-codex', access: 'a', expires: now - HOUR }, 'expired'],
    ['oauth without expires', { type: 'oauth', provider: 'openai-codex', access: 'a', refresh: 'r' }, 'missing'],
    ['api_key, even empty', { type: 'api_key', provider: 'anthropic', key: '' }, 'static'],
    ['legacy aliases mode/apiKey', { mode: 'api_key', provider: 'anthropic', apiKey: 'k' }, 'static'],
  ])('%s → %s', (_name, entry, expected) => {
    const profile = parseProfile('p:x', entry);
    expect(profile).toBeDefined();
    expect(profileHealth(profile!, now).status).toBe(expected);
  });

  it('reports invalid_expires and the remaining time', () => {
    const bad = parseProfile('p:x', { type: 'token', provider: 'anthropic', token, expires: 0 })!;
    expect(profileHealth(bad, now).reasonCode).toBe('invalid_expires');
    const soon = parseProfile('p:y', { type: 'token', provider: 'anthropic', token, expires: now + HOUR })!;
    expect(profileHealth(soon, now)).toMatchObject({ status: 'expiring', remainingMs: HOUR, expiresAt: now + HOUR });
  });

  it.each([
    ['unknown type', { type: 'magic', provider: 'anthropic' }],
    ['no provider', { type: 'token', token }],
  ])('skips an entry with %s, as OpenClaw does', (_name, entry) => {
    expect(parseProfile('p:x', entry)).toBeUndefined();
  });
});
