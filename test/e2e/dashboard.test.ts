// The dashboard as a person uses it, in a real terminal (tmux).
import { describe, expect, it } from 'vitest';
import { updateAuthStore } from '../../src/store/auth-profiles.js';
import { CLI_PATH } from '../helpers/run-cli.js';
import { DAY, HOUR, fakeApiKey, fakeSetupToken, makeTempHome, type TempHome } from '../helpers/temp-home.js';
import { pasteAndStore, shellQuote, TmuxSession } from '../helpers/tmux.js';

function dashboard(home: string, width = 60, env: Record<string, string> = {}) {
  return new TmuxSession(`${shellQuote(process.execPath)} ${shellQuote(CLI_PATH)} dashboard`, { width, height: 24, env: { HOME: home, ...env } });
}

/** The dashboard at 80 columns over API keys under these ids (each its own key), once the last is shown. */
async function dashboardOverKeys(ids: [string, string][], env: Record<string, string> = {}): Promise<{ session: TmuxSession; home: TempHome }> {
  const home = makeTempHome();
  home.writeStore({ version: 1, profiles: Object.fromEntries(ids.map(([id, tag]) => [id, { type: 'api_key', provider: 'anthropic', key: fakeApiKey(tag) }])) });
  const session = dashboard(home.home, 80, env);
  await session.waitFor(ids.at(-1)?.[0] ?? 'openclaw-auth');
  return { session, home };
}

const WORK_AND_HOME: [string, string][] = [
  ['anthropic:work', 'W'],
  ['anthropic:home', 'H'],
];
const WORK: [string, string][] = [['anthropic:work', 'W']];

describe('dashboard in a terminal', () => {
  it('shows a change another program makes to auth-profiles.json', async () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: { 'anthropic:work': { type: 'api_key', provider: 'anthropic', key: fakeApiKey('W') } } });
    const session = dashboard(home.home, 40);
    await session.waitFor('anthropic:work');
    // As OpenClaw or another openclaw-auth would: under the lock, replaced atomically.
    await updateAuthStore(home.storePath(), (store) => {
      store.profiles['anthropic:manual'] = { type: 'token', provider: 'anthropic', token: fakeSetupToken('X'), expires: Date.now() + 2 * HOUR };
    });
    const started = Date.now();
    const screen = await session.waitFor('anthropic:manual', 3000);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(screen).toMatch(/1h 59m|2h 0m/);
    session.press('q');
    expect(await session.exitCode()).toBe(0);
  });

  it('re-auths an expiring token with p: paste, store, back to the list', async () => {
    const home = makeTempHome();
    home.writeStore({
      version: 1,
      profiles: { 'anthropic:manual': { type: 'token', provider: 'anthropic', token: fakeSetupToken('E'), expires: Date.now() + 5 * HOUR } },
    });
    const fresh = fakeSetupToken('F');
    const session = dashboard(home.home);
    await session.waitFor(/4h 59m|5h 0m/);
    session.press('p');
    await session.waitFor('Paste your Claude setup-token');
    await pasteAndStore(session, fresh);
    const screen = await session.waitFor('✓ Stored in');
    expect(screen).toMatch(/364d 23h|365d 0h/);
    expect(home.readStore().profiles['anthropic:manual']?.token).toBe(fresh);
    expect(home.readStore().profiles['anthropic:manual']?.expires as number).toBeGreaterThan(Date.now() + 364 * DAY);
  });

  it('with 1,000 profiles every keypress registers', async () => {
    const home = makeTempHome();
    const profiles: Record<string, unknown> = {};
    for (let i = 0; i < 1000; i += 1) profiles[`anthropic:p${String(i).padStart(4, '0')}`] = { type: 'api_key', provider: 'anthropic', key: fakeApiKey(String(i % 10)) };
    home.writeStore({ version: 1, profiles });
    const session = dashboard(home.home);
    await session.waitFor('1 of 1000');
    session.press(...Array<string>(10).fill('Down'));
    // Speed is measured by the benchmark; here, none of ten keys typed 80 ms apart is lost.
    await session.waitFor('11 of 1000');
  });

  for (const lang of ['tr_TR.UTF-8', 'en_US.UTF-8']) {
    it(`under ${lang} the / filter finds anthropic:İş typed as iş and as İŞ (locale-aware case folding)`, async () => {
      const { session } = await dashboardOverKeys(
        [
          ['anthropic:İş', 'T'],
          ['anthropic:work', 'W'],
        ],
        { LANG: lang },
      );
      for (const typed of ['iş', 'İŞ']) {
        session.press('/');
        session.type(typed);
        const screen = await session.waitFor(`filter "${typed}" (1 of 2)`);
        expect(screen).toContain('anthropic:İş');
        expect(screen).not.toContain('anthropic:work');
        session.press('Escape');
        await session.waitFor('anthropic:work');
        // A key right behind Esc reads as Alt+key (a terminal sends Alt as an Esc prefix): pause as a person does.
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
      session.press('q');
      expect(await session.exitCode()).toBe(0);
    });
  }

  it("Enter opens the selected credential's actions (x there asks to remove it); the key bar fits one line at 80 columns", async () => {
    const { session, home } = await dashboardOverKeys(WORK);
    let screen = session.screen();
    const bar = screen.split('\n').filter((line) => line.includes('select'));
    expect(bar).toHaveLength(1);
    expect(bar[0]).toContain('q quit');
    session.press('Enter');
    screen = await session.waitFor('remove it (asks first)');
    expect(screen).toContain("move it in its provider's order");
    session.press('x');
    await session.waitFor(/Remove anthropic:work\?|remove anthropic:work/i);
    session.type('y');
    await session.waitFor('✓ Removed anthropic:work');
    expect(home.readStore().profiles['anthropic:work']).toBeUndefined();
    session.press('q');
    expect(await session.exitCode()).toBe(0);
  });

  it('keys that arrive as one read ("/work" typed fast, over ssh, or pasted) each count: the filter opens and takes the rest', async () => {
    const { session } = await dashboardOverKeys(WORK_AND_HOME);
    session.type('/work'); // one send-keys: one write to the terminal
    const screen = await session.waitFor('filter "work" (1 of 2)');
    expect(screen).not.toContain('anthropic:home');
  });

  it('a token pasted into the list by mistake removes nothing, whatever letters it holds (an x then a y inside it)', async () => {
    const { session, home } = await dashboardOverKeys(WORK);
    session.type('AbxyZ9'); // one read, as a paste arrives: an x, then a y
    await session.waitFor('Nothing removed.');
    expect(home.readStore().profiles['anthropic:work']).toBeDefined();
    session.press('q');
  });

  it('a short paste into the list does not quit on the q inside it; a q on its own does', async () => {
    const { session } = await dashboardOverKeys(WORK);
    session.type('Abq9'); // one read, as a paste arrives
    const screen = await session.waitFor('Not quitting: that q came with other keys');
    expect(screen).toContain('anthropic:work');
    session.press('q');
    expect(await session.exitCode()).toBe(0);
  });

  it('a whole token pasted into the list is not keys: its q does not quit, its p opens nothing, and the dashboard says what to do', async () => {
    const { session, home } = await dashboardOverKeys(WORK);
    const token = `sk-ant-oat01-${'qpx'.repeat(31)}AA`;
    session.paste(token);
    const screen = await session.waitFor('Pasted text is not keys here: nothing done');
    expect(screen).toContain('anthropic:work');
    expect(screen).not.toContain('Paste your');
    expect(home.readStore().profiles['anthropic:work']).toBeDefined();
    session.press('q');
    expect(await session.exitCode()).toBe(0);
  });

  it('a filter kept with Enter is cleared by Esc alone, as the key bar says', async () => {
    const { session } = await dashboardOverKeys(WORK_AND_HOME);
    session.press('/');
    session.type('work');
    await session.waitFor('filter "work" (1 of 2)');
    session.press('Enter');
    let screen = await session.waitFor('Esc clear filter');
    expect(screen).not.toContain('anthropic:home');
    session.press('Escape');
    screen = await session.waitFor('anthropic:home');
    expect(screen).not.toContain('filter "work"');
    expect(screen).toContain('/ filter');
  });

  it('redraws at once after a resize, at every size (80→100, 100→60, height only)', async () => {
    const { session } = await dashboardOverKeys(WORK);
    for (const [width, height] of [[100, 24], [60, 24], [60, 30], [60, 20]] as const) {
      session.resize(width, height);
      // Well before the next countdown tick (~35 s) and with no key pressed.
      // The whole frame, header first (tmux's reflow of the old frame does not start with it).
      await session.waitFor(/^openclaw-auth · agent main[^\n]*\n[\s\S]*anthropic:work[\s\S]*q quit|^openclaw-auth · agent main[^\n]*\n[\s\S]*anthropic:work[\s\S]*\? *$/m, 5_000); // a loaded machine; the blank pane lasted until the next tick (~35 s)
    }
    session.press('q');
    expect(await session.exitCode()).toBe(0);
  });

  it('at 40 columns a row keeps its kind and storage whole (a third line), not cut to "t…"', async () => {
    const home = makeTempHome();
    const token = fakeSetupToken('N');
    home.writeStore({ version: 1, profiles: { 'anthropic:manual': { type: 'token', provider: 'anthropic', token, expires: Date.now() + 200 * DAY } } });
    const session = dashboard(home.home, 40);
    const screen = await session.waitFor('anthropic:manual');
    expect(screen).toContain(`sk-ant-o...${token.slice(-8)}`);
    expect(screen).toMatch(/^ {4}token · auth-profiles\.json$/m);
    session.press('q');
    expect(await session.exitCode()).toBe(0);
  });

  it('at 40 columns a long CJK or Devanagari id is cut to its line with "…", never wrapped onto a line of its own (dashboard and the wizard\'s welcome)', async () => {
    const home = makeTempHome();
    const cjk = `anthropic:${'仕事'.repeat(20)}`;
    const devanagari = `anthropic:${'काम'.repeat(15)}`;
    home.writeStore({ version: 1, profiles: { [cjk]: { type: 'api_key', provider: 'anthropic', key: fakeApiKey('C') }, [devanagari]: { type: 'api_key', provider: 'anthropic', key: fakeApiKey('D') } } });
    for (const command of ['dashboard', 'onboard']) {
      const session = new TmuxSession(`${shellQuote(process.execPath)} ${shellQuote(CLI_PATH)} ${command}`, { width: 40, height: 24, env: { HOME: home.home, LANG: 'C.UTF-8' } });
      const screen = await session.waitFor(/anthropic:仕事[^\n]*…/);
      const lines = screen.split('\n');
      expect(lines.find((line) => line.includes('anthropic:仕事'))).toMatch(/…/);
      expect(lines.find((line) => line.includes('anthropic:काम'))).toMatch(/…/);
      // No line holding only the rest of a name: the "…" or the next characters.
      expect(lines.filter((line) => /^\s*(…|[仕事]+…?|[\u0900-\u097f]+…?)\s*$/.test(line))).toEqual([]);
      session.press('q');
      if (command === 'onboard') session.press('C-c');
    }
  });
});

