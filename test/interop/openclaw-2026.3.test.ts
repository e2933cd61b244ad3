// openclaw-auth and the real OpenClaw 2026.3.13 on the same files: each reads what the other
// writes, and both report the same status and `--check` codes.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { startKeyringSession } from '../helpers/keyring-session.js';
import { peersInstalled, requirePeers, runOpenclaw } from '../helpers/peers.js';
import { DAY, HOUR, fakeApiKey, fakeSetupToken, makeTempHome, type TempHome } from '../helpers/temp-home.js';

if (!peersInstalled && requirePeers) throw new Error('real openclaw not installed: run ../shared/tools/install-peers.sh');

// Fields that are ours alone (OpenClaw has no equivalent) and timing that moves between two runs.
const OURS_ONLY = new Set(['origin', 'path', 'expiredAt', 'dotenvPath', 'inheritedFrom', 'storage', 'problem', 'layout']);
const MOVING = new Set(['remainingMs', 'until', 'expiresAt']);

function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !OURS_ONLY.has(key))
      .map(([key, entry]) => [key, MOVING.has(key) ? typeof entry : comparable(entry)]),
  );
}

function richStore(home: TempHome): void {
  const now = Date.now();
  home.writeStore({
    version: 1,
    profiles: {
      'anthropic:key1': { type: 'api_key', provider: 'anthropic', key: fakeApiKey('1') },
      'anthropic:key2': { type: 'api_key', provider: 'anthropic', key: fakeApiKey('2') },
      'anthropic:tok': { type: 'token', provider: 'anthropic', token: fakeSetupToken('T'), expires: now + 5 * HOUR + 20 * 60_000 },
      'anthropic:old': { type: 'token', provider: 'anthropic', token: fakeSetupToken('O'), expires: now - 3 * DAY },
      'anthropic:badexp': { type: 'token', provider: 'anthropic', token: fakeSetupToken('B'), expires: 0 },
      'anthropic:notoken': { type: 'token', provider: 'anthropic' },
      'anthropic:exec': { type: 'token', provider: 'anthropic', tokenRef: { source: 'exec', provider: 'vault', id: 'anthropic/setup-token' } },
      'openai-codex:me@example.com': { type: 'oauth', provider: 'openai-codex', access: 'acc', refresh: 'ref', expires: now + 3 * DAY + HOUR, email: 'me@example.com' },
      'openrouter:default': { type: 'token', provider: 'openrouter', token: 'openrouter-token' },
    },
    order: { anthropic: ['anthropic:tok', 'anthropic:key1'] },
    usageStats: {
      'anthropic:key1': { cooldownUntil: now + 10 * 60_000 + 25_000, errorCount: 2 },
      'anthropic:key2': { disabledUntil: now + 5 * HOUR + 20 * 60_000, disabledReason: 'billing' },
    },
  });
  home.writeFile(home.dotenvPath, '# gateway env\nOPENAI_API_KEY=sk-proj-OPENAI99OPENAI99OPENAI99\n');
  home.writeConfig({
    agents: {
      defaults: {
        model: { primary: 'opus', fallbacks: ['openai/gpt-5'] },
        imageModel: 'google/gemini-2.5-flash',
        models: { 'anthropic/claude-opus-4-6': { alias: 'opus' } },
      },
    },
  });
}

describe.skipIf(!peersInstalled)('interop with the real openclaw 2026.3.13', () => {
  it('reports the same status JSON and --check code as openclaw for a store with every kind of profile', async () => {
    const home = makeTempHome();
    richStore(home);
    const env = { XAI_API_KEY: 'xai-abcdefghijklmnopqrstuvwxyz' };
    const [theirs, ours] = await Promise.all([
      runOpenclaw(home.home, ['models', 'status', '--json', '--check'], { env }),
      runCli(home.home, ['models', 'status', '--json', '--check'], { env }),
    ]);
    expect(ours.code).toBe(theirs.code);
    expect(comparable(JSON.parse(ours.stdout))).toEqual(comparable(JSON.parse(theirs.stdout)));
  }, 60_000);

  it.each([
    ['a token expiring in 23h', { type: 'token', provider: 'anthropic', token: fakeSetupToken(), expires: Date.now() + 23 * HOUR }],
    ['a token expiring in 25h', { type: 'token', provider: 'anthropic', token: fakeSetupToken(), expires: Date.now() + 25 * HOUR }],
    ['an oauth profile without expires', { type: 'oauth', provider: 'anthropic', access: 'a', refresh: 'r' }],
    ['only an openai key (the default model is anthropic)', { type: 'api_key', provider: 'openai', key: 'sk-proj-x' }],
  ])('agrees with openclaw on the --check code for %s', async (_name, profile) => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: { [`${profile.provider}:x`]: profile } });
    const [theirs, ours] = await Promise.all([
      runOpenclaw(home.home, ['models', 'status', '--json', '--check']),
      runCli(home.home, ['models', 'status', '--json', '--check']),
    ]);
    expect(ours.code).toBe(theirs.code);
  }, 60_000);

  it('openclaw reads a token we stored, with its expiry, and accepts our openclaw.json', async () => {
    const home = makeTempHome();
    home.writeConfig({ gateway: { port: 18789 }, auth: { order: { anthropic: ['anthropic:other'] } } });
    const token = fakeSetupToken('W');
    expect((await runCli(home.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--storage', 'file'], { input: token })).code).toBe(0);
    const theirs = await runOpenclaw(home.home, ['models', 'status', '--json', '--check']);
    expect(theirs.stderr).not.toContain('Config invalid');
    expect(theirs.code).toBe(0);
    const json = JSON.parse(theirs.stdout);
    expect(json.auth.providers[0].profiles.labels).toEqual([`anthropic:manual=token:sk-ant-o...${token.slice(-8)}`]);
    const profile = json.auth.oauth.profiles.find((entry: { profileId: string }) => entry.profileId === 'anthropic:manual');
    expect(profile.status).toBe('ok');
    expect(profile.remainingMs).toBeGreaterThan(364 * DAY);
  }, 60_000);

  it('we read a token openclaw stored, and keep it when we add ours', async () => {
    const home = makeTempHome();
    const theirToken = fakeSetupToken('X');
    const pasted = await runOpenclaw(home.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--profile-id', 'anthropic:theirs', '--expires-in', '30d'], {
      input: `${theirToken}\r`,
    });
    expect(pasted.code).toBe(0);
    const status = JSON.parse((await runCli(home.home, ['models', 'status', '--json'])).stdout);
    expect(status.auth.providers[0].profiles.labels).toEqual([`anthropic:theirs=token:sk-ant-o...${theirToken.slice(-8)}`]);
    expect(status.auth.oauth.profiles[0]).toMatchObject({ profileId: 'anthropic:theirs', status: 'ok' });

    expect((await runCli(home.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--storage', 'file'], { input: fakeSetupToken('Y') })).code).toBe(0);
    const theirs = JSON.parse((await runOpenclaw(home.home, ['models', 'status', '--json'])).stdout);
    expect(theirs.auth.providers[0].profiles.count).toBe(2);
    expect(home.readStore().profiles['anthropic:theirs']?.token).toBe(theirToken);
  }, 60_000);

  it('an order we set is the order openclaw reports, and an order it clears is gone for us', async () => {
    const home = makeTempHome();
    home.writeStore({
      version: 1,
      profiles: {
        'anthropic:a': { type: 'api_key', provider: 'anthropic', key: fakeApiKey('A') },
        'anthropic:b': { type: 'token', provider: 'anthropic', token: fakeSetupToken('B'), expires: Date.now() + 9 * DAY },
      },
    });
    expect((await runCli(home.home, ['models', 'auth', 'order', 'set', '--provider', 'anthropic', 'anthropic:b', 'anthropic:a'])).code).toBe(0);
    const theirs = await runOpenclaw(home.home, ['models', 'auth', 'order', 'get', '--provider', 'anthropic', '--json']);
    expect(JSON.parse(theirs.stdout).order).toEqual(['anthropic:b', 'anthropic:a']);
    expect((await runOpenclaw(home.home, ['models', 'auth', 'order', 'clear', '--provider', 'anthropic'])).code).toBe(0);
    expect((await runCli(home.home, ['models', 'auth', 'order', 'get', '--provider', 'anthropic'])).stdout).toContain('Order override: (none)');
  }, 60_000);

  it('prints what openclaw prints, line for line: status with no tokens, order clear, order get --json', async () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: { 'anthropic:a': { type: 'api_key', provider: 'anthropic', key: fakeApiKey('A') } } });
    const lines = (text: string) => text.trim().split('\n');
    const [theirStatus, ourStatus] = await Promise.all([runOpenclaw(home.home, ['models', 'status']), runCli(home.home, ['models', 'status'])]);
    // Ours adds only trailing "!" notes after OpenClaw's own lines.
    const ours = lines(ourStatus.stdout).filter((line) => !line.startsWith('! '));
    expect(ours.slice(-2)).toEqual(['OAuth/token status', '- none']);
    expect(lines(theirStatus.stdout).slice(-2)).toEqual(['OAuth/token status', '- none']);
    for (const args of [['models', 'auth', 'order', 'clear', '--provider', 'anthropic'], ['models', 'auth', 'order', 'get', '--provider', 'anthropic', '--json']]) {
      const [theirs, ours] = await Promise.all([runOpenclaw(home.home, args), runCli(home.home, args)]);
      expect(ours.stdout, args.join(' ')).toBe(theirs.stdout.slice(theirs.stdout.indexOf(args.includes('--json') ? '{' : 'Agent:')));
    }
  }, 60_000);
});

describe.skipIf(!peersInstalled)('keychain refs resolved by the real openclaw 2026.3.13', () => {
  it('`openclaw secrets audit --check` resolves our keychain ref, and fails once the entry is gone', async () => {
    const session = startKeyringSession();
    try {
      const token = fakeSetupToken('R');
      const stored = await runCli(session.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--storage', 'keychain'], { input: token, env: session.env });
      expect(stored.code).toBe(0);
      const audit = await runOpenclaw(session.home, ['secrets', 'audit', '--check'], { env: session.env });
      expect(audit.stdout).toContain('Secrets audit: clean.');
      expect(audit.code).toBe(0);
      const status = JSON.parse((await runOpenclaw(session.home, ['models', 'status', '--json'], { env: session.env })).stdout);
      expect(status.auth.providers[0].profiles.labels).toEqual(['anthropic:manual=token:ref(exec:main/anthropic:manual)']);
      expect(status.auth.oauth.profiles[0]).toMatchObject({ profileId: 'anthropic:manual', status: 'ok' }); // expires kept: not "static"

      session.clear('main/anthropic:manual');
      const broken = await runOpenclaw(session.home, ['secrets', 'audit', '--check'], { env: session.env });
      expect(broken.code).toBe(2);
      expect(broken.stdout).toContain('REF_UNRESOLVED');
    } finally {
      session.stop();
    }
  }, 60_000);
});
