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
    expect(command.stderr).toContain("✗ unknown command 'modles' (did you mean models?)");
    const sub = await runCli(home, ['models', 'stauts']);
    expect(sub.code).toBe(1);
    expect(sub.stderr).toContain("✗ unknown command 'stauts' (did you mean status?)");
    const option = await runCli(home, ['models', 'status', '--bogus']);
    expect(option.code).toBe(1);
    expect(option.stderr).toBe("✗ unknown option '--bogus' (run with --help for usage)\n");
  });

  it('says its usage once: "Usage: openclaw-auth [options] [command]"', async () => {
    const help = await runCli(makeTempHome().home, ['--help']);
    expect(help.stdout.split('\n')[0]).toBe('Usage: openclaw-auth [options] [command]');
  });

  it('refuses a provider it does not know, with a guess; --custom-provider takes one on purpose', async () => {
    const home = makeTempHome();
    const typo = await runCli(home.home, ['models', 'auth', 'paste-token', '--provider', 'antropic', '--storage', 'file'], { input: 'sk-ant-oat01-whatever' });
    expect(typo.code).toBe(1);
    expect(typo.stderr).toBe('✗ unknown provider "antropic" (did you mean anthropic?); for a provider openclaw-auth does not know, add --custom-provider\n');
    expect(home.readStore).toThrow();
    const custom = await runCli(home.home, ['models', 'auth', 'paste-token', '--provider', 'acme', '--custom-provider', '--storage', 'file'], { input: 'acme-token-0123456789' });
    expect(custom.code).toBe(0);
    expect(home.readStore().profiles['acme:manual']?.token).toBe('acme-token-0123456789');
  });
});
