// The relayed claude screen never draws the token: every one of its characters becomes •, however the
// output is split into reads, wrapped or coloured.
import { describe, expect, it } from 'vitest';
import { PREFIX_WAIT_MS, tokenMasker } from '../../src/setup-token/token-mask.js';
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

describe('the token on claude\'s success screen is masked as it is drawn', () => {
  it('unmasked secret in the relayed setup-token screen: no token character reaches the terminal, the layout stays', () => {
    const screen = `✓ Long-lived authentication token created successfully!\r\nYour OAuth token (valid for 1 year):\r\n\r\n${token}\r\n\r\nStore this token securely.`;
    const out = run([screen]);
    expect(out).toBe(screen.replace(body, '•'.repeat(body.length)));
    expect(out).not.toContain(body.slice(6, 20));
  });

  it('split across reads anywhere, even inside sk-ant-', () => {
    const screen = `token:\r\n${token}\r\ndone`;
    for (let cut = 1; cut < screen.length; cut += 1) {
      expect(run([screen.slice(0, cut), screen.slice(cut)])).toBe(screen.replace(body, '•'.repeat(body.length)));
    }
  });

  it('wrapped by claude at 40 columns with colour and line erases between the parts', () => {
    const parts = [token.slice(0, 40), token.slice(40, 80), token.slice(80)];
    const screen = `\x1b[32m${parts[0]}\x1b[K\r\n  ${parts[1]}\x1b[0m\r\n\x1b[2K  ${parts[2]}\r\nStore this token securely.`;
    const out = run([screen]);
    expect(out).not.toContain(body.slice(0, 20));
    for (const part of [parts[1], parts[2]]) expect(out).not.toContain(part);
    expect(out).toContain('\x1b[32msk-ant-');
    expect(out).toContain('Store this token securely.');
    expect((out.match(/•/g) ?? []).length).toBe(body.length);
  });

  it('text that only starts like a token is drawn after a moment, unchanged', async () => {
    let out = '';
    const masker = tokenMasker((text) => (out += text));
    masker.push('Paste code here if prompted > sk-a');
    expect(out).toBe('Paste code here if prompted > ');
    await new Promise((resolve) => setTimeout(resolve, PREFIX_WAIT_MS + 50));
    expect(out).toBe('Paste code here if prompted > sk-a');
  });
});
