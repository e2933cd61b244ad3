// Output straight to a file descriptor, for when stdout is a pipe, a file or /dev/null (a monitor's
// `models status --check`, `| grep`, `> log`, `>/dev/null`). Creating process.stdout for a pipe loads Node's whole
// net and stream stack (~4 ms, a seventh of `node -e 0`) to write a few hundred bytes. A terminal
// or a socket keeps Node's own stream (colours, sizes, journald). The few writes are synchronous,
// as Node's own stdout is for pipes and files.
import { fstatSync, statSync, writeSync, type Stats } from 'node:fs';

const WOULD_BLOCK = new Set(['EAGAIN', 'EWOULDBLOCK']);

export class FdOutput {
  readonly isTTY = false;
  private closed = false;

  constructor(readonly fd: number) {}

  write(chunk: string | Uint8Array): boolean {
    if (this.closed) return true;
    let bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    while (bytes.length > 0) {
      try {
        bytes = bytes.subarray(writeSync(this.fd, bytes));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        // A pipe another program made non-blocking: wait for the reader.
        if (WOULD_BLOCK.has(code)) continue;
        // `| head` closed the pipe: the rest is unwanted, and the exit code (--check's verdict) stands.
        if (code === 'EPIPE') {
          this.closed = true;
          return true;
        }
        throw error;
      }
    }
    return true;
  }
}

/** `>/dev/null` (a script that wants only --check's exit code): a device, but no terminal. */
function isDevNull(stat: Stats): boolean {
  if (!stat.isCharacterDevice()) return false;
  const devNull = statSync('/dev/null', { throwIfNoEntry: false });
  return devNull !== undefined && devNull.rdev === stat.rdev && devNull.ino === stat.ino;
}

/** A direct writer when `fd` is a pipe, a regular file or /dev/null; undefined for a terminal, socket or anything else. */
export function fdOutput(fd: number): FdOutput | undefined {
  try {
    const stat = fstatSync(fd);
    return stat.isFIFO() || stat.isFile() || isDevNull(stat) ? new FdOutput(fd) : undefined;
  } catch {
    return undefined;
  }
}
