import { describe, expect, it } from 'vitest';
import { DAY, HOUR, fakeApiKey, fakeSetupToken, makeTempHome } from '../helpers/temp-home.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI_PATH, runCli } from '../helpers/run-cli.js';
import { spawnCaptured } from '../helpers/spawn-captured.js';

const tokenFor = (tail: string) => `sk-ant-oat01-${'q'.repeat(87)}${tail}`;

describe('models status', () => {
  it('prints the formats doc example line for line (one expiring token)', async () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: { 'anthropic:default': { type: 'token', provider: 'anthropic', token: tokenFor('CwysVqAA'), expires: Date.now() + HOUR + 20_000 } } });
    const result = await runCli(home.home, ['models', 'status']);
    expect(result.code).toBe(0);
    const [openclawPart, ourNotes] = result.stdout.split('\n\n!');
    expect(`${openclawPart}\n`).toBe(
      [
        'Config        : ~/.openclaw/openclaw.json',
        'Agent dir     : ~/.openclaw/agents/main/agent',
        'Default       : anthropic/claude-opus-4-6',
        'Fallbacks (0) : -',
        'Image model   : -',
        'Image fallbacks (0): -',
        'Aliases (0)   : -',
        'Configured models (0): all',
        '',
        'Auth overview',
        'Auth store    : ~/.openclaw/agents/main/agent/auth-profiles.json',
        'Shell env     : off',
        'Providers w/ OAuth/tokens (1): anthropic (1)',
        '- anthropic effective=profiles:~/.openclaw/agents/main/agent/auth-profiles.json | profiles=1 (oauth=0, token=1, api_key=0) | anthropic:default=token:sk-ant-o...CwysVqAA',
        '',
        'OAuth/token status',
        '- anthropic',
        '  - anthropic:default expiring expires in 1h',
        '',
      ].join('\n'),
    );
    // After OpenClaw's lines come only our notes, each starting with "!".
    expect(`!${ourNotes}`).toBe(
      '! anthropic:default expires in 1h. Renew: openclaw-auth onboard --reauth anthropic:default\n',
    );
  });

  it('shows missing auth with the fix, and --check exits 1 on a fresh HOME', async () => {
    const home = makeTempHome();
    const result = await runCli(home.home, ['models', 'status', '--check']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Missing auth\n- anthropic Run `claude setup-token`, then `openclaw models auth setup-token` or `openclaw configure`.');
  });

  it.each([
    ['a token expiring in 23h', { type: 'token', provider: 'anthropic', token: fakeSetupToken(), expires: Date.now() + 23 * HOUR }, 2],
    ['a token expiring in 25h', { type: 'token', provider: 'anthropic', token: fakeSetupToken(), expires: Date.now() + 25 * HOUR }, 0],
    ['an expired token', { type: 'token', provider: 'anthropic', token: fakeSetupToken(), expires: Date.now() - HOUR }, 1],
    ['a token with no secret', { type: 'token', provider: 'anthropic', expires: Date.now() + DAY * 9 }, 1],
    ['expires: 0', { type: 'token', provider: 'anthropic', token: fakeSetupToken(), expires: 0 }, 1],
    ['an api_key, even empty', { type: 'api_key', provider: 'anthropic', key: '' }, 0],
    ['oauth expired with a refresh token', { type: 'oauth', provider: 'anthropic', access: 'a', refresh: 'r', expires: Date.now() - HOUR }, 0],
    ['oauth expired without refresh', { type: 'oauth', provider: 'anthropic', access: 'a', expires: Date.now() - HOUR }, 1],
  ])('--check with %s exits %d', async (_name, profile, code) => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: { 'anthropic:x': profile } });
    expect((await runCli(home.home, ['models', 'status', '--check'])).code).toBe(code);
  });

  it('--check exits 1 when only another provider has auth (the default model is anthropic)', async () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: { 'openai:k': { type: 'api_key', provider: 'openai', key: 'sk-proj-xyz' } } });
    const result = await runCli(home.home, ['models', 'status', '--check', '--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).auth.missingProvidersInUse).toEqual(['anthropic']);
  });

  it('--check keeps its verdict whatever stdout is: a file gets the whole status, and /dev/null or a pipe closed early changes no exit code', async () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: { 'anthropic:x': { type: 'token', provider: 'anthropic', token: fakeSetupToken(), expires: Date.now() - HOUR } } });
    const script = [
      'run() { "$NODE" "$CLI" models status --check; }',
      'run > "$HOME/status.txt"; echo "file=$?"',
      'run > /dev/null; echo "null=$?"',
      'set -o pipefail; run | true; echo "closed=$?"',
    ].join('\n');
    const result = await spawnCaptured('/bin/bash', ['-c', script], { env: { HOME: home.home, PATH: process.env.PATH ?? '/usr/bin:/bin', NO_COLOR: '1', NODE: process.execPath, CLI: CLI_PATH }, cwd: home.home });
    expect(result.stdout).toBe('file=1\nnull=1\nclosed=1\n');
    expect(result.stderr).toBe('');
    expect(readFileSync(join(home.home, 'status.txt'), 'utf8')).toMatch(/OAuth\/token status\n- anthropic\n {2}- anthropic:x expired[^]*Renew: openclaw-auth onboard --reauth anthropic:x\n$/);
  });

  it('exits 0 without --check even when expired', async () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: { 'anthropic:x': { type: 'token', provider: 'anthropic', token: fakeSetupToken(), expires: 1000 } } });
    const result = await runCli(home.home, ['models', 'status']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  - anthropic:x expired expires unknown\n'); // OpenClaw's words
    expect(result.stdout).toMatch(/! anthropic:x expired \d+d ago\. Renew: openclaw-auth onboard --reauth anthropic:x/);
  });

  it('--json uses OpenClaw field names and masks every secret', async () => {
    const home = makeTempHome();
    const token = fakeSetupToken();
    const key = fakeApiKey();
    home.writeStore({
      version: 1,
      profiles: {
        'anthropic:manual': { type: 'token', provider: 'anthropic', token, expires: Date.now() + 30 * DAY },
        'anthropic:work': { type: 'api_key', provider: 'anthropic', key },
      },
      usageStats: { 'anthropic:work': { cooldownUntil: Date.now() + 10 * 60_000 } },
    });
    const result = await runCli(home.home, ['models', 'status', '--json'], { env: { OPENAI_API_KEY: 'sk-proj-abcdefghijklmnopqrstuvwxyz0123456789' } });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain(token);
    expect(result.stdout).not.toContain(key);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['configPath', 'agentDir', 'defaultModel', 'resolvedDefault', 'fallbacks', 'aliases', 'auth']));
    expect(json.auth).toMatchObject({
      storePath: home.storePath(),
      shellEnvFallback: { enabled: false, appliedKeys: [] },
      providersWithOAuth: ['anthropic (1)'],
      missingProvidersInUse: [],
      oauth: { warnAfterMs: 86_400_000 },
    });
    const anthropic = json.auth.providers.find((entry: { provider: string }) => entry.provider === 'anthropic');
    expect(anthropic).toMatchObject({
      effective: { kind: 'profiles', detail: '~/.openclaw/agents/main/agent/auth-profiles.json' },
      profiles: { count: 2, oauth: 0, token: 1, apiKey: 1 },
    });
    expect(anthropic.profiles.labels).toEqual(['anthropic:manual=token:sk-ant-o...' + token.slice(-8), `anthropic:work=sk-ant-a...${key.slice(-8)} [cooldown 10m]`]);
    expect(json.auth.unusableProfiles).toMatchObject([{ profileId: 'anthropic:work', kind: 'cooldown' }]);
    const openai = json.auth.providers.find((entry: { provider: string }) => entry.provider === 'openai');
    expect(openai).toMatchObject({ effective: { kind: 'env', detail: 'sk-proj-...23456789' }, env: { source: 'env: OPENAI_API_KEY', origin: 'process' } });
    expect(json.auth.oauth.profiles[0]).toMatchObject({ profileId: 'anthropic:manual', type: 'token', status: 'ok', source: 'store' });
  });

  it('shows where an env key comes from, and warns when only the shell has it', async () => {
    const home = makeTempHome();
    home.writeFile(home.dotenvPath, `# gateway env\nANTHROPIC_API_KEY=${fakeApiKey('D')}\n`);
    const fromFile = await runCli(home.home, ['models', 'status', '--check']);
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).toContain(`- anthropic effective=env:sk-ant-a...${fakeApiKey('D').slice(-8)} | env=sk-ant-a...${fakeApiKey('D').slice(-8)} | source=env: ANTHROPIC_API_KEY\n`);
    expect(fromFile.stdout).not.toContain('only in this shell');

    const fromShell = await runCli(home.home, ['models', 'status'], { env: { ANTHROPIC_API_KEY: fakeApiKey('S') } });
    expect(fromShell.stdout).toContain(`env=sk-ant-a...${fakeApiKey('S').slice(-8)} | source=env: ANTHROPIC_API_KEY\n`);
    expect(fromShell.stdout).toContain('! ANTHROPIC_API_KEY is set only in this shell');
  });

  it('shows refs as OpenClaw does, never resolving them', async () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: { 'anthropic:exec': { type: 'token', provider: 'anthropic', tokenRef: { source: 'exec', provider: 'vault', id: 'anthropic/setup-token' } } } });
    const result = await runCli(home.home, ['models', 'status', '--check']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('anthropic:exec=token:ref(exec:anthropic/setup-token)');
    expect(result.stdout).toContain('  - anthropic:exec static\n');
  });

  it('shows configured models as written and the default resolved, as OpenClaw does', async () => {
    const home = makeTempHome();
    home.writeConfig({
      agents: {
        defaults: {
          model: { primary: 'opus', fallbacks: ['sonnet'] },
          imageModel: 'opus',
          models: { 'anthropic/claude-opus-4-6': { alias: 'opus' }, 'anthropic/claude-sonnet-4-5': { alias: 'sonnet' } },
        },
      },
    });
    const env = { ANTHROPIC_API_KEY: fakeApiKey() };
    expect((await runCli(home.home, ['models', 'status', '--plain'], { env })).stdout).toBe('anthropic/claude-opus-4-6\n');
    const text = (await runCli(home.home, ['models', 'status'], { env })).stdout;
    expect(text.split('\n').slice(2, 8)).toEqual([
      'Default       : anthropic/claude-opus-4-6 (from opus)',
      'Fallbacks (1) : sonnet',
      'Image model   : opus',
      'Image fallbacks (0): -',
      'Aliases (2)   : opus -> anthropic/claude-opus-4-6, sonnet -> anthropic/claude-sonnet-4-5',
      'Configured models (2): anthropic/claude-opus-4-6, anthropic/claude-sonnet-4-5',
    ]);
    const json = JSON.parse((await runCli(home.home, ['models', 'status', '--json'], { env })).stdout);
    expect(json).toMatchObject({ defaultModel: 'opus', resolvedDefault: 'anthropic/claude-opus-4-6', fallbacks: ['sonnet'], imageModel: 'opus' });
  });

  it('names the corrupt file and exits 1 without a stack trace', async () => {
    const home = makeTempHome();
    home.writeFile(home.storePath(), '{"version":1,');
    const result = await runCli(home.home, ['models', 'status', '--check']);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toMatch(/^✗ .*auth-profiles\.json is not valid: not JSON/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('reads another agent via --agent, showing inherited profiles without copying them', async () => {
    const home = makeTempHome();
    home.writeConfig({ agents: { list: [{ id: 'work' }] } });
    home.writeStore({ version: 1, profiles: { 'anthropic:k': { type: 'api_key', provider: 'anthropic', key: fakeApiKey() } } });
    const result = await runCli(home.home, ['models', 'status', '--agent', 'work', '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.agentDir).toBe(home.agentDir('work'));
    expect(json.auth.inheritedFrom).toBe(home.storePath());
    expect(json.auth.providers[0].profiles.count).toBe(1);
    const { existsSync } = await import('node:fs');
    expect(existsSync(home.storePath('work'))).toBe(false);
  });

  it('bare `openclaw-auth` and `models` print status too', async () => {
    const home = makeTempHome();
    for (const args of [[], ['models']]) {
      const result = await runCli(home.home, args);
      expect(result.stdout).toContain('Auth overview');
    }
  });
});
