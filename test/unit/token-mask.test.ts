// The relayed claude screen never draws the token: every one of its characters becomes •, however the
// output is split into reads, wrapped or coloured; and nothing of claude's screen is relayed after it.
import { describe, expect, it } from 'vitest';
import { screenGuard } from '../../src/setup-token/screen-guard.js';
import { tokenMasker } from '../../src/setup-token/token-mask.js';
import { VirtualScreen } from '../../src/setup-token/virtual-screen.js';
import { fakeSetupToken } from '../helpers/temp-home.js';

function run(chunks: string[]): string {
  let out = '';
  const masker = tokenMasker((text) => (out += text));
  for (const chunk of chunks) masker.push(chunk);
  masker.flush();
  return out;
}

const token = fakeSetupToken('M');
const body = token.slice('sk-ant-'.length);
const bullets = '•'.repeat(body.length);

describe("the token on claude's success screen is masked as it is drawn", () => {
  it('unmasked secret in the relayed setup-token screen: no token character reaches the terminal, and nothing of claude after it', () => {
    const head = '✓ Long-lived authentication token created successfully!\r\nYour OAuth token (valid for 1 year):\r\n\r\n';
    const out = run([`${head}${token}\r\n\r\nStore this token securely.`]);
    expect(out).toBe(`${head}sk-ant-${bullets}\x1b[K\r\n\x1b[J`);
  });

  it('split across reads anywhere, even inside sk-ant-', () => {
    const screen = `token:\r\n${token}\r\ndone`;
    for (let cut = 1; cut < screen.length; cut += 1) {
      expect(run([screen.slice(0, cut), screen.slice(cut)])).toBe(`token:\r\nsk-ant-${bullets}\x1b[K\r\n\x1b[J`);
    }
  });

  it('wrapped by claude at 40 columns with colour and line erases between the parts', () => {
    const parts = [token.slice(0, 40), token.slice(40, 80), token.slice(80)];
    const screen = `\x1b[32m${parts[0]}\x1b[K\r\n  ${parts[1]}\x1b[0m\r\n\x1b[2K  ${parts[2]}\r\nStore this token securely.`;
    const out = run([screen]);
    for (const part of [body.slice(0, 20), parts[1], parts[2]]) expect(out).not.toContain(part);
    expect(out).toContain('\x1b[32msk-ant-');
    expect((out.match(/•/g) ?? []).length).toBe(body.length);
  });

  it('a redraw of part of that screen after the token (claude 2.1.197 at 40 columns) is not relayed', () => {
    const out = run([`${token}\r\n`, `\x1b[5;10Ht\x1b[7;1HStore this token securely.`]);
    expect(out).toBe(`sk-ant-${bullets}\x1b[K\r\n\x1b[J`);
  });

  it('a cell the renderer skips inside the token (it already showed that character) is masked and counted', () => {
    // claude 2.1.197 at 40 columns: the "t" of the link drawn before stayed where the token has a "t".
    const out = run([`sk-ant-oa\x1b[1C${body.slice(3)}\r\nStore this token securely.`]);
    expect(out).toBe(`sk-ant-${bullets}\x1b[K\r\n\x1b[J`);
  });

  it('a read cut inside sk-ant- and a slow next read (a busy machine): the prefix is drawn at once, the rest still masked', async () => {
    let out = '';
    const masker = tokenMasker((text) => (out += text));
    masker.push('Your OAuth token:\r\n  sk-a');
    expect(out).toBe('Your OAuth token:\r\n  sk-a');
    await new Promise((resolve) => setTimeout(resolve, 300));
    masker.push(`nt-${body}\r\nStore this token securely.`);
    masker.flush();
    expect(out).toBe(`Your OAuth token:\r\n  sk-ant-${bullets}\x1b[K\r\n\x1b[J`);
  });

  it("an escape sequence between the prefix's characters does not hide the token", () => {
    expect(run([`sk-\x1b[1mant-${body}`])).toBe(`sk-\x1b[1mant-${bullets}\x1b[K\r\n\x1b[J`);
  });

  it('a screen without a token passes unchanged', () => {
    const screen = '\x1b[1mPaste code here if prompted >\x1b[0m sk-a… and more';
    expect(run([screen])).toBe(screen);
  });
});

// What the relay does: the stream masker, then the screen guard, then the user's terminal (here a
// second emulator, to read what a person would see and what stays in the scrollback).
async function relayed(chunks: string[], cols = 100): Promise<{ out: string; screen: string }> {
  let out = '';
  const guard = screenGuard((text) => (out += text), cols, 30);
  const masker = tokenMasker((text) => guard.push(text));
  for (const chunk of chunks) masker.push(chunk);
  masker.flush();
  await guard.drain();
  const terminal = await VirtualScreen.create(cols, 30, () => undefined);
  await terminal.write(out);
  const screen = terminal.snapshot().lines.join('\n');
  terminal.dispose();
  return { out, screen };
}

describe('the token whose prefix is never contiguous in the stream (unmasked token inside OpenClaw 2026.3\'s login)', () => {
  // claude's renderer moves the cursor over a cell that already shows the right character: an
  // earlier frame left a "t" in column 7, so " sk-ant-" is drawn as " sk-an", ESC[8G, "-".
  const earlier = '\x1b[7Gt\r\n';
  const success = `\x1b[1A\r\x1b[2Gsk-an\x1b[8G-${body}\r\n\r\nStore this token securely.`;

  it('the stream masker alone lets it through (why the screen guard exists)', () => {
    expect(run([earlier, success])).toContain(body.slice(0, 30));
  });

  it('the relay withholds it: no token character reaches the terminal or its scrollback', async () => {
    for (const cols of [100, 40]) {
      const { out, screen } = await relayed([earlier, success], cols);
      expect(out).not.toContain(body.slice(6, 20));
      expect(screen).not.toContain(body.slice(6, 20));
      expect(screen).not.toMatch(/oat01-/);
    }
  });

  it('split into reads anywhere, the same', async () => {
    const stream = earlier + success;
    for (let cut = earlier.length; cut < stream.length; cut += 7) {
      const { screen } = await relayed([stream.slice(0, cut), stream.slice(cut)]);
      expect(screen, `cut at ${cut}`).not.toMatch(/oat01-|x7Kq_9/);
    }
  });

  it('a screen without a token passes through the relay unchanged', async () => {
    const screen = '\x1b[2GPaste\x1b[8Gcode\x1b[13Ghere\x1b[18Gif\x1b[21Gprompted\x1b[30G>';
    expect((await relayed([screen])).out).toBe(screen);
  });
});

