// `openclaw-auth plugin install` as a user runs it, into the real OpenClaw 2026.3.13 and 2026.9.6,
// twice (the second is how an upgrade goes): 2026.3 refused the second ("plugin already exists …
// delete it first"). A failed reinstall leaves the installed plugin as it was.
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE24_BIN, peersInstalled, registryEnv, requirePeers, runOpenclaw } from '../helpers/peers.js';
import { PLUGIN_RELEASES } from '../helpers/plugin-tarball.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTempHome } from '../helpers/temp-home.js';

if (!peersInstalled && requirePeers) throw new Error('real openclaw not installed: run ../shared/tools/install-peers.sh');

const PATH = `${dirname(NODE24_BIN)}:/usr/bin:/bin`;

describe.skipIf(!peersInstalled)('openclaw-auth plugin install', () => {
  it.each(PLUGIN_RELEASES)('OpenClaw $name: installs, and installs again over itself (an upgrade); the plugin loads with its provider and command, nothing is left beside it', async ({ name, bin }) => {
    const home = makeTempHome();
    const env = { PATH, OPENCLAW_BIN: bin, ...registryEnv() };
    for (const round of ['first', 'again']) {
      const result = await runCli(home.home, ['plugin', 'install'], { env });
      expect(result.code, `${round}: ${result.stdout}${result.stderr}`).toBe(0);
      expect(result.stdout).toContain('✓ Installed.');
      if (round === 'again') expect(result.stderr).toContain('Reinstalling the openclaw-auth plugin');
    }
    // Nothing of ours beside it (2026.9 keeps its own backups in .openclaw-install-backups).
    expect(readdirSync(join(home.stateDir, 'extensions')).filter((entry) => entry.startsWith('openclaw-auth'))).toEqual(['openclaw-auth']);
    const inspected = await runOpenclaw(home.home, name === '2026.9.6' ? ['plugins', 'inspect', 'openclaw-auth', '--runtime'] : ['plugins', 'info', 'openclaw-auth'], { bin, env: { PATH } });
    // What it registered, in OpenClaw's own words (2026.3 calls it `plugins info`).
    expect(inspected.stdout).toContain('Status: loaded');
    if (name === '2026.9.6') {
      expect(inspected.stdout).toContain('text-inference: openclaw-auth');
      expect(inspected.stdout).toMatch(/CLI commands:\ncredentials/);
    } else {
      expect(inspected.stdout).toContain('Providers: openclaw-auth');
    }
  }, 300_000);

  it('on 2026.3, the install scan\'s warning is explained, and --pin-allowlist ends "plugins.allow is empty" on every command without disabling any plugin', async () => {
    const [release] = PLUGIN_RELEASES.filter((entry) => entry.name !== '2026.9.6');
    if (!release) throw new Error('no 2026.3 release to test');
    const home = makeTempHome();
    const env = { PATH, OPENCLAW_BIN: release.bin, ...registryEnv() };
    const loaded = async () => {
      const listed = await runOpenclaw(home.home, ['plugins', 'list', '--json'], { bin: release.bin, env: { PATH } });
      return (JSON.parse(listed.stdout.slice(listed.stdout.indexOf('{'))).plugins as { id: string; enabled: boolean }[]).filter((entry) => entry.enabled).map((entry) => entry.id);
    };
    const first = await runCli(home.home, ['plugin', 'install'], { env });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('"possible credential harvesting": a file that reads environment variables also makes one kind of HTTPS request');
    // No terminal to ask: it says how, and changes nothing.
    expect(first.stderr).toContain('! OpenClaw 2026.3 warns "plugins.allow is empty" on every command until its trusted plugins are pinned: openclaw-auth plugin install --pin-allowlist');
    const before = await loaded();
    expect(before).toContain('openclaw-auth');
    const noisy = await runOpenclaw(home.home, ['models', 'status'], { bin: release.bin, env: { PATH } });
    expect(noisy.stdout + noisy.stderr).toContain('plugins.allow is empty');

    const pinned = await runCli(home.home, ['plugin', 'install', '--pin-allowlist'], { env });
    expect(pinned.code, pinned.stderr).toBe(0);
    expect(pinned.stdout).toContain('✓ plugins.allow pinned to the plugins OpenClaw loads now:');
    expect(home.readConfig().plugins.allow).toEqual(before);
    const quiet = await runOpenclaw(home.home, ['models', 'status'], { bin: release.bin, env: { PATH } });
    expect(quiet.stdout + quiet.stderr).not.toContain('plugins.allow is empty');
    expect(await loaded()).toEqual(before);
  }, 300_000);

  it('on 2026.3, a reinstall that OpenClaw refuses leaves the installed plugin as it was', async () => {
    const home = makeTempHome();
    const installed = join(home.stateDir, 'extensions', 'openclaw-auth');
    mkdirSync(installed, { recursive: true });
    writeFileSync(join(installed, 'openclaw.plugin.json'), '{"id":"openclaw-auth","marker":"the working one"}');
    // An OpenClaw 2026.3 whose install fails (a full disk, a refused tarball).
    const failing = join(home.home, 'openclaw');
    writeFileSync(failing, '#!/bin/sh\nif [ "$1" = "--version" ]; then echo "OpenClaw 2026.3.13"; exit 0; fi\necho "install failed: no space left on device" >&2\nexit 1\n');
    chmodSync(failing, 0o755);
    const result = await runCli(home.home, ['plugin', 'install'], { env: { PATH, OPENCLAW_BIN: failing, ...registryEnv() } });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/^✗ openclaw plugins install failed \(exit 1\); the installed plugin is as it was$/m);
    expect(readFileSync(join(installed, 'openclaw.plugin.json'), 'utf8')).toContain('the working one');
    expect(readdirSync(join(home.stateDir, 'extensions'))).toEqual(['openclaw-auth']);
  }, 120_000);
});
