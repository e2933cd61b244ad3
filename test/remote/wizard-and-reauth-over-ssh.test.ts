// The wizard's "On another machine, over ssh", `onboard --reauth <id> --to`, and `--to` with the real
// Claude Code: signed in here (where the browser is), stored on the gateway host, over a real sshd
// on 127.0.0.1 (throwaway keys, a temporary HOME on both sides, openclaw-auth on the host).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAKE_CLAUDE } from '../helpers/capture.js';
import { CLAUDE_RELEASES, STANDIN, startStandin } from '../helpers/oauth-standin.js';
import { peersInstalled } from '../helpers/peers.js';
import { CLI_PATH } from '../helpers/run-cli.js';
import { sshdUsable, startSshHost, toolDir } from '../helpers/sshd.js';
import { DAY, HOUR, fakeSetupToken, makeTempHome } from '../helpers/temp-home.js';
import { pickSignInWithClaude, shellQuote, TmuxSession } from '../helpers/tmux.js';

const ourTool = () => toolDir('openclaw-auth', `${shellQuote(process.execPath)} ${shellQuote(CLI_PATH)}`);
const remoteStorePath = (home: string) => join(home, '.openclaw', 'agents', 'main', 'agent', 'auth-profiles.json');
const remoteStore = (home: string) => JSON.parse(readFileSync(remoteStorePath(home), 'utf8'));

function cli(home: string, args: string, env: Record<string, string>, width = 60) {
  return new TmuxSession(`${shellQuote(process.execPath)} ${shellQuote(CLI_PATH)} ${args}`, { width, height: 50, env: { HOME: home, NO_COLOR: '1', FAKE_CLAUDE_DELAY_MS: '5', ...env } });
}

/** Welcome → add → Anthropic → Sign in with Claude (the fake) → the code → the storage list. */
async function signInWithFakeClaude(session: TmuxSession) {
  await pickSignInWithClaude(session);
  await session.waitFor('Paste the code the browser shows', 20_000);
  session.type('code#state');
  session.press('Enter');
  await session.waitFor('Where should it be stored?', 20_000);
}

describe.skipIf(!sshdUsable)('signed in here, stored on the gateway host (real sshd on 127.0.0.1)', () => {
  it("the wizard's Sign in with Claude, stored on another machine: an unreachable host first (nothing stored, the token kept), then the right one", async () => {
    const host = await startSshHost([ourTool()]);
    const here = makeTempHome();
    const token = fakeSetupToken('H');
    const before = Date.now();
    const session = cli(here.home, `onboard --claude-bin ${shellQuote(FAKE_CLAUDE)}`, { FAKE_CLAUDE_TOKEN: token, ...host.clientEnv });
    await signInWithFakeClaude(session);
    expect(session.screen()).toContain('On another machine, over ssh');
    session.press('2'); // without a keychain: 1. auth-profiles.json, 2. another machine
    await session.waitFor('Which machine runs the gateway?');
    session.type('pi@');
    session.press('Enter');
    await session.waitFor('✗ invalid host pi@: use ssh://[user@]host[:port]');
    expect(session.screen()).toContain('› pi@'); // kept, to correct
    session.press('C-u');
    session.type('ssh://root@127.0.0.1:1');
    session.press('Enter');
    const unreachable = await session.waitFor('✗ cannot reach root@127.0.0.1:1 over ssh', 20_000);
    expect(unreachable.replace(/\n/g, ' ')).toContain('Connection refused); nothing was sent');
    expect(unreachable).toContain('› ssh://root@127.0.0.1:1');
    // The token is still held: the host can be corrected without signing in again.
    session.press('C-u');
    session.type(host.url);
    session.press('Enter');
    const done = await session.waitFor('✓ Done', 30_000);
    expect(await session.exitCode()).toBe(0);
    expect(done).toContain(`sk-ant-o...${token.slice(-8)}`);
    expect(done).toMatch(/There\s+✓ models status --check exits 0;\s+anthropic:default: ok, expires in 365d/);
    expect(done).toMatch(/Next, there \(ssh -p \d+ root@127\.0\.0\.1\):\n  openclaw gateway restart\n.*\n  openclaw-auth models status --check\n/);
    expect(done).not.toContain(token.slice(13, 60));
    const stored = remoteStore(host.home).profiles['anthropic:default'];
    expect(stored).toMatchObject({ type: 'token', provider: 'anthropic', token });
    expect(Math.abs(stored.expires - (before + 365 * DAY))).toBeLessThan(120_000);
    expect(existsSync(join(here.stateDir, 'agents'))).toBe(false);
  }, 120_000);

  it('onboard --to ssh://host offers that host first and fills it in; --save-remote remembers it', async () => {
    const host = await startSshHost([ourTool()]);
    const here = makeTempHome();
    const token = fakeSetupToken('F');
    const session = cli(here.home, `onboard --to ${host.url} --save-remote --claude-bin ${shellQuote(FAKE_CLAUDE)}`, { FAKE_CLAUDE_TOKEN: token, ...host.clientEnv });
    await signInWithFakeClaude(session);
    expect(session.screen()).toMatch(/❯ 2\. On another machine, over ssh/);
    session.press('Enter');
    await session.waitFor(host.url);
    session.press('Enter');
    await session.waitFor('✓ Done', 30_000);
    expect(await session.exitCode()).toBe(0);
    expect(remoteStore(host.home).profiles['anthropic:default'].token).toBe(token);
    expect(JSON.parse(readFileSync(join(here.stateDir, 'openclaw-auth', 'remote.json'), 'utf8')).to).toBe(host.url);
  }, 120_000);

  it('onboard --reauth <id> --to ssh://host renews that profile on the host in place: same id, new token and expiry, order kept', async () => {
    const host = await startSshHost([ourTool()]);
    mkdirSync(join(host.home, '.openclaw', 'agents', 'main', 'agent'), { recursive: true, mode: 0o700 });
    writeFileSync(
      remoteStorePath(host.home),
      JSON.stringify({
        version: 1,
        profiles: {
          'anthropic:work': { type: 'token', provider: 'anthropic', token: fakeSetupToken('O'), expires: Date.now() + 3 * HOUR },
          'anthropic:spare': { type: 'token', provider: 'anthropic', token: fakeSetupToken('P'), expires: Date.now() + 300 * DAY },
        },
        order: { anthropic: ['anthropic:work', 'anthropic:spare'] },
      }),
      { mode: 0o600 },
    );
    const here = makeTempHome();
    const fresh = fakeSetupToken('R');
    const session = cli(here.home, `onboard --reauth anthropic:work --to ${host.url} --claude-bin ${shellQuote(FAKE_CLAUDE)}`, { FAKE_CLAUDE_TOKEN: fresh, ...host.clientEnv }, 80);
    await session.waitFor('Paste code here if prompted >', 20_000);
    session.type('code#state');
    session.press('Enter');
    const screen = await session.waitFor('models status --check exits', 30_000);
    expect(await session.exitCode()).toBe(0);
    expect(screen).toMatch(/anthropic:work: ok, expires in 365d/);
    const store = remoteStore(host.home);
    expect(store.profiles['anthropic:work'].token).toBe(fresh);
    expect(store.profiles['anthropic:work'].expires).toBeGreaterThan(Date.now() + 364 * DAY);
    expect(store.profiles['anthropic:spare'].token).toBe(fakeSetupToken('P'));
    expect(store.order).toEqual({ anthropic: ['anthropic:work', 'anthropic:spare'] });
    expect(existsSync(join(here.stateDir, 'agents'))).toBe(false);
  }, 120_000);

  it.skipIf(!peersInstalled || !STANDIN).each(CLAUDE_RELEASES.map((release) => ({ ...release })))(
    'setup-token --to with the real Claude Code $version (OAuth stand-in): the exact token lands on the host',
    async ({ bin }) => {
      const host = await startSshHost([ourTool()]);
      const here = makeTempHome();
      const token = fakeSetupToken('C');
      const standin = await startStandin(token);
      const session = cli(here.home, `models auth setup-token --storage file --claude-bin ${shellQuote(bin)} --to ${host.url}`, { PATH: '/usr/bin:/bin', ...standin.env, ...host.clientEnv }, 100);
      await session.waitFor(/Paste code here if prompted/, 30_000);
      session.type('good-code#state');
      session.press('Enter');
      const screen = await session.waitFor('models status --check exits', 45_000);
      expect(await session.exitCode()).toBe(0);
      expect(screen).toMatch(/anthropic:manual: ok, expires in 365d/);
      expect(remoteStore(host.home).profiles['anthropic:manual'].token).toBe(token);
      expect(existsSync(join(here.stateDir, 'agents'))).toBe(false);
    },
    120_000,
  );
});
