import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { DAY, fakeSetupToken, makeTempHome } from '../helpers/temp-home.js';

describe('monitor install / uninstall', () => {
  it('systemd: a service and timer with absolute paths; the job runs with only the unit\'s environment', async () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: { 'anthropic:old': { type: 'token', provider: 'anthropic', token: fakeSetupToken(), expires: Date.now() - DAY } } });
    const result = await runCli(home.home, ['monitor', 'install', '--systemd', '--every', '2h']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Start it: systemctl --user daemon-reload && systemctl --user enable --now openclaw-auth-monitor.timer');
    const service = readFileSync(join(home.home, '.config/systemd/user/openclaw-auth-monitor.service'), 'utf8');
    const timer = readFileSync(join(home.home, '.config/systemd/user/openclaw-auth-monitor.timer'), 'utf8');
    expect(timer).toContain('OnUnitActiveSec=7200s');
    const execStart = /ExecStart=(.*)/.exec(service)?.[1] ?? '';
    const cli = /OPENCLAW_AUTH_BIN=(.*)/.exec(service)?.[1] ?? '';
    const path = /Environment=PATH=(.*)/.exec(service)?.[1] ?? '';
    expect(statSync(execStart).mode & 0o777).toBe(0o700);
    // Run the job as systemd would: nothing but the unit's environment (and HOME for the user).
    const job = spawnSync(execStart, [], { env: { HOME: home.home, OPENCLAW_AUTH_BIN: cli, PATH: path }, encoding: 'utf8' });
    expect(job.status).toBe(1);
    expect(job.stderr).toContain('anthropic:old expired');

    // Run by hand, as a person checking it would: the script finds the launcher beside it.
    const byHand = spawnSync(execStart, [], { env: { HOME: home.home, PATH: process.env.PATH ?? '/usr/bin:/bin' }, encoding: 'utf8' });
    expect(byHand.status).toBe(1);
    expect(byHand.stderr).toContain('anthropic:old expired');

    const removed = await runCli(home.home, ['monitor', 'uninstall', '--systemd']);
    // Stopping comes first (here there is no user systemd to ask), then the files go, the launcher too.
    const lines = removed.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^(✓ stopped it|! could not stop it here \(.+\); if it is running somewhere this shell cannot reach, stop it there: systemctl --user disable --now openclaw-auth-monitor.timer)/);
    expect(lines.slice(1).every((line) => line.startsWith('✓ removed '))).toBe(true);
    expect(existsSync(join(home.home, '.config/systemd/user/openclaw-auth-monitor.timer'))).toBe(false);
    expect(existsSync(execStart)).toBe(false);
    expect(existsSync(cli)).toBe(false);
  });

  it('launchd: a plist with the interval in seconds; termux: a job script and the scheduler command', async () => {
    const home = makeTempHome();
    const launchd = await runCli(home.home, ['monitor', 'install', '--launchd', '--every', '30m']);
    expect(launchd.code).toBe(0);
    const plist = readFileSync(join(home.home, 'Library/LaunchAgents/ai.openclaw.auth-monitor.plist'), 'utf8');
    expect(plist).toContain('<key>StartInterval</key><integer>1800</integer>');
    const termux = await runCli(home.home, ['monitor', 'install', '--termux']);
    expect(termux.stdout).toMatch(/Start it: termux-job-scheduler --script \S+openclaw-auth-monitor-job\.sh --period-ms 21600000 --persisted true/);
  });

  it('refuses two schedulers or a too-short interval', async () => {
    const home = makeTempHome();
    expect((await runCli(home.home, ['monitor', 'install', '--systemd', '--launchd'])).stderr).toContain('choose one of --systemd, --launchd, --termux');
    expect((await runCli(home.home, ['monitor', 'install', '--every', '10s'])).stderr).toContain('--every must be at least 1m');
  });

  it('OPENCLAW_AUTH_WEBHOOK_URL set at install is kept for the timer (0600, never in a unit file), and the job posts to it', async () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: { 'anthropic:old': { type: 'token', provider: 'anthropic', token: fakeSetupToken(), expires: Date.now() - DAY } } });
    const posts: string[] = [];
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk)).on('end', () => {
        posts.push(`${request.method} ${request.url} ${body}`);
        response.end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/secret-path`;
    try {
      const result = await runCli(home.home, ['monitor', 'install', '--systemd'], { env: { OPENCLAW_AUTH_WEBHOOK_URL: url } });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`✓ notifications go to the webhook at 127.0.0.1:`);
      expect(result.stdout).not.toContain('secret-path');
      const kept = join(home.stateDir, 'bin', 'openclaw-auth-monitor.webhook');
      expect(readFileSync(kept, 'utf8')).toBe(url);
      expect(statSync(kept).mode & 0o777).toBe(0o600);
      const service = readFileSync(join(home.home, '.config/systemd/user/openclaw-auth-monitor.service'), 'utf8');
      expect(service).not.toContain('secret-path');
      // The job as systemd runs it: only the unit's environment, no webhook variable.
      const execStart = /ExecStart=(.*)/.exec(service)?.[1] ?? '';
      const cli = /OPENCLAW_AUTH_BIN=(.*)/.exec(service)?.[1] ?? '';
      const path = /Environment=PATH=(.*)/.exec(service)?.[1] ?? '';
      const job = await new Promise<number | null>((resolve) => spawn(execStart, [], { env: { HOME: home.home, OPENCLAW_AUTH_BIN: cli, PATH: path }, stdio: 'ignore' }).on('exit', resolve));
      expect(job).toBe(1);
      expect(posts).toHaveLength(1);
      expect(posts[0]).toMatch(/^POST \/hooks\/secret-path \{"text":"OpenClaw auth: credentials need attention: anthropic:old expired/);
    } finally {
      server.close();
    }
  });

  it('a webhook that is no URL is refused with one line, before it is kept', async () => {
    const home = makeTempHome();
    const result = await runCli(home.home, ['monitor', 'install', '--systemd'], { env: { OPENCLAW_AUTH_WEBHOOK_URL: 'hooks.example.com/abc' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^✗ OPENCLAW_AUTH_WEBHOOK_URL is not an http\(s\) URL/);
    expect(existsSync(join(home.stateDir, 'bin', 'openclaw-auth-monitor.webhook'))).toBe(false);
    expect(existsSync(join(home.home, '.config/systemd/user/openclaw-auth-monitor.service'))).toBe(false);
  });
});

