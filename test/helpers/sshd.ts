// A real OpenSSH server for tests (Debian's openssh-server), started by the test on 127.0.0.1 with a
// throwaway host key and user key: the "gateway host" side has its own HOME and PATH (sshd's
// SetEnv), the client side gets OPENCLAW_AUTH_SSH_COMMAND with that key and a known_hosts of its
// own. Needs root (sshd logs the test in as root, into the temporary HOME); stopped after each test.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

export const SSHD = '/usr/sbin/sshd';
export const sshdUsable = existsSync(SSHD) && process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v ssh']).status === 0;

export interface SshHost {
  /** ssh://root@127.0.0.1:<port> */
  url: string;
  /** The client's environment: OPENCLAW_AUTH_SSH_COMMAND with the test's key and known_hosts. */
  clientEnv: Record<string, string>;
  /** HOME on the host side. */
  home: string;
  /** A known_hosts without this host's key (for the "unknown host key" case). */
  strangerEnv: Record<string, string>;
}

const running: { child: ChildProcess; dir: string }[] = [];
const toolDirs: string[] = [];
afterEach(() => {
  for (const dir of toolDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  for (const { child, dir } of running.splice(0)) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** `path`: the directories on the host's PATH (where its openclaw-auth or openclaw live). */
export async function startSshHost(path: readonly string[]): Promise<SshHost> {
  const dir = mkdtempSync(join(tmpdir(), 'oca-sshd-'));
  const home = join(dir, 'remote-home');
  mkdirSync(home, { mode: 0o700 });
  const key = (name: string) => execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, name)]);
  key('host_key');
  key('user_key');
  writeFileSync(join(dir, 'authorized_keys'), readFileSync(join(dir, 'user_key.pub')));
  const port = await freePort();
  mkdirSync('/run/sshd', { recursive: true, mode: 0o755 }); // privilege separation dir
  writeFileSync(
    join(dir, 'sshd_config'),
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${join(dir, 'host_key')}`,
      `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'StrictModes no',
      'UsePAM no',
      `PidFile ${join(dir, 'sshd.pid')}`,
      `SetEnv HOME=${home} PATH=${[...path, '/usr/bin', '/bin'].join(':')}`,
      '',
    ].join('\n'),
  );
  const child = spawn(SSHD, ['-D', '-e', '-f', join(dir, 'sshd_config')], { stdio: ['ignore', 'ignore', 'pipe'] });
  running.push({ child, dir });
  await new Promise<void>((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`sshd did not start: ${log}`)), 10_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('Server listening')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  const knownHosts = join(dir, 'known_hosts');
  writeFileSync(knownHosts, `[127.0.0.1]:${port} ${readFileSync(join(dir, 'host_key.pub'), 'utf8').split(' ').slice(0, 2).join(' ')}\n`);
  const stranger = join(dir, 'known_hosts_empty');
  writeFileSync(stranger, '');
  const ssh = (hosts: string) => `ssh -F /dev/null -i ${join(dir, 'user_key')} -o IdentitiesOnly=yes -o UserKnownHostsFile=${hosts} -o GlobalKnownHostsFile=/dev/null`;
  return { url: `ssh://root@127.0.0.1:${port}`, clientEnv: { OPENCLAW_AUTH_SSH_COMMAND: ssh(knownHosts) }, strangerEnv: { OPENCLAW_AUTH_SSH_COMMAND: ssh(stranger) }, home };
}

/** A directory holding one executable `name` that runs `target` with the arguments it was given. */
export function toolDir(name: string, command: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'oca-tool-'));
  toolDirs.push(dir);
  writeFileSync(join(dir, name), `#!/bin/sh\nexec ${command} "$@"\n`);
  chmodSync(join(dir, name), 0o755);
  return dir;
}
