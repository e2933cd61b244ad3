// Which profile OpenClaw tries first (internals §3.1), case by case.
import { describe, expect, it } from 'vitest';
import { msUntilCountdownChanges } from '../../src/dashboard/dashboard-rows.js';
import { resolveProfileOrder } from '../../src/status/profile-order.js';
import type { RawAuthStore } from '../../src/store/auth-profiles.js';
import { HOUR } from '../helpers/temp-home.js';

const now = Date.parse('2026-11-23T12:00:00Z');
const profiles = {
  'anthropic:key1': { type: 'api_key', provider: 'anthropic', key: 'k1' },
  'anthropic:key2': { type: 'api_key', provider: 'anthropic', key: 'k2' },
  'anthropic:tok': { type: 'token', provider: 'anthropic', token: 't', expires: now + 48 * HOUR },
  'anthropic:old': { type: 'token', provider: 'anthropic', token: 't', expires: now - HOUR },
  'openai:x': { type: 'api_key', provider: 'openai', key: 'o' },
};
const store = (extra: Partial<RawAuthStore> = {}): RawAuthStore => ({ version: 1, profiles, ...extra });

describe('resolveProfileOrder', () => {
  it.each<[string, Parameters<typeof resolveProfileOrder>[1], string[]]>([
    ['no order: token before API keys, least recently used first, expired dropped', { store: store({ usageStats: { 'anthropic:key1': { lastUsed: 9 }, 'anthropic:key2': { lastUsed: 1 } } }), now }, ['anthropic:tok', 'anthropic:key2', 'anthropic:key1']],
    ['the store order wins over the config order', { store: store({ order: { anthropic: ['anthropic:key1', 'anthropic:tok'] } }), configOrder: ['anthropic:key2'], now }, ['anthropic:key1', 'anthropic:tok']],
    ['the config order applies without a store order', { store: store(), configOrder: ['anthropic:key2', 'anthropic:key1'], now }, ['anthropic:key2', 'anthropic:key1']],
    ['config auth.profiles is an allowlist', { store: store(), configProfileIds: ['anthropic:key1'], now }, ['anthropic:key1']],
    ['profiles in cooldown go last', { store: store({ order: { anthropic: ['anthropic:key1', 'anthropic:key2'] }, usageStats: { 'anthropic:key1': { cooldownUntil: now + 60_000 } } }), now }, ['anthropic:key2', 'anthropic:key1']],
  ])('%s', (_name, inputs, expected) => {
    expect(resolveProfileOrder('anthropic', inputs)).toEqual(expected);
  });
});

describe('msUntilCountdownChanges', () => {
  it.each([
    ['nothing expires: wake hourly', [], 3_600_000],
    ['days left: at the next hour boundary', [{ state: 'ok' as const, expiresAt: now + 3 * 86_400_000 + 5 * 60_000 }], 5 * 60_000 + 1],
    ['hours left: at the next minute', [{ state: 'ok' as const, expiresAt: now + 2 * 3_600_000 + 30_000 }], 30_001],
    ['minutes left: every second', [{ state: 'expiring' as const, expiresAt: now + 10 * 60_000 + 250 }], 251],
  ])('%s', (_name, rows, expected) => {
    expect(msUntilCountdownChanges(rows, now)).toBe(expected);
  });
});
