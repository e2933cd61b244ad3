// A real OS keychain for tests: a private D-Bus session bus with gnome-keyring's Secret Service,
// in a throwaway HOME and XDG_RUNTIME_DIR (mode 0700). Nothing is mocked; `secret-tool`
// (libsecret) inspects the entries independently of the code under test.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

export interface KeyringSession {
  home: string;
  /** What a program needs to reach this keychain (merge into a child's environment). */
  env: { HOME: string; XDG_RUNTIME_DIR: string; DBUS_SESSION_BUS_ADDRESS: string };
  /** The value stored under (service, account), read with libsecret's secret-tool. */
  lookup(account: string, service?: string): string | undefined;
  /** Every account stored for a service. */
  accounts(service?: string): string[];
  /** Delete an entry behind openclaw-auth's back. */
  clear(account: string, service?: string): void;
  /** Freeze / thaw the Secret Service daemon (SIGSTOP/SIGCONT), to test time-outs. */
  freeze(): void;
  thaw(): void;
  /**
   * Freeze it now and thaw it after `ms` from another process: a keychain call can hold this
   * process's event loop (the native library waits on D-Bus on the main thread), so a timer here
   * would fire only after the call gave up.
   */
  pauseFor(ms: number): void;
  stop(): void;
}

export function keyringToolsInstalled(): boolean {
  return ['dbus-daemon', 'gnome-keyring-daemon', 'secret-tool'].every((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0);
}

/**
 * Every process started for one session (dbus-daemon, gnome-keyring and anything they spawned)
 * carries its private XDG_RUNTIME_DIR in its environment: find them by that, since the daemons
 * fork away from us and a locked keyring never tells its pid.
 */
function killSessionProcesses(runtime: string): void {
  const marker = `XDG_RUNTIME_DIR=${runtime}\0`;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (`${readFileSync(`/proc/${pid}/environ`, 'latin1')}\0`.includes(marker)) process.kill(Number(pid), 'SIGKILL');
    } catch {
      // gone already, or not ours to read
    }
  }
}

const started: KeyringSession[] = [];
afterEach(() => {
  for (const session of started.splice(0)) session.stop();
});

/** A session stopped by itself after the test that started it. */
export function keyringSession(options: { unlocked?: boolean } = {}): KeyringSession {
  const session = startKeyringSession(options);
  started.push(session);
  return session;
}

export function startKeyringSession(options: { unlocked?: boolean } = {}): KeyringSession {
  const runtime = mkdtempSync(join(tmpdir(), 'oca-kc-run-'));
  try {
    return startInRuntime(runtime, options.unlocked ?? true);
  } catch (error) {
    killSessionProcesses(runtime);
    rmSync(runtime, { recursive: true, force: true });
    throw error;
  }
}

function startInRuntime(runtime: string, unlocked: boolean): KeyringSession {
  const home = mkdtempSync(join(tmpdir(), 'oca-kc-home-'));
  chmodSync(runtime, 0o700);
  const baseEnv = { HOME: home, XDG_RUNTIME_DIR: runtime, PATH: process.env.PATH ?? '/usr/bin:/bin' };
  const [address = '', busPid = ''] = execFileSync('dbus-daemon', ['--session', '--fork', '--print-address=1', '--print-pid=1'], { env: baseEnv, encoding: 'utf8' })
    .trim()
    .split('\n');
  const env = { HOME: home, XDG_RUNTIME_DIR: runtime, DBUS_SESSION_BUS_ADDRESS: address };
  const toolEnv = { ...baseEnv, ...env };
  // --unlock reads the login password on stdin and creates an unlocked default collection; --start
  // leaves the daemon running with no unlocked collection, as on a server nobody logged in to.
  execFileSync('gnome-keyring-daemon', unlocked ? ['--unlock', '--components=secrets'] : ['--start', '--components=secrets'], {
    env: toolEnv,
    input: unlocked ? 'test-password' : '',
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  // The daemon forks and claims org.freedesktop.secrets a moment later: wait for the name.
  const daemonPid = (): string => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const result = spawnSync('dbus-send', ['--session', '--print-reply=literal', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus.GetConnectionUnixProcessID', 'string:org.freedesktop.secrets'], { env: toolEnv, encoding: 'utf8' });
      if (result.status === 0) return result.stdout.trim().split(/\s+/).at(-1) ?? '';
      if (Date.now() > deadline) throw new Error(`gnome-keyring did not start: ${result.stderr}`);
      spawnSync('sleep', ['0.05']);
    }
  };
  const keyringPid = unlocked ? daemonPid() : '';
  // A slow answer on a loaded machine is not "no such entry": a secret-tool that did not finish fails the test loudly.
  const secretTool = (args: string[]) => {
    const result = spawnSync('secret-tool', args, { env: toolEnv, encoding: 'utf8', timeout: 20_000 });
    if (result.error || result.signal) throw new Error(`secret-tool ${args[0]} did not finish: ${result.error?.message ?? result.signal}`);
    return result;
  };
  return {
    home,
    env,
    lookup: (account, service = 'openclaw-auth') => {
      const result = secretTool(['lookup', 'service', service, 'username', account]);
      return result.status === 0 ? result.stdout : undefined;
    },
    accounts: (service = 'openclaw-auth') =>
      [...secretTool(['search', '--all', 'service', service]).stderr.matchAll(/^attribute\.username = (.*)$/gm)].map((match) => match[1] ?? '').sort(),
    clear: (account, service = 'openclaw-auth') => void secretTool(['clear', 'service', service, 'username', account]),
    freeze: () => void spawnSync('kill', ['-STOP', keyringPid]),
    thaw: () => void spawnSync('kill', ['-CONT', keyringPid]),
    pauseFor: (ms) => {
      spawnSync('kill', ['-STOP', keyringPid]);
      spawn('sh', ['-c', `sleep ${ms / 1000}; kill -CONT ${keyringPid}`], { stdio: 'ignore', detached: true }).unref();
    },
    stop: () => {
      if (keyringPid) spawnSync('kill', ['-CONT', keyringPid]);
      spawnSync('kill', [busPid]);
      killSessionProcesses(runtime);
      rmSync(home, { recursive: true, force: true });
      rmSync(runtime, { recursive: true, force: true });
    },
  };
}
