// scripts/auth-monitor.sh against ok / expiring / expired states, with a stub notifier on PATH.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLI_PATH } from '../helpers/run-cli.js';
import { DAY, HOUR, fakeSetupToken, makeTempHome, type TempHome } from '../helpers/temp-home.js';

const SCRIPT = fileURLToPath(new URL('../../scripts/auth-monitor.sh', import.meta.url));

/** A bin dir with `openclaw-auth` (our CLI) and a stub `notify-send` that records its arguments. */
function tools(home: TempHome, notifier = 'notify-send') {
  const bin = join(home.home, 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'openclaw-auth'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI_PATH)} "$@"\n`);
  writeFileSync(join(bin, notifier), `#!/bin/sh\nprintf '%s\\n' "$@" > ${JSON.stringify(join(home.home, 'notified'))}\n`);
  chmodSync(join(bin, 'openclaw-auth'), 0o755);
  chmodSync(join(bin, notifier), 0o755);
  return { PATH: `${bin}:${dirname(process.execPath)}:/usr/bin:/bin`, HOME: home.home };
}

function runMonitor(env: Record<string, string>) {
  return spawnSync('bash', [SCRIPT], { env, encoding: 'utf8' });
}

describe('auth-monitor.sh', () => {
  it('ok: exit 0, no notification', () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: { 'anthropic:manual': { type: 'token', provider: 'anthropic', token: fakeSetupToken(), expires: Date.now() + 200 * DAY } } });
    const result = runMonitor(tools(home));
    expect(result.status).toBe(0);
    expect(existsSync(join(home.home, 'notified'))).toBe(false);
  });

  it('expiring: exit 2 and a notification naming the profile', () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: { 'anthropic:manual': { type: 'token', provider: 'anthropic', token: fakeSetupToken(), expires: Date.now() + 5 * HOUR } } });
    const result = runMonitor(tools(home));
    expect(result.status).toBe(2);
    const notified = readFileSync(join(home.home, 'notified'), 'utf8');
    expect(notified).toContain('OpenClaw auth: a token expires soon');
    expect(notified).toMatch(/anthropic:manual expires in \S+( \S+)?\. Renew: openclaw-auth onboard --reauth anthropic:manual/);
  });

  it('expired: exit 1 and a critical notification', () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: { 'anthropic:old': { type: 'token', provider: 'anthropic', token: fakeSetupToken(), expires: Date.now() - DAY } } });
    const result = runMonitor(tools(home));
    expect(result.status).toBe(1);
    const notified = readFileSync(join(home.home, 'notified'), 'utf8');
    expect(notified).toContain('--urgency=critical');
    expect(notified).toMatch(/anthropic:old expired \S+ ago\. Renew: openclaw-auth onboard --reauth anthropic:old/);
  });

  it('falls back to termux-notification, then to stderr', () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: { 'anthropic:old': { type: 'token', provider: 'anthropic', token: fakeSetupToken(), expires: Date.now() - DAY } } });
    const termux = runMonitor(tools(home, 'termux-notification'));
    expect(termux.status).toBe(1);
    expect(readFileSync(join(home.home, 'notified'), 'utf8')).toContain('--title');
    const bare = makeTempHome();
    bare.writeStore({ version: 1, profiles: {} });
    const env = tools(bare, 'unrelated-tool');
    const plain = runMonitor(env);
    expect(plain.status).toBe(1);
    expect(plain.stderr).toContain('anthropic has no credentials: run openclaw-auth onboard');
  });

  it('tells the same truth as status: a keychain it cannot reach (no D-Bus) is said as such, with the unlock advice, not as a token to renew', () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: { 'anthropic:kc': { type: 'token', provider: 'anthropic', tokenRef: { source: 'exec', provider: 'openclaw-auth', id: 'main/anthropic:kc' }, expires: Date.now() + 200 * DAY } } });
    const result = runMonitor(tools(home));
    expect(result.status).toBe(1);
    const notified = readFileSync(join(home.home, 'notified'), 'utf8');
    expect(notified).toContain('anthropic:kc cannot be used: OS keychain unavailable: no D-Bus session bus');
    expect(notified).toContain('Unlock the keyring');
    expect(notified).not.toContain('Renew');
    expect(notified).not.toMatch(/\bmissing\b/);
  });
});

