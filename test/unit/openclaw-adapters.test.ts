// What we take from OpenClaw's own output: its version, its status JSON, and the plan we hand it.
import { describe, expect, it } from 'vitest';
import { parseOpenclawVersion, usesSqliteStore } from '../../src/openclaw/openclaw-version.js';
import { adoptOpenclawStatus } from '../../src/status/openclaw-status.js';
import { keychainPlan } from '../../src/auth-store/openclaw-cli-save.js';

describe('openclaw --version', () => {
  it.each([
    ['OpenClaw 2026.9.6 (eb377ac)', true],
    ['OpenClaw 2026.6.0 (abc)', true],
    ['OpenClaw 2026.3.13 (61d171a)', false],
    ['OpenClaw 2027.1.2', true],
    ['something else', false],
  ])('%s → SQLite era: %s', (output, sqlite) => {
    expect(usesSqliteStore(parseOpenclawVersion(output))).toBe(sqlite);
  });
});

describe('openclaw models status --json as our status', () => {
  const theirs = {
    configPath: '/h/.openclaw/openclaw.json',
    agentDir: '/h/.openclaw/agents/main/agent',
    defaultModel: 'anthropic/claude-opus-4-6',
    auth: {
      storePath: '/h/.openclaw/state/openclaw.sqlite',
      providers: [
        {
          provider: 'anthropic',
          effective: { kind: 'profiles', detail: '~/.openclaw/state/openclaw.sqlite' },
          profiles: { count: 2, oauth: 0, token: 2, apiKey: 0, labels: ['anthropic:manual=token:sk-ant-o...OPQRSTUV', 'anthropic:exec=token:ref(exec:anthropic/setup-token) [cooldown 5m]'] },
          env: { value: 'sk-ant-a...23456789', source: 'env: ANTHROPIC_API_KEY' },
        },
      ],
      oauth: {
        warnAfterMs: 86_400_000,
        profiles: [
          { profileId: 'anthropic:exec', provider: 'anthropic', type: 'token', status: 'static', source: 'store', label: 'anthropic:exec' },
          { profileId: 'anthropic:manual', provider: 'anthropic', type: 'token', status: 'ok', expiresAt: 2, remainingMs: 1, source: 'store', label: 'anthropic:manual' },
        ],
        providers: [],
      },
    },
  };

  it('derives where each secret lives from the labels, and where the env key comes from', () => {
    const layout = { database: '/h/.openclaw/state/openclaw.sqlite', read: 'none' as const };
    const status = adoptOpenclawStatus(theirs, layout, { process: {}, dotenv: { ANTHROPIC_API_KEY: 'x' }, config: {} });
    expect(status.auth.layout).toEqual({ era: 'sqlite', database: layout.database, read: 'openclaw' });
    expect(status.auth.oauth.profiles.map((entry) => entry.storage)).toEqual([
      { kind: 'ref', source: 'exec', provider: '', id: 'anthropic/setup-token' },
      { kind: 'file', path: '/h/.openclaw/state/openclaw.sqlite' },
    ]);
    expect(status.auth.providers[0]?.env?.origin).toBe('dotenv');
  });

  it('an answer that is not a status is an error', () => {
    expect(() => adoptOpenclawStatus({ ok: true }, { database: 'x', read: 'none' }, { process: {}, dotenv: {}, config: {} })).toThrow('did not answer with a status');
  });
});

describe('secrets apply plan', () => {
  it("points the profile's secret field at our resolver, in OpenClaw 2026.9's plan shape", () => {
    const ref = { source: 'exec' as const, provider: 'openclaw-auth', id: 'work/anthropic:key' };
    expect(keychainPlan({ kind: 'api_key', profileId: 'anthropic:key', provider: 'anthropic', agentId: 'work' }, '/s/bin/openclaw-auth-resolver', ref)).toEqual({
      version: 1,
      protocolVersion: 1,
      providerUpserts: {
        'openclaw-auth': { source: 'exec', command: '/s/bin/openclaw-auth-resolver', passEnv: ['HOME', 'USER', 'DBUS_SESSION_BUS_ADDRESS', 'XDG_RUNTIME_DIR'], timeoutMs: 10_000 },
      },
      targets: [
        { type: 'auth-profiles.api_key.key', path: 'profiles.anthropic:key.key', pathSegments: ['profiles', 'anthropic:key', 'key'], agentId: 'work', authProfileProvider: 'anthropic', ref },
      ],
    });
  });
});
