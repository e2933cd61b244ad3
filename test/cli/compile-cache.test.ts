// The launcher's compile caches (Node's own on 22.1+; the status run's code cache on any Node): code
// read from them runs as ours, so they live only in this user's own directory, never in one another
// user can write.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE24_BIN } from '../helpers/peers.js';
import { CLI_PATH, runCli } from '../helpers/run-cli.js';
import { shellQuote, TmuxSession } from '../helpers/tmux.js';
import { makeTempHome } from '../helpers/temp-home.js';

describe.skipIf(!existsSync(NODE24_BIN))('the compile cache (Node 24)', () => {
  it('is kept under ~/.cache/openclaw-auth, 0700, and the command still answers', async () => {
    const home = makeTempHome();
    const result = await runCli(home.home, ['models', 'status'], { node: NODE24_BIN });
    expect(result.code).toBe(0);
    const dir = join(home.home, '.cache', 'openclaw-auth', 'compile-cache');
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(readdirSync(dir).length).toBeGreaterThan(0);
  });

  it('the wizard writes the cache once its first frame is out, not only when it exits: a terminal closed on it still leaves the next start warm', async () => {
    const home = makeTempHome();
    const dir = join(home.home, '.cache', 'openclaw-auth', 'compile-cache');
    const wizard = new TmuxSession(`${shellQuote(NODE24_BIN)} ${shellQuote(CLI_PATH)} onboard`, { width: 80, height: 30, env: { HOME: home.home } });
    await wizard.waitFor('Add a credential', 10_000);
    // Still running: nothing has exited to write it (Node writes the cache at exit).
    const cacheFiles = () => (existsSync(dir) ? readdirSync(dir, { recursive: true }).filter((entry) => statSync(join(dir, String(entry))).isFile()) : []);
    const deadline = Date.now() + 5_000;
    while (cacheFiles().length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(cacheFiles().length).toBeGreaterThan(0);
    wizard.press('C-c');
    expect(await wizard.exitCode()).toBe(130);
  });

  it('a cache dir others can write is never used (security: a planted cache would run as ours)', async () => {
    const home = makeTempHome();
    const shared = mkdtempSync(join(tmpdir(), 'oca-shared-cache-'));
    const dir = join(shared, 'openclaw-auth', 'compile-cache');
    mkdirSync(dir, { recursive: true });
    chmodSync(dir, 0o777);
    const result = await runCli(home.home, ['models', 'status'], { node: NODE24_BIN, env: { XDG_CACHE_HOME: shared } });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['its openclaw-auth dir others can write (they could swap the cache dir in it)', 'openclaw-auth', 0o777],
    ['a cache base others can write, not sticky (they could rename openclaw-auth out of it)', '.', 0o777],
  ])('a cache behind a directory others can change is never used (security): %s', async (_what, which, mode) => {
    const home = makeTempHome();
    const shared = mkdtempSync(join(tmpdir(), 'oca-shared-cache-'));
    const dir = join(shared, 'openclaw-auth', 'compile-cache');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(join(shared, which), mode);
    const result = await runCli(home.home, ['models', 'status'], { node: NODE24_BIN, env: { XDG_CACHE_HOME: shared } });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a sticky shared base (as /tmp) is fine when openclaw-auth inside it is ours alone', async () => {
    const home = makeTempHome();
    const shared = mkdtempSync(join(tmpdir(), 'oca-shared-cache-'));
    chmodSync(shared, 0o1777);
    const result = await runCli(home.home, ['models', 'status'], { node: NODE24_BIN, env: { XDG_CACHE_HOME: shared } });
    expect(result.code).toBe(0);
    expect(statSync(join(shared, 'openclaw-auth')).mode & 0o777).toBe(0o700);
    expect(readdirSync(join(shared, 'openclaw-auth', 'compile-cache')).length).toBeGreaterThan(0);
  });
});

// Node's own cache is made as a file is compiled: the functions `models status` calls were compiled
// again on every run. The launcher keeps a cache of dist/cli.cjs made as a status run ends.
const NODES: [string, string][] = [[`Node ${process.versions.node.split('.')[0]}`, process.execPath], ...(existsSync(NODE24_BIN) && NODE24_BIN !== process.execPath ? [['Node 24', NODE24_BIN] as [string, string]] : [])];

describe.each(NODES)('models status: the code cache made as its first run ends (%s)', (_name, node) => {
  const cacheDir = (home: string) => join(home, '.cache', 'openclaw-auth', 'compile-cache');
  const statusCaches = (home: string) => (existsSync(cacheDir(home)) ? readdirSync(cacheDir(home)).filter((name) => name.startsWith('cli-status-')) : []);
  const status = (home: string, launcher = CLI_PATH) => spawnSync(node, [launcher, 'models', 'status'], { env: { HOME: home, PATH: process.env.PATH }, encoding: 'utf8' });

  it('is written once, 0600, and the next run uses it as it is: the same answer, the file untouched', () => {
    const home = makeTempHome().home;
    const first = status(home);
    expect(first.status).toBe(0);
    expect(statusCaches(home)).toHaveLength(1);
    const cache = join(cacheDir(home), statusCaches(home)[0] as string);
    const before = statSync(cache);
    expect(before.mode & 0o777).toBe(0o600);
    const second = status(home);
    expect(second.stdout).toBe(first.stdout);
    // Not written again: V8 took it (a cache it refused would be replaced).
    expect(statSync(cache)).toMatchObject({ ino: before.ino, mtimeMs: before.mtimeMs });
  });

  it('a damaged cache costs a compile, no more: the same answer, and a good cache in its place', () => {
    const home = makeTempHome().home;
    const first = status(home);
    const cache = join(cacheDir(home), statusCaches(home)[0] as string);
    writeFileSync(cache, 'not a code cache');
    const again = status(home);
    expect(again.status).toBe(0);
    expect(again.stderr).toBe('');
    expect(again.stdout).toBe(first.stdout);
    expect(readFileSync(cache).length).toBeGreaterThan(10_000);
  });

  it('a changed CLI never runs with the cache of the old one: the cache is named after the file', () => {
    const home = makeTempHome().home;
    const dist = mkdtempSync(join(tmpdir(), 'oca-dist-'));
    cpSync(dirname(CLI_PATH), dist, { recursive: true });
    const launcher = join(dist, 'openclaw-auth.cjs');
    status(home, launcher);
    const [old] = statusCaches(home);
    // The same CLI, changed: it says so on every run.
    const cli = join(dist, 'cli.cjs');
    writeFileSync(cli, readFileSync(cli, 'utf8').replace('void main(process.argv);', 'process.stderr.write("changed\\n");\nvoid main(process.argv);'));
    const changed = status(home, launcher);
    expect(changed.stderr).toBe('changed\n');
    expect(statusCaches(home)).toHaveLength(1);
    expect(statusCaches(home)[0]).not.toBe(old);
  });

  it('a link planted where the cache goes is never followed (security)', () => {
    const home = makeTempHome().home;
    const first = status(home);
    const cache = join(cacheDir(home), statusCaches(home)[0] as string);
    const elsewhere = join(mkdtempSync(join(tmpdir(), 'oca-elsewhere-')), 'file');
    writeFileSync(elsewhere, 'someone else’s file');
    rmSync(cache);
    symlinkSync(elsewhere, cache);
    const again = status(home);
    expect(again.stdout).toBe(first.stdout);
    expect(readFileSync(elsewhere, 'utf8')).toBe('someone else’s file');
    expect(lstatSync(cache).isSymbolicLink()).toBe(false);
  });
});
