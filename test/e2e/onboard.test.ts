// The onboarding wizard as a person uses it, in a real terminal (tmux), 40 columns wide.
import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_PATH } from '../helpers/run-cli.js';
import { keyringSession } from '../helpers/keyring-session.js';
import { FAKE_CLAUDE } from '../helpers/capture.js';
import { closedBaseUrl, startFakeAnthropic } from '../helpers/fake-provider.js';
import { DAY, HOUR, fakeApiKey, fakeSetupToken, makeTempHome, type TempHome } from '../helpers/temp-home.js';
import { pasteAndStore, shellQuote, TmuxSession } from '../helpers/tmux.js';

const PATH_WITH_FAKE = `${dirname(FAKE_CLAUDE)}:${process.env.PATH ?? '/usr/bin:/bin'}`;

function onboard(home: string, args = '', env: Record<string, string> = {}) {
  return new TmuxSession(`${shellQuote(process.execPath)} ${shellQuote(CLI_PATH)} onboard ${args}`, {
    width: 40,
    height: 50,
    env: { HOME: home, PATH: PATH_WITH_FAKE, NO_COLOR: '1', FAKE_CLAUDE_DELAY_MS: '5', ...env },
  });
}

/** Welcome → "Add a credential" → Anthropic: where every new-credential path starts. */
async function chooseAnthropic(session: TmuxSession) {
  await session.waitFor('Add a credential');
  session.press('Enter');
  await session.waitFor('Which provider?');
  session.press('Enter');
}

/** The wizard with the fake claude handing out `token`: Anthropic → Sign in with Claude, at the code field. */
async function signInWithClaude(home: string, token: string): Promise<TmuxSession> {
  const session = onboard(home, '', { FAKE_CLAUDE_TOKEN: token });
  await chooseAnthropic(session);
  await session.waitFor('Sign in with Claude');
  session.press('2');
  await session.waitFor('Paste the code the browser shows');
  return session;
}

/** At the code field: the whole code, stored in the first place offered, Done, and the exact token in the store. */
async function codeStoredAndDone(session: TmuxSession, home: TempHome, token: string) {
  session.type('the-code#state');
  session.press('Enter');
  const storage = await session.waitFor('Where should it be stored?');
  // claude's screen showed the token as •••: the wizard says it was taken whole (masked).
  const masked = `${token.slice(0, 8)}...${token.slice(-8)}`;
  expect(storage.replace(/\s+/g, ' ')).toContain(`✓ captured claude's setup-token whole: ${masked} (108 characters)`);
  session.press('Enter');
  await session.waitFor('✓ Done');
  expect(home.readStore().profiles['anthropic:default']?.token).toBe(token);
}

/** On the token field: paste, confirm the length shown, store in the first place offered, finish. */
/** At the token field: paste, store in the first place offered, Done; the storage step's screen. */
async function pasteTokenAndFinish(session: TmuxSession, token: string): Promise<string> {
  await session.waitFor('Paste your Claude setup-token');
  const storage = await pasteAndStore(session, token);
  await session.waitFor('✓ Done');
  expect(await session.exitCode()).toBe(0);
  return storage;
}

describe('onboard in a terminal (40 columns)', () => {
  it('API key, checked with the provider, into ~/.openclaw/.env for a daemon', async () => {
    const home = makeTempHome();
    home.writeFile(home.dotenvPath, '# my gateway\nTELEGRAM_BOT_TOKEN=123:abc\n');
    const key = fakeApiKey('K');
    const server = await startFakeAnthropic([key]);
    const session = onboard(home.home, '', { ANTHROPIC_BASE_URL: server.baseUrl });
    await chooseAnthropic(session);
    await session.waitFor('API key (recommended)');
    session.press('Enter');
    await session.waitFor('Paste your Anthropic API key');
    session.paste(`${key.slice(0, 40)}\n${key.slice(40)}`);
    await session.waitFor('108 characters');
    session.press('Enter');
    const storage = await session.waitFor('Where should it be stored?');
    // The verdict on its own line, as a success: it was once drawn as an error, "✗ ✓ accepted…".
    expect(storage).toMatch(/^✓ accepted by Anthropic$/m);
    // No wrapped row starts one column out of line with the space it broke at (Ink's wrap did:
    // "…(DBUS_SESSION_BUS_ADDRESS is" over " not set; typical…").
    expect(storage).toContain('(OS keychain unavailable');
    expect(storage).not.toMatch(/^ \S/m);
    session.press('Enter'); // ~/.openclaw/.env (no keychain here)
    const screen = await session.waitFor('✓ Done');
    expect(screen).toMatch(/Checked\s+✓ accepted by Anthropic/);
    // At 40 columns each Next command fits its own line.
    expect(screen).toContain('\n  openclaw gateway restart\n');
    expect(screen).toContain('\n  openclaw-auth models status --check');
    expect(await session.exitCode()).toBe(0);
    expect(readFileSync(home.dotenvPath, 'utf8')).toBe(`# my gateway\nTELEGRAM_BOT_TOKEN=123:abc\nANTHROPIC_API_KEY=${key}\n`);
    expect(screen).toContain(`sk-ant-a...${key.slice(-8)}`);
    expect(screen).not.toContain(key.slice(10, 100));
    expect(screen).not.toMatch(/\x1b\[3\dm/); // NO_COLOR: capture-pane shows no colour anyway; the program sent none either
    expect(server.requests).toHaveLength(1);
  });

  it('claude not installed: the method says so before it is picked, and picking it says what to do, not an exit code', async () => {
    const home = makeTempHome();
    const session = onboard(home.home, '', { PATH: '/usr/bin:/bin' });
    await chooseAnthropic(session);
    const methods = await session.waitFor('claude is not installed');
    // (at 40 columns the hint wraps between words)
    expect(methods.replace(/\s+/g, ' ')).toContain('npm install -g @anthropic-ai/claude-code');
    session.press('2');
    const screen = await session.waitFor('could not start');
    expect(screen).not.toContain('exit code');
    expect(screen.replace(/\s+/g, ' ')).toContain('npm install -g @anthropic-ai/claude-code');
  });

  it('paste an existing setup-token into auth-profiles.json', async () => {
    const home = makeTempHome();
    const token = fakeSetupToken('P');
    const session = onboard(home.home);
    await chooseAnthropic(session);
    await session.waitFor('Paste a setup-token');
    session.press('3');
    const storage = await pasteTokenAndFinish(session, token);
    // The field hid what was pasted: the storage step said it passed as whole, masked.
    expect(storage.replace(/\s+/g, ' ')).toContain(`✓ setup-token pasted whole: ${token.slice(0, 8)}...${token.slice(-8)} (108 characters)`);
    const stored = home.readStore().profiles['anthropic:default'];
    expect(stored).toMatchObject({ type: 'token', provider: 'anthropic', token });
    expect(stored?.expires as number).toBeGreaterThan(Date.now() + 364 * DAY);
  });

  it('setup-token through claude (fake), inside the wizard', async () => {
    const home = makeTempHome();
    const token = fakeSetupToken('S');
    const session = await signInWithClaude(home.home, token);
    await session.waitFor('Open the sign-in link above');
    await codeStoredAndDone(session, home, token);
    expect(await session.exitCode()).toBe(0);
  });

  it('a code pasted without its #state part is refused with what claude expects (2.1.332 drops it silently), and the whole code then works', async () => {
    const home = makeTempHome();
    const token = fakeSetupToken('H');
    const session = await signInWithClaude(home.home, token);
    session.type('the-code');
    session.press('Enter');
    const screen = await session.waitFor('that code has no # in it');
    expect(screen).toContain('code#state');
    await codeStoredAndDone(session, home, token);
  });

  it('the sign-in URL is shown whole, one line the terminal wraps, so a hand selection copies it without breaks', async () => {
    const home = makeTempHome();
    const session = onboard(home.home, '', { FAKE_CLAUDE_TOKEN: fakeSetupToken('U') });
    await chooseAnthropic(session);
    await session.waitFor('Sign in with Claude');
    session.press('2');
    await session.waitFor('Paste the code the browser shows');
    // capture-pane -J joins what the terminal soft-wrapped, as a selection does; Ink's own wrap would
    // leave 40-column pieces on separate lines.
    const url = /^https:\/\/claude\.ai\/oauth\/authorize\?\S+$/m.exec(await session.waitFor(/^https:\/\/claude\.ai\/oauth\/authorize\?/m))?.[0];
    expect(url).toMatch(/&code_challenge_method=S256&state=[\w-]+$/);
    // Redraws below it (the copy notice, typing) leave it intact and leave no stray rows behind.
    session.type('c');
    await session.waitFor("sent to the terminal's clipboard");
    session.type('abc');
    await session.waitFor('abc');
    const screen = session.screen();
    expect(screen.split('\n').filter((line) => line.includes('https://')).length).toBe(1);
    expect(screen).toContain(url);
    expect(screen.split('Paste the code the browser shows').length).toBe(2);
    session.press('C-c');
    expect(await session.exitCode()).toBe(130);
  });

  it('re-auth: the welcome step offers to renew an expiring token, which keeps its id and order', async () => {
    const home = makeTempHome();
    home.writeConfig({ auth: { profiles: { 'anthropic:work': { provider: 'anthropic', mode: 'api_key' }, 'anthropic:manual': { provider: 'anthropic', mode: 'token' } }, order: { anthropic: ['anthropic:work', 'anthropic:manual'] } } });
    home.writeStore({
      version: 1,
      profiles: {
        'anthropic:work': { type: 'api_key', provider: 'anthropic', key: fakeApiKey('W') },
        'anthropic:manual': { type: 'token', provider: 'anthropic', token: fakeSetupToken('O'), expires: Date.now() + 3 * HOUR },
      },
      order: { anthropic: ['anthropic:work', 'anthropic:manual'] },
    });
    const fresh = fakeSetupToken('N');
    const session = onboard(home.home);
    await session.waitFor('Renew anthropic:manual');
    session.press('Enter');
    await session.waitFor('Renew anthropic:manual with:');
    session.press('2'); // paste a setup-token
    await pasteTokenAndFinish(session, fresh);
    const store = home.readStore();
    expect(store.profiles['anthropic:manual']?.token).toBe(fresh);
    expect(store.profiles['anthropic:manual']?.expires as number).toBeGreaterThan(Date.now() + 364 * DAY);
    expect(store.order).toEqual({ anthropic: ['anthropic:work', 'anthropic:manual'] });
    expect(home.readConfig().auth.order.anthropic).toEqual(['anthropic:work', 'anthropic:manual']);
  });

  it('Ctrl-C at any step exits 130 and writes nothing', async () => {
    const home = makeTempHome();
    const session = onboard(home.home);
    await chooseAnthropic(session);
    await session.waitFor('API key (recommended)');
    session.press('C-c');
    expect(await session.exitCode()).toBe(130);
    expect(existsSync(home.stateDir)).toBe(false);
    expect(session.terminalModes()).toEqual({ canonical: true, echo: true });
  });

  it('Esc back keeps the option the person had chosen, on every list (method, then provider)', async () => {
    const home = makeTempHome();
    const session = onboard(home.home);
    await chooseAnthropic(session);
    await session.waitFor('API key (recommended)');
    session.press('Down', 'Down');
    await session.waitFor('❯ 3. Paste a setup-token');
    session.press('Enter');
    await session.waitFor('Paste your Claude setup-token');
    session.press('Escape');
    let screen = await session.waitFor('How do you want to sign in');
    expect(screen).toContain('❯ 3. Paste a setup-token');
    expect(screen).not.toContain('❯ 1.');
    await new Promise((resolve) => setTimeout(resolve, 150)); // a key right behind Esc would read as Alt+key
    session.press('Escape');
    screen = await session.waitFor('Which provider?');
    expect(screen).toContain('❯ 1. Anthropic');
    session.press('C-c');
    expect(await session.exitCode()).toBe(130);
  });

  it('renewing from the dashboard keeps the secret where it lives: a token in auth-profiles.json is offered the file first', async () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: { 'anthropic:manual': { type: 'token', provider: 'anthropic', token: fakeSetupToken('O'), expires: Date.now() + 3 * HOUR } } });
    // A working keychain, which a new credential is offered first: the renewal must not be.
    const keyring = keyringSession();
    const session = new TmuxSession(`${shellQuote(process.execPath)} ${shellQuote(CLI_PATH)} dashboard`, { width: 80, height: 40, env: { ...keyring.env, HOME: home.home, PATH: PATH_WITH_FAKE, NO_COLOR: '1' } });
    await session.waitFor('keychain available');
    await session.waitFor('anthropic:manual');
    session.press('r');
    await session.waitFor('Renew anthropic:manual with:');
    session.press('2'); // paste a setup-token
    await session.waitFor('Paste your Claude setup-token');
    session.paste(fakeSetupToken('N'));
    await session.waitFor('108 characters');
    session.press('Enter');
    const screen = await session.waitFor('Where should it be stored?');
    expect(screen).toMatch(/❯ \d\. auth-profiles\.json/);
  });

  it('a key saved unchecked (the provider could not be reached) says so on Done, not only before', async () => {
    const home = makeTempHome();
    const session = onboard(home.home, '', { ANTHROPIC_BASE_URL: await closedBaseUrl() });
    await chooseAnthropic(session);
    await session.waitFor('API key (recommended)');
    session.press('Enter');
    await session.waitFor('Paste your Anthropic API key');
    session.paste(fakeApiKey('U'));
    await session.waitFor('108 characters');
    session.press('Enter');
    await session.waitFor('Save it anyway');
    session.press('1');
    await session.waitFor('Where should it be stored?');
    session.press('Enter');
    const screen = await session.waitFor('✓ Done');
    expect(screen).toMatch(/Checked\s+! saved unchecked: could not\s+reach the provider/);
    expect(await session.exitCode()).toBe(0);
  });

  /** At a secret field: paste the other kind, take the offer to store it as what it is (the first choice), the first storage offered; Done's screen. */
  async function pasteTheOtherKind(session: TmuxSession, value: string, offer: string): Promise<string> {
    session.paste(value);
    await session.waitFor('108 characters');
    session.press('Enter');
    await session.waitFor(offer);
    session.press('Enter');
    await session.waitFor('Where should it be stored?');
    session.press('Enter');
    return session.waitFor('✓ Done');
  }

  it('a setup-token pasted where an API key is asked (and the reverse) is offered the right method in place, the value kept', async () => {
    const token = fakeSetupToken('K');
    const home = makeTempHome();
    let session = onboard(home.home);
    await chooseAnthropic(session);
    await session.waitFor('API key (recommended)');
    session.press('Enter');
    await session.waitFor('Paste your Anthropic API key');
    let screen = await pasteTheOtherKind(session, token, 'This is a Claude setup-token'); // stored as a setup-token
    expect(screen).toMatch(/Kind\s+setup-token/);
    expect(home.readStore().profiles['anthropic:default']).toMatchObject({ type: 'token', token });

    const key = fakeApiKey('R');
    const server = await startFakeAnthropic([key]);
    const other = makeTempHome();
    session = onboard(other.home, '', { ANTHROPIC_BASE_URL: server.baseUrl });
    await chooseAnthropic(session);
    await session.waitFor('Paste a setup-token');
    session.press('3');
    await session.waitFor('Paste your Claude setup-token');
    screen = await pasteTheOtherKind(session, key, 'This is an Anthropic API key'); // stored as an API key: checked first, as any key
    expect(screen).toMatch(/Kind\s+API key/);
    expect(screen).toMatch(/Checked\s+✓ accepted by Anthropic/);
  });

  it('keys that arrive as one read in a list ("j" then Enter typed fast, over ssh) each count: the item below is chosen', async () => {
    const home = makeTempHome();
    const session = onboard(home.home);
    await chooseAnthropic(session);
    await session.waitFor('API key (recommended)');
    session.type('j\r'); // one write: down, then Enter
    await session.waitFor('Open the sign-in link above');
    session.press('C-c');
    expect(await session.exitCode()).toBe(130);
  });
});

