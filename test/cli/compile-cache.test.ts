// The launcher's compile cache (Node 22.1+): code read from it runs as ours, so it lives only in
// this user's own directory, never in one another user can write.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
