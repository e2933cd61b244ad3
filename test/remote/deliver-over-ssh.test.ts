// `--to ssh://host`: sign in (or paste) here, store on the gateway host, over a real sshd on
// 127.0.0.1 with throwaway keys, a temporary HOME on both sides, and on the host openclaw-auth, the
// real OpenClaw 2026.9.6 or 2026.3.13. The token must arrive exactly, with its expiry, and never be
// in any process's argv on either side (both are this machine: every /proc/*/cmdline is watched).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_CLAUDE } from '../helpers/capture.js';
import { NODE24_BIN, OPENCLAW_2026_9_BIN, OPENCLAW_BIN, peersInstalled, runOpenclaw } from '../helpers/peers.js';
import { CLI_PATH, runCli } from '../helpers/run-cli.js';
import { shellQuote, TmuxSession } from '../helpers/tmux.js';
import { sshdUsable, startSshHost, toolDir } from '../helpers/sshd.js';
import { DAY, fakeApiKey, fakeSetupToken, makeTempHome } from '../helpers/temp-home.js';

const ourTool = () => toolDir('openclaw-auth', `${shellQuote(process.execPath)} ${shellQuote(CLI_PATH)}`);
const remoteStore = (home: string) => JSON.parse(readFileSync(join(home, '.openclaw', 'agents', 'main', 'agent', 'auth-profiles.json'), 'utf8'));

/** Watches every process's command line while a test runs, for a secret. */
function watchArgv(secret: string): { seen: () => string[] } {
  const seen: string[] = [];
  const timer = setInterval(() => {
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      try {
        const argv = readFileSync(`/proc/${pid}/cmdline`, 'latin1');
        // The test's own tmux line hands the fake claude its token; anything else is a leak.
        if (argv.includes(secret.slice(13, 60)) && !argv.includes('FAKE_CLAUDE_TOKEN=')) seen.push(argv.replace(/\0/g, ' ').slice(0, 200));
      } catch {
        // gone
      }
    }
  }, 5);
  watchers.push(timer);
  return { seen: () => seen };
}
const watchers: NodeJS.Timeout[] = [];
afterEach(() => {
  for (const timer of watchers.splice(0)) clearInterval(timer);
});

describe.skipIf(!sshdUsable)('--to ssh://host (real sshd on 127.0.0.1)', () => {
  it('paste-token --to: the exact token and its expiry land in openclaw-auth on the host; nothing here; the host\'s verdict is shown', async () => {
    const host = await startSshHost([ourTool()]);
    const here = makeTempHome();
    const token = fakeSetupToken('T');
    const argv = watchArgv(token);
    const before = Date.now();
    const result = await runCli(here.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--storage', 'file', '--to', host.url], { input: token, env: host.clientEnv });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`✓ Stored sk-ant-o...${token.slice(-8)} on root@127.0.0.1:`);
    expect(result.stdout).toMatch(/✓ root@127\.0\.0\.1:\d+: models status --check exits 0; anthropic:manual: ok, expires in 365d/);
    const stored = remoteStore(host.home).profiles['anthropic:manual'];
    expect(stored.token).toBe(token);
    expect(Math.abs(stored.expires - (before + 365 * DAY))).toBeLessThan(120_000);
    expect(existsSync(here.stateDir)).toBe(false);
    expect(argv.seen()).toEqual([]);
    expect(result.stdout + result.stderr).not.toContain(token.slice(13, 60));
  });

  it('onboard --non-interactive --to: the host gets it, nothing is stored here (it used to store here and exit 0)', async () => {
    const host = await startSshHost([ourTool()]);
    const here = makeTempHome();
    const token = fakeSetupToken('N');
    const argv = watchArgv(token);
    const result = await runCli(here.home, ['onboard', '--non-interactive', '--auth-choice', 'token', '--secret-stdin', '--storage', 'file', '--to', host.url], { input: token, env: host.clientEnv });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`✓ Stored sk-ant-o...${token.slice(-8)} on root@127.0.0.1:`);
    expect(remoteStore(host.home).profiles['anthropic:default'].token).toBe(token);
    expect(existsSync(here.stateDir)).toBe(false);
    expect(argv.seen()).toEqual([]);
  });

  it('setup-token --to with the fake claude, in a terminal: signed in here, stored there', async () => {
    const host = await startSshHost([ourTool()]);
    const here = makeTempHome();
    const token = fakeSetupToken('S');
    const argv = watchArgv(token);
    const session = new TmuxSession(`${shellQuote(process.execPath)} ${shellQuote(CLI_PATH)} models auth setup-token --storage file --claude-bin ${shellQuote(FAKE_CLAUDE)} --to ${host.url}`, {
      width: 80,
      height: 40,
      env: { HOME: here.home, FAKE_CLAUDE_TOKEN: token, FAKE_CLAUDE_DELAY_MS: '5', ...host.clientEnv },
    });
    await session.waitFor('Paste code here if prompted >', 20_000);
    session.type('code#state');
    session.press('Enter');
    await session.waitFor('models status --check exits', 30_000);
    expect(await session.exitCode()).toBe(0);
    expect(remoteStore(host.home).profiles['anthropic:manual'].token).toBe(token);
    expect(existsSync(join(here.stateDir, 'agents'))).toBe(false);
    expect(argv.seen()).toEqual([]);
  });

  it.skipIf(!peersInstalled)("into the host's own OpenClaw 2026.9.6 (no openclaw-auth there): its SQLite store has the token", async () => {
    const host = await startSshHost([toolDir('openclaw', shellQuote(OPENCLAW_2026_9_BIN))]);
    const here = makeTempHome();
    const token = fakeSetupToken('N');
    const result = await runCli(here.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--to', host.url], { input: token, env: host.clientEnv });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('(through openclaw');
    const theirs = await runOpenclaw(host.home, ['models', 'status', '--json'], { bin: OPENCLAW_2026_9_BIN, env: { PATH: `${join(NODE24_BIN, '..')}:/usr/bin:/bin` } });
    const anthropic = JSON.parse(theirs.stdout).auth.providers.find((entry: { provider: string }) => entry.provider === 'anthropic');
    expect(anthropic.profiles.labels).toEqual([`anthropic:manual=token:sk-ant-o...${token.slice(-8)}`]);

    // Its own paste-token would replace the profile without a word: without --yes nothing is sent, as here.
    const again = fakeSetupToken('P');
    const refused = await runCli(here.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--to', host.url], { input: again, env: host.clientEnv });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/✗ anthropic:manual exists already on root@127\.0\.0\.1:\d+; nothing was sent/);
    expect(refused.stderr).toContain('fix: add --yes to replace it on root@127.0.0.1:');
    const replaced = await runCli(here.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--yes', '--to', host.url], { input: again, env: host.clientEnv });
    expect(replaced.code, replaced.stderr).toBe(0);
    const after = await runOpenclaw(host.home, ['models', 'status', '--json'], { bin: OPENCLAW_2026_9_BIN, env: { PATH: `${join(NODE24_BIN, '..')}:/usr/bin:/bin` } });
    expect(JSON.parse(after.stdout).auth.providers.find((entry: { provider: string }) => entry.provider === 'anthropic').profiles.labels).toEqual([`anthropic:manual=token:sk-ant-o...${again.slice(-8)}`]);
  }, 180_000);

  it.skipIf(!peersInstalled)('the host\'s OpenClaw 2026.3.13 stores the token, then fails (a full disk as it writes its config): "stored it, then failed", never "refused"', async () => {
    // OpenClaw 2026.3 as on a full disk: its paste-token writes the profile, then the config write
    // fails and it exits 1 with ENOSPC. Its other commands (status) work.
    const failing = `sh -c '${OPENCLAW_BIN} "$@"; code=$?; case " $* " in *" paste-token "*) echo "Error: ENOSPC: no space left on device, write" >&2; exit 1;; esac; exit $code' openclaw`;
    const host = await startSshHost([toolDir('openclaw', failing)]);
    const here = makeTempHome();
    const token = fakeSetupToken('F');
    const result = await runCli(here.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--to', host.url], { input: token, env: host.clientEnv });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/✗ root@127\.0\.0\.1:\d+ stored it, then failed: Error: ENOSPC: no space left on device/);
    expect(result.stderr).not.toContain('refused');
    expect(remoteStore(host.home).profiles['anthropic:manual'].token).toBe(token);
  }, 120_000);

  it.skipIf(!peersInstalled)("into the host's own OpenClaw 2026.3.13, whose paste-token reads only a terminal: typed at its prompt over ssh -tt", async () => {
    const host = await startSshHost([toolDir('openclaw', shellQuote(OPENCLAW_BIN))]);
    const here = makeTempHome();
    const token = fakeSetupToken('O');
    const argv = watchArgv(token);
    const result = await runCli(here.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--to', host.url], { input: token, env: host.clientEnv });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout + result.stderr).not.toContain(token.slice(13, 60));
    const stored = remoteStore(host.home).profiles['anthropic:manual'];
    expect(stored.token).toBe(token);
    expect(stored.expires).toBeGreaterThan(Date.now() + 364 * DAY);
    expect(argv.seen()).toEqual([]);
  }, 120_000);

  it('each failure is one line, and nothing is stored anywhere: unreachable, unknown host key, no tool there, a refusal there', async () => {
    const here = makeTempHome();
    const paste = (url: string, env: Record<string, string>, extra: string[] = []) =>
      runCli(here.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--storage', 'file', '--to', url, ...extra], { input: fakeSetupToken('F'), env });
    const host = await startSshHost([ourTool()]);

    const closed = await paste('ssh://root@127.0.0.1:1', host.clientEnv);
    expect(closed.code).toBe(1);
    expect(closed.stderr).toMatch(/^Checking root@127\.0\.0\.1:1 over ssh…\n✗ cannot reach root@127\.0\.0\.1:1 over ssh \(ssh: connect to host 127\.0\.0\.1 port 1: Connection refused\); nothing was sent\n$/);

    const stranger = await paste(host.url, host.strangerEnv);
    expect(stranger.code).toBe(1);
    expect(stranger.stderr).toContain("ssh does not trust this host's key (");
    expect(stranger.stderr).toContain('Host key verification failed');

    const bare = await startSshHost([]);
    const none = await paste(bare.url, bare.clientEnv);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('✗ neither openclaw-auth nor openclaw is installed on root@127.0.0.1:');
    expect(none.stderr).toContain('npm install -g openclaw-auth');

    expect((await paste(host.url, host.clientEnv)).code).toBe(0);
    const refused = await paste(host.url, host.clientEnv);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('refused it: anthropic:manual exists already');
    expect(refused.stderr).toContain('fix: add --yes to replace it on root@127.0.0.1:');
    expect(remoteStore(host.home).profiles['anthropic:manual'].token).toBe(fakeSetupToken('F'));
    expect(existsSync(here.stateDir)).toBe(false);
    expect(existsSync(join(bare.home, '.openclaw'))).toBe(false);
  }, 120_000);

  it('OPENCLAW_AUTH_SSH_COMMAND to a host that never answers: the time limit ends it (no ssh left running), one line, nothing sent', async () => {
    const here = makeTempHome();
    // An "ssh" that never sends a banner and ignores what it is told.
    const hang = join(here.home, 'hanging-ssh');
    writeFileSync(hang, '#!/bin/sh\nexec sleep 1000\n', { mode: 0o755 });
    const started = Date.now();
    const result = await runCli(here.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--storage', 'file', '--to', 'ssh://gateway.invalid'], {
      input: fakeSetupToken('H'),
      env: { OPENCLAW_AUTH_SSH_COMMAND: hang, OPENCLAW_AUTH_SSH_TIMEOUT: '2' },
    });
    expect(result.code).toBe(1);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(result.stderr).toContain('✗ gateway.invalid gave no answer within 2 s; nothing was sent');
    // Nothing of it outlives the command.
    const left = readdirSync('/proc').filter((pid) => /^\d+$/.test(pid)).filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'latin1').includes('sleep\u00001000');
      } catch {
        return false;
      }
    });
    expect(left).toEqual([]);
    expect(existsSync(here.stateDir)).toBe(false);
  }, 60_000);

  it('a connection lost while the secret is on its way says it may have arrived, and how to check (never "nothing was sent")', async () => {
    const host = await startSshHost([ourTool()]);
    const here = makeTempHome();
    // The first ssh run (the probe) goes through; the delivery's connection is cut after the log-in.
    const counter = join(here.home, 'runs');
    const cut = join(here.home, 'cutting-ssh');
    writeFileSync(cut, `#!/bin/sh\nn=$(cat ${counter} 2>/dev/null || echo 0); echo $((n+1)) > ${counter}\nif [ "$n" -ge 1 ]; then cat >/dev/null; echo "client_loop: send disconnect: Broken pipe" >&2; exit 255; fi\nexec ${host.clientEnv.OPENCLAW_AUTH_SSH_COMMAND} "$@"\n`, { mode: 0o755 });
    const result = await runCli(here.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--storage', 'file', '--to', host.url], { input: fakeSetupToken('L'), env: { ...host.clientEnv, OPENCLAW_AUTH_SSH_COMMAND: cut } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/✗ the connection to root@127\.0\.0\.1:\d+ was lost \(client_loop: send disconnect: Broken pipe\); the secret may have arrived/);
    expect(result.stderr).toMatch(/fix: check there: ssh .*openclaw models status/);
    expect(result.stderr).not.toContain('nothing was sent');
  }, 60_000);

  it('paste-api-key --to and --save-remote: later commands go there until --to local', async () => {
    const host = await startSshHost([ourTool()]);
    const here = makeTempHome();
    const key = fakeApiKey('R');
    const first = await runCli(here.home, ['models', 'auth', 'paste-api-key', '--provider', 'anthropic', '--storage', 'file', '--to', host.url, '--save-remote'], { input: key, env: host.clientEnv });
    expect(first.code, first.stderr).toBe(0);
    expect(remoteStore(host.home).profiles['anthropic:default'].key).toBe(key);
    const second = await runCli(here.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--storage', 'file'], { input: fakeSetupToken('2'), env: host.clientEnv });
    expect(second.stdout).toContain('on root@127.0.0.1:');
    expect(remoteStore(host.home).profiles['anthropic:manual'].token).toBe(fakeSetupToken('2'));
    const local = await runCli(here.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--storage', 'file', '--to', 'local'], { input: fakeSetupToken('3') });
    expect(local.code).toBe(0);
    expect(here.readStore().profiles['anthropic:manual']?.token).toBe(fakeSetupToken('3'));
  });
});
