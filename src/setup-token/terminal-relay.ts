// Hands the user's terminal to a child running in a PTY: keystrokes go to it, its output comes
// back, resizes follow. The child's terminal queries are answered by our emulator, at once; the
// user's terminal answers them too (it sees the same output), and those replies are dropped from
// the keystrokes — otherwise a late one lands in the middle of the code the person is typing. Ctrl-C is forwarded first (the child may want it); since the real
// `claude setup-token` ignores Ctrl-C on its error screen, a second Ctrl-C, or the child still
// running a moment after the first, ends it. Whatever happens, the terminal is restored.
import type { InputStream, OutputStream } from '../context.js';

const CTRL_C = '\x03';
// Replies a terminal sends to queries (DA1/DA2/DA3, XTVERSION and other DCS, DECRPM, cursor
// position, OSC colours, kitty keyboard flags). Nobody types these.
// eslint-disable-next-line no-control-regex
const TERMINAL_REPLY = /\x1b\[[?>=][\d;]*c|\x1bP[^\x1b]*\x1b\\|\x1b\[\?[\d;]*\$y|\x1b\[\d+;\d+R|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b\[\?\d*u/g;

export function withoutTerminalReplies(input: string): string {
  return input.replace(TERMINAL_REPLY, '');
}
const CTRL_C_GRACE_MS = 1500;
// Modes a TUI may have switched on: colours, hidden cursor, bracketed paste, focus events, mouse.
const RESTORE_TERMINAL = '\x1b[0m\x1b[?25h\x1b[?2004l\x1b[?1004l\x1b[?2031l\x1b[?1000l\x1b[?1002l\x1b[?1003l\x1b[?1006l';

export interface RelayTarget {
  write(data: string): void;
  resize(cols: number, rows: number): void;
  kill(signal?: NodeJS.Signals): void;
  on(event: 'output', listener: (data: string) => void): unknown;
}

export interface Relay {
  /** True once the user asked to stop (Ctrl-C). */
  readonly cancelled: boolean;
  restore(): void;
}

export function relayTerminal(stdin: InputStream, stdout: OutputStream, target: RelayTarget): Relay {
  let cancelled = false;
  let graceTimer: NodeJS.Timeout | undefined;
  let restored = false;

  const stop = () => {
    target.kill('SIGTERM');
    // A child that ignores SIGTERM too gets SIGKILL shortly after.
    setTimeout(() => target.kill('SIGKILL'), 500).unref();
  };
  const onInput = (chunk: Buffer | string) => {
    const text = withoutTerminalReplies(chunk.toString());
    if (!text) return;
    if (text.includes(CTRL_C)) {
      // A second Ctrl-C leaves no doubt: end it now.
      if (cancelled) return target.kill('SIGKILL');
      cancelled = true;
      graceTimer = setTimeout(stop, CTRL_C_GRACE_MS);
      graceTimer.unref();
    }
    target.write(text);
  };
  const onOutput = (data: string) => stdout.write(data);
  const onResize = () => target.resize(stdout.columns ?? 80, (stdout as { rows?: number }).rows ?? 24);
  const onSignal = () => {
    cancelled = true;
    stop();
  };

  target.on('output', onOutput);
  stdin.setRawMode?.(true);
  stdin.on('data', onInput);
  stdin.resume();
  stdout.on('resize', onResize);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);

  return {
    get cancelled() {
      return cancelled;
    },
    restore() {
      if (restored) return;
      restored = true;
      clearTimeout(graceTimer);
      stdin.off('data', onInput);
      stdin.setRawMode?.(false);
      stdin.pause();
      stdout.off('resize', onResize);
      process.off('SIGTERM', onSignal);
      process.off('SIGHUP', onSignal);
      stdout.write(`${RESTORE_TERMINAL}\r\n`);
    },
  };
}
