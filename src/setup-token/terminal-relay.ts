// Hands the user's terminal to a child running in a PTY: keystrokes go to it, its output comes
// back, resizes follow. The child's terminal queries are answered by our emulator, at once, and
// never reach the user's terminal (terminal-queries.ts), so it has nothing to reply; a reply that
// comes anyway (to a query sent before we started) is dropped from the keystrokes, or it would land
// in the middle of the code the person is typing. Ctrl-C is forwarded first (the child may want it); since the real
// `claude setup-token` ignores Ctrl-C on its error screen, a second Ctrl-C, or the child still
// running a moment after the first, ends it. Whatever happens, the terminal is restored.
import type { InputStream, OutputStream } from '../context.js';
import { queryStripper } from './terminal-queries.js';
import { screenGuard } from './screen-guard.js';
import { tokenMasker } from './token-mask.js';

const CTRL_C = '\x03';
// Replies a terminal sends to queries (DA1/DA2/DA3, XTVERSION and other DCS, DECRPM, cursor
// position, OSC colours, kitty keyboard flags). Nobody types these.
const TERMINAL_REPLY = /\x1b\[[?>=][\d;]*c|\x1bP[^\x1b]*\x1b\\|\x1b\[\?[\d;]*\$y|\x1b\[\d+;\d+R|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b\[\?\d*u/g;

export function withoutTerminalReplies(input: string): string {
  return input.replace(TERMINAL_REPLY, '');
}

/** Where a reply that is not finished yet starts at the end of `text` (a DCS/OSC without its end, ESC, ESC [ ? 1 ; 2), or -1. */
function unfinishedReplyStart(text: string): number {
  for (const opener of ['\x1bP', '\x1b]']) {
    const at = text.lastIndexOf(opener);
    if (at !== -1 && !/\x07|\x1b\\/.test(text.slice(at + 2))) return at;
  }
  const csi = /\x1b(?:\[[?>=]?[\d;]*)?$/.exec(text);
  return csi ? csi.index : -1;
}

/** How long the start of an escape waits for its rest; a lone Esc key then goes on as typed. */
export const SPLIT_REPLY_WAIT_MS = 40;

/**
 * The terminal-reply filter for a stream of reads. A reply can arrive split across two reads
 * (`…\x1b` | `[?1;2c`, seen inside OpenClaw's onboard), and the filter then sees no reply in
 * either: an unfinished escape at the end of a read is held for the next one, or passed on after
 * SPLIT_REPLY_WAIT_MS (then it was a key).
 */
export function replyFilter(forward: (text: string) => void): { push(chunk: string): void; stop(): void } {
  let pending = '';
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    const text = withoutTerminalReplies(pending);
    pending = '';
    if (text) forward(text);
  };
  return {
    push(chunk) {
      clearTimeout(timer);
      const text = pending + chunk;
      const cut = unfinishedReplyStart(text);
      pending = cut === -1 ? '' : text.slice(cut);
      const ready = withoutTerminalReplies(cut === -1 ? text : text.slice(0, cut));
      if (ready) forward(ready);
      if (pending) timer = setTimeout(flush, SPLIT_REPLY_WAIT_MS);
    },
    stop() {
      clearTimeout(timer);
      pending = '';
    },
  };
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
  /** Resolves once the child's last output is on the terminal and the terminal is as it was. */
  restore(): Promise<void>;
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
  const onKeys = (text: string) => {
    const presses = text.split(CTRL_C).length - 1;
    if (presses > 0) {
      // A second Ctrl-C leaves no doubt: end it now. Two pressed quickly (or over a slow link)
      // arrive in one read, and count as two.
      if (cancelled || presses > 1) {
        cancelled = true;
        clearTimeout(graceTimer);
        return target.kill('SIGKILL');
      }
      cancelled = true;
      graceTimer = setTimeout(stop, CTRL_C_GRACE_MS);
      graceTimer.unref();
    }
    target.write(text);
  };
  const replies = replyFilter(onKeys);
  const onInput = (chunk: Buffer | string) => replies.push(chunk.toString());
  // The token claude prints never reaches the terminal (or its scrollback) unmasked: masked in the
  // stream as it is drawn, and whatever still shows its start on the rebuilt screen is withheld.
  const guard = screenGuard((text) => stdout.write(text), stdout.columns ?? 80, (stdout as { rows?: number }).rows ?? 24);
  const masked = tokenMasker((text) => guard.push(text));
  const output = queryStripper((text) => masked.push(text));
  const onOutput = (data: string) => output.push(data);
  const onResize = () => {
    const [cols, rows] = [stdout.columns ?? 80, (stdout as { rows?: number }).rows ?? 24];
    guard.resize(cols, rows);
    target.resize(cols, rows);
  };
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
    async restore() {
      if (restored) return;
      restored = true;
      clearTimeout(graceTimer);
      stdin.off('data', onInput);
      replies.stop();
      output.stop();
      masked.flush();
      await guard.drain();
      stdin.setRawMode?.(false);
      stdin.pause();
      stdout.off('resize', onResize);
      process.off('SIGTERM', onSignal);
      process.off('SIGHUP', onSignal);
      stdout.write(`${RESTORE_TERMINAL}\r\n`);
    },
  };
}
