import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath, normalizeAgentId, resolveAgentLocation, resolveStatePaths } from '../../src/paths.js';
import { makeTempHome } from '../helpers/temp-home.js';

describe('paths (OpenClaw §2.4)', () => {
  it('defaults to ~/.openclaw', () => {
    const { home } = makeTempHome();
    expect(resolveStatePaths({ HOME: home }, '/')).toEqual({
      home,
      stateDir: join(home, '.openclaw'),
      configPath: join(home, '.openclaw', 'openclaw.json'),
      dotenvPath: join(home, '.openclaw', '.env'),
    });
  });

  it('honours OPENCLAW_STATE_DIR, OPENCLAW_CONFIG_PATH and OPENCLAW_HOME', () => {
    const { home } = makeTempHome();
    expect(resolveStatePaths({ HOME: home, OPENCLAW_STATE_DIR: '~/state2' }, '/').stateDir).toBe(join(home, 'state2'));
    expect(resolveStatePaths({ HOME: home, OPENCLAW_CONFIG_PATH: '/etc/oc.json' }, '/').configPath).toBe('/etc/oc.json');
    expect(resolveStatePaths({ HOME: home, OPENCLAW_HOME: '~/alt' }, '/').configPath).toBe(join(home, 'alt', '.openclaw', 'openclaw.json'));
  });

  it('falls back to a legacy state dir only when ~/.openclaw does not exist', () => {
    const { home } = makeTempHome();
    mkdirSync(join(home, '.clawdbot'));
    expect(resolveStatePaths({ HOME: home }, '/').stateDir).toBe(join(home, '.clawdbot'));
    mkdirSync(join(home, '.openclaw'));
    expect(resolveStatePaths({ HOME: home }, '/').stateDir).toBe(join(home, '.openclaw'));
  });

  it('reads the config from ~/.openclaw when OPENCLAW_STATE_DIR has none (as OpenClaw does)', () => {
    const temp = makeTempHome();
    temp.writeConfig({});
    expect(resolveStatePaths({ HOME: temp.home, OPENCLAW_STATE_DIR: join(temp.home, 's2') }, '/').configPath).toBe(temp.configPath);
  });

  it('resolves agent dirs from --agent, agents.list and OPENCLAW_AGENT_DIR', () => {
    const { home } = makeTempHome();
    const paths = resolveStatePaths({ HOME: home }, '/');
    expect(resolveAgentLocation(paths, {}, '/', undefined).agentDir).toBe(join(home, '.openclaw/agents/main/agent'));
    expect(resolveAgentLocation(paths, { OPENCLAW_AGENT_DIR: '/x/agent' }, '/', undefined).agentDir).toBe('/x/agent');
    expect(resolveAgentLocation(paths, {}, '/', 'Work', [{ id: 'work' }]).agentDir).toBe(join(home, '.openclaw/agents/work/agent'));
    expect(resolveAgentLocation(paths, {}, '/', 'ops', [{ id: 'ops', agentDir: '~/ops-agent' }]).agentDir).toBe(join(home, 'ops-agent'));
  });

  it('rejects an unknown or malformed agent id with the known ones', () => {
    const { home } = makeTempHome();
    const paths = resolveStatePaths({ HOME: home }, '/');
    expect(() => resolveAgentLocation(paths, {}, '/', 'nosuch', [{ id: 'work' }])).toThrow('unknown agent id "nosuch" (known: main, work)');
    expect(() => normalizeAgentId('../etc')).toThrow(/invalid agent id/);
  });

  it('shows paths under home with ~', () => {
    expect(displayPath('/home/u/.openclaw/openclaw.json', '/home/u')).toBe('~/.openclaw/openclaw.json');
    expect(displayPath('/home/user2/x', '/home/u')).toBe('/home/user2/x');
  });
});
