import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { DAY, fakeApiKey, fakeSetupToken, makeTempHome } from '../helpers/temp-home.js';

function seed() {
  const home = makeTempHome();
  home.writeConfig({ agents: { defaults: { model: { primary: 'opus' }, models: { 'anthropic/claude-opus-4-6': { alias: 'opus' } } } }, models: { providers: { anthropic: { baseUrl: 'https://proxy.example/anthropic' } } } });
  home.writeStore({
    version: 1,
    profiles: {
      'anthropic:manual': { type: 'token', provider: 'anthropic', token: fakeSetupToken('M'), expires: Date.now() + 30 * DAY },
      'anthropic:work': { type: 'api_key', provider: 'anthropic', key: fakeApiKey('W') },
      'openai:default': { type: 'api_key', provider: 'openai', key: 'sk-proj-abcdefghijklmnopqrstuvwxyz0123' },
    },
    usageStats: { 'anthropic:work': { cooldownUntil: Date.now() + 10 * 60_000 } },
  });
  return home;
}

describe('model status / list', () => {
  it('shows the next profile per provider, why, and the endpoint', async () => {
    const home = seed();
    const result = await runCli(home.home, ['model', 'status']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Current: anthropic/claude-opus-4-6\nDefault: anthropic/claude-opus-4-6\nAgent: main');
    expect(result.stdout).toMatch(/\[anthropic\] endpoint: https:\/\/proxy\.example\/anthropic \(config\) auth: anthropic:manual=token:sk-ant-o\.\.\.\S+ \(next, exp 30d\), anthropic:work=sk-ant-a\.\.\.\S+ \(cooldown 10m\)/);
    expect(result.stdout).toContain('  • anthropic/claude-opus-4-6 (opus)');
    expect(result.stdout).not.toContain(fakeApiKey('W'));
  });

  it('a spec pins a profile: it becomes the one used', async () => {
    const home = seed();
    const result = await runCli(home.home, ['model', 'status', 'opus@anthropic:work', '--json']);
    const json = JSON.parse(result.stdout);
    expect(json.selected).toEqual({ model: 'anthropic/claude-opus-4-6', provider: 'anthropic', alias: 'opus', profileId: 'anthropic:work' });
    expect(json.providers.find((provider: { provider: string }) => provider.provider === 'anthropic').next).toBe('anthropic:work');
  });

  it.each([
    ['opus@anthropic:nope', 'Auth profile "anthropic:nope" not found.'],
    ['opus@openai:default', 'Auth profile "openai:default" is for openai, not anthropic.'],
  ])('%s: a clear error, exit 1', async (spec, message) => {
    const result = await runCli(seed().home, ['model', 'status', spec]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
  });

  it('list (not a terminal): every /model line that can be used', async () => {
    const result = await runCli(seed().home, ['model', 'list']);
    expect(result.stdout.split('\n').map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual(
      expect.arrayContaining(['/model opus', '/model opus@anthropic:manual', '/model opus@anthropic:work']),
    );
  });
});
