import { existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { LockTimeoutError } from '../../src/errors.js';
import { sightLock, takeOverStaleLock, withFileLock } from '../../src/fs/file-lock.js';
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

  it('kill -9 lock litter (<lock>.<pid>-<hex>.new/.old of a dead writer) is removed by the next writer; a live writer\'s stays', async () => {
    const home = makeTempHome();
    const target = home.storePath();
    mkdirSync(join(target, '..'), { recursive: true });
    const dead = deadPid();
    const litter = [`${target}.lock.${dead}-0a1b2c3d.new`, `${target}.lock.${dead}-deadbeef.old`];
    const live = `${target}.lock.1-0a1b2c3d.new`; // pid 1 is alive
    const unrelated = `${target}.${dead}-0a1b2c3d.tmp`;
    for (const path of [...litter, live, unrelated]) writeFileSync(path, '{}');
    await withFileLock(target, async () => undefined);
    for (const path of litter) expect(existsSync(path), path).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(existsSync(unrelated)).toBe(true);
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

  it('a stale lock that cannot be removed (a directory) ends in an error naming it, not a busy loop', async () => {
    const home = makeTempHome();
    const lockPath = `${home.storePath()}.lock`;
    mkdirSync(lockPath, { recursive: true });
    const old = (Date.now() - 60_000) / 1000;
    utimesSync(lockPath, old, old);
    const cpuBefore = process.cpuUsage();
    const error = await withFileLock(home.storePath(), async () => 'ran', { timeoutMs: 1500 }).catch((e: unknown) => e);
    const cpu = process.cpuUsage(cpuBefore);
    expect(error).toBeInstanceOf(LockTimeoutError);
    expect((error as Error).message).toContain(lockPath);
    expect((error as LockTimeoutError).hint).toMatch(/remove .* by hand/);
    expect(existsSync(lockPath)).toBe(true);
    // Bounded and sleeping: far less CPU than the wall time a spinning loop would burn.
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(500);
  });

  it('an empty lock (its writer died between create and write) is stale after a moment, not after 30 s', async () => {
    const home = makeTempHome();
    const lockPath = `${home.storePath()}.lock`;
    home.writeFile(lockPath, '');
    const old = (Date.now() - 3_000) / 1000;
    utimesSync(lockPath, old, old);
    const started = Date.now();
    await withFileLock(home.storePath(), async () => undefined);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('stale-lock takeover never deletes a live lock: a fresh lock that replaced the stale one after it was judged stays', () => {
    const home = makeTempHome();
    const lockPath = `${home.storePath()}.lock`;
    home.writeFile(lockPath, JSON.stringify({ pid: deadPid(), createdAt: new Date().toISOString() }));
    const judged = sightLock(lockPath);
    expect(judged).toBeDefined();
    // Meanwhile another writer took it over and holds a fresh lock of its own.
    rmSync(lockPath);
    const fresh = JSON.stringify({ pid: process.ppid, createdAt: new Date().toISOString(), owner: 'other' });
    home.writeFile(lockPath, fresh);
    expect(takeOverStaleLock(lockPath, judged!, Date.now())).toBe(false);
    expect(readFileSync(lockPath, 'utf8')).toBe(fresh);
    // The stale one itself is removed.
    const stale = sightLock(lockPath)!;
    rmSync(lockPath);
    home.writeFile(lockPath, JSON.stringify({ pid: deadPid(), createdAt: new Date().toISOString() }));
    expect(takeOverStaleLock(lockPath, sightLock(lockPath)!, Date.now())).toBe(true);
    expect(existsSync(lockPath)).toBe(false);
    expect(stale.text).toBe(fresh);
  });

  it('release never removes a lock another writer took over meanwhile', async () => {
    const home = makeTempHome();
    const lockPath = `${home.storePath()}.lock`;
    const theirs = JSON.stringify({ pid: process.ppid, createdAt: new Date().toISOString(), owner: 'someone-else' });
    await withFileLock(home.storePath(), async () => {
      // We stalled past the stale age; another writer took the lock over.
      rmSync(lockPath);
      writeFileSync(lockPath, theirs);
    });
    expect(readFileSync(lockPath, 'utf8')).toBe(theirs);
  });

  it("writers in separate processes never overlap while crashed writers' locks keep appearing", async () => {
    const home = makeTempHome();
    const dir = home.agentDir();
    mkdirSync(dir, { recursive: true });
    const target = join(dir, 'auth-profiles.json');
    const lockPath = `${target}.lock`;
    const bundle = join(home.home, 'file-lock.mjs');
    buildSync({ entryPoints: [new URL('../../src/fs/file-lock.ts', import.meta.url).pathname], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'silent' });
    const log = join(home.home, 'critical.log');
    const [WORKERS, ROUNDS] = [8, 60];
    const worker = `
      import { appendFileSync } from 'node:fs';
      import { withFileLock } from ${JSON.stringify(bundle)};
      for (let round = 0; round < ${ROUNDS}; round += 1) {
        await withFileLock(${JSON.stringify(target)}, async () => {
          appendFileSync(${JSON.stringify(log)}, 'in ' + process.pid + '\\n');
          await new Promise((resolve) => setTimeout(resolve, 1));
          appendFileSync(${JSON.stringify(log)}, 'out ' + process.pid + '\\n');
        });
      }`;
    const dead = deadPid();
    const stale = JSON.stringify({ pid: dead, createdAt: new Date().toISOString() });
    // A crashed writer's lock keeps turning up whenever there is none: every writer judges it stale.
    let planted = 0;
    const planter = setInterval(() => {
      try {
        writeFileSync(lockPath, stale, { flag: 'wx' });
        planted += 1;
      } catch {
        // a lock is there
      }
    }, 1);
    const workers = Array.from({ length: WORKERS }, () =>
      new Promise<number>((resolve) => spawn(process.execPath, ['--input-type=module', '-e', worker], { stdio: ['ignore', 'ignore', 'inherit'] }).on('exit', (code) => resolve(code ?? -1))),
    );
    const codes = await Promise.all(workers);
    clearInterval(planter);
    expect(codes).toEqual(Array(WORKERS).fill(0));
    expect(planted).toBeGreaterThan(10);
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(WORKERS * ROUNDS * 2);
    let holder: string | undefined;
    for (const line of lines) {
      const [what, pid] = line.split(' ');
      if (what === 'in') {
        expect(holder, 'two writers inside the lock at once').toBeUndefined();
        holder = pid;
      } else {
        expect(holder).toBe(pid);
        holder = undefined;
      }
    }
  }, 60_000);
});
