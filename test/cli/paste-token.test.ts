import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DAY, fakeApiKey, fakeSetupToken, makeTempHome } from '../helpers/temp-home.js';
import { runCli } from '../helpers/run-cli.js';

// These tests are about auth-profiles.json, so they choose file storage; the keychain has its own
// tests against a real daemon (test/keychain).
const paste = (home: string, args: string[], input: string, env?: Record<string, string>) =>
  runCli(home, ['models', 'auth', 'paste-token', '--storage', 'file', ...args], { input, ...(env ? { env } : {}) });

describe('models auth paste-token (file storage)', () => {
  it('stores a token wrapped by the terminal exactly, with a 365 d expiry, and records it in openclaw.json', async () => {
    const home = makeTempHome();
    const token = fakeSetupToken();
    const wrapped = `${token.slice(0, 40)}\n${token.slice(40, 80)}\r\n${token.slice(80)}\n`;
    const before = Date.now();
    const result = await paste(home.home, ['--provider', 'Anthropic'], wrapped);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'Updated ~/.openclaw/openclaw.json',
        'Auth profile: anthropic:manual (anthropic/token)',
        `✓ Stored sk-ant-o...${token.slice(-8)} in ~/.openclaw/agents/main/agent/auth-profiles.json (expires ${new Date(before + 365 * DAY).toISOString().slice(0, 10)})`,
        '',
      ].join('\n'),
    );
    const stored = home.readStore().profiles['anthropic:manual'];
    expect(stored).toMatchObject({ type: 'token', provider: 'anthropic', token });
    expect(stored?.expires as number).toBeGreaterThanOrEqual(before + 365 * DAY);
    expect(stored?.expires as number).toBeLessThan(Date.now() + 365 * DAY + 1000);
    expect(home.readConfig().auth.profiles['anthropic:manual']).toEqual({ provider: 'anthropic', mode: 'token' });
    expect(home.mode(home.storePath())).toBe(0o600);
    expect(home.mode(home.configPath)).toBe(0o600);
    expect(home.mode(home.agentDir())).toBe(0o700);
  });

  it('honours --profile-id and --expires-in, and keeps other profiles', async () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: { 'anthropic:work': { type: 'api_key', provider: 'anthropic', key: fakeApiKey() } } });
    const result = await paste(home.home, ['--provider', 'anthropic', '--profile-id', 'anthropic:laptop', '--expires-in', '12h'], fakeSetupToken());
    expect(result.code).toBe(0);
    const store = home.readStore();
    expect(Object.keys(store.profiles)).toEqual(['anthropic:work', 'anthropic:laptop']);
    const expires = store.profiles['anthropic:laptop']?.expires as number;
    expect(Math.abs(expires - (Date.now() + 12 * 3_600_000))).toBeLessThan(10_000);
  });

  it('reads the token from a named environment variable (never argv)', async () => {
    const home = makeTempHome();
    const result = await paste(home.home, ['--provider', 'anthropic', '--secret-env', 'MY_TOKEN'], '', { MY_TOKEN: fakeSetupToken('E') });
    expect(result.code).toBe(0);
    expect(home.readStore().profiles['anthropic:manual']?.token).toBe(fakeSetupToken('E'));
  });

  it.each([
    ['empty input', '', /no secret given/],
    ['only a newline', '\n', /no secret given/],
    ['a truncated token', fakeSetupToken().slice(0, 70), /cut short: 70 characters arrived/],
    ['an API key', fakeApiKey(), /API key .*not a setup-token/],
    ['garbage', 'hello world', /starting with sk-ant-oat01-/],
  ])('refuses %s: exit 1, one line, nothing written', async (_name, input, message) => {
    const home = makeTempHome();
    const result = await paste(home.home, ['--provider', 'anthropic'], input);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')[0]).toMatch(/^✗ /);
    expect(result.stdout).toBe('');
    expect(existsSync(home.storePath())).toBe(false);
    expect(existsSync(home.configPath)).toBe(false);
  });

  it('does not print the token, even when it is rejected', async () => {
    const home = makeTempHome();
    const apiKey = fakeApiKey();
    const rejected = await paste(home.home, ['--provider', 'anthropic'], apiKey);
    expect(rejected.stdout + rejected.stderr).not.toContain(apiKey.slice(13, 40));
    const token = fakeSetupToken();
    const accepted = await paste(home.home, ['--provider', 'anthropic'], token);
    expect(accepted.stdout + accepted.stderr).not.toContain(token.slice(13, 90));
  });

  it('refuses a bad --expires-in and an invalid profile id before reading anything', async () => {
    const home = makeTempHome();
    const badDuration = await paste(home.home, ['--provider', 'anthropic', '--expires-in', 'bogus'], fakeSetupToken());
    expect(badDuration.code).toBe(1);
    expect(badDuration.stderr).toContain('invalid duration: bogus');
    const badId = await paste(home.home, ['--provider', 'anthropic', '--profile-id', 'no spaces allowed'], fakeSetupToken());
    expect(badId.code).toBe(1);
    expect(badId.stderr).toContain('invalid profile id');
    expect(existsSync(home.storePath())).toBe(false);
  });

  it('takes the profile ids OpenClaw takes in any script (anthropic:İş, iş, Işık, काम): stored, shown by status, removed by logout', async () => {
    const home = makeTempHome();
    const ids = ['anthropic:İş', 'anthropic:iş', 'anthropic:Işık', 'anthropic:काम'];
    for (const [index, id] of ids.entries()) {
      const result = await paste(home.home, ['--provider', 'anthropic', '--profile-id', id], fakeSetupToken(String(index)));
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain(`Auth profile: ${id} (anthropic/token)`);
    }
    expect(Object.keys(home.readStore().profiles).sort()).toEqual([...ids].sort());
    const status = await runCli(home.home, ['models', 'status']);
    for (const id of ids) expect(status.stdout).toContain(id);
    const logout = await runCli(home.home, ['models', 'auth', 'logout', 'anthropic:İş', '--yes']);
    expect(logout.code).toBe(0);
    expect(Object.keys(home.readStore().profiles).sort()).toEqual(ids.filter((id) => id !== 'anthropic:İş').sort());
  });

  it('requires --provider, like OpenClaw', async () => {
    const home = makeTempHome();
    const result = await runCli(home.home, ['models', 'auth', 'paste-token'], { input: fakeSetupToken() });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("✗ required option '--provider <name>' not specified");
  });

  it('never overwrites a corrupt store', async () => {
    const home = makeTempHome();
    home.writeFile(home.storePath(), '{"version":1,"profiles":{"anthropic:old":');
    const result = await paste(home.home, ['--provider', 'anthropic'], fakeSetupToken());
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${home.storePath()} is not valid`);
    expect(readFileSync(home.storePath(), 'utf8')).toBe('{"version":1,"profiles":{"anthropic:old":');
  });

  it('keeps all 20 profiles when 20 processes paste at once', async () => {
    const home = makeTempHome();
    const tokens = Array.from({ length: 20 }, (_, index) => fakeSetupToken(String.fromCharCode(65 + index)));
    const results = await Promise.all(
      tokens.map((token, index) => paste(home.home, ['--provider', 'anthropic', '--profile-id', `anthropic:p${index}`], token)),
    );
    expect(results.map((result) => result.code)).toEqual(Array(20).fill(0));
    const profiles = home.readStore().profiles;
    expect(Object.keys(profiles).sort()).toEqual(tokens.map((_, index) => `anthropic:p${index}`).sort());
    tokens.forEach((token, index) => expect(profiles[`anthropic:p${index}`]?.token).toBe(token));
    expect(Object.keys(home.readConfig().auth.profiles)).toHaveLength(20);
    // No temp or lock files left behind.
    expect(readdirSync(home.agentDir())).toEqual(['auth-profiles.json']);
  }, 60_000);
});
