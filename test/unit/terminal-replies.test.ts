// The keystrokes relayed to claude: a terminal's reply to a query is never typed into it, whole or
// split across reads; what a person types (a lone Esc included) is.
import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { relayTerminal, replyFilter, SPLIT_REPLY_WAIT_MS, withoutTerminalReplies } from '../../src/setup-token/terminal-relay.js';

describe('withoutTerminalReplies', () => {
  it.each([
    ['DA1', 'code\x1b[?1;2c-4711'],
    ['DA2', '\x1b[>0;276;0ccode-4711'],
    ['XTVERSION (DCS)', '\x1bP>|tmux 3.3a\x1b\\code-4711'],
    ['cursor position', 'code\x1b[12;40R-4711'],
    ['OSC colour', '\x1b]11;rgb:0000/0000/0000\x07code-4711'],
  ])('drops a %s reply from typed input', (_name, input) => {
    expect(withoutTerminalReplies(input).replace('-4711', '')).toBe('code');
  });

  it('keeps what a person types: keys, arrows, bracketed paste, Ctrl-C', () => {
    const typed = 'abc\x1b[A\x1b[200~pasted\x1b[201~\r\x03';
    expect(withoutTerminalReplies(typed)).toBe(typed);
  });
});

describe('replyFilter (reads as they come)', () => {
  const run = async (chunks: string[]) => {
    const out: string[] = [];
    const filter = replyFilter((text) => out.push(text));
    for (const chunk of chunks) filter.push(chunk);
    await new Promise((resolve) => setTimeout(resolve, SPLIT_REPLY_WAIT_MS * 3));
    return out.join('');
  };

  it.each([
    ['DA1 split after ESC', ['\x1bP>|tmux 3.3a\x1b\\\x1b', '[?1;2c']],
    ['DA1 split mid-parameters', ['\x1b[?1;', '2c']],
    ['XTVERSION split inside the DCS', ['\x1bP>|tmu', 'x 3.3a\x1b\\']],
    ['XTVERSION split before its terminator', ['\x1bP>|tmux 3.3a\x1b', '\\']],
  ])('drops a terminal reply that arrives in two reads (%s): none of it reaches claude', async (_name, chunks) => {
    expect(await run(chunks)).toBe('');
    expect(await run(['code', ...chunks, '#state'])).toBe('code#state');
  });

  it('passes a lone Esc and an arrow key on', async () => {
    expect(await run(['\x1b'])).toBe('\x1b');
    expect(await run(['\x1b[', 'A'])).toBe('\x1b[A');
  });
});

describe('relayTerminal: Ctrl-C', () => {
  const relayed = () => {
    const stdin = Object.assign(new PassThrough(), { setRawMode: () => undefined });
    const stdout = Object.assign(new PassThrough(), { columns: 80, rows: 24 });
    const kills: (string | undefined)[] = [];
    const written: string[] = [];
    const target = {
      write: (data: string) => written.push(data),
      resize: () => undefined,
      kill: (signal?: NodeJS.Signals) => kills.push(signal),
      on: () => undefined,
    };
    const relay = relayTerminal(stdin, stdout, target);
    return { stdin, relay, kills, written };
  };

  it('Ctrl-C twice in one read (pressed quickly, or over a slow link) ends claude at once', async () => {
    const { stdin, relay, kills } = relayed();
    stdin.write('\x03\x03');
    await new Promise((resolve) => setImmediate(resolve));
    expect(kills).toEqual(['SIGKILL']);
    expect(relay.cancelled).toBe(true);
    await relay.restore();
  });

  it('one Ctrl-C goes to claude first and ends nothing yet; a second, in a later read, ends it at once', async () => {
    const { stdin, relay, kills, written } = relayed();
    stdin.write('\x03');
    await new Promise((resolve) => setImmediate(resolve));
    expect(written).toEqual(['\x03']);
    expect(kills).toEqual([]);
    stdin.write('\x03');
    await new Promise((resolve) => setImmediate(resolve));
    expect(kills).toEqual(['SIGKILL']);
    await relay.restore();
  });
});
