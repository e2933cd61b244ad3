// Everything a command needs from the outside world, handed in once, so tests pass temporary
// directories, fixed clocks and in-memory streams without patching globals (gh's cmdutil.Factory).
import type { Readable, Writable } from 'node:stream';
import { displayPath, resolveStatePaths, type Env, type StatePaths } from './paths.js';
import { openKeychain, type Keychain } from './secrets/keychain.js';

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

export function createContext(parts: Omit<Context, 'paths' | 'show' | 'keychain'> & { keychain?: () => Keychain }): Context {
  const paths = resolveStatePaths(parts.env, parts.cwd);
  return { keychain: () => openKeychain(), ...parts, paths, show: (path) => displayPath(path, paths.home) };
}

export function processContext(): Context {
  const paths = resolveStatePaths(process.env, process.cwd());
  return {
    env: process.env,
    cwd: process.cwd(),
    // Getters: touching process.stdin opens and sets up a stream, which read-only commands never need.
    get stdin() {
      return process.stdin;
    },
    get stdout() {
      return process.stdout;
    },
    get stderr() {
      return process.stderr;
    },
    now: Date.now,
    keychain: () => openKeychain(),
    paths,
    show: (path) => displayPath(path, paths.home),
  };
}
