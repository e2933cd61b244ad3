// The width of text whose every character string-width counts as one column: printable ASCII,
// Latin letters, general punctuation, arrows, maths, box drawing and the marks the UI draws. Ink measures
// every text node with string-width, whose first non-ASCII answer builds an Intl.Segmenter and
// compiles the Unicode emoji regexes: ~25 ms of a ~160 ms first frame (Node 24, measured). Such
// text is counted instead; anything else (CJK, Devanagari, emoji, combining marks) is left to
// string-width. test/unit/text-width.test.ts checks every character here against string-width.
// Colour codes (SGR) take no columns; any other escape is left to string-width.
const SGR = /\u001B\[[0-9;]*m/g;
const ESCAPE = /[\u001B\u009B]/;

export const ONE_COLUMN_EACH_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e],
  [0xa0, 0xac],
  [0xae, 0x2ff],
  [0x2010, 0x2027],
  [0x2030, 0x205e],
  [0x2190, 0x21ff],
  [0x2200, 0x22ff],
  [0x2500, 0x25fc],
  [0x25ff, 0x25ff],
  [0x2713, 0x2713],
  [0x2717, 0x2717],
  [0x276f, 0x276f],
];

const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
// One character class made from the ranges above, so the test checks exactly what is counted.
const ONE_COLUMN_EACH = new RegExp(`^[${ONE_COLUMN_EACH_RANGES.map(([from, to]) => (from === to ? hex(from) : `${hex(from)}-${hex(to)}`)).join('')}]*$`);

/** The column count of `text` when every character is one column wide, else undefined. */
export function oneColumnEachWidth(text: string): number | undefined {
  const plain = text.includes('\u001B') ? text.replace(SGR, '') : text;
  if (ESCAPE.test(plain)) return undefined;
  return ONE_COLUMN_EACH.test(plain) ? plain.length : undefined;
}

