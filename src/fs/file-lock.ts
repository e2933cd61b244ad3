// OpenClaw's own lock protocol for auth-profiles.json (formats doc, "Locking"; src/plugin-sdk/file-lock.ts):
// a sibling `<file>.lock` created exclusively, holding {"pid", "createdAt"}, removed on release; a lock
// whose pid is dead or that is older than 30 s is stale and may be taken over. No npm library speaks
// this exact protocol (proper-lockfile uses a lock *directory*), and the gateway would not see any
// other kind of lock, so this one module is written by hand, with three guarantees OpenClaw's own
// check-then-unlink lacks (tested adversarially in test/unit/file-lock.test.ts):
//   - a lock appears with its content in one step (written to a private file, then hard-linked into
//     place), so no reader ever sees an empty one; an empty lock (another writer's crash) is stale
//     after a moment, not after 30 s;
//   - taking over a stale lock and releasing our own never remove a lock someone else holds: the lock
//     is first renamed aside (atomic), then checked — same file as judged stale, or ours by its
//     `owner` token — and put back if it is not;
//   - every wait is bounded: a lock that cannot be removed (a directory, a read-only dir) ends in an
//     error naming the lock file and what to do, never in a busy loop.
// The file operations are synchronous: each is a single tiny syscall, and node:fs/promises would
// cost every command ~2 ms to load.
import { fstatSync, linkSync, lstatSync, openSync, closeSync, readFileSync, realpathSync, renameSync, unlinkSync, writeFileSync, readdirSync } from 'node:fs';
import { randomHex } from '../node-crypto.js';
import { basename, dirname, join } from 'node:path';
import { FileAccessError, LockTimeoutError, errnoCode } from '../errors.js';
import { pidIsAlive } from './process-alive.js';
import { ensurePrivateDir } from './secure-write.js';

export const LOCK_STALE_MS = 30_000;
/** An empty or unreadable lock older than this was left by a writer that died creating it. */
export const EMPTY_LOCK_STALE_MS = 2_000;

export interface LockOptions {
  /** Give up after this long; longer than the stale age so a stuck lock is always taken over. */
  timeoutMs?: number;
  now?: () => number;
}

interface LockRecord {
  pid?: unknown;
  createdAt?: unknown;
  owner?: unknown;
}

export interface LockSighting {
  text: string;
  ino: number;
  mtimeMs: number;
}

/** What the lock is now (undefined: released meanwhile). A lock we cannot read is judged by its age. */
export function sightLock(lockPath: string): LockSighting | undefined {
  try {
    const info = lstatSync(lockPath);
    let text = '';
    try {
      text = info.isFile() ? readFileSync(lockPath, 'utf8') : '';
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return undefined;
    }
    return { text, ino: info.ino, mtimeMs: info.mtimeMs };
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

function parseRecord(text: string): LockRecord | undefined {
  try {
    const record = JSON.parse(text) as unknown;
    return typeof record === 'object' && record !== null ? (record as LockRecord) : undefined;
  } catch {
    return undefined;
  }
}

export function lockIsStale(sighting: LockSighting, now: number): boolean {
  const record = parseRecord(sighting.text);
  if (!record) return now - sighting.mtimeMs > EMPTY_LOCK_STALE_MS;
  if (typeof record.pid === 'number' && record.pid > 0 && !pidIsAlive(record.pid)) return true;
  if (typeof record.createdAt === 'string') {
    const created = Date.parse(record.createdAt);
    if (Number.isFinite(created)) return now - created > LOCK_STALE_MS;
  }
  return now - sighting.mtimeMs > LOCK_STALE_MS;
}

async function lockPathFor(targetPath: string): Promise<string> {
  const dir = dirname(targetPath);
  await ensurePrivateDir(dir);
  // OpenClaw locks `<realpath(dir)>/<name>.lock`; use the same spelling so both sides meet.
  return join(realpathSync(dir), `${basename(targetPath)}.lock`);
}

/** Create the lock with its content in one step: a private file, hard-linked into place. */
function tryCreateLock(lockPath: string, content: string): boolean {
  const draft = `${lockPath}.${process.pid}-${randomHex(4)}.new`;
  try {
    writeFileSync(draft, content, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    throw new FileAccessError(`cannot create the lock ${lockPath}: ${errnoCode(error) ?? String(error)}`, { cause: error });
  }
  try {
    linkSync(draft, lockPath);
    return true;
  } catch (error) {
    if (errnoCode(error) === 'EEXIST') return false;
    throw error;
  } finally {
    removeQuietly(draft);
  }
}

/**
 * Move the lock aside and keep it only if `isTheOne` says it is the lock we mean; otherwise put it
 * back (link fails if a new lock appeared meanwhile: that one stays, and the moved one goes).
 * Returns false when the lock was not ours to remove; throws when it cannot be removed at all.
 */
function removeIf(lockPath: string, isTheOne: (text: string, ino: number) => boolean): boolean {
  const aside = `${lockPath}.${process.pid}-${randomHex(4)}.old`;
  try {
    renameSync(lockPath, aside);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return true; // already gone
    throw new LockTimeoutError(`cannot remove the stale lock ${lockPath} (${errnoCode(error) ?? String(error)})`, {
      hint: `remove ${lockPath} by hand once no openclaw process is running`,
    });
  }
  let text = '';
  let ino = -1;
  try {
    const fd = openSync(aside, 'r');
    try {
      ino = fstatSync(fd).ino;
      text = readFileSync(fd, 'utf8');
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (errnoCode(error) === 'EISDIR') {
      renameSync(aside, lockPath);
      throw new LockTimeoutError(`the lock ${lockPath} is a directory, not OpenClaw's lock file`, { hint: `remove ${lockPath} by hand (rmdir)` });
    }
  }
  if (isTheOne(text, ino)) {
    removeQuietly(aside);
    return true;
  }
  try {
    linkSync(aside, lockPath);
  } catch {
    // a new lock took its place meanwhile; the one we moved was superseded anyway
  }
  removeQuietly(aside);
  return false;
}

/**
 * Remove the stale lock `seen` (as sighted when judged stale), and nothing else: if another writer
 * replaced it meanwhile, theirs stays. True when it was removed.
 */
export function takeOverStaleLock(lockPath: string, seen: LockSighting, now: number): boolean {
  return withTakeover(lockPath, now, () => {
    const again = sightLock(lockPath);
    return again !== undefined && again.ino === seen.ino && again.text === seen.text && removeIf(lockPath, (text, ino) => ino === seen.ino && text === seen.text);
  });
}

/** A takeover in progress: held for a few syscalls, so one older than this was left by a crash. */
const TAKEOVER_STALE_MS = 5_000;

/**
 * Serialise takeovers of one lock among our processes (`<lock>.takeover`, created exclusively), so
 * two writers that both judged it stale cannot both remove "it" — the second would remove the first
 * one's fresh lock. Busy: someone else is taking it over; the caller just retries.
 */
function withTakeover(lockPath: string, now: number, take: () => boolean): boolean {
  const marker = `${lockPath}.takeover`;
  if (!tryCreateLock(marker, JSON.stringify({ pid: process.pid, createdAt: new Date(now).toISOString() }))) {
    const seen = sightLock(marker);
    const record = seen ? parseRecord(seen.text) : undefined;
    const dead = typeof record?.pid === 'number' && record.pid > 0 && !pidIsAlive(record.pid);
    if (seen && (dead || now - seen.mtimeMs > TAKEOVER_STALE_MS)) removeIf(marker, (text, ino) => ino === seen.ino && text === seen.text);
    return false;
  }
  try {
    return take();
  } finally {
    removeQuietly(marker);
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Run `fn` while holding OpenClaw's lock on `targetPath`. */
export async function withFileLock<T>(targetPath: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? LOCK_STALE_MS + 10_000;
  const lockPath = await lockPathFor(targetPath);
  const owner = randomHex(8);
  const started = Date.now();
  let delay = 10;
  for (;;) {
    const content = JSON.stringify({ pid: process.pid, createdAt: new Date(now()).toISOString(), owner }, null, 2);
    if (tryCreateLock(lockPath, content)) break;
    if (Date.now() - started > timeoutMs) {
      throw new LockTimeoutError(`${targetPath} is locked by another process (${lockPath}); try again`, {
        hint: `remove ${lockPath} if no openclaw process is running`,
      });
    }
    const seen = sightLock(lockPath);
    if (seen && lockIsStale(seen, now())) {
      // One taker at a time (of ours), and only the very lock judged stale is removed: a fresh one
      // that replaced it meanwhile stays. Removed: try to create ours at once.
      if (takeOverStaleLock(lockPath, seen, now())) continue;
    }
    // Jittered backoff so a crowd of writers does not retry in lockstep.
    await sleep(delay + Math.random() * delay);
    delay = Math.min(delay * 2, 250);
  }
  sweepLockLitter(lockPath);
  try {
    return await fn();
  } finally {
    // Ours only: after a stall longer than the stale age another writer may hold it now.
    try {
      removeIf(lockPath, (text) => parseRecord(text)?.owner === owner);
    } catch {
      // cannot remove it: the next writer reports it with the fix
    }
  }
}

const LITTER = /^(.+)\.(\d+)-[0-9a-f]{8}\.(?:new|old)$/;

/**
 * A writer killed (kill -9, a power cut) between the steps of creating or removing a lock leaves its
 * draft (`<lock>.<pid>-<hex>.new`) or the lock it moved aside (`….old`). Once we hold the lock, the
 * ones whose process is gone are removed; a live process's are its own business.
 */
function sweepLockLitter(lockPath: string): void {
  const name = basename(lockPath);
  let entries: string[];
  try {
    entries = readdirSync(dirname(lockPath));
  } catch {
    return;
  }
  for (const entry of entries) {
    const match = LITTER.exec(entry);
    if (!match || match[1] !== name) continue;
    const pid = Number(match[2]);
    if (pid === process.pid || pidIsAlive(pid)) continue;
    removeQuietly(join(dirname(lockPath), entry));
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}
