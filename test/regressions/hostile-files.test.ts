// Regression tests from the adversarial review (issue 13): secrets never go through a planted link,
// into a directory others can write, or stay behind in a killed writer's temp file. Real files,
// the built CLI.
import { chmodSync, existsSync, lstatSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { fakeSetupToken, makeTempHome, openclawJson } from '../helpers/temp-home.js';

const paste = (home: string, args: string[], input: string) => runCli(home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--storage', 'file', ...args], { input });

function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString());
}

describe('hostile surroundings', () => {
  it('a temp-file symlink planted in a group-writable agent dir receives no token: the write is refused with the chmod fix', async () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: {} });
    const dir = home.agentDir();
    chmodSync(dir, 0o777);
    const victim = join(home.home, 'victim.txt');
    writeFileSync(victim, 'precious\n');
    // Every name a writer might pick, planted as a link to the victim.
    for (let index = 0; index < 50; index += 1) symlinkSync(victim, join(dir, `auth-profiles.json.${1000000 + index}`));
    const result = await paste(home.home, [], fakeSetupToken('S'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`✗ ${dir} is writable by other users (mode 777): refusing to write a secret there`);
    expect(result.stderr).toContain(`fix: chmod 700 ${dir}`);
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(home.readStore().profiles).toEqual({});
  });

  it('a store symlinked outside the state dir is neither rewritten nor chmodded', async () => {
    const home = makeTempHome();
    const outside = join(home.home, 'unrelated.json');
    writeFileSync(outside, openclawJson({ version: 1, profiles: {} }), { mode: 0o644 });
    home.writeFile(home.storePath(), '');
    const store = home.storePath();
    spawnSync('rm', [store]);
    symlinkSync(outside, store);
    const result = await paste(home.home, [], fakeSetupToken('L'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`✗ ${store} is a symbolic link to ${outside}, outside ${home.stateDir}: refusing to write a secret through it`);
    expect(readFileSync(outside, 'utf8')).not.toContain('sk-ant-');
    expect(statSync(outside).mode & 0o777).toBe(0o644);
    expect(lstatSync(store).isSymbolicLink()).toBe(true);
  });

  it('a store symlinked inside the state dir (one agent sharing another\'s) is written through, the link kept', async () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: {} }, 'work');
    home.writeFile(home.storePath(), '');
    spawnSync('rm', [home.storePath()]);
    symlinkSync(home.storePath('work'), home.storePath());
    const result = await paste(home.home, [], fakeSetupToken('I'));
    expect(result.code).toBe(0);
    expect(lstatSync(home.storePath()).isSymbolicLink()).toBe(true);
    expect(home.readStore('work').profiles['anthropic:manual']?.token).toBe(fakeSetupToken('I'));
  });

  it('an openclaw.json.bak symlink does not clobber its target: the backup replaces the link', async () => {
    const home = makeTempHome();
    home.writeConfig({ gateway: { port: 18789 } });
    const victim = join(home.home, 'victim.txt');
    writeFileSync(victim, 'precious\n', { mode: 0o644 });
    symlinkSync(victim, `${home.configPath}.bak`);
    const result = await paste(home.home, [], fakeSetupToken('B'));
    expect(result.code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(statSync(victim).mode & 0o777).toBe(0o644);
    expect(lstatSync(`${home.configPath}.bak`).isSymbolicLink()).toBe(false);
    expect(JSON.parse(readFileSync(`${home.configPath}.bak`, 'utf8'))).toEqual({ gateway: { port: 18789 } });
  });

  it('orphaned temp files of a killed write are found by doctor, removed by --fix and by the next write', async () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: {} });
    const dir = home.agentDir();
    const orphan = join(dir, `.auth-profiles.json.openclaw-auth-tmp-${deadPid()}-0a1b2c3d4e5f`);
    const legacy = join(dir, 'auth-profiles.json.2913844577'); // write-file-atomic's name, openclaw-auth 0.1
    for (const path of [orphan, legacy]) writeFileSync(path, openclawJson({ version: 1, profiles: { 'anthropic:manual': { type: 'token', provider: 'anthropic', token: fakeSetupToken('T') } } }), { mode: 0o600 });

    const doctor = await runCli(home.home, ['doctor']);
    expect(doctor.stdout).toContain('! 2 temporary files left by an interrupted write (may hold secrets)');
    expect(doctor.stdout).toContain(orphan.replace(home.home, '~'));
    const fixed = await runCli(home.home, ['doctor', '--fix']);
    expect(fixed.stdout).toContain('→ removed');
    expect(existsSync(orphan) || existsSync(legacy)).toBe(false);

    // A write removes them too (it holds the lock, so no live writer owns them).
    writeFileSync(orphan, 'x', { mode: 0o600 });
    expect((await paste(home.home, [], fakeSetupToken('U'))).code).toBe(0);
    expect(readdirSync(dir).filter((name) => name.includes('openclaw-auth-tmp'))).toEqual([]);
  });

  it('a killed writer leaves the store whole and no temp file holding the token after the next write', async () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: {} });
    // Kill writers at random points; each run either wrote the whole store or none of it.
    for (let round = 0; round < 8; round += 1) {
      const child = spawnSync('sh', ['-c', `printf %s "$0" | timeout -s KILL 0.${2 + (round % 6)} "$1" "$2" models auth paste-token --provider anthropic --storage file --yes --profile-id anthropic:k${round}`, fakeSetupToken(String(round)), process.execPath, join(process.cwd(), 'dist', 'openclaw-auth.cjs')], {
        env: { HOME: home.home, PATH: process.env.PATH ?? '' },
      });
      expect(child.status === 0 || child.status === 137 || child.signal === 'SIGKILL').toBe(true);
      expect(() => JSON.parse(readFileSync(home.storePath(), 'utf8'))).not.toThrow();
    }
    expect((await paste(home.home, ['--profile-id', 'anthropic:last'], fakeSetupToken('Z'))).code).toBe(0);
    const leftovers = readdirSync(home.agentDir()).filter((name) => name.includes('openclaw-auth-tmp') && readFileSync(join(home.agentDir(), name), 'utf8').includes('sk-ant-'));
    expect(leftovers).toEqual([]);
  });
});
