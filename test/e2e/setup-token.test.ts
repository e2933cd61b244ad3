// `models auth setup-token` as a person uses it, in a real terminal (tmux), with the fake claude.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLI_PATH, runCli } from '../helpers/run-cli.js';
import { FAKE_CLAUDE } from '../helpers/capture.js';
import { fakeSetupToken, makeTempHome } from '../helpers/temp-home.js';
import { shellQuote, TmuxSession } from '../helpers/tmux.js';

const STUBBORN = fileURLToPath(new URL('../fixtures/stubborn-claude.cjs', import.meta.url));
const PATH_WITH_FAKE = `${dirname(FAKE_CLAUDE)}:${process.env.PATH ?? '/usr/bin:/bin'}`;

function runSetupToken(home: string, args: string, env: Record<string, string> = {}, width = 80) {
  return new TmuxSession(`${shellQuote(process.execPath)} ${shellQuote(CLI_PATH)} models auth setup-token ${args}`, {
    width,
    height: 40,
    env: { HOME: home, PATH: PATH_WITH_FAKE, FAKE_CLAUDE_DELAY_MS: '5', ...env },
  });
}

describe('setup-token in a terminal', () => {
  it('signs in with the code a person types, shows ✓, and stores the exact token', async () => {
    const home = makeTempHome();
    const token = fakeSetupToken('E');
    const log = join(home.home, 'typed-code');
    const session = runSetupToken(home.home, '--storage file', { FAKE_CLAUDE_TOKEN: token, FAKE_CLAUDE_LOG: log }, 37);
    await session.waitFor('Paste code here if prompted >');
    session.type('code-4711#state');
    session.press('Enter');
    const screen = await session.waitFor('✓ Stored');
    expect(await session.exitCode()).toBe(0);
    // The keystrokes reached claude. (Under load our answer to the fake's terminal query can arrive
    // while it reads the code; the fake reads escape sequences as typed text, the real CLI does not.)
    expect(readFileSync(log, 'utf8')).toMatch(/(^|c)code-4711#state\n$/);
    const stored = home.readStore().profiles['anthropic:manual'];
    expect(stored?.token).toBe(token);
    expect(stored?.expires as number).toBeGreaterThan(Date.now() + 364 * 86_400_000);
    expect(screen).toContain(`sk-ant-o...${token.slice(-8)}`);
    expect(session.terminalModes()).toEqual({ canonical: true, echo: true });
  });

  it('Ctrl-C on an error screen that ignores it still ends claude: exit 130, nothing written, terminal restored', async () => {
    const home = makeTempHome();
    const session = runSetupToken(home.home, `--claude-bin ${shellQuote(STUBBORN)}`);
    await session.waitFor('Press Enter to retry.');
    session.press('C-c');
    expect(await session.exitCode(8000)).toBe(130);
    expect(session.screen()).toContain('Cancelled: no token was stored.');
    expect(existsSync(home.stateDir)).toBe(false);
    expect(session.terminalModes()).toEqual({ canonical: true, echo: true });
  });

  it.each([
    ['a moment apart', (session: TmuxSession) => session.press('C-c', 'C-c')],
    ['in one read (pressed quickly, or over a slow link)', (session: TmuxSession) => session.pressTogether('C-c', 'C-c')],
  ])('Ctrl-C twice ends it at once: %s', async (_how, pressTwice) => {
    const home = makeTempHome();
    const session = runSetupToken(home.home, `--claude-bin ${shellQuote(STUBBORN)}`);
    await session.waitFor('Press Enter to retry.');
    const started = Date.now();
    pressTwice(session);
    expect(await session.exitCode()).toBe(130);
    // One Ctrl-C waits 1.5 s for claude, then SIGTERM and 0.5 s more: twice must not wait at all.
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('a crash is explained with claude\'s exit code and last lines', async () => {
    const home = makeTempHome();
    const session = runSetupToken(home.home, '', { FAKE_CLAUDE_MODE: 'crash' });
    await session.waitFor('Paste code here if prompted >');
    session.type('code');
    session.press('Enter');
    expect(await session.exitCode()).toBe(1);
    const screen = session.screen();
    expect(screen).toContain('✗ claude setup-token exited with code 1. Its last lines:');
    expect(screen).toContain('Error: unexpected failure while exchanging the code');
    expect(existsSync(home.storePath())).toBe(false);
  });

  it('gives up after --timeout without a token', async () => {
    const home = makeTempHome();
    const session = runSetupToken(home.home, '--timeout 2s', { FAKE_CLAUDE_MODE: 'hang' });
    expect(await session.exitCode(10_000)).toBe(1);
    expect(session.screen()).toContain('✗ no token within 2s');
    expect(existsSync(home.storePath())).toBe(false);
  });

  it('without claude installed, says how to get it and the paste-token alternative', async () => {
    const home = makeTempHome();
    const session = new TmuxSession(`${shellQuote(process.execPath)} ${shellQuote(CLI_PATH)} models auth setup-token`, { env: { HOME: home.home, PATH: '/usr/bin:/bin' } });
    expect(await session.exitCode()).toBe(1);
    const screen = session.screen();
    expect(screen).toContain('the "claude" command was not found on your PATH');
    expect(screen).toContain('npm install -g @anthropic-ai/claude-code');
    expect(screen).toContain('openclaw-auth models auth paste-token --provider anthropic');
  });

  it('without a terminal, explains why and suggests paste-token from stdin', async () => {
    const home = makeTempHome();
    const result = await runCli(home.home, ['models', 'auth', 'setup-token'], { env: { PATH: PATH_WITH_FAKE } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('setup-token needs an interactive terminal');
    expect(result.stderr).toContain('openclaw-auth models auth paste-token --provider anthropic');
  });
});
