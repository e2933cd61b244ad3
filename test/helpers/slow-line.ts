// Issue 24: a terminal's reply to claude's queries was typed into the code field when it came late
// (`Paste code here if prompted > [?1;2ccode#state`). Here the REAL Claude Code (both releases)
// signs in through the OAuth stand-in in tmux, with a slow line between tmux and our process
// (laggy-terminal.mjs: every escape sequence the terminal sends is split and its parts delayed
// 0-500 ms). 2.1.332 asks its terminal again each time it shows the code field, so every retry is
// another chance for a reply to land in it.
//
// How a garbled code would show: the stand-in refuses exactly `bad-code` and accepts anything else.
// `bad-code#state` refused every time means it reached claude exactly as typed, every time; a reply in
// front of it would be accepted, and a token stored, which fails the test.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
//
// One file per Claude Code release (terminal-replies-over-a-slow-line.claude-*.test.ts), so the two
// run side by side: most of each test is waiting on the slow line and on claude (about 30 s each).
import { describe, expect, it } from 'vitest';
import { CLI_PATH } from './run-cli.js';
import { STANDIN, startStandin } from './oauth-standin.js';
import { peersInstalled, requirePeers } from './peers.js';
import { fakeSetupToken, makeTempHome } from './temp-home.js';
import { pickSignInWithClaude, shellQuote, TmuxSession } from './tmux.js';

const LAGGY_TERMINAL = new URL('./laggy-terminal.mjs', import.meta.url).pathname;
const TIMES = 20;
const FIELD = 'Paste code here if prompted';
const REFUSED = /OAuth error/;

/** Our CLI behind the slow line, in tmux; the line's log says what the terminal sent. */
function overSlowLine(home: string, args: string, env: Record<string, string>) {
  const log = join(mkdtempSync(join(tmpdir(), 'oca-line-')), 'replies');
  const command = [process.execPath, LAGGY_TERMINAL, log, '--', process.execPath, CLI_PATH].map(shellQuote).join(' ');
  const session = new TmuxSession(`${command} ${args}`, { width: 100, height: 60, env: { HOME: home, PATH: '/usr/bin:/bin', ...env } });
  return { session, replies: () => readFileSync(log, { encoding: 'utf8', flag: 'a+' }) };
}

/** The screen once `after` shows below the last `before` (claude keeps earlier attempts above). */
async function waitForBelow(session: TmuxSession, before: RegExp | string, after: RegExp | string, timeoutMs = 20_000): Promise<string> {
  const last = (screen: string, what: RegExp | string) => (typeof what === 'string' ? screen.lastIndexOf(what) : Math.max(-1, ...[...screen.matchAll(new RegExp(what.source, 'g'))].map((m) => m.index)));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const screen = session.screen();
    if (/✓ Stored/.test(screen)) throw new Error(`a garbled code was accepted and a token stored; screen was:\n${screen}`);
    if (last(screen, after) > last(screen, before)) return screen;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(after)} below ${String(before)}; screen was:\n${screen}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function describeSlowLine({ version, bin }: { version: string; bin: string }): void {
  if (!peersInstalled && requirePeers) throw new Error('real Claude Code CLI not installed: run ../shared/tools/install-peers.sh');
  describe.skipIf(!peersInstalled || !STANDIN)(`the terminal's replies over a slow line never reach claude ${version} as typed text (issue 24)`, () => {
    it(
      `models auth setup-token with claude '${version}': the code arrives exactly as typed, ${TIMES} of ${TIMES}, a lone Esc changes nothing, the exact token is stored`,
      async () => {
        const home = makeTempHome();
        const token = fakeSetupToken('L');
        const standin = await startStandin(token);
        const { session, replies } = overSlowLine(home.home, `models auth setup-token --storage file --claude-bin ${shellQuote(bin)}`, standin.env);
        await session.waitFor(FIELD, 30_000);
        for (let attempt = 1; attempt <= TIMES; attempt++) {
          session.type('bad-code#state');
          session.press('Enter');
          await waitForBelow(session, FIELD, REFUSED);
          await waitForBelow(session, REFUSED, 'Press Enter to retry');
          session.press('Enter');
          await waitForBelow(session, REFUSED, FIELD);
        }
        // A lone Esc is a key, not the start of a reply: it reaches claude, and the code typed after it is intact.
        session.press('Escape');
        session.type('good-code#state');
        session.press('Enter');
        const screen = await session.waitFor('✓ Stored', 30_000);
        expect(await session.exitCode(15_000)).toBe(0);
        expect(screen).toContain(`sk-ant-o...${token.slice(-8)}`);
        expect(home.readStore().profiles['anthropic:manual']?.token).toBe(token);
        // Nothing claude asked reached the terminal, so it had nothing to answer.
        expect(replies()).toBe('');
      },
      240_000,
    );

    it(
      `the wizard's Sign in with Claude with claude '${version}': a lone Esc goes back a step, then the exact token`,
      async () => {
        const home = makeTempHome();
        const token = fakeSetupToken('E');
        const standin = await startStandin(token);
        const { session, replies } = overSlowLine(home.home, `onboard --claude-bin ${shellQuote(bin)}`, { ...standin.env, NO_COLOR: '1' });
        await pickSignInWithClaude(session);
        await session.waitFor('Paste the code the browser shows', 30_000);
        // Esc (a lone ESC byte on the slow line) takes the wizard back to the choice of method, at once.
        session.press('Escape');
        await session.waitFor('How do you want to sign in to Anthropic?', 15_000);
        expect(session.screen()).not.toContain('Paste the code the browser shows');
        session.press('2');
        await session.waitFor('Paste the code the browser shows', 30_000);
        session.type('good-code#state');
        session.press('Enter');
        await session.waitFor('Where should it be stored?', 30_000);
        session.press('Enter');
        await session.waitFor('✓ Done', 15_000);
        expect(await session.exitCode(10_000)).toBe(0);
        expect(home.readStore().profiles['anthropic:default']?.token).toBe(token);
        // The wizard draws claude's screen itself: nothing claude asked reached the terminal either.
        expect(replies()).toBe('');
      },
      120_000,
    );
  });
}
