import { existsSync, readFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { startFakeAnthropic } from '../helpers/fake-provider.js';
import { DAY, fakeApiKey, fakeSetupToken, makeTempHome } from '../helpers/temp-home.js';

const onboard = (home: string, args: string[], options: { input?: string; env?: Record<string, string> } = {}) =>
  runCli(home, ['onboard', '--non-interactive', ...args], options);

describe('onboard --non-interactive', () => {
  it('the key check honours HTTP_PROXY/HTTPS_PROXY as claude does (through the proxy, not direct), and NO_PROXY', async () => {
    const key = fakeApiKey('P');
    const server = await startFakeAnthropic([key]);
    // A forward proxy on 127.0.0.1 that records what it is asked for and passes it on.
    const seen: string[] = [];
    const proxy = createServer((request, response) => {
      seen.push(`${request.method} ${request.url}`);
      const upstream = httpRequest(request.url ?? '', { method: request.method, headers: request.headers }, (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      });
      request.pipe(upstream);
    });
    // HTTPS goes through CONNECT (undici tunnels plain HTTP that way too): a tunnel to where it asks.
    proxy.on('connect', (request, socket, head) => {
      seen.push(`CONNECT ${request.url}`);
      const [host, port] = (request.url ?? '').split(':');
      const upstream = connect(Number(port), host ?? '127.0.0.1', () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(socket);
        socket.pipe(upstream);
      });
      upstream.on('error', () => socket.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    try {
      const home = makeTempHome();
      const result = await onboard(home.home, ['--auth-choice', 'apiKey', '--provider', 'anthropic', '--secret-stdin', '--storage', 'env'], {
        input: `${key}\n`,
        env: { ANTHROPIC_BASE_URL: server.baseUrl, HTTP_PROXY: proxyUrl, HTTPS_PROXY: proxyUrl },
      });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(seen).toEqual([`CONNECT ${server.baseUrl.replace('http://', '')}`]);
      // NO_PROXY names the host: straight there, the proxy not asked.
      const direct = await onboard(makeTempHome().home, ['--auth-choice', 'apiKey', '--provider', 'anthropic', '--secret-stdin', '--storage', 'env'], {
        input: `${key}\n`,
        env: { ANTHROPIC_BASE_URL: server.baseUrl, HTTP_PROXY: proxyUrl, NO_PROXY: '127.0.0.1' },
      });
      expect(direct.code).toBe(0);
      expect(seen).toHaveLength(1);
    } finally {
      proxy.close();
    }
  });

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
