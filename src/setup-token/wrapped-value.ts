// Finds a long value (a token, a URL) that a terminal program printed hard-wrapped across lines, in
// lines of text as they appear on a screen. Nothing here knows the exact bytes any program writes:
// a value starts at a known prefix and continues while a piece fills its line — it reaches the
// right edge, or ends where the piece before it ended (a box narrower than the terminal), or the
// value is still too short to be whole — and the next line holds nothing but more of it, allowing
// box borders and padding around the pieces. It is *complete* only when something is known to follow
// it — other text, or the cursor having moved on — so a value caught mid-print is never taken.

export interface ValueShape {
  prefix: string;
  /** One character of the value. */
  char: RegExp;
  /** Keep joining lines while the value is shorter than this, even off the right edge. */
  minLength: number;
}

export interface WrappedValue {
  value: string;
  complete: boolean;
  firstLine: number;
  lastLine: number;
}

export interface ScreenLines {
  lines: readonly string[];
  cols: number;
  /** Index in `lines` of the line the cursor is on (where output may still be arriving). */
  cursorLine: number;
  /** Per line: the terminal soft-wrapped it from the line before (it is the same logical line). */
  wrapped?: readonly boolean[];
}

// Box borders and padding that may frame each piece of a wrapped value.
const FRAME = /^[\s│┃║|╎╏┆┇┊┋▕▏]*$/u;
// A piece this close to the right edge may continue on the next line.
const EDGE_SLACK = 4;

function runAt(line: string, start: number, char: RegExp): string {
  let end = start;
  while (end < line.length && char.test(line[end] ?? '')) end += 1;
  return line.slice(start, end);
}

/** The piece a line holds if it is nothing but a piece of the value (framed); else undefined. */
function continuationPiece(line: string, char: RegExp): { piece: string; end: number } | undefined {
  let start = 0;
  while (start < line.length && FRAME.test(line[start] ?? '')) start += 1;
  const piece = runAt(line, start, char);
  if (!piece) return undefined;
  const end = start + piece.length;
  return FRAME.test(line.slice(end)) ? { piece, end } : undefined;
}

function contentAfter(screen: ScreenLines, line: number): boolean {
  for (let index = line + 1; index < screen.lines.length; index += 1) if ((screen.lines[index] ?? '').trim()) return true;
  return false;
}

/** Every occurrence of the value on the screen, in screen order. */
export function findWrappedValues(screen: ScreenLines, shape: ValueShape): WrappedValue[] {
  const found: WrappedValue[] = [];
  const { lines, cols, cursorLine } = screen;
  for (let first = 0; first < lines.length; first += 1) {
    const line = lines[first] ?? '';
    for (let at = line.indexOf(shape.prefix); at !== -1; at = line.indexOf(shape.prefix, at + 1)) {
      let value = runAt(line, at, shape.char);
      let end = at + value.length;
      let previousEnd: number | undefined;
      let last = first;
      let complete = false;
      for (;;) {
        const current = lines[last] ?? '';
        if (!FRAME.test(current.slice(end))) {
          complete = true; // other text follows on the same line
          break;
        }
        const mayContinue = end >= cols - EDGE_SLACK || end === previousEnd || value.length < shape.minLength;
        const next = lines[last + 1];
        const continuation = mayContinue && next !== undefined ? continuationPiece(next, shape.char) : undefined;
        if (continuation) {
          value += continuation.piece;
          previousEnd = end;
          end = continuation.end;
          last += 1;
          continue;
        }
        // Nothing more of it: it is whole once the program has visibly moved past it.
        complete = cursorLine > last && (!mayContinue || (next ?? '').trim() !== '' || contentAfter(screen, last + 1) || cursorLine > last + 1);
        break;
      }
      found.push({ value, complete, firstLine: first, lastLine: last });
    }
  }
  return found;
}
