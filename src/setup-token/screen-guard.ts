// The second line of defence behind tokenMasker, which reads the stream. claude's renderer draws
// only the cells that changed and moves the cursor over the rest (`ESC[<col>G`, `ESC[<n>C`; a space
// between words is a move too), so a token can reach the screen without `sk-ant-` ever being
// contiguous in the stream: a `t` left in that cell by an earlier frame, and the stream says
// `sk-an` ESC[9G `-oat01-…`. Seen once in 2 of 4 loaded CI runs inside OpenClaw 2026.3's login.
//
// So what the user's terminal will show is rebuilt first, by a real emulator (@xterm/headless), and
// each piece is relayed only if the screen it leaves shows no token's beginning. A piece that would
// is withheld, and nothing more of claude's screen is relayed (the capture says what was stored).
// The cost is one emulator parse per read, on a screen that stays on the terminal for a minute.
import { VirtualScreen } from './virtual-screen.js';

/** A token's start as a screen shows it, across rows claude wrapped (rows are joined trimmed). */
const TOKEN_START = /sk-ant-[^•]|oat01-|api03-/;
/** What is drawn instead, once a piece is withheld: the rest of the line and the screen below cleared. */
const WITHHELD = '\x1b[K\r\n\x1b[J';

export interface ScreenGuard {
  push(text: string): void;
  resize(cols: number, rows: number): void;
  /** Resolves when every piece pushed so far has been relayed or withheld; nothing is relayed after it. */
  drain(): Promise<void>;
}

export function screenShowsToken(rows: readonly string[]): boolean {
  return TOKEN_START.test(rows.map((row) => row.trim()).join(''));
}

export function screenGuard(forward: (text: string) => void, cols: number, rows: number): ScreenGuard {
  const screen = VirtualScreen.create(cols, rows, () => undefined);
  let queue: Promise<unknown> = screen;
  let withheld = false;
  const then = (step: (screen: VirtualScreen) => Promise<void> | void) => {
    queue = queue.then(async () => step(await screen)).catch(() => undefined);
  };
  return {
    push(text) {
      then(async (emulator) => {
        if (withheld) return;
        await emulator.write(text);
        // The rows a piece can have drawn: the screen and what it scrolled off (a read is small).
        if (screenShowsToken(emulator.tail(emulator.rows + 50))) {
          withheld = true;
          forward(WITHHELD);
          return;
        }
        forward(text);
      });
    },
    resize(newCols, newRows) {
      then((emulator) => emulator.resize(newCols, newRows));
    },
    async drain() {
      await queue;
      // The relay is over: the emulator's buffers go with it.
      (await screen).dispose();
      withheld = true;
    },
  };
}
