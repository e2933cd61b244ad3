// Text cut to a number of terminal cells, with "…", measured as a terminal lays it out: a CJK
// character takes two cells, a combining mark none, a Devanagari vowel sign one. Measured code
// point by code point, which never counts less than the terminal does, so a cut name always fits
// its line: Ink's own truncation measured 仕事… one cell short at 40 columns and wrapped the "…"
// onto a line of its own.
import stringWidth from 'string-width';

export function cellWidth(text: string): number {
  let width = 0;
  for (const char of text) width += stringWidth(char);
  return width;
}

export function fitWidth(text: string, cells: number): string {
  if (cellWidth(text) <= cells) return text;
  if (cells <= 1) return cells === 1 ? '…' : '';
  let out = '';
  let width = 0;
  for (const char of text) {
    const next = stringWidth(char);
    if (width + next > cells - 1) break;
    out += char;
    width += next;
  }
  return `${out}…`;
}
