// Finding a hard-wrapped value on a screen: table-tested on plain lines.
import { describe, expect, it } from 'vitest';
import { findWrappedValues, type ValueShape } from '../../src/setup-token/wrapped-value.js';
import { streamToLines } from '../../src/setup-token/stream-lines.js';
import { fakeSetupToken } from '../helpers/temp-home.js';

const TOKEN: ValueShape = { prefix: 'sk-ant-oat01-', char: /[A-Za-z0-9_-]/, minLength: 80 };
const token = fakeSetupToken('W');

function chop(text: string, width: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += width) out.push(text.slice(i, i + width));
  return out;
}

describe('findWrappedValues', () => {
  it.each([20, 37, 80, 200])('joins a token hard-wrapped at %i columns', (cols) => {
    const lines = ['Your OAuth token (valid for 1 year):', '', ...chop(token, cols), '', 'Store this token securely.'];
    const found = findWrappedValues({ lines, cols, cursorLine: lines.length - 1 }, TOKEN);
    expect(found).toEqual([expect.objectContaining({ value: token, complete: true })]);
  });

  it('joins pieces framed by a box border and padding', () => {
    const cols = 50;
    const lines = ['╭────────────────────────────────────────────────╮', ...chop(token, 46).map((piece) => `│ ${piece.padEnd(46)} │`), '╰────────────────────────────────────────────────╯', 'done'];
    expect(findWrappedValues({ lines, cols, cursorLine: lines.length - 1 }, TOKEN)[0]).toMatchObject({ value: token, complete: true });
  });

  it('keeps joining a narrow box in a wide terminal until the value is long enough', () => {
    const lines = ['Token:', ...chop(token, 40).map((piece) => `  ${piece}`), '', 'next'];
    expect(findWrappedValues({ lines, cols: 200, cursorLine: lines.length - 1 }, TOKEN)[0]?.value).toBe(token);
  });

  it('does not call a value complete while the cursor is still on its last piece', () => {
    const pieces = chop(token, 40);
    const lines = ['', pieces[0] ?? '', pieces[1] ?? ''];
    expect(findWrappedValues({ lines, cols: 40, cursorLine: 2 }, TOKEN)[0]).toMatchObject({ complete: false });
  });

  it('does not take a value cut at a chunk boundary right after a full line', () => {
    const pieces = chop(token, 40);
    // Two full lines printed, the cursor has just moved to an empty third line: more may come.
    const lines = ['', pieces[0] ?? '', pieces[1] ?? '', ''];
    expect(findWrappedValues({ lines, cols: 40, cursorLine: 3 }, TOKEN)[0]).toMatchObject({ complete: false });
  });

  it('stops at the end of the value when a word follows on the same line', () => {
    const lines = [`export TOKEN=${token} # keep it safe`];
    expect(findWrappedValues({ lines, cols: 200, cursorLine: 0 }, TOKEN)[0]).toMatchObject({ value: token, complete: true });
  });

  it('ignores example text that only names a token', () => {
    const lines = ['Use this token by setting: export CLAUDE_CODE_OAUTH_TOKEN=<token>', 'e.g. sk-ant-oat01-...', ''];
    const found = findWrappedValues({ lines, cols: 80, cursorLine: 2 }, TOKEN);
    expect(found.every((entry) => entry.value.length < 80)).toBe(true);
  });
});

describe('streamToLines', () => {
  it('removes colour codes inside a value and keeps words apart where the cursor jumped', () => {
    const raw = `\x1b[33m${token.slice(0, 30)}\x1b[39m\x1b[1m${token.slice(30)}\x1b[22m\r\r\nStore\x1b[1Cthis\x1b[12Gtoken\r\n`;
    expect(streamToLines(raw)).toEqual([token, 'Store this token', '']);
  });
});
