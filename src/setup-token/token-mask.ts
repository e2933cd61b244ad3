// claude prints the token it created on its success screen (and `export CLAUDE_CODE_OAUTH_TOKEN=…`
// hints at it); relayed to the user's terminal as is, the whole secret would stay in the scrollback.
// Every character of a token is drawn as `•` as it streams through, so the layout (and claude's own
// line wrapping) stays as claude drew it and no token character reaches the terminal; what was
// captured is said afterwards, masked as OpenClaw masks it. The capture reads claude's output on its
// own path, untouched.
//
// Nothing is held back to recognise a token: its prefix `sk-ant-` is no secret, so it is drawn as
// it comes, and whatever follows it is masked, however the output was split into reads and however
// long the next read took (holding a partial prefix for a while and then drawing it let a token
// split inside `sk-ant-` through when the machine was busy). Once the token has been drawn, the rest
// of claude's output is not relayed at all: claude 2.1.197 redraws parts of that screen, and a
// redrawn fragment of the token (one character, seen at 40 columns) carries no prefix to find it by.
// What follows the token there is only claude's advice to store it; we store it and say so.
const PREFIX = 'sk-ant-';
/** What follows `sk-ant-` in a setup-token or API key: `oat01-`/`api03-` and 95 more (108 in all). */
const BODY_LENGTH = 101;
const TOKEN_CHAR = /[A-Za-z0-9_-]/;
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
  let toMask = 0;
  /** The token has been drawn (masked): nothing more of claude's screen is relayed. */
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
      if (toMask > 0) {
        if (TOKEN_CHAR.test(char)) {
          out += '•';
          toMask -= 1;
          drawn = toMask === 0;
        } else out += char; // a line break, padding or a box edge inside claude's wrapped token
        continue;
      }
      out += char;
      recent = (recent + char).slice(-PREFIX.length);
      if (recent === PREFIX) {
        toMask = BODY_LENGTH;
        recent = '';
      }
    }
    held = drawn ? '' : text.slice(i);
    if (out) forward(drawn ? `${out}\r\n` : out);
  };

  return {
    push(chunk) {
      clearTimeout(timer);
      scan(held + chunk, false);
      if (held) timer = setTimeout(() => scan(held, true), ESCAPE_WAIT_MS);
    },
    flush() {
      clearTimeout(timer);
      if (held) scan(held, true);
    },
  };
}
