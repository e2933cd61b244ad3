// claude prints the token it created on its success screen (and `export CLAUDE_CODE_OAUTH_TOKEN=…`
// hints at it); relayed to the user's terminal as is, the whole secret would stay in the scrollback.
// Every character of a token is drawn as `•` as it streams through, so the layout (and claude's own
// line wrapping) stays as claude drew it and no token character reaches the terminal; what was
// captured is said afterwards, masked as OpenClaw masks it. The capture reads claude's output on its
// own path, untouched.
//
// Nothing is held back to recognise a token: its prefix `sk-ant-` is no secret, so it is drawn as
// it comes, however the output was split into reads and however long the next read took (holding a
// partial prefix for a while and then drawing it let a token split inside `sk-ant-` through when the
// machine was busy). From the prefix on, nothing more of claude's output is relayed: we draw the
// token's length in `•` ourselves, clear the rest of the line and the screen below, and the capture
// says what was stored. claude's renderer draws only the cells that changed (claude 2.1.197 at 40
// columns skipped a cell that already showed the token's character, and redrew fragments later), so
// masking claude's own drawing of it character by character could never be complete.
const PREFIX = 'sk-ant-';
/** What follows `sk-ant-` in a setup-token or API key: `oat01-`/`api03-` and 95 more (108 in all). */
const BODY_LENGTH = 101;
// Escape sequences pass unchanged (colours, cursor moves, line erases between wrapped parts).
const ESCAPE = /^(?:\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_])/;
const UNFINISHED_ESCAPE = /^\x1b(?:\[[0-?]*[ -/]*|\][^\x07\x1b]*)?$/;
/** How long an escape sequence cut by a read waits for its rest (it is no secret, only drawing). */
export const ESCAPE_WAIT_MS = 50;

export interface TokenMasker {
  push(chunk: string): void;
  /** Draw whatever is held back (an unfinished escape sequence at the end of the output). */
  flush(): void;
}

export function tokenMasker(forward: (text: string) => void): TokenMasker {
  let held = '';
  /** The token's prefix has been drawn: nothing more of claude's screen is relayed. */
  let drawn = false;
  /** The last characters drawn (escapes left out), to see `sk-ant-` complete across reads. */
  let recent = '';
  let timer: NodeJS.Timeout | undefined;

  const scan = (text: string, final: boolean): void => {
    let out = '';
    let i = 0;
    while (i < text.length && !drawn) {
      if (text[i] === '\x1b') {
        const rest = text.slice(i);
        const escape = ESCAPE.exec(rest);
        if (escape) {
          out += escape[0];
          i += escape[0].length;
          continue;
        }
        if (!final && UNFINISHED_ESCAPE.test(rest)) break; // its rest comes with the next read
      }
      const char = text[i] as string;
      i += 1;
      out += char;
      recent = (recent + char).slice(-PREFIX.length);
      if (recent === PREFIX) {
        drawn = true;
        out += `${'•'.repeat(BODY_LENGTH)}\x1b[K\r\n\x1b[J`;
      }
    }
    held = drawn ? '' : text.slice(i);
    if (out) forward(out);
  };

  return {
    push(chunk) {
      clearTimeout(timer);
      if (drawn) return;
      scan(held + chunk, false);
      if (held) timer = setTimeout(() => scan(held, true), ESCAPE_WAIT_MS);
    },
    flush() {
      clearTimeout(timer);
      if (held) scan(held, true);
    },
  };
}
