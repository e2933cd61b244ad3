// Regression tests from the adversarial review (issue 13): a keychain-held credential survives every
// failed replacement, race and locked keyring. Real gnome-keyring on a private D-Bus, the built CLI,
// real files (a real tmpfs for a full disk); nothing mocked.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { keyringSession, type KeyringSession } from '../helpers/keyring-session.js';
import { fakeSetupToken, openclawJson } from '../helpers/temp-home.js';

const stateDir = (home: string) => join(home, '.openclaw');
const storePath = (home: string) => join(stateDir(home), 'agents', 'main', 'agent', 'auth-profiles.json');
const readStore = (home: string) => JSON.parse(readFileSync(storePath(home), 'utf8'));

const paste = (session: KeyringSession, home: string, args: string[], input: string) =>
  runCli(home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', ...args], { input, env: { ...session.env, HOME: home } });

/** What OpenClaw gets when it runs our resolver for these ids. */
const resolve = (session: KeyringSession, home: string, ids: string[]) =>
  runCli(home, ['secrets', 'resolve'], { input: JSON.stringify({ protocolVersion: 1, provider: 'openclaw-auth', ids }), env: { ...session.env, HOME: home } });

const mounts: string[] = [];
afterEach(() => {
  for (const dir of mounts.splice(0)) {
    spawnSync('umount', [dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A HOME on a small tmpfs of its own (needs root, as CI is), or undefined where it cannot mount. */
function smallDiskHome(): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'oca-full-'));
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=512k,mode=0700', 'tmpfs', dir]).status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  mounts.push(dir);
  return dir;
}

/** Fill the disk, then free `keepBytes` (room for lock files, not for a store). */
function fillDisk(home: string, keepBytes: number): void {
  spawnSync('dd', ['if=/dev/zero', `of=${join(home, 'filler')}`, 'bs=4k'], { stdio: 'ignore' });
  execFileSync('truncate', ['-s', `-${keepBytes}`, join(home, 'filler')]);
}

/** A keyring nobody unlocked, and a profile whose secret is in it (as a reboot leaves a server). */
function lockedKeyringWithProfile(): { session: KeyringSession; home: string } {
  const session = keyringSession({ unlocked: false });
  const home = session.home;
  mkdirSync(join(stateDir(home), 'agents', 'main', 'agent'), { recursive: true, mode: 0o700 });
  const store = { version: 1, profiles: { 'anthropic:kc': { type: 'token', provider: 'anthropic', tokenRef: { source: 'exec', provider: 'openclaw-auth', id: 'main/anthropic:kc' }, expires: Date.now() + 1e9 } } };
  writeFileSync(storePath(home), openclawJson(store), { mode: 0o600 });
  return { session, home };
}

describe('never lose a working keychain credential', () => {
  it('a failed replacement keeps the old keychain secret (disk full: ENOSPC), and the error names the file', async (context) => {
    const session = keyringSession();
    const home = smallDiskHome();
    if (!home) return context.skip('cannot mount a tmpfs here (not root)');
    const old = fakeSetupToken('O');
    expect((await paste(session, home, ['--profile-id', 'anthropic:kc'], old)).code).toBe(0);
    // A store big enough that its rewrite cannot fit, as other agents' and providers' profiles make it.
    const store = readStore(home);
    for (let index = 0; index < 300; index += 1) store.profiles[`openai:p${index}`] = { type: 'api_key', provider: 'openai', key: `sk-${'x'.repeat(100)}${index}` };
    writeFileSync(storePath(home), openclawJson(store), { mode: 0o600 });
    const before = readFileSync(storePath(home), 'utf8');
    fillDisk(home, 12 * 1024);

    const result = await paste(session, home, ['--profile-id', 'anthropic:kc', '--yes'], fakeSetupToken('N'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`✗ cannot write ${storePath(home)}: ENOSPC`);
    expect(readFileSync(storePath(home), 'utf8')).toBe(before);
    expect(readStore(home).profiles['anthropic:kc'].tokenRef).toEqual({ source: 'exec', provider: 'openclaw-auth', id: 'main/anthropic:kc' });
    // The profile still resolves to the old secret; the new one left nothing behind.
    expect(session.lookup('main/anthropic:kc')).toBe(old);
    expect(session.accounts()).toEqual(['main/anthropic:kc']);
    expect(JSON.parse((await resolve(session, home, ['main/anthropic:kc'])).stdout).values).toEqual({ 'main/anthropic:kc': old });
  });

  it('a failed replacement keeps the old keychain secret (store corrupted while we waited for its lock)', async () => {
    const session = keyringSession();
    const home = session.home;
    const old = fakeSetupToken('O');
    expect((await paste(session, home, ['--profile-id', 'anthropic:kc'], old)).code).toBe(0);
    // Another program holds OpenClaw's lock (a live pid: ours), and breaks the file before letting go.
    const lock = `${storePath(home)}.lock`;
    writeFileSync(lock, JSON.stringify({ pid: process.pid, createdAt: new Date().toISOString() }));
    const running = paste(session, home, ['--profile-id', 'anthropic:kc', '--yes'], fakeSetupToken('N'));
    // While it waits for the lock (the new secret goes into the keychain only under it), break the store.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(session.accounts()).toEqual(['main/anthropic:kc']);
    writeFileSync(storePath(home), '{"version":1,"profiles":{ broken');
    rmSync(lock);
    const result = await running;
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`✗ ${storePath(home)} is not valid: not JSON`);
    expect(readFileSync(storePath(home), 'utf8')).toBe('{"version":1,"profiles":{ broken'); // never overwritten
    expect(session.lookup('main/anthropic:kc')).toBe(old);
    expect(session.accounts()).toEqual(['main/anthropic:kc']);
  });

  it('concurrent keychain pastes of one id all store in the keychain: none reads back another\'s secret and falls back to the file', async () => {
    const session = keyringSession();
    const home = session.home;
    expect((await paste(session, home, ['--profile-id', 'anthropic:kc', '--storage', 'keychain'], fakeSetupToken('0'))).code).toBe(0);
    for (let round = 0; round < 2; round += 1) {
      const tokens = ['A', 'B', 'C'].map((tag) => fakeSetupToken(`${tag}${round}`));
      const results = await Promise.all(tokens.map((token) => paste(session, home, ['--profile-id', 'anthropic:kc', '--yes'], token)));
      for (const result of results) {
        expect(result.code, result.stderr).toBe(0);
        expect(result.stderr).not.toContain('OS keychain unavailable');
        expect(result.stdout).toContain('in OS keychain');
      }
      // One of them is the profile now, by reference, and it resolves to exactly that one's token.
      const ref = readStore(home).profiles['anthropic:kc'].tokenRef;
      expect(ref.provider).toBe('openclaw-auth');
      expect(readStore(home).profiles['anthropic:kc'].token).toBeUndefined();
      expect(tokens).toContain(session.lookup(ref.id));
      expect(session.accounts()).toEqual([ref.id]);
    }
  }, 120_000);

  it('a replacement whose resolver cannot be written removes its new keychain entry: the old secret kept, nothing orphaned', async () => {
    const session = keyringSession();
    const home = session.home;
    const old = fakeSetupToken('O');
    expect((await paste(session, home, ['--profile-id', 'anthropic:kc'], old)).code).toBe(0);
    // Where the resolver goes is no directory any more (a full disk fails the same step).
    rmSync(join(stateDir(home), 'bin'), { recursive: true, force: true });
    writeFileSync(join(stateDir(home), 'bin'), 'not a directory');
    const result = await paste(session, home, ['--profile-id', 'anthropic:kc', '--yes'], fakeSetupToken('N'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^✗ /m);
    expect(readStore(home).profiles['anthropic:kc'].tokenRef.id).toBe('main/anthropic:kc');
    expect(session.lookup('main/anthropic:kc')).toBe(old);
    expect(session.accounts()).toEqual(['main/anthropic:kc']);
  });

  it('logout racing paste-token never leaves a profile whose keychain entry is gone', async () => {
    const session = keyringSession();
    const home = session.home;
    const id = 'anthropic:race';
    let storedReports = 0;
    for (let round = 0; round < 12; round += 1) {
      const [pasted] = await Promise.all([
        // --storage keychain: on a loaded machine a slow keyring would otherwise mean the file, with a warning.
        paste(session, home, ['--profile-id', id, '--yes', '--storage', 'keychain'], fakeSetupToken(String(round % 10))),
        runCli(home, ['models', 'auth', 'logout', id, '--yes'], { env: session.env }),
      ]);
      if (pasted.code === 0) storedReports += 1;
      const profile = readStore(home).profiles[id];
      if (profile) {
        // Whatever the interleaving: a profile that exists resolves.
        const ref = profile.tokenRef.id;
        expect(session.lookup(ref), `round ${round}: ${id} points at ${ref}`).toBe(fakeSetupToken(String(round % 10)));
      }
      // No entry is left that no profile uses.
      const used = profile ? [profile.tokenRef.id] : [];
      expect(session.accounts(), `round ${round}`).toEqual(used);
    }
    expect(storedReports).toBeGreaterThan(0);
  }, 120_000);

  it('keychain accounts do not collide: anthropic:me@work and anthropic:me_work are separate entries, and logging out one keeps the other', async () => {
    const session = keyringSession();
    const home = session.home;
    expect((await paste(session, home, ['--profile-id', 'anthropic:me@work'], fakeSetupToken('A'))).code).toBe(0);
    expect((await paste(session, home, ['--profile-id', 'anthropic:me_work'], fakeSetupToken('B'))).code).toBe(0);
    const store = readStore(home);
    expect(store.profiles['anthropic:me@work'].tokenRef.id).toBe('main/anthropic:me_40work');
    expect(store.profiles['anthropic:me_work'].tokenRef.id).toBe('main/anthropic:me_5fwork');
    expect((await runCli(home, ['models', 'auth', 'logout', 'anthropic:me@work', '--yes'], { env: session.env })).code).toBe(0);
    expect(session.lookup('main/anthropic:me_5fwork')).toBe(fakeSetupToken('B'));
    expect(session.accounts()).toEqual(['main/anthropic:me_5fwork']);
  });

  it('secrets migrate moves entries named the old, colliding way to their own accounts', async () => {
    const session = keyringSession();
    const home = session.home;
    // As openclaw-auth 0.1 left it: "@" mangled to "_" in the account.
    expect((await paste(session, home, ['--profile-id', 'anthropic:x'], fakeSetupToken('L'))).code).toBe(0);
    execFileSync('secret-tool', ['store', '--label=legacy', 'service', 'openclaw-auth', 'username', 'main/anthropic:me_work'], { input: fakeSetupToken('M'), env: { ...process.env, ...session.env } });
    const store = readStore(home);
    store.profiles['anthropic:me@work'] = { type: 'token', provider: 'anthropic', tokenRef: { source: 'exec', provider: 'openclaw-auth', id: 'main/anthropic:me_work' } };
    writeFileSync(storePath(home), openclawJson(store), { mode: 0o600 });

    const doctor = await runCli(home, ['doctor'], { env: session.env });
    expect(doctor.stdout).toContain('anthropic:me@work uses a keychain account named the old way (main/anthropic:me_work)');
    expect(doctor.stdout).toContain('fix: openclaw-auth secrets migrate --to keychain');

    const migrated = await runCli(home, ['secrets', 'migrate', '--to', 'keychain'], { env: session.env });
    expect(migrated.code).toBe(0);
    expect(migrated.stdout).toContain('✓ anthropic:me@work → OS keychain (service "openclaw-auth", account "main/anthropic:me_40work")');
    expect(readStore(home).profiles['anthropic:me@work'].tokenRef.id).toBe('main/anthropic:me_40work');
    expect(session.lookup('main/anthropic:me_40work')).toBe(fakeSetupToken('M'));
    expect(session.accounts()).toEqual(['main/anthropic:me_40work', 'main/anthropic:x']);
  });

  it('logout with a locked keyring changes nothing and says so', async () => {
    const { session, home } = lockedKeyringWithProfile();
    const before = readFileSync(storePath(home), 'utf8');
    const result = await runCli(home, ['models', 'auth', 'logout', 'anthropic:kc', '--yes'], { env: session.env });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^✗ nothing changed: anthropic:kc keeps its profile and its secret, because OS keychain unavailable: /);
    expect(result.stderr).toContain('unlock the keyring');
    expect(readFileSync(storePath(home), 'utf8')).toBe(before);
    // The same command, run again, still finds the profile.
    const again = await runCli(home, ['models', 'auth', 'logout', 'anthropic:kc', '--yes'], { env: session.env });
    expect(again.stderr).not.toContain('not found');
  });
});

describe('a locked keyring is reported as locked', () => {
  it('status and doctor say to unlock the keyring, not to store the secret again', async () => {
    const { session, home } = lockedKeyringWithProfile();
    const status = await runCli(home, ['models', 'status'], { env: session.env });
    expect(status.stdout).toMatch(/! anthropic:kc cannot be used: OS keychain unavailable: .*\. Unlock the keyring, then check again/);
    expect(status.stdout).not.toContain('Store it again');
    const doctor = await runCli(home, ['doctor'], { env: session.env });
    expect(doctor.stdout).toContain('fix: Unlock the keyring, then check again');
  });
});
