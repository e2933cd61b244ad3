// The REAL Claude Code CLI, 2.1.197 and 2.1.332, signing in to its real success screen offline (the
// OAuth stand-in hands out a token we chose), driven in tmux as a person does: a refused code first
// (claude's own error and retry), then a good one. The stored token must be exactly the stand-in's.
// 2.1.332 changed the screen (a short sign-in link, a boxed code field that wants `<code>#<state>`),
// and will change it again: the capture must not care.
import { describe, expect, it } from 'vitest';
import { CLI_PATH } from '../helpers/run-cli.js';
import { CLAUDE_RELEASES, STANDIN, startStandin } from '../helpers/oauth-standin.js';
import { peersInstalled, requirePeers } from '../helpers/peers.js';
import { fakeSetupToken, makeTempHome } from '../helpers/temp-home.js';
import { pickSignInWithClaude, shellQuote, TmuxSession } from '../helpers/tmux.js';

if (!peersInstalled && requirePeers) throw new Error('real Claude Code CLI not installed: run ../shared/tools/install-peers.sh');

const cases = CLAUDE_RELEASES.flatMap((release) => [40, 160].map((width) => ({ ...release, width })));

function session(home: string, command: string, width: number, env: Record<string, string>) {
  return new TmuxSession(`${shellQuote(process.execPath)} ${shellQuote(CLI_PATH)} ${command}`, { width, height: 60, env: { HOME: home, PATH: '/usr/bin:/bin', ...env } });
}

describe.skipIf(!peersInstalled || !STANDIN)('the real Claude Code to its success screen (OAuth stand-in)', () => {
  it.each(cases)('models auth setup-token with claude $version at $width columns: a refused code, a retry, the exact token stored', async ({ bin, width }) => {
    const home = makeTempHome();
    const token = fakeSetupToken(String(width % 10));
    const standin = await startStandin(token);
    const run = session(home.home, `models auth setup-token --storage file --claude-bin ${shellQuote(bin)}`, width, standin.env);
    await run.waitFor(/Paste code here if prompted/, 30_000);
    run.type('bad-code#state');
    run.press('Enter');
    await run.waitFor(/OAuth error/, 20_000);
    await run.waitFor('Press Enter to retry');
    run.press('Enter');
    // The retry's prompt comes below the error; type only once claude asks again.
    await run.waitFor(/Press Enter to retry[\s\S]*Paste code here if prompted|Paste code here if prompted(?![\s\S]*OAuth error)/, 20_000);
    run.type('good-code#state');
    run.press('Enter');
    const screen = await run.waitFor('✓ Stored', 30_000);
    expect(await run.exitCode(15_000)).toBe(0);
    expect(screen).toContain(`sk-ant-o...${token.slice(-8)}`);
    // claude's success screen drew the token; what reached the terminal (and its scrollback) is masked.
    expect(screen).toMatch(/Long-lived authentication token\s+created/);
    expect(screen).toMatch(/sk-ant-•{20}/);
    expect(run.history()).not.toContain(token.slice(13, 40));
    expect(home.readStore().profiles['anthropic:manual']?.token).toBe(token);
    expect(standin.log()).toContain('POST');
  }, 120_000);

  it.each(CLAUDE_RELEASES.map((release) => ({ ...release })))("the wizard's Sign in with Claude, with claude $version: what it asks for, a retry, the exact token", async ({ version, bin }) => {
    const home = makeTempHome();
    const token = fakeSetupToken('W');
    const standin = await startStandin(token);
    const run = session(home.home, `onboard --claude-bin ${shellQuote(bin)}`, 60, { ...standin.env, NO_COLOR: '1' });
    await pickSignInWithClaude(run);
    await run.waitFor('Paste the code the browser shows', 30_000);
    // The link is printed above the frame in the render after the one that shows the field.
    const asked = await run.waitFor(/https:\/\/claude\.(com|ai)\/\S*oauth\/authorize\?/);
    // 2.1.332 links to claude.ai with a short id; 2.1.197 to the whole authorize URL with its state.
    if (version === '2.1.332') {
      expect(asked).toMatch(/https:\/\/claude\.ai\/oauth\/authorize\?[A-Za-z0-9_-]{10,}/);
      expect(asked).not.toContain('state=');
    } else {
      expect(asked).toMatch(/https:\/\/claude\.(com|ai)\/\S*oauth\/authorize\?code=true&client_id=/);
    }
    expect(asked).toContain('it has a # in the middle');
    run.type('bad-code#state');
    run.press('Enter');
    await run.waitFor(/✗ .*OAuth error/, 20_000);
    run.press('Enter');
    await run.waitFor('Paste the code the browser shows', 20_000);
    run.type('good-code#state');
    run.press('Enter');
    await run.waitFor('Where should it be stored?', 30_000);
    run.press('Enter'); // auth-profiles.json, the one place offered without a keychain
    await run.waitFor('✓ Done', 15_000);
    expect(await run.exitCode(10_000)).toBe(0);
    const stored = home.readStore().profiles['anthropic:default'];
    expect(stored?.token).toBe(token);
  }, 120_000);
});
