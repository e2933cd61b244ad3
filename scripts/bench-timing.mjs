// What the start-up benchmarks share: the wall time of one run of a program, and the median.
import { spawnSync } from 'node:child_process';

/** Milliseconds from spawn to exit, and the exit code. */
export function timeRun(command, args, options) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { ...options, stdio: 'ignore' });
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, code: result.status };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
