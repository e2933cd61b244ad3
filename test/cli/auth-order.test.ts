import { describe, expect, it } from 'vitest';
import { fakeApiKey, fakeSetupToken, makeTempHome } from '../helpers/temp-home.js';
import { runCli } from '../helpers/run-cli.js';

function seed() {
  const home = makeTempHome();
  home.writeConfig({ agents: { list: [{ id: 'work' }] } });
  const profiles = {
    'anthropic:manual': { type: 'token', provider: 'anthropic', token: fakeSetupToken() },
    'anthropic:work': { type: 'api_key', provider: 'anthropic', key: fakeApiKey() },
    'openai:default': { type: 'api_key', provider: 'openai', key: 'sk-proj-x' },
  };
  home.writeStore({ version: 1, profiles, usageStats: { 'anthropic:work': { lastUsed: 7 } } });
  return { home, profiles };
}

describe('models auth order', () => {
  it('get shows no override, set writes it, get shows it, clear removes it', async () => {
    const { home, profiles } = seed();
    const order = (...args: string[]) => runCli(home.home, ['models', 'auth', 'order', ...args]);
    expect((await order('get', '--provider', 'anthropic')).stdout).toBe(
      'Agent: main\nProvider: anthropic\nAuth file: ~/.openclaw/agents/main/agent/auth-profiles.json\nOrder override: (none)\n',
    );
    const set = await order('set', '--provider', 'anthropic', 'anthropic:work', 'anthropic:manual', 'anthropic:work');
    expect(set.code).toBe(0);
    expect(home.readStore().order).toEqual({ anthropic: ['anthropic:work', 'anthropic:manual'] });
    expect(home.readStore().profiles).toEqual(profiles);
    expect(home.readStore().usageStats).toEqual({ 'anthropic:work': { lastUsed: 7 } });
    const json = JSON.parse((await order('get', '--provider', 'anthropic', '--json')).stdout);
    expect(json).toEqual({ agentId: 'main', agentDir: home.agentDir(), provider: 'anthropic', authStorePath: '~/.openclaw/agents/main/agent/auth-profiles.json', order: ['anthropic:work', 'anthropic:manual'] });
    expect((await order('clear', '--provider', 'anthropic')).stdout).toBe('Agent: main\nProvider: anthropic\nCleared per-agent order override.\n');
    expect(home.readStore()).not.toHaveProperty('order');
  });

  it.each([
    [['anthropic:nope'], 'Auth profile "anthropic:nope" not found in ~/.openclaw/agents/main/agent.'],
    [['openai:default'], 'Auth profile "openai:default" is for openai, not anthropic.'],
    [[], "✗ missing required argument 'profileIds'"],
  ])('set %j refuses and changes nothing', async (ids, message) => {
    const { home } = seed();
    const before = home.readStore();
    const result = await runCli(home.home, ['models', 'auth', 'order', 'set', '--provider', 'anthropic', ...ids]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(home.readStore()).toEqual(before);
  });

  it('--agent picks that agent\'s store', async () => {
    const { home } = seed();
    home.writeStore({ version: 1, profiles: { 'anthropic:w': { type: 'api_key', provider: 'anthropic', key: 'k' } } }, 'work');
    const result = await runCli(home.home, ['models', 'auth', 'order', 'set', '--provider', 'anthropic', '--agent', 'work', 'anthropic:w']);
    expect(result.code).toBe(0);
    expect(home.readStore('work').order).toEqual({ anthropic: ['anthropic:w'] });
    expect(home.readStore()).not.toHaveProperty('order');
  });
});
