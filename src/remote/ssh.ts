// Running a command on the gateway host over the user's own ssh: their config, keys and agent;
// BatchMode, so ssh never asks for a password or a host key on our behalf (an unknown host is
// ssh's own error, never `StrictHostKeyChecking=no`). OPENCLAW_AUTH_SSH_COMMAND replaces `ssh`
// as GIT_SSH_COMMAND does for git (a shell command line; our arguments follow it).
// A secret goes only on stdin: never in our argv, the remote command line, or its shell history
// (a command given to ssh is run by `$SHELL -c`, which keeps no history).
import { spawn } from 'node:child_process';
import { definedEnv, type Env } from '../paths.js';
import { shellQuote } from '../io/shell-quote.js';
import { destinationArgs, type SshTarget } from './ssh-target.js';

export interface SshResult {
  code: number;
  stdout: string;
  stderr: string;
  /** Ended by our time limit (the host, or the network, never answered). */
  timedOut?: boolean;
  /** The time limit it ran under, for messages. */
  timeoutMs: number;
}

const DEFAULT_TIMEOUT_MS = 120_000;

/** OPENCLAW_AUTH_SSH_TIMEOUT (seconds) bounds every ssh run, as ssh's own ConnectTimeout does its connect. */
function timeLimit(env: Env, asked: number | undefined): number {
  const seconds = Number(env.OPENCLAW_AUTH_SSH_TIMEOUT);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : (asked ?? DEFAULT_TIMEOUT_MS);
}

export interface SshRun {
  /** Bytes for the remote command's stdin (then closed), or, with `tty`, a function that answers its output. */
  input?: string;
  /** A terminal on the remote side (ssh -tt), for programs that read only from one. */
  tty?: { answer: (output: string, write: (text: string) => void) => void };
  timeoutMs?: number;
}

/** The remote command: POSIX sh whatever the login shell is (fish, zsh, bash), with `script` inside. */
export function remoteCommand(script: string): string {
  return `sh -c ${shellQuote(script)}`;
}

export function runSsh(env: Env, target: SshTarget, script: string, run: SshRun = {}): Promise<SshResult> {
  const { options, destination } = destinationArgs(target);
  const args = ['-o', 'BatchMode=yes', ...(run.tty ? ['-tt'] : ['-T']), ...options, '--', destination, remoteCommand(script)];
  const custom = env.OPENCLAW_AUTH_SSH_COMMAND?.trim();
  // exec: the shell becomes the ssh command, so the time limit's SIGKILL reaches ssh itself (it hit
  // /bin/sh before, and a host that never answered left ssh running, holding our pipes, for ever).
  const [command, commandArgs] = custom ? ['/bin/sh', ['-c', `exec ${custom} "$@"`, 'openclaw-auth-ssh', ...args]] : ['ssh', args];
  const timeoutMs = timeLimit(env, run.timeoutMs);
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs as string[], { env: definedEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      run.tty?.answer(stdout, (text) => child.stdin.write(text));
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdin.on('error', () => undefined); // the remote side may exit before reading all of it
    if (!run.tty) child.stdin.end(run.input ?? '');
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: 127, stdout, stderr: `${stderr}${error.message}`, timeoutMs });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 255, stdout, stderr, timeoutMs, ...(timedOut ? { timedOut } : {}) });
    });
  });
}
