// The package as users install it into OpenClaw: `npm pack` of this checkout, once per test file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { OPENCLAW_2026_9_BIN, OPENCLAW_BIN } from './peers.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/** The tarball's path, valid inside the tests of the file that called this (packed in beforeAll). */
export function packedTarball(): () => string {
  let tarball = '';
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'oca-plugin-pack-'));
    // dist/ is built already (pretest); rebuilding it here would pull it from under parallel tests.
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: repo, encoding: 'utf8' })) as { filename: string }[];
    tarball = join(dir, packed[0]!.filename);
  }, 120_000);
  afterAll(() => {
    if (tarball) rmSync(dirname(tarball), { recursive: true, force: true });
  });
  return () => tarball;
}

/** Both OpenClaw releases and the flags their `plugins install` needs for a local tarball. */
export const PLUGIN_RELEASES = [
  { name: '2026.3.13', bin: OPENCLAW_BIN, installFlags: [] as string[] },
  { name: '2026.9.6', bin: OPENCLAW_2026_9_BIN, installFlags: ['--force', '--accept-capabilities'] },
];
