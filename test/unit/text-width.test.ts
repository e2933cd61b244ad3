// The UI's counted widths (components/text-width.ts) against string-width, which Ink uses: for
// every character the fast path claims, and for text mixing them; anything else is not claimed.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { ONE_COLUMN_EACH_RANGES, oneColumnEachWidth } from '../../components/text-width.js';

const claimed: string[] = [];
for (const [from, to] of ONE_COLUMN_EACH_RANGES) for (let code = from; code <= to; code += 1) claimed.push(String.fromCodePoint(code));

describe('oneColumnEachWidth', () => {
  it('agrees with string-width on every character it claims, alone and after a letter', () => {
    const disagreements = claimed.filter((char) => oneColumnEachWidth(char) !== stringWidth(char) || oneColumnEachWidth(`a${char}`) !== stringWidth(`a${char}`));
    expect(disagreements.map((char) => char.codePointAt(0)?.toString(16))).toEqual([]);
  });

  it('agrees on the lines the wizard and dashboard draw', () => {
    for (const line of ['● Add a credential — Anthropic API key (recommended)', '  ↑↓ move · Enter choose · Esc back', '╭──────╮ ✓ … ▸ ▶ ■ □', 'Tüm anahtarlar · Ærø · Ĳssel', '\u001B[32m✓\u001B[39m \u001B[1mstored\u001B[22m']) {
      expect(oneColumnEachWidth(line)).toBe(stringWidth(line));
    }
  });

  it('leaves to string-width what is not one column each: CJK, Devanagari, emoji, combining marks, soft hyphens, links', () => {
    for (const text of ['作業', 'काम', '✅ done', 'e\u0301', 'ab\u00ADcd', '◽', '\u001B[31m作業\u001B[39m', '\u001B]8;;https://x\u0007link\u001B]8;;\u0007', '\u200Bzero']) expect(oneColumnEachWidth(text)).toBeUndefined();
  });
});
