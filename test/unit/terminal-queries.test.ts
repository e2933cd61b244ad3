// claude's output on its way to the user's terminal: the queries in it are taken out (our emulator
// answers them), so the terminal never sends a reply that could land in the code field; everything
// that draws passes unchanged, however the output is cut into reads.
import { describe, expect, it } from 'vitest';
import { queryStripper, unfinishedEscapeStart, withoutTerminalQueries } from '../../src/setup-token/terminal-queries.js';

// What the real Claude Code writes (recorded from 2.1.197 and 2.1.332 under a PTY).
const CLAUDE_2_1_197_START = '\x1b[>0q\x1b[c';
const CLAUDE_2_1_332_START = '\x1b]11;?\x07\x1b[c\x1b[>0q\x1b[?u\x1b]7501;?\x07\x1b[c';
const CODE_FIELD = '╰──────╯\x1b[39m\r\r\n\x1b[3C\x1b[2A\x1b[>0q\x1b[?u\x1b]7501;?\x07\x1b[c\x1b(B\x0f\x1b[?2004h\x1b[3D\x1b[2B\x1b[2K';
const CODE_FIELD_DRAWN = '╰──────╯\x1b[39m\r\r\n\x1b[3C\x1b[2A\x1b(B\x0f\x1b[?2004h\x1b[3D\x1b[2B\x1b[2K';

function throughStripper(chunks: string[]): string {
  const out: string[] = [];
  const stripper = queryStripper((text) => out.push(text));
  for (const chunk of chunks) stripper.push(chunk);
  stripper.stop();
  return out.join('');
}

describe('withoutTerminalQueries', () => {
  it.each([
    ['2.1.197 at start', CLAUDE_2_1_197_START],
    ['2.1.332 at start', CLAUDE_2_1_332_START],
    ['DA2 and DA3', '\x1b[>c\x1b[>0c\x1b[=c'],
    ['cursor position and status', '\x1b[6n\x1b[?6n\x1b[5n'],
    ['DECRQM (synchronized output)', '\x1b[?2026$p'],
    ['DECRQSS and XTGETTCAP', '\x1bP$qm\x1b\\\x1bP+q544e\x1b\\'],
    ['OSC colour queries', '\x1b]10;?\x1b\\\x1b]4;1;?\x07'],
    ['window size report', '\x1b[18t\x1b[14t'],
  ])("takes claude's queries out (%s)", (_name, queries) => {
    expect(withoutTerminalQueries(`before${queries}after`)).toBe('beforeafter');
  });

  it('keeps what draws: colours, cursor moves, modes, titles, hyperlinks, cursor style', () => {
    const drawing = '\x1b[38;5;246mtext\x1b[39m\x1b[2K\x1b[1A\x1b[?25l\x1b[?2004h\x1b]0;title\x07\x1b]8;;https://claude.ai/\x1b\\link\x1b]8;;\x1b\\\x1b[2 q\x1b[22;0t\x1b(B';
    expect(withoutTerminalQueries(drawing)).toBe(drawing);
  });
});

describe('queryStripper (reads as they come)', () => {
  it("takes the code field's queries out, cut into reads at every position", () => {
    for (let cut = 0; cut <= CODE_FIELD.length; cut++) {
      expect(throughStripper([CODE_FIELD.slice(0, cut), CODE_FIELD.slice(cut)])).toBe(CODE_FIELD_DRAWN);
    }
  });

  it('takes queries out when every byte is its own read', () => {
    expect(throughStripper([...CLAUDE_2_1_332_START, ...'drawn'])).toBe('drawn');
  });

  it('holds only an unfinished escape, and only until the read that finishes it', () => {
    const out: string[] = [];
    const stripper = queryStripper((text) => out.push(text));
    stripper.push('Paste code here > \x1b[');
    expect(out.join('')).toBe('Paste code here > ');
    stripper.push('2K');
    expect(out.join('')).toBe('Paste code here > \x1b[2K');
  });
});

describe('unfinishedEscapeStart', () => {
  it.each([
    ['a lone ESC', 'text\x1b', 4],
    ['a CSI without its final byte', 'text\x1b[?1;2', 4],
    ['an OSC without its terminator', 'x\x1b]11;?', 1],
    ['an OSC whose ST is cut after ESC', 'x\x1b]11;?\x1b', 1],
    ['a charset designation without its charset', 'x\x1b(', 1],
    ['finished sequences', 'x\x1b[2Kx\x1b]0;t\x07\x1b(B', -1],
  ])('%s', (_name, text, at) => {
    expect(unfinishedEscapeStart(text)).toBe(at);
  });
});

describe('queryStripper and a sequence that never ends', () => {
  it('lets an unterminated OSC through once it is longer than any real one, so the screen is not held back for ever', () => {
    const out: string[] = [];
    const stripper = queryStripper((text) => out.push(text));
    stripper.push('before\x1b]8;;https://example.com/');
    expect(out.join('')).toBe('before');
    stripper.push('x'.repeat(20_000));
    expect(out.join('')).toContain('x'.repeat(20_000));
  });
});
