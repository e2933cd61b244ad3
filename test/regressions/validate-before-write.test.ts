// Regression tests from the adversarial review (issue 13): everything is checked before the first
// write, so a command fully succeeds or changes nothing; no secret is echoed or handed to a child.
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { fakeApiKey, fakeSetupToken, makeTempHome, type TempHome } from '../helpers/temp-home.js';

const paste = (home: string, args: string[], input: string, env?: Record<string, string>) =>
  runCli(home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--storage', 'file', ...args], { input, ...(env ? { env } : {}) });

/** Every file under the state dir, with its text: to show nothing was written. */
function snapshot(home: TempHome): string {
  if (!existsSync(home.stateDir)) return '(no state dir)';
  return JSON.stringify(readFileSync(home.storePath(), 'utf8')) + (existsSync(home.configPath) ? readFileSync(home.configPath, 'utf8') : '');
}

describe('validate everything before the first write', () => {
  it('a token cut at 80 columns is refused by paste-token, paste-api-key and onboard, saying how many characters arrived', async () => {
    const home = makeTempHome();
    const cutToken = fakeSetupToken().slice(0, 80);
    const cutKey = fakeApiKey().slice(0, 80);
    for (const [args, input] of [
      [['models', 'auth', 'paste-token', '--provider', 'anthropic', '--storage', 'file'], cutToken],
      [['models', 'auth', 'paste-api-key', '--provider', 'anthropic', '--storage', 'file'], cutKey],
      [['onboard', '--non-interactive', '--auth-choice', 'token', '--secret-stdin', '--storage', 'file'], cutToken],
    ] as const) {
      const result = await runCli(home.home, args, { input });
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^✗ the (Claude setup-token|Anthropic API key) is cut short: 80 characters arrived, a complete one has 108; a terminal's line wrap cut it/);
    }
    expect(existsSync(home.stateDir)).toBe(false);
  });

  it('--allow-unknown-format lets a future format through, with a warning', async () => {
    const home = makeTempHome();
    const longer = `${fakeSetupToken().slice(0, -2)}xyzAA`;
    const result = await paste(home.home, ['--allow-unknown-format'], longer);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('! 111 characters, not the known Claude setup-token shape: stored because of --allow-unknown-format');
    expect(home.readStore().profiles['anthropic:manual']?.token).toBe(longer);
  });

  it.each([
    ['300000y', /too far ahead: use at most 100y/],
    [`${'9'.repeat(400)}d`, /invalid duration/],
    ['0.0001ms', /invalid duration|already expired/],
    ['10s', /would store a token that has already expired: use at least 1m/],
  ])('--expires-in %s is refused before anything is written', async (value, message) => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: {} });
    const before = snapshot(home);
    const result = await paste(home.home, ['--expires-in', value], fakeSetupToken());
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/^✗ /);
    expect(snapshot(home)).toBe(before);
  });

  it('a 200k-deep openclaw.json stops the paste before the profile is written, naming the file', async () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: {} });
    const depth = 200_000;
    home.writeFile(home.configPath, `{"a":${'['.repeat(depth)}${']'.repeat(depth)}}`);
    const before = snapshot(home);
    const result = await paste(home.home, [], fakeSetupToken());
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`✗ ${home.configPath} is not valid: nested too deeply to read or rewrite`);
    expect(snapshot(home)).toBe(before);
  });

  it('a deeply nested auth-profiles.json names the file (not "Maximum call stack size exceeded") in paste, status and doctor, and is left as it was', async () => {
    for (const depth of [200_000]) {
      const home = makeTempHome();
      home.writeFile(home.storePath(), `{"version":1,"profiles":{},"x":${'['.repeat(depth)}${']'.repeat(depth)}}`);
      const before = snapshot(home);
      for (const args of [['models', 'auth', 'paste-token', '--provider', 'anthropic', '--storage', 'file'], ['models', 'status', '--json'], ['doctor']]) {
        const result = await runCli(home.home, args, { input: fakeSetupToken() });
        expect(result.code, `${depth}: ${args.join(' ')}`).toBe(1);
        expect(result.stdout + result.stderr, `${depth}: ${args.join(' ')}`).not.toContain('Maximum call stack size exceeded');
        expect(result.stdout + result.stderr, `${depth}: ${args.join(' ')}`).toContain(`${home.storePath()} is not valid`);
      }
      expect(snapshot(home)).toBe(before);
    }
  });

  it('--secret-env given the secret itself does not echo it, and children never inherit the variable', async () => {
    const home = makeTempHome();
    const token = fakeSetupToken('V');
    const echoed = await paste(home.home, ['--secret-env', token], '');
    expect(echoed.code).toBe(1);
    expect(echoed.stderr).toContain('--secret-env takes the name of an environment variable');
    expect(echoed.stderr + echoed.stdout).not.toContain(token.slice(13, 40));

    // A stand-in openclaw records the environment it was started with (we run `openclaw --version`).
    const record = join(home.home, 'openclaw-env.txt');
    const openclaw = join(home.home, 'openclaw');
    writeFileSync(openclaw, `#!/bin/sh\nenv > '${record}'\necho "OpenClaw 2026.3.13"\n`);
    chmodSync(openclaw, 0o755);
    const stored = await paste(home.home, ['--secret-env', 'MY_TOKEN'], '', { MY_TOKEN: token, OPENCLAW_BIN: openclaw });
    expect(stored.code).toBe(0);
    expect(readFileSync(record, 'utf8')).toContain('HOME=');
    expect(readFileSync(record, 'utf8')).not.toContain('MY_TOKEN');
    expect(readFileSync(record, 'utf8')).not.toContain(token);
  });

  it('--secret-env falls back to <state>/.env, where a daemon keeps its variables', async () => {
    const home = makeTempHome();
    home.writeFile(home.dotenvPath, `MY_TOKEN=${fakeSetupToken('D')}\n`);
    const result = await paste(home.home, ['--secret-env', 'MY_TOKEN'], '');
    expect(result.code).toBe(0);
    expect(home.readStore().profiles['anthropic:manual']?.token).toBe(fakeSetupToken('D'));
  });

  it('prototype keys are ids like any other: logout constructor finds no profile, secrets resolve answers for __proto__', async () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: {} });
    const logout = await runCli(home.home, ['models', 'auth', 'logout', 'constructor', '--yes']);
    expect(logout.code).toBe(1);
    expect(logout.stderr).toContain('✗ Auth profile "constructor" not found for agent "main".');
    const resolve = await runCli(home.home, ['secrets', 'resolve'], { input: JSON.stringify({ protocolVersion: 1, ids: ['__proto__'] }), env: { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent' } });
    const answer = JSON.parse(resolve.stdout) as { values: object; errors: Record<string, unknown> };
    expect(Object.keys(answer.errors)).toEqual(['__proto__']);
  });

  it('a custom provider named constructor or __proto__ crashes nothing: status, --check, --json, model status and doctor', async () => {
    for (const provider of ['constructor', '__proto__']) {
      const home = makeTempHome();
      if (provider === 'constructor') {
        const stored = await runCli(home.home, ['models', 'auth', 'paste-api-key', '--provider', provider, '--custom-provider', '--storage', 'file'], { input: 'custom-key-0123456789' });
        expect(stored.code, stored.stderr).toBe(0);
      } else {
        // Its profile id cannot start with "_" here; OpenClaw, or a hand edit, can still put one in the store.
        home.writeStore({ version: 1, profiles: { 'custom:proto': { type: 'api_key', provider, key: 'custom-key-0123456789' } } });
      }
      for (const args of [['models', 'status'], ['models', 'status', '--check'], ['models', 'status', '--json'], ['model', 'status'], ['doctor']]) {
        const result = await runCli(home.home, args);
        expect(result.stderr, `${provider}: ${args.join(' ')}`).not.toMatch(/is not a function|TypeError|at .*\.cjs/);
        expect([0, 1], `${provider}: ${args.join(' ')}`).toContain(result.code);
      }
      const status = await runCli(home.home, ['models', 'status']);
      expect(status.stdout).toContain(`- ${provider} effective=profiles:`);
    }
  });

  it('paste-token replacing a profile needs --yes without a terminal, and then says Replaced', async () => {
    const home = makeTempHome();
    expect((await paste(home.home, [], fakeSetupToken('1'))).code).toBe(0);
    const refused = await paste(home.home, [], fakeSetupToken('2'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('✗ anthropic:manual exists already: add --yes to replace it (nothing changed)');
    expect(home.readStore().profiles['anthropic:manual']?.token).toBe(fakeSetupToken('1'));
    const replaced = await paste(home.home, ['--yes'], fakeSetupToken('2'));
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toContain('✓ Replaced anthropic:manual: stored sk-ant-o');
  });

  it("doctor's fix for a setup-token in .env's ANTHROPIC_API_KEY works as printed and never replaces a profile", async () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: { 'anthropic:manual': { type: 'token', provider: 'anthropic', token: fakeSetupToken('M'), expires: Date.now() + 1e10 } } });
    home.writeFile(home.dotenvPath, `# gateway\nANTHROPIC_API_KEY=${fakeSetupToken('E')}\nOTHER=1\n`);
    const doctor = await runCli(home.home, ['doctor']);
    expect(doctor.stdout).toContain('✗ ANTHROPIC_API_KEY in ~/.openclaw/.env holds a setup-token');
    const fix = /fix: (openclaw-auth doctor --fix)\s+\(stores it as auth profile (anthropic:from-env)/.exec(doctor.stdout);
    expect(fix).not.toBeNull();
    const applied = await runCli(home.home, ['doctor', '--fix', '--yes']);
    expect(applied.stdout).toContain('→ stored the setup-token as anthropic:from-env');
    const store = home.readStore();
    expect(store.profiles['anthropic:manual']?.token).toBe(fakeSetupToken('M'));
    expect(store.profiles['anthropic:from-env']?.token ?? store.profiles['anthropic:from-env']?.tokenRef).toBeTruthy();
    // How old it is nobody knows: no made-up year.
    expect(store.profiles['anthropic:from-env']?.expires).toBeUndefined();
    expect(applied.stdout).toContain('(expiry unknown: when it was made is not known');
    expect(readFileSync(home.dotenvPath, 'utf8')).toBe('# gateway\nOTHER=1\n');
    expect(applied.stdout).not.toContain('holds a setup-token');
  });
});
