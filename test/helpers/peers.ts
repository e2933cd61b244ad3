// The real peer programs (installed by ../shared/tools/install-peers.sh): OpenClaw 2026.3.13 and
// the Claude Code CLI. Interop tests run against them; under CI their absence is a failure, since
// .ci/run installs them.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const PEERS_DIR = process.env.PEERS_DIR ?? join(homedir(), '.cache', 'openclaw-peers');
export const OPENCLAW_BIN = join(PEERS_DIR, 'openclaw');
export const peersInstalled = existsSync(OPENCLAW_BIN);
export const requirePeers = process.env.CI === 'true' || process.env.CI === '1';

export interface PeerResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the real openclaw with a clean environment, as the gateway's user would. */
export function runOpenclaw(home: string, args: readonly string[], options: { input?: string; env?: Record<string, string> } = {}): Promise<PeerResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(OPENCLAW_BIN, args, {
      cwd: home,
      env: { HOME: home, PATH: '/usr/bin:/bin', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
