// The plugin's auth methods in-process, through its host (the plugin's Context): a temporary HOME,
// a piped stdin, OpenClaw's argv and release chosen by the test. What only OpenClaw shows (its
// prompts, its store on 2026.9, its onboard) stays in test/interop, against the real OpenClaw.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { parseOpenclawVersion } from '../../src/openclaw/openclaw-version.js';
import { authMethods, SECRET_ENV, STORAGE_ENV } from '../../src/plugin/auth-methods.js';
import type { PluginHost } from '../../src/plugin/plugin-host.js';
import { DAY, fakeApiKey, fakeSetupToken, makeTempHome } from '../helpers/temp-home.js';

function pluginHost(home: string, options: { env?: Record<string, string>; stdin?: string; argv?: string[]; release: string }) {
  const stdin = new PassThrough();
  stdin.end(options.stdin ?? '');
  let stderr = '';
  const errors = new PassThrough();
  errors.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const env: Record<string, string | undefined> = { HOME: home, [STORAGE_ENV]: 'file', ...options.env };
  const ctx = createContext({ env, cwd: home, stdin, stdout: new PassThrough(), stderr: errors, now: Date.now });
  const host: PluginHost = { ctx, argv: options.argv ?? ['node', 'openclaw', 'models', 'auth', 'login'], execPath: process.execPath, version: parseOpenclawVersion(options.release) };
  const method = (id: string) => authMethods(host).find((candidate) => candidate.id === id)!;
  return { host, env, method, stderr: () => stderr };
}

describe('the plugin\'s auth methods, in-process', () => {
  it('2026.3 non-interactive paste-token: the secret from OPENCLAW_AUTH_SECRET (then removed from the env), stored under OpenClaw\'s lock with a year\'s expiry, the config returned with the profile and 2026.3\'s Anthropic default', async () => {
    const home = makeTempHome();
    const token = fakeSetupToken('I');
    const { env, method } = pluginHost(home.home, { env: { [SECRET_ENV]: token }, release: '2026.3.13' });
    const config = await method('paste-token').runNonInteractive({ config: { gateway: { port: 1 } } });
    expect(env[SECRET_ENV]).toBeUndefined();
    expect(config).toMatchObject({ gateway: { port: 1 }, auth: { profiles: { 'anthropic:default': { provider: 'anthropic', mode: 'token' } } }, agents: { defaults: { model: { primary: 'anthropic/claude-opus-4-6' } } } });
    const stored = home.readStore().profiles['anthropic:default'];
    expect(stored).toMatchObject({ type: 'token', provider: 'anthropic', token });
    expect(stored?.expires as number).toBeGreaterThan(Date.now() + 364 * DAY);
  });

  it("OpenClaw's --profile-id names the profile (read from its argv)", async () => {
    const home = makeTempHome();
    const { method } = pluginHost(home.home, { stdin: fakeSetupToken('W'), argv: ['node', 'openclaw', 'models', 'auth', 'login', '--provider', 'openclaw-auth', '--profile-id', 'anthropic:work'], release: '2026.9.6' });
    const result = await method('paste-token').run({});
    expect(result.profiles.map((entry) => entry.profileId)).toEqual(['anthropic:work']);
    expect(result.defaultModel).toBe('anthropic/claude-opus-5');
    // 2026.9 stores what it is given itself: nothing written here.
    expect(existsSync(home.storePath())).toBe(false);
  });

  it('a token cut by a line wrap is refused before anything is stored', async () => {
    const home = makeTempHome();
    const { method } = pluginHost(home.home, { stdin: fakeSetupToken('C').slice(0, 80), release: '2026.3.13' });
    await expect(method('paste-token').runNonInteractive({})).rejects.toThrow(/setup-token/);
    expect(existsSync(home.storePath())).toBe(false);
  });

  it('non-interactive onboard never replaces a profile of the other kind under the same id: refused, nothing read or stored', async () => {
    const home = makeTempHome();
    const { env, method } = pluginHost(home.home, { env: { [SECRET_ENV]: fakeSetupToken('O') }, release: '2026.3.13' });
    await expect(method('paste-token').runNonInteractive({ config: { auth: { profiles: { 'anthropic:default': { provider: 'anthropic', mode: 'api_key' } } } } })).rejects.toThrow(/anthropic:default is an API key; storing a token would replace it/);
    expect(env[SECRET_ENV]).toBeDefined();
    expect(existsSync(home.storePath())).toBe(false);
  });

  it('an API key is checked with Anthropic where OpenClaw sends requests (models.providers.anthropic.baseUrl): a rejected key stops it', async () => {
    const home = makeTempHome();
    const { startFakeAnthropic } = await import('../helpers/fake-provider.js');
    const good = fakeApiKey('G');
    const server = await startFakeAnthropic([good]);
    const config = { models: { providers: { anthropic: { baseUrl: server.baseUrl } } } };
    const rejected = pluginHost(home.home, { env: { [SECRET_ENV]: fakeApiKey('B') }, release: '2026.3.13' });
    await expect(rejected.method('api-key').runNonInteractive({ config })).rejects.toThrow(/rejected the key/);
    const accepted = pluginHost(home.home, { env: { [SECRET_ENV]: good }, release: '2026.3.13' });
    await accepted.method('api-key').runNonInteractive({ config });
    expect(accepted.stderr()).toContain('✓ accepted by Anthropic');
    expect(JSON.parse(readFileSync(join(home.stateDir, 'agents', 'main', 'agent', 'auth-profiles.json'), 'utf8')).profiles['anthropic:default']).toMatchObject({ type: 'api_key', key: good });
  });

  it('OPENCLAW_AUTH_STORAGE other than keychain or file is one clear refusal', async () => {
    const home = makeTempHome();
    const { method } = pluginHost(home.home, { env: { [STORAGE_ENV]: 'vault' }, stdin: fakeSetupToken('V'), release: '2026.9.6' });
    await expect(method('paste-token').run({})).rejects.toThrow('invalid OPENCLAW_AUTH_STORAGE=vault: use keychain or file');
  });
});
