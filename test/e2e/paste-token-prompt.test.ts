// The hidden prompt as a person uses it, in a real terminal (tmux).
import { describe, expect, it } from 'vitest';
import { CLI_PATH } from '../helpers/run-cli.js';
import { fakeSetupToken, makeTempHome } from '../helpers/temp-home.js';
import { shellQuote, TmuxSession } from '../helpers/tmux.js';

function startPasteToken(home: string, extra = '') {
  return new TmuxSession(`${shellQuote(process.execPath)} ${shellQuote(CLI_PATH)} models auth paste-token --provider anthropic ${extra}`, {
    width: 60,
    env: { HOME: home },
  });
}

describe('paste-token prompt in a terminal', () => {
  it.each([
    ['bracketed paste', true],
    ['a terminal without bracketed paste', false],
  ])('stores a token pasted with a line break in it (%s)', async (_name, bracketed) => {
    const home = makeTempHome();
    const token = fakeSetupToken('T');
    const session = startPasteToken(home.home);
    await session.waitFor('Paste Claude setup-token');
    session.paste(`${token.slice(0, 54)}\n${token.slice(54)}`, { bracketed });
    await session.waitFor('[108 characters');
    session.press('Enter');
    const screen = await session.waitFor('✓ Stored');
    expect(await session.exitCode()).toBe(0);
    expect(home.readStore().profiles['anthropic:manual']?.token).toBe(token);
    expect(screen).toContain(`sk-ant-o...${token.slice(-8)}`);
    expect(screen).not.toContain(token.slice(8, -8)); // never echoed
  });

  it('explains a truncated paste, then accepts the full token', async () => {
    const home = makeTempHome();
    const token = fakeSetupToken('U');
    const session = startPasteToken(home.home);
    await session.waitFor('Paste Claude setup-token');
    session.paste(token.slice(0, 60));
    session.press('Enter');
    await session.waitFor('is cut short: 60 characters');
    session.paste(token);
    session.press('Enter');
    await session.waitFor('✓ Stored');
    expect(home.readStore().profiles['anthropic:manual']?.token).toBe(token);
  });

  it('does not print the token on cancel: Ctrl-C exits 130 and writes nothing', async () => {
    const home = makeTempHome();
    const token = fakeSetupToken('V');
    const session = startPasteToken(home.home);
    await session.waitFor('Paste Claude setup-token');
    session.paste(token);
    await session.waitFor('[108 characters');
    session.press('C-c');
    expect(await session.exitCode()).toBe(130);
    const screen = session.screen();
    expect(screen).toContain('✗ Cancelled.');
    expect(screen).not.toContain(token.slice(8, -8));
    const { existsSync } = await import('node:fs');
    expect(existsSync(home.storePath())).toBe(false);
  });

  it('the expiry is written as the user reads dates (LANG=de_DE, tr_TR), ISO without a locale', async () => {
    for (const [lang, expected] of [
      ['de_DE.UTF-8', (ms: number) => new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium' }).format(ms)],
      ['tr_TR.UTF-8', (ms: number) => new Intl.DateTimeFormat('tr-TR', { dateStyle: 'medium' }).format(ms)],
      ['C', (ms: number) => new Date(ms).toISOString().slice(0, 10)],
    ] as const) {
      const home = makeTempHome();
      const session = new TmuxSession(`${shellQuote(process.execPath)} ${shellQuote(CLI_PATH)} models auth paste-token --provider anthropic --storage file`, { width: 120, env: { HOME: home.home, LANG: lang } });
      await session.waitFor('Paste Claude setup-token');
      session.paste(fakeSetupToken('D'));
      await session.waitFor('[108 characters');
      session.press('Enter');
      const screen = await session.waitFor('✓ Stored');
      const expires = home.readStore().profiles['anthropic:manual']?.expires as number;
      expect(screen).toContain(`(expires ${expected(expires)})`);
    }
  });
});

