import { existsSync, readFileSync, utimesSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { LockTimeoutError } from '../../src/errors.js';
import { withFileLock } from '../../src/fs/file-lock.js';
import { makeTempHome } from '../helpers/temp-home.js';

function deadPid(): number {
  // A pid that certainly existed and is now gone.
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('OpenClaw-compatible file lock', () => {
  it('holds auth-profiles.json.lock with {pid, createdAt} while running, and removes it after', async () => {
    const home = makeTempHome();
    const target = home.storePath();
    const lockPath = `${target}.lock`;
    await withFileLock(target, async () => {
      const record = JSON.parse(readFileSync(lockPath, 'utf8'));
      expect(record.pid).toBe(process.pid);
      expect(Date.parse(record.createdAt)).toBeGreaterThan(Date.now() - 5000);
    });
    expect(existsSync(lockPath)).toBe(false);
  });

  it('releases the lock when the work throws', async () => {
    const home = makeTempHome();
    await expect(withFileLock(home.storePath(), async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(existsSync(`${home.storePath()}.lock`)).toBe(false);
  });

  it('takes over a lock whose process is dead', async () => {
    const home = makeTempHome();
    home.writeFile(`${home.storePath()}.lock`, JSON.stringify({ pid: deadPid(), createdAt: new Date().toISOString() }));
    const started = Date.now();
    await withFileLock(home.storePath(), async () => undefined);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('takes over a lock older than 30 s even if its pid lives', async () => {
    const home = makeTempHome();
    const lockPath = `${home.storePath()}.lock`;
    home.writeFile(lockPath, JSON.stringify({ pid: process.ppid, createdAt: new Date(Date.now() - 31_000).toISOString() }));
    const old = (Date.now() - 31_000) / 1000;
    utimesSync(lockPath, old, old);
    await withFileLock(home.storePath(), async () => undefined);
    expect(existsSync(lockPath)).toBe(false);
  });

  it('waits for a live, fresh lock and gives up with a clear error', async () => {
    const home = makeTempHome();
    const lockPath = `${home.storePath()}.lock`;
    home.writeFile(lockPath, JSON.stringify({ pid: process.ppid, createdAt: new Date().toISOString() }));
    const error = await withFileLock(home.storePath(), async () => 'ran', { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockTimeoutError);
    expect((error as Error).message).toContain('locked by another process');
    expect(existsSync(lockPath)).toBe(true); // someone else's lock is never removed while fresh
  });

  it('serialises writers: no two hold the lock at once', async () => {
    const home = makeTempHome();
    let inside = 0;
    let maxInside = 0;
    await Promise.all(
      Array.from({ length: 8 }, () =>
        withFileLock(home.storePath(), async () => {
          inside += 1;
          maxInside = Math.max(maxInside, inside);
          await new Promise((resolve) => setTimeout(resolve, 5));
          inside -= 1;
        }),
      ),
    );
    expect(maxInside).toBe(1);
  });
});
