#!/usr/bin/env node
// `npm run bench`: how long `openclaw-auth models status --check` takes against a store of a dozen
// profiles, next to `node -e 0` (the floor for any Node CLI) measured in the same run, interleaved
// so machine noise hits both alike. Goal: ratio of medians ≤ 1.25 on Node 24 (issue 23).
import { median, timeRun } from './bench-timing.mjs';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/openclaw-auth.cjs', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 30);

const home = mkdtempSync(join(tmpdir(), 'oca-bench-'));
const agentDir = join(home, '.openclaw', 'agents', 'main', 'agent');
mkdirSync(agentDir, { recursive: true, mode: 0o700 });
const profiles = {};
for (let i = 0; i < 12; i += 1) {
  const body = `${i}`.padEnd(93, 'x');
  profiles[`anthropic:p${i}`] =
    i % 3 === 0
      ? { type: 'api_key', provider: 'anthropic', key: `sk-ant-api03-${body}AA` }
      : { type: 'token', provider: 'anthropic', token: `sk-ant-oat01-${body}AA`, expires: Date.now() + (i + 2) * 86_400_000 };
}
writeFileSync(join(agentDir, 'auth-profiles.json'), `${JSON.stringify({ version: 1, profiles }, null, 2)}\n`, { mode: 0o600 });
writeFileSync(join(home, '.openclaw', 'openclaw.json'), JSON.stringify({ auth: { profiles: {} } }), { mode: 0o600 });

const env = { HOME: home, PATH: process.env.PATH };
function time(args) {
  const { ms, code } = timeRun(process.execPath, args, { env });
  if (code !== 0 && args[0] !== '-e') throw new Error(`exit ${code}: ${args.join(' ')}`);
  return ms;
}

const baseline = [];
const status = [];
time(['-e', '0']); // warm the file cache
time([cli, 'models', 'status', '--check']);
for (let i = 0; i < runs; i += 1) {
  baseline.push(time(['-e', '0']));
  status.push(time([cli, 'models', 'status', '--check']));
}
rmSync(home, { recursive: true, force: true });

const a = median(baseline);
const b = median(status);
console.log(`node -e 0                       median ${a.toFixed(1)} ms (${runs} runs)`);
console.log(`models status --check (12 prof) median ${b.toFixed(1)} ms (${runs} runs)`);
console.log(`ratio ${(b / a).toFixed(2)} (goal ≤ 1.25 on Node 24)`);
