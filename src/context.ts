// Everything a command needs from the outside world, handed in once, so tests pass temporary
// directories, fixed clocks and in-memory streams without patching globals (gh's cmdutil.Factory).
import type { Readable, Writable } from 'node:stream';
import { fdOutput } from './io/fd-output.js';
import { displayPath, resolveStatePaths, type Env, type StatePaths } from './paths.js';
import { keychainCallsCanWait, openKeychain, type Keychain } from './secrets/keychain.js';

export interface InputStream extends Readable {
  isTTY?: boolean;
  setRawMode?: (mode: boolean) => unknown;
}

export interface OutputStream extends Writable {
  isTTY?: boolean;
  columns?: number;
}

export interface Context {
  env: Env;
  cwd: string;
  stdin: InputStream;
  stdout: OutputStream;
  stderr: OutputStream;
  now: () => number;
  /** The OS keychain, opened on first use (loading it costs a native module). */
  keychain: () => Keychain;
  paths: StatePaths;
  /** `~/…` form of a path, for messages. */
  show: (path: string) => string;
}

/** The OS keychain, its native calls made on this thread: for commands that run and exit. */
const directKeychain = (): Keychain => openKeychain();

export function createContext(parts: Omit<Context, 'paths' | 'show' | 'keychain'> & { keychain?: () => Keychain }): Context {
  const paths = resolveStatePaths(parts.env, parts.cwd);
  return { keychain: directKeychain, ...parts, paths, show: (path) => displayPath(path, paths.home) };
}

/**
 * Runs a screen a person types into (the wizard, the dashboard) with the OS keychain's native calls
 * on a worker thread, so a keychain daemon that does not answer cannot freeze the keys
 * (keychain-thread.ts); when the screen ends, a keychain check still under way is dropped rather
 * than waited for. Where no call can wait (Linux without a session bus) and for a keychain given
 * to the context (a test's), the context is used as it is.
 */
export async function onInteractiveScreen<T>(ctx: Context, run: (ctx: Context) => Promise<T>): Promise<T> {
  if (ctx.keychain !== directKeychain || !keychainCallsCanWait(ctx.env)) return run(ctx);
  let keychain: Keychain | undefined;
  try {
    // Object.create keeps the streams' lazy getters lazy.
    return await run(Object.assign(Object.create(ctx) as Context, { keychain: () => (keychain ??= openKeychain({ offThread: true })) }));
  } finally {
    keychain?.close?.();
  }
}

let stdoutWatched = false;

/** Node's stdout, created on first use, where `| head` closing the pipe ends the run quietly, not with a stack trace. */
export function nodeStdout(): OutputStream {
  if (!stdoutWatched) {
    stdoutWatched = true;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    });
  }
  return process.stdout;
}

/**
 * The real process's streams. `directStdout`: a pipe or file gets plain writes to fd 1 instead of
 * Node's stream (the status fast path: see io/fd-output.ts).
 */
export function processContext(options: { directStdout?: boolean } = {}): Context {
  const paths = resolveStatePaths(process.env, process.cwd());
  let stdout: OutputStream | undefined;
  return {
    env: process.env,
    cwd: process.cwd(),
    // Getters: touching process.stdin opens and sets up a stream, which read-only commands never need.
    get stdin() {
      return process.stdin;
    },
    get stdout() {
      // The status path uses only write(); the cast is to the one stream type a Context holds.
      stdout ??= ((options.directStdout ? fdOutput(1) : undefined) as OutputStream | undefined) ?? nodeStdout();
      return stdout;
    },
    get stderr() {
      return process.stderr;
    },
    now: Date.now,
    keychain: directKeychain,
    paths,
    show: (path) => displayPath(path, paths.home),
  };
}
