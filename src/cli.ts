#!/usr/bin/env node
// Entry point. `models status` (what monitors run every few hours) goes straight to its handler;
// everything else loads the full command grammar first.
import { matchStatusInvocation, runStatus } from './cli/status-flags.js';

// `| head` closing the pipe is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

async function main(args: readonly string[]): Promise<void> {
  const statusFlags = matchStatusInvocation(args.slice(2));
  if (statusFlags) await runStatus(statusFlags);
  else await (await import('./cli/program.js')).runProgram(args);
}

// No top-level await: the bundle is CommonJS, which starts faster than an ES module entry.
void main(process.argv);
