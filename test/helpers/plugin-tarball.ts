// The package as users install it into OpenClaw: `npm pack` of this checkout, once per test run
// (shared by every file and worker, shared-once.ts).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll } from 'vitest';
import { OPENCLAW_2026_9_BIN, OPENCLAW_BIN } from './peers.js';
import { sharedOnce } from './shared-once.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/** The packed tarball's path (packed by the run's first caller). */
export async function packOnce(): Promise<string> {
  const dir = await sharedOnce('tarball', (into) => {
    // dist/ is built already (pretest); rebuilding it here would pull it from under parallel tests.
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', into], { cwd: repo, encoding: 'utf8' })) as { filename: string }[];
    if (!packed[0]) throw new Error('npm pack made no tarball');
  });
  const name = readdirSync(dir).find((file) => file.endsWith('.tgz'));
  if (!name) throw new Error(`no tarball in ${dir}`);
  return join(dir, name);
}

/** The tarball's path, valid inside the tests of the file that called this (in its beforeAll). */
export function packedTarball(): () => string {
  let tarball = '';
  beforeAll(async () => {
    tarball = await packOnce();
  }, 120_000);
  return () => tarball;
}

/** Both OpenClaw releases and the flags their `plugins install` needs for a local tarball. */
export const PLUGIN_RELEASES = [
  { name: '2026.3.13', bin: OPENCLAW_BIN, installFlags: [] as string[] },
  { name: '2026.9.6', bin: OPENCLAW_2026_9_BIN, installFlags: ['--force', '--accept-capabilities'] },
];
