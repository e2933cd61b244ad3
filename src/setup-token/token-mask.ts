// claude prints the token it created on its success screen (and `export CLAUDE_CODE_OAUTH_TOKEN=…`
// hints at it); relayed to the user's terminal as is, the whole secret would stay in the scrollback.
// Every character of a token is drawn as `•` as it streams through, so the layout (and claude's own
// line wrapping) stays as claude drew it and no token character reaches the terminal; what was
// captured is said afterwards, masked as OpenClaw masks it. The capture reads claude's output on its
// own path, untouched.
const PREFIX = 'sk-ant-';
/** What follows `sk-ant-` in a setup-token or API key: `oat01-`/`api03-` and 95 more (108 in all). */
const BODY_LENGTH = 101;
const TOKEN_CHAR = /[A-Za-z0-9_-]/;
// Escape sequences pass unchanged (colours, cursor moves, line erases between wrapped parts).
const ESCAPE = /^(?:\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_])/;
const UNFINISHED_ESCAPE = /\x1b(?:\[[0-?]*[ -/]*|\][^\x07\x1b]*)?$/;
/** How long the start of what may be `sk-ant-` waits for its rest before it is drawn. */
export const PREFIX_WAIT_MS = 100;

export interface TokenMasker {
  push(chunk: string): void;
  /** Draw whatever is held back (the end of the output, or the relay stopping). */
  flush(): void;
}

export function tokenMasker(forward: (text: string) => void): TokenMasker {
  let held = '';
  let toMask = 0;
  let timer: NodeJS.Timeout | undefined;

  const scan = (text: string, final: boolean): void => {
    let out = '';
    let i = 0;
    while (i < text.length) {
      const rest = text.slice(i);
      if (rest[0] === '\x1b') {
        const escape = ESCAPE.exec(rest);
        if (escape) {
          out += escape[0];
          i += escape[0].length;
          continue;
        }
        if (!final && UNFINISHED_ESCAPE.test(rest)) break; // its rest comes with the next chunk
      }
      const char = rest[0] as string;
      if (toMask > 0) {
        if (TOKEN_CHAR.test(char)) {
          out += '•';
          toMask -= 1;
        } else out += char; // a line break, padding or a box edge inside claude's wrapped token
        i += 1;
        continue;
      }
      if (rest.startsWith(PREFIX)) {
        out += PREFIX;
        i += PREFIX.length;
        toMask = BODY_LENGTH;
        continue;
      }
      // The end of the chunk may be the start of `sk-ant-`: wait for the rest before drawing it.
      if (!final && PREFIX.startsWith(rest)) break;
      out += char;
      i += 1;
    }
    held = text.slice(i);
    if (out) forward(out);
  };

  return {
    push(chunk) {
      clearTimeout(timer);
      scan(held + chunk, false);
      if (held) timer = setTimeout(() => scan(held, true), PREFIX_WAIT_MS);
    },
    flush() {
      clearTimeout(timer);
      if (held) scan(held, true);
    },
  };
}
