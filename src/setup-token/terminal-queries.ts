// The terminal queries in a child's output, taken out before the output reaches the user's terminal.
//
// claude asks its terminal what it is: XTVERSION (`ESC [ > 0 q`), device attributes (`ESC [ c`),
// the background colour (`ESC ] 11 ; ? BEL`), kitty keyboard flags (`ESC [ ? u`), and 2.1.332 asks
// again each time it shows the code field. Our headless emulator answers every one of them at once.
// Were the queries passed on, the user's terminal would answer too, on its own schedule, and its
// reply would come back as keystrokes: over ssh or on a loaded machine it arrives split and late
// and lands in the code field (`[?1;2ccode#state`). No query out, no reply in, however slow the line.
//
// Only queries are removed: everything that draws (colours, cursor moves, modes) passes unchanged.
// An escape cut off at the end of a read is held until the next read completes it, so a query split
// across two reads is still seen whole; a held escape draws nothing, so holding it changes no frame.

const QUERY = new RegExp(
  [
    /\x1b\[[>=]?0?c/, // DA1, DA2, DA3: device attributes
    /\x1b\[\??\d*n/, // DSR: status and cursor position reports
    /\x1b\[>\d*q/, // XTVERSION
    /\x1b\[\??[\d;]*\$p/, // DECRQM: a mode's state
    /\x1b\[\?u/, // kitty keyboard flags
    /\x1b\[\?\d*m/, // XTQMODKEYS
    /\x1b\[(?:1[13-689]|2[01])(?:;\d*)?t/, // XTWINOPS reports: sizes, position, title
    /\x1bP[$+]q[^\x1b]*\x1b\\/, // DECRQSS, XTGETTCAP
    /\x1b\](?:[^\x07\x1b]*;)?\?(?:\x07|\x1b\\)/, // OSC queries: colours (4, 10-19), clipboard (52), private (7501)
  ]
    .map((part) => part.source)
    .join('|'),
  'g',
);

export function withoutTerminalQueries(output: string): string {
  return output.replace(QUERY, '');
}

const STRING_OPENERS = new Set([']', 'P', '_', '^', 'X']); // OSC, DCS, APC, PM, SOS: end with ST (OSC also BEL)

/** Where an escape sequence that is not finished yet starts at the end of `text`, or -1. */
export function unfinishedEscapeStart(text: string): number {
  let at = text.indexOf('\x1b');
  while (at !== -1) {
    const end = escapeEnd(text, at);
    if (end === -1) return at;
    at = text.indexOf('\x1b', end);
  }
  return -1;
}

/** The index just past the escape sequence starting at `at`, or -1 if the text ends inside it. */
function escapeEnd(text: string, at: number): number {
  const kind = text[at + 1];
  if (kind === undefined) return -1;
  if (kind === '[') {
    for (let i = at + 2; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x40 && code <= 0x7e) return i + 1; // the final byte
      if (code < 0x20 || code > 0x3f) return i; // not a CSI after all: let it be
    }
    return -1;
  }
  if (STRING_OPENERS.has(kind)) {
    for (let i = at + 2; i < text.length; i++) {
      if (text[i] === '\x07' && kind === ']') return i + 1;
      if (text[i] === '\x1b') return text[i + 1] === undefined ? -1 : text[i + 1] === '\\' ? i + 2 : i;
    }
    return -1;
  }
  const code = kind.charCodeAt(0);
  if (code >= 0x20 && code <= 0x2f) return text[at + 2] === undefined ? -1 : at + 3; // ESC ( B and kin
  return at + 2;
}

// Longer than any query or hyperlink a program writes in one sequence.
const MAX_HELD = 16 * 1024;

/** Output with its queries removed, for a stream of reads. stop() drops an escape still unfinished (it draws nothing). */
export function queryStripper(forward: (text: string) => void): { push(chunk: string): void; stop(): void } {
  let held = '';
  return {
    push(chunk) {
      const text = held + chunk;
      // A string sequence that never ends (a broken OSC) must not hold the screen back for ever.
      const start = unfinishedEscapeStart(text);
      const cut = start !== -1 && text.length - start <= MAX_HELD ? start : -1;
      held = cut === -1 ? '' : text.slice(cut);
      const ready = withoutTerminalQueries(cut === -1 ? text : text.slice(0, cut));
      if (ready) forward(ready);
    },
    stop() {
      held = '';
    },
  };
}
