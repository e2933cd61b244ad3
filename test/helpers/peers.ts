// The real peer programs (installed by ../shared/tools/install-peers.sh): OpenClaw 2026.3.13 and
// the Claude Code CLI. Interop tests run against them; under CI their absence is a failure, since
// .ci/run installs them.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { spawnCaptured, type CapturedRun } from './spawn-captured.js';

export const PEERS_DIR = process.env.PEERS_DIR ?? join(homedir(), '.cache', 'openclaw-peers');
export const OPENCLAW_BIN = join(PEERS_DIR, 'openclaw');
export const CLAUDE_BIN = join(PEERS_DIR, 'bin', 'claude');
export const peersInstalled = existsSync(OPENCLAW_BIN);
export const requirePeers = process.env.CI === 'true' || process.env.CI === '1';

/** Run the real openclaw with a clean environment, as the gateway's user would. */
export function runOpenclaw(home: string, args: readonly string[], options: { input?: string; env?: Record<string, string> } = {}): Promise<CapturedRun> {
  return spawnCaptured(OPENCLAW_BIN, args, {
    cwd: home,
    env: { HOME: home, PATH: '/usr/bin:/bin', ...options.env },
    ...(options.input !== undefined ? { input: options.input } : {}),
  });
}
