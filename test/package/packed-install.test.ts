// The package as it is published: `npm pack` of this repository, installed into an empty prefix as
// `npm install -g` would (dependencies from the npm registry or its cache, nothing else), and the
// installed `openclaw-auth` run as a user runs it. This is also the tarball that
// `openclaw plugins install <tgz>` takes.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_CLAUDE } from '../helpers/capture.js';
import { NODE24_BIN } from '../helpers/peers.js';
import { spawnCaptured } from '../helpers/spawn-captured.js';
import { fakeSetupToken, makeTempHome } from '../helpers/temp-home.js';
import { shellQuote, TmuxSession } from '../helpers/tmux.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
let prefix = '';
let bin = '';
let tarball = '';

beforeAll(() => {
  prefix = mkdtempSync(join(tmpdir(), 'oca-prefix-'));
  const packDir = mkdtempSync(join(tmpdir(), 'oca-pack-'));
  // dist/ is built already (pretest); rebuilding it here would pull it from under parallel tests.
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], { cwd: repo, encoding: 'utf8' })) as { filename: string; files: { path: string }[] }[];
  tarball = join(packDir, packed[0]!.filename);
  execFileSync('npm', ['install', '-g', '--prefix', prefix, tarball, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  bin = join(prefix, 'bin', 'openclaw-auth');
}, 240_000);

afterAll(() => {
  rmSync(prefix, { recursive: true, force: true });
  if (tarball) rmSync(dirname(tarball), { recursive: true, force: true });
});

const run = (home: string, args: string[], input?: string) =>
  spawnCaptured(bin, args, { env: { HOME: home, PATH: process.env.PATH ?? '/usr/bin:/bin', NO_COLOR: '1' }, cwd: home, ...(input !== undefined ? { input } : {}) });

describe('the packed package, installed into an empty prefix', () => {
  it('holds what it runs on (dist, the monitor script) and no sources or tests', () => {
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').map((path) => path.replace(/^package\//, ''));
    expect(listing).toContain('dist/openclaw-auth.cjs');
    expect(listing).toContain('dist/commands.cjs');
    expect(listing).toContain('dist/ui.mjs');
    expect(listing).toContain('scripts/auth-monitor.sh');
    expect(listing.filter((path) => path.startsWith('src/') || path.startsWith('test/'))).toEqual([]);
    expect(existsSync(bin)).toBe(true);
    expect(realpathSync(bin)).toBe(join(prefix, 'lib', 'node_modules', 'openclaw-auth', 'dist', 'openclaw-auth.cjs'));
  });

  it('--version, models status and a paste-token work from the install', async () => {
    const home = makeTempHome();
    const version = await run(home.home, ['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version);
    const empty = await run(home.home, ['models', 'status', '--check']);
    expect(empty.code).toBe(1);
    const token = fakeSetupToken('P');
    const pasted = await run(home.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--storage', 'file'], token);
    expect(pasted.code).toBe(0);
    expect(home.readStore().profiles['anthropic:manual']?.token).toBe(token);
    const status = await run(home.home, ['models', 'status', '--plain']);
    expect(status.code).toBe(0);
  });

  it.skipIf(!existsSync(NODE24_BIN))('runs under Node 24 from the install, native modules included (keychain probe, PTY)', async () => {
    const home = makeTempHome();
    const token = fakeSetupToken('R');
    const env = { HOME: home.home, PATH: process.env.PATH ?? '/usr/bin:/bin', NO_COLOR: '1' };
    const pasted = await spawnCaptured(NODE24_BIN, [bin, 'models', 'auth', 'paste-token', '--provider', 'anthropic'], { env, cwd: home.home, input: token });
    expect(pasted.code, pasted.stderr).toBe(0); // keychain tried (the native module loads), then the file
    expect(home.readStore().profiles['anthropic:manual']?.token).toBe(token);
    const pty = await spawnCaptured(NODE24_BIN, ['-e', `require(${JSON.stringify(join(prefix, 'lib', 'node_modules', 'openclaw-auth', 'node_modules', '@lydell', 'node-pty'))}).spawn('/bin/true', [], {}).onExit(({ exitCode }) => process.exit(exitCode))`], { env, cwd: home.home });
    expect(pty.code).toBe(0);
  });

  it("the wizard's first frame, from the install, in a terminal", async () => {
    const home = makeTempHome();
    const session = new TmuxSession(shellQuote(bin), { width: 80, height: 30, env: { HOME: home.home, NO_COLOR: '1' } });
    await session.waitFor('Add a credential', 15_000);
    session.press('C-c');
    expect(await session.exitCode()).toBe(130);
  });

  it('setup-token with the fake claude, from the install: the PTY and the terminal emulator load there', async () => {
    const home = makeTempHome();
    const token = fakeSetupToken('Q');
    const session = new TmuxSession(`${shellQuote(bin)} models auth setup-token --storage file --claude-bin ${shellQuote(FAKE_CLAUDE)}`, {
      width: 80,
      height: 40,
      env: { HOME: home.home, FAKE_CLAUDE_TOKEN: token, FAKE_CLAUDE_DELAY_MS: '5' },
    });
    await session.waitFor('Paste code here if prompted >', 15_000);
    session.type('code#state');
    session.press('Enter');
    await session.waitFor('✓ Stored', 15_000);
    expect(await session.exitCode()).toBe(0);
    expect(home.readStore().profiles['anthropic:manual']?.token).toBe(token);
  });
});

// The install must not depend on this checkout: nothing it loads resolves into the repository.
it('the installed CLI resolves its packages from its own prefix', () => {
  const probe = spawnSync(process.execPath, ['-e', `process.stdout.write(require.resolve('@lydell/node-pty', { paths: [${JSON.stringify(join(prefix, 'lib', 'node_modules', 'openclaw-auth'))}] }))`], { encoding: 'utf8' });
  expect(probe.stdout.startsWith(prefix)).toBe(true);
});
