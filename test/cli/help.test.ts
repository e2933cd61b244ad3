import { describe, expect, it } from 'vitest';
import { makeTempHome } from '../helpers/temp-home.js';
import { runCli } from '../helpers/run-cli.js';

describe('command line', () => {
  it.each([
    [[], 'models'],
    [['models'], 'status'],
    [['models', 'status'], '--check'],
    [['models', 'auth'], 'paste-token'],
    [['models', 'auth', 'paste-token'], '--expires-in'],
    [['models', 'auth', 'order'], 'clear'],
    [['models', 'auth', 'order', 'set'], '<profileIds...>'],
  ])('%j --help explains itself', async (args, expected) => {
    const result = await runCli(makeTempHome().home, [...args, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: openclaw-auth');
    expect(result.stdout).toContain(expected);
  });

  it('prints its version', async () => {
    const result = await runCli(makeTempHome().home, ['--version']);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('rejects an unknown command or option in one line with exit 1', async () => {
    const home = makeTempHome().home;
    const command = await runCli(home, ['modles']);
    expect(command.code).toBe(1);
    expect(command.stderr).toContain("error: unknown command 'modles' (did you mean models?)");
    const sub = await runCli(home, ['models', 'stauts']);
    expect(sub.code).toBe(1);
    expect(sub.stderr).toContain("error: unknown command 'stauts' (did you mean status?)");
    const option = await runCli(home, ['models', 'status', '--bogus']);
    expect(option.code).toBe(1);
    expect(option.stderr).toContain("error: unknown option '--bogus'");
  });
});
