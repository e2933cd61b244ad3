// OpenClaw's own lock protocol for auth-profiles.json (formats doc, "Locking"; src/plugin-sdk/file-lock.ts):
// a sibling `<file>.lock` created exclusively, holding {"pid", "createdAt"}, removed on release; a lock
// whose pid is dead or that is older than 30 s is stale and may be taken over. No npm library speaks
// this exact protocol (proper-lockfile uses a lock *directory*), and the gateway would not see any
// other kind of lock, so this one module is written by hand. The file operations are synchronous:
// each is a single tiny syscall, and node:fs/promises would cost every command ~2 ms to load.
import { closeSync, openSync, readFileSync, realpathSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { LockTimeoutError, errnoCode } from '../errors.js';
import { ensurePrivateDir } from './secure-write.js';

export const LOCK_STALE_MS = 30_000;

export interface LockOptions {
  /** Give up after this long; longer than the stale age so a stuck lock is always taken over. */
  timeoutMs?: number;
  now?: () => number;
}

interface LockRecord {
  pid?: unknown;
  createdAt?: unknown;
}

function pidIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return errnoCode(error) === 'EPERM';
  }
}

function lockIsStale(lockPath: string, now: number): boolean {
  let record: LockRecord = {};
  try {
    record = JSON.parse(readFileSync(lockPath, 'utf8')) as LockRecord;
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return false; // released meanwhile: just retry
    // Half-written or foreign content: fall back to the file's age below.
  }
  if (typeof record.pid === 'number' && record.pid > 0 && !pidIsAlive(record.pid)) return true;
  if (typeof record.createdAt === 'string') {
    const created = Date.parse(record.createdAt);
    if (Number.isFinite(created) && now - created > LOCK_STALE_MS) return true;
  }
  try {
    const info = statSync(lockPath);
    return now - info.mtimeMs > LOCK_STALE_MS;
  } catch {
    return false;
  }
}

async function lockPathFor(targetPath: string): Promise<string> {
  const dir = dirname(targetPath);
  await ensurePrivateDir(dir);
  // OpenClaw locks `<realpath(dir)>/<name>.lock`; use the same spelling so both sides meet.
  return join(realpathSync(dir), `${basename(targetPath)}.lock`);
}

function tryCreateLock(lockPath: string, now: number): boolean {
  try {
    const fd = openSync(lockPath, 'wx', 0o600);
    try {
      writeFileSync(fd, JSON.stringify({ pid: process.pid, createdAt: new Date(now).toISOString() }, null, 2));
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (error) {
    if (errnoCode(error) === 'EEXIST') return false;
    throw error;
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Run `fn` while holding OpenClaw's lock on `targetPath`. */
export async function withFileLock<T>(targetPath: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? LOCK_STALE_MS + 10_000;
  const lockPath = await lockPathFor(targetPath);
  const started = Date.now();
  let delay = 10;
  for (;;) {
    if (tryCreateLock(lockPath, now())) break;
    if (lockIsStale(lockPath, now())) {
      removeQuietly(lockPath);
      continue;
    }
    if (Date.now() - started > timeoutMs) {
      throw new LockTimeoutError(`${targetPath} is locked by another process (${lockPath}); try again`, {
        hint: `remove ${lockPath} if no openclaw process is running`,
      });
    }
    // Jittered backoff so a crowd of writers does not retry in lockstep.
    await sleep(delay + Math.random() * delay);
    delay = Math.min(delay * 2, 250);
  }
  try {
    return await fn();
  } finally {
    removeQuietly(lockPath);
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone: another process took over a stale lock, or it was never created
  }
}
