// Handing the terminal to a child (stdio inherited) after an Ink screen: Ink leaves stdin paused but
// still reading (a paused stream reads on until its buffer fills), so parent and child would both
// be waiting on the terminal and each keystroke would go to whichever read first: the child lost
// keys now and then (a sign-in code typed into OpenClaw's login never arrived). Reading stops for
// the child's time and starts again after, where it was, for the next screen.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import type { InputStream } from '../context.js';

interface ReadingHandle {
  reading?: boolean;
  readStop?: () => unknown;
  readStart?: () => unknown;
}

/** Stop reading the terminal; the function returned starts it again (once the child is done). */
export function handTerminalOver(stdin: InputStream): () => void {
  const handle = (stdin as { _handle?: ReadingHandle })._handle;
  if (!handle || !handle.reading || typeof handle.readStop !== 'function' || typeof handle.readStart !== 'function') return () => undefined;
  handle.reading = false;
  handle.readStop();
  return () => {
    handle.reading = true;
    handle.readStart?.();
  };
}

/**
 * Run a program in this terminal (stdio inherited), our own reading stopped meanwhile; resolves to
 * its exit code, or 128 + the signal's number when one ended it (130 for Ctrl-C), as shells say it.
 */
export function runInThisTerminal(bin: string, args: readonly string[], options: { env: NodeJS.ProcessEnv | Record<string, string | undefined>; cwd: string; stdin: InputStream }): Promise<number> {
  const takeTerminalBack = handTerminalOver(options.stdin);
  return new Promise<number>((resolve, reject) => {
    const child = spawn(bin, args, { stdio: 'inherit', env: options.env, cwd: options.cwd });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? 128 + ((signal && constants.signals[signal]) || 0)));
  }).finally(takeTerminalBack);
}
