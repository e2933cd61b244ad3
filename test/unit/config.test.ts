import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CorruptFileError } from '../../src/errors.js';
import { configEnvVars, readConfig, recordAuthProfile, updateConfig } from '../../src/store/config.js';
import { makeTempHome } from '../helpers/temp-home.js';

describe('openclaw.json', () => {
  it('reads JSON5 (comments, trailing commas, unquoted keys)', async () => {
    const home = makeTempHome();
    home.writeFile(home.configPath, `// my gateway\n{ agents: { defaults: { model: 'anthropic/claude-sonnet-4-5', }, }, }\n`);
    expect((await readConfig(home.configPath)).raw).toEqual({ agents: { defaults: { model: 'anthropic/claude-sonnet-4-5' } } });
  });

  it('records a profile keeping every other key, moves it to the front of an existing order, backs up', async () => {
    const home = makeTempHome();
    const before = {
      gateway: { port: 18789, auth: { token: 'gw' } },
      auth: { profiles: { 'anthropic:work': { provider: 'anthropic', mode: 'api_key' } }, order: { anthropic: ['anthropic:work', 'anthropic:manual'] } },
      secrets: { providers: { vault: { source: 'exec', command: '/x' } } },
    };
    home.writeConfig(before);
    await updateConfig(home.configPath, (config) => recordAuthProfile(config, 'anthropic:manual', 'anthropic', 'token'));
    const after = home.readConfig();
    expect(after.gateway).toEqual(before.gateway);
    expect(after.secrets).toEqual(before.secrets);
    expect(after.auth.profiles).toEqual({
      'anthropic:work': { provider: 'anthropic', mode: 'api_key' },
      'anthropic:manual': { provider: 'anthropic', mode: 'token' },
    });
    expect(after.auth.order.anthropic).toEqual(['anthropic:manual', 'anthropic:work']);
    expect(JSON.parse(readFileSync(`${home.configPath}.bak`, 'utf8'))).toEqual(before);
    expect(home.mode(home.configPath)).toBe(0o600);
    expect(home.mode(`${home.configPath}.bak`)).toBe(0o600);
  });

  it('writes only provider and mode (OpenClaw rejects other keys there)', async () => {
    const home = makeTempHome();
    await updateConfig(home.configPath, (config) => recordAuthProfile(config, 'openrouter:manual', 'openrouter', 'token'));
    expect(home.readConfig()).toEqual({ auth: { profiles: { 'openrouter:manual': { provider: 'openrouter', mode: 'token' } } } });
    expect(existsSync(`${home.configPath}.bak`)).toBe(false);
  });

  it('refuses a corrupt config with its path and leaves it as it was', async () => {
    const home = makeTempHome();
    home.writeFile(home.configPath, '{ auth: ');
    await expect(updateConfig(home.configPath, () => undefined)).rejects.toThrow(CorruptFileError);
    await expect(readConfig(home.configPath)).rejects.toThrow(home.configPath);
    expect(readFileSync(home.configPath, 'utf8')).toBe('{ auth: ');
  });

  it('collects env.vars and top-level env strings, skipping ${…} templates', () => {
    expect(configEnvVars({ env: { OPENAI_API_KEY: 'a', vars: { ANTHROPIC_API_KEY: 'b', X: '${Y}' }, shellEnv: { enabled: true } } })).toEqual({
      OPENAI_API_KEY: 'a',
      ANTHROPIC_API_KEY: 'b',
    });
  });
});
