import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { startFakeAnthropic } from '../helpers/fake-provider.js';
import { DAY, fakeApiKey, fakeSetupToken, makeTempHome } from '../helpers/temp-home.js';

const onboard = (home: string, args: string[], options: { input?: string; env?: Record<string, string> } = {}) =>
  runCli(home, ['onboard', '--non-interactive', ...args], options);

describe('onboard --non-interactive', () => {
  it('an API key from stdin, checked with the provider, into .env; --json says where', async () => {
    const home = makeTempHome();
    const key = fakeApiKey('J');
    const server = await startFakeAnthropic([key]);
    const result = await onboard(home.home, ['--auth-choice', 'apiKey', '--provider', 'anthropic', '--secret-stdin', '--storage', 'env', '--json'], {
      input: `${key}\n`,
      env: { ANTHROPIC_BASE_URL: server.baseUrl },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      profileId: null,
      provider: 'anthropic',
      kind: 'api_key',
      storage: 'env',
      location: '~/.openclaw/.env (ANTHROPIC_API_KEY)',
      secret: `sk-ant-a...${key.slice(-8)}`,
      expires: null,
      envVar: 'ANTHROPIC_API_KEY',
    });
    expect(readFileSync(home.dotenvPath, 'utf8')).toBe(`ANTHROPIC_API_KEY=${key}\n`);
    expect(result.stdout).not.toContain(key);
  });

  it('a rejected key: exit 1, the provider\'s reason, nothing written', async () => {
    const home = makeTempHome();
    const server = await startFakeAnthropic([]);
    const result = await onboard(home.home, ['--auth-choice', 'apiKey', '--secret-stdin', '--storage', 'file'], { input: fakeApiKey('X'), env: { ANTHROPIC_BASE_URL: server.baseUrl } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the provider rejected the key (401: invalid x-api-key)');
    expect(existsSync(home.stateDir)).toBe(false);
  });

  it('a setup-token from an environment variable as a token profile, default id anthropic:default, 365 d', async () => {
    const home = makeTempHome();
    const token = fakeSetupToken('T');
    const result = await onboard(home.home, ['--auth-choice', 'token', '--provider', 'anthropic', '--secret-env', 'MY_TOKEN', '--storage', 'file'], { env: { MY_TOKEN: token } });
    expect(result.code).toBe(0);
    const stored = home.readStore().profiles['anthropic:default'];
    expect(stored).toMatchObject({ type: 'token', provider: 'anthropic', token });
    expect(stored?.expires as number).toBeGreaterThan(Date.now() + 364 * DAY);
  });

  it('OpenClaw\'s --token works, with a warning that the command line is visible', async () => {
    const home = makeTempHome();
    const token = fakeSetupToken('A');
    const result = await onboard(home.home, ['--auth-choice', 'token', '--token-provider', 'anthropic', '--token', token, '--token-expires-in', '30d', '--token-profile-id', 'anthropic:ci', '--storage', 'file']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('! --token puts the secret on the command line, where other users can see it');
    expect(result.stderr + result.stdout).not.toContain(token.slice(12, 90));
    expect((home.readStore().profiles['anthropic:ci']?.expires as number) - Date.now()).toBeLessThan(30 * DAY + 60_000);
  });

  it('missing flags: one line listing what is needed', async () => {
    const home = makeTempHome();
    const result = await onboard(home.home, []);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe('✗ --non-interactive needs --auth-choice apiKey|token|setup-token and --secret-stdin or --secret-env <VAR>');
  });

  it('a setup-token offered as an API key is refused with the reason', async () => {
    const home = makeTempHome();
    const result = await onboard(home.home, ['--auth-choice', 'apiKey', '--secret-stdin', '--no-verify'], { input: fakeSetupToken() });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('only authorized for use with Claude Code');
  });

  it('without a terminal and without --non-interactive, says which flags to use', async () => {
    const home = makeTempHome();
    const result = await runCli(home.home, ['onboard']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('onboard is an interactive wizard and needs a terminal');
    expect(result.stderr).toContain('--non-interactive --auth-choice');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
