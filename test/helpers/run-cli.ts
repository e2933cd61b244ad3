// Runs the built binary as a user would, with a clean environment (no inherited API keys).
import { fileURLToPath } from 'node:url';
import { spawnCaptured, type CapturedRun } from './spawn-captured.js';

export const CLI_PATH = fileURLToPath(new URL('../../dist/openclaw-auth.cjs', import.meta.url));

export type CliResult = CapturedRun;

export interface RunOptions {
  input?: string;
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Send stderr into stdout, so the order of lines across both can be asserted. */
  mergeOutput?: boolean;
  /** Run under this Node.js instead of the test's own (e.g. Node 24, which has node:sqlite). */
  node?: string;
}

export function runCli(home: string, args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  const env: Record<string, string> = { HOME: home, PATH: process.env.PATH ?? '/usr/bin:/bin', NO_COLOR: '1' };
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  const node = options.node ?? process.execPath;
  const [command, commandArgs] = options.mergeOutput
    ? ['/bin/sh', ['-c', 'exec "$0" "$@" 2>&1', node, CLI_PATH, ...args]]
    : [node, [CLI_PATH, ...args]];
  return spawnCaptured(command, commandArgs, { env, cwd: options.cwd ?? home, ...(options.input !== undefined ? { input: options.input } : {}) });
}
