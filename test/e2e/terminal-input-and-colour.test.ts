// What a person's terminal shows and sends, in tmux: colour as NO_COLOR / FORCE_COLOR ask (read
// with capture-pane -e, which keeps the escapes), keys that arrive together in one chunk (SSH, key
// repeat), and the dashboard's exit codes.
import { describe, expect, it } from 'vitest';
import { CLI_PATH } from '../helpers/run-cli.js';
import { DAY, HOUR, fakeApiKey, fakeSetupToken, makeTempHome, type TempHome } from '../helpers/temp-home.js';
import { shellQuote, TmuxSession } from '../helpers/tmux.js';

// SGR colour: 30-37/90-97 foreground, 38;5/38;2 extended. The colour runs leave CI out of the
// environment, as on a person's machine: colour libraries take any CI (even CI=false) for "no colour".
const COLOUR = /\x1b\[(?:[0-9;]*;)?(?:3[0-7]|9[0-7]|38;[25])[;m]/;

function cli(home: string, args: string, env: Record<string, string | undefined> = {}, width = 80) {
  return new TmuxSession(`${shellQuote(process.execPath)} ${shellQuote(CLI_PATH)} ${args}`, { width, height: 40, env: { HOME: home, ...env } });
}

function manyProfiles(home: TempHome, count: number): void {
  const profiles: Record<string, unknown> = {};
  for (let index = 0; index < count; index += 1) profiles[`anthropic:p${String(index).padStart(3, '0')}`] = { type: 'token', provider: 'anthropic', token: fakeSetupToken(String(index % 10)), expires: Date.now() + (10 + index) * DAY };
  home.writeStore({ version: 1, profiles });
}

describe('colour', () => {
  it('the wizard is in colour on a colour terminal, in none with NO_COLOR, and FORCE_COLOR wins over NO_COLOR', async () => {
    const home = makeTempHome();
    const coloured = cli(home.home, 'onboard', { CI: undefined });
    await coloured.waitFor('Add a credential');
    expect(coloured.styledScreen()).toMatch(COLOUR);
    const plain = cli(home.home, 'onboard', { CI: undefined, NO_COLOR: '1' });
    await plain.waitFor('Add a credential');
    expect(plain.styledScreen()).not.toMatch(COLOUR);
    const forced = cli(home.home, 'onboard', { CI: undefined, NO_COLOR: '1', FORCE_COLOR: '1' });
    await forced.waitFor('Add a credential');
    expect(forced.styledScreen()).toMatch(COLOUR);
  });

  it('the dashboard keeps no colours with NO_COLOR', async () => {
    const home = makeTempHome();
    manyProfiles(home, 3);
    const plain = cli(home.home, 'dashboard', { CI: undefined, NO_COLOR: '1' });
    await plain.waitFor('anthropic:p000');
    expect(plain.styledScreen()).not.toMatch(COLOUR);
    const coloured = cli(home.home, 'dashboard', { CI: undefined });
    await coloured.waitFor('anthropic:p000');
    expect(coloured.styledScreen()).toMatch(COLOUR);
  });
});

describe('keys that arrive together', () => {
  it('in the dashboard with 200 profiles, one send-keys of five Downs moves five rows', async () => {
    const home = makeTempHome();
    manyProfiles(home, 200);
    const session = cli(home.home, 'dashboard', { NO_COLOR: '1' });
    await session.waitFor('❯ ● anthropic:p000');
    // One tmux command: the five sequences reach the program as one chunk.
    session.pressTogether('Down', 'Down', 'Down', 'Down', 'Down');
    await session.waitFor('❯ ● anthropic:p005');
    session.pressTogether(...Array<string>(60).fill('Down'));
    await session.waitFor('❯ ● anthropic:p065');
  });

  it('in the wizard, Down Enter in one chunk picks the second item', async () => {
    const home = makeTempHome();
    const session = cli(home.home, 'onboard', { NO_COLOR: '1' });
    await session.waitFor('Add a credential');
    session.press('Enter');
    await session.waitFor('Which provider?');
    session.pressTogether('Down', 'Enter');
    // The second provider asks for its API key straight away.
    await session.waitFor(/Paste your OpenRouter API key|Paste your OpenAI API key/);
  });
});

describe('the dashboard', () => {
  it('Ctrl-C exits 130 (q exits 0); x on an env key says why nothing happens', async () => {
    const home = makeTempHome();
    home.writeFile(home.dotenvPath, `ANTHROPIC_API_KEY=${fakeApiKey()}\n`);
    home.writeStore({ version: 1, profiles: { 'anthropic:soon': { type: 'token', provider: 'anthropic', token: fakeSetupToken(), expires: Date.now() + 2 * HOUR } } });
    const session = cli(home.home, 'dashboard', { NO_COLOR: '1' });
    const screen = await session.waitFor('anthropic (env)');
    expect(screen).toContain('1 expiring');
    session.press('Down');
    session.press('x');
    await session.waitFor('is an environment variable, not a profile');
    session.press('C-c');
    expect(await session.exitCode()).toBe(130);
    const again = cli(home.home, 'dashboard', { NO_COLOR: '1' });
    await again.waitFor('anthropic:soon');
    again.press('q');
    expect(await again.exitCode()).toBe(0);
  });

  it('a resize while files change redraws whole: the header stays on screen, the frame fits', async () => {
    const home = makeTempHome();
    manyProfiles(home, 30);
    const session = new TmuxSession(`${shellQuote(process.execPath)} ${shellQuote(CLI_PATH)} dashboard`, { width: 100, height: 30, env: { HOME: home.home, NO_COLOR: '1' } });
    await session.waitFor('❯ ● anthropic:p000');
    for (let step = 1; step <= 8; step += 1) {
      // The store changes under it (a reload) while the window shrinks.
      const store = home.readStore();
      store.profiles[`anthropic:new${step}`] = { type: 'token', provider: 'anthropic', token: fakeSetupToken(String(step)), expires: Date.now() + 3 * DAY };
      home.writeStore(store);
      session.resize(110 - step * 8, 34 - step);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    // Then only the window changes: nothing else would make it draw again.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    session.resize(44, 18);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const lines = session.screen().split('\n');
    expect(lines[0]).toMatch(/^openclaw-auth · agent main/);
    expect(lines.some((line) => line.includes('q') && line.includes('quit'))).toBe(true);
  });

  it('at 40 columns the masked secret is shown whole', async () => {
    const home = makeTempHome();
    const token = fakeSetupToken('W');
    home.writeStore({ version: 1, profiles: { 'anthropic:manual': { type: 'token', provider: 'anthropic', token, expires: Date.now() + 30 * DAY } } });
    const session = cli(home.home, 'dashboard', { NO_COLOR: '1' }, 40);
    const screen = await session.waitFor('anthropic:manual');
    expect(screen).toContain(`sk-ant-o...${token.slice(-8)}`);
  });
});
