// The plugin in OpenClaw's own flows, in tmux as a person runs them: interactive `openclaw onboard`
// with our setup-token choice to its end, Ctrl-C inside our capture, `openclaw credentials`, and
// `models auth login` with the real Claude Code (OAuth stand-in). Real OpenClaw 2026.3.13 and
// 2026.9.6 in temporary HOMEs, on Node 24.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAKE_CLAUDE } from '../helpers/capture.js';
import { startFakeMessagesApi } from '../helpers/fake-provider.js';
import { CLAUDE_RELEASES, STANDIN, startStandin } from '../helpers/oauth-standin.js';
import { NODE24_BIN, OPENCLAW_2026_9_BIN, OPENCLAW_BIN, peersInstalled, registryEnv, requirePeers, runOpenclaw } from '../helpers/peers.js';
import { packedTarball, PLUGIN_RELEASES } from '../helpers/plugin-tarball.js';
import { DAY, fakeSetupToken, makeTempHome, type TempHome } from '../helpers/temp-home.js';
import { shellQuote, TmuxSession } from '../helpers/tmux.js';
import { CLI_PATH } from '../helpers/run-cli.js';

if (!peersInstalled && requirePeers) throw new Error('real openclaw not installed: run ../shared/tools/install-peers.sh');

const tarball = packedTarball();
const PATH = `${dirname(NODE24_BIN)}:${dirname(FAKE_CLAUDE)}:/usr/bin:/bin`;
const ANTHROPIC_DEFAULT = { agents: { defaults: { model: { primary: 'anthropic/claude-opus-4-6' } } } };

async function install(home: TempHome, bin: string, installFlags: string[], config: Record<string, unknown> = ANTHROPIC_DEFAULT) {
  home.writeConfig(config);
  const installed = await runOpenclaw(home.home, ['plugins', 'install', tarball(), ...installFlags], { bin, env: { PATH, ...registryEnv() } });
  expect(installed.code, installed.stdout + installed.stderr).toBe(0);
}

function openclawIn(home: TempHome, bin: string, args: string, env: Record<string, string> = {}) {
  return new TmuxSession(`${shellQuote(bin)} ${args}`, { width: 120, height: 50, env: { HOME: home.home, PATH, FAKE_CLAUDE_DELAY_MS: '5', ...env } });
}

/** Claude's sign-in inside OpenClaw's onboard: our capture, the code typed as a person would. */
async function signIn(session: TmuxSession) {
  await session.waitFor('Paste code here if prompted >', 60_000);
  session.type('code#state');
  session.press('Enter');
}

const status = async (home: TempHome, bin: string) => (await runOpenclaw(home.home, ['models', 'status'], { bin, env: { PATH } })).stdout;

describe.skipIf(!peersInstalled)('the plugin in OpenClaw\'s own flows (tmux)', () => {
  it('OpenClaw 2026.3.13: interactive onboard --auth-choice openclaw-auth-setup-token goes straight to our capture and on to its end; OpenClaw stores the exact token', async () => {
    const home = makeTempHome();
    await install(home, OPENCLAW_BIN, []);
    const token = fakeSetupToken('3');
    const onboard = openclawIn(home, OPENCLAW_BIN, 'onboard --flow quickstart --auth-choice openclaw-auth-setup-token --skip-daemon --skip-channels --skip-skills --skip-health --skip-search --skip-ui', { FAKE_CLAUDE_TOKEN: token });
    await onboard.waitFor('I understand this is personal-by-default', 60_000);
    onboard.press('Left', 'Enter'); // Yes
    await onboard.waitFor('Config handling', 30_000);
    onboard.press('Enter'); // use existing values
    await signIn(onboard);
    await onboard.waitFor('Enable hooks?', 60_000);
    onboard.press('Space', 'Enter'); // skip for now
    await onboard.waitFor('Onboarding complete', 60_000);
    expect(await onboard.exitCode(30_000)).toBe(0);
    const stored = home.readStore().profiles['anthropic:default'];
    expect(stored).toMatchObject({ type: 'token', provider: 'anthropic', token });
    expect(stored?.expires as number).toBeGreaterThan(Date.now() + 364 * DAY);
  }, 300_000);

  it('OpenClaw 2026.9.6: interactive onboard --classic --auth-choice openclaw-auth-setup-token: our capture, then OpenClaw\'s live test passes with the exact token, and onboard ends', async () => {
    const home = makeTempHome();
    const api = await startFakeMessagesApi();
    // What onboard would ask first (risk, telemetry, gateway) answered already, and Anthropic's API on 127.0.0.1.
    await install(home, OPENCLAW_2026_9_BIN, ['--force', '--accept-capabilities'], {
      ...ANTHROPIC_DEFAULT,
      models: { providers: { anthropic: { baseUrl: api.baseUrl } } },
      wizard: { securityAcknowledgedAt: new Date().toISOString() },
      telemetry: { enabled: false, consentedAt: new Date().toISOString() },
      gateway: { mode: 'local', port: 18789, bind: 'loopback', auth: { mode: 'token', token: 'a'.repeat(48) }, tailscale: { mode: 'off' } },
    });
    const token = fakeSetupToken('9');
    const onboard = openclawIn(home, OPENCLAW_2026_9_BIN, 'onboard --classic --flow quickstart --auth-choice openclaw-auth-setup-token --skip-daemon --skip-channels --skip-skills --skip-health --skip-search --skip-ui --skip-hooks', { FAKE_CLAUDE_TOKEN: token });
    await onboard.waitFor('What should we call your first agent?', 60_000);
    onboard.press('Enter');
    await signIn(onboard);
    await onboard.waitFor('AI access works', 60_000);
    expect(api.requests.at(-1)?.apiKey).toBe(`Bearer ${token}`);
    // Activating a saved sign-in fails offline for OpenClaw's own setup-token choice too (its config
    // write is rejected, or "the connection changed"): keep it saved but inactive, as OpenClaw offers.
    await onboard.waitFor('Activate this saved sign-in?', 30_000);
    onboard.press('Left', 'Enter'); // No
    await onboard.waitFor(/Gateway not detected yet|Onboarding complete/, 90_000);
    expect(await onboard.exitCode(30_000)).toBe(0);
    expect(await status(home, OPENCLAW_2026_9_BIN)).toMatch(new RegExp(`anthropic:[\\w-]+=token:sk-ant-o\\.\\.\\.${token.slice(-8)}`));
  }, 300_000);

  it.each(PLUGIN_RELEASES)('OpenClaw $name: Ctrl-C inside our capture stores nothing, restores the terminal and ends the login; `openclaw credentials` is our dashboard', async ({ name, bin, installFlags }) => {
    const home = makeTempHome();
    await install(home, bin, installFlags);
    const login = openclawIn(home, bin, 'models auth login --provider openclaw-auth --method setup-token', { FAKE_CLAUDE_TOKEN: fakeSetupToken('X') });
    await login.waitFor('Paste code here if prompted >', 60_000);
    login.type('half-typed');
    login.press('C-c');
    const screen = await login.waitFor('Cancelled: no token was stored.', 30_000);
    expect(await login.exitCode(30_000)).not.toBe(0);
    expect(screen).not.toContain('Auth profile:');
    expect(login.terminalModes()).toEqual({ canonical: true, echo: true });
    expect(await status(home, bin)).not.toMatch(/anthropic:default=/);

    if (name !== '2026.9.6') return;
    const credentials = openclawIn(home, bin, 'credentials');
    await credentials.waitFor(/openclaw-auth · agent main/, 60_000);
    credentials.press('q');
    expect(await credentials.exitCode(30_000)).toBe(0);
  }, 300_000);

  it('OpenClaw 2026.9.6 with the plugin: openclaw-auth onboard --reauth and the dashboard\'s r renew through it, in place (same id, new token, a year ahead)', async () => {
    const home = makeTempHome();
    const bin = OPENCLAW_2026_9_BIN;
    await install(home, bin, ['--force', '--accept-capabilities']);
    const old = fakeSetupToken('O');
    const pasted = await runOpenclaw(home.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--profile-id', 'anthropic:work', '--expires-in', '2h'], { bin, env: { PATH }, input: `${old}\n` });
    expect(pasted.code, pasted.stderr).toBe(0);
    const ours = (args: string, token: string) =>
      new TmuxSession(`${shellQuote(NODE24_BIN)} ${shellQuote(CLI_PATH)} ${args}`, { width: 120, height: 50, env: { HOME: home.home, PATH, OPENCLAW_BIN: bin, FAKE_CLAUDE_TOKEN: token, FAKE_CLAUDE_DELAY_MS: '5' } });

    const first = fakeSetupToken('1');
    const onboard = ours('onboard --reauth anthropic:work', first);
    await onboard.waitFor('Renewing anthropic:work through OpenClaw (the openclaw-auth plugin)', 30_000);
    await signIn(onboard);
    await onboard.waitFor(/Auth profile: anthropic:work \(anthropic\/token\)/, 90_000);
    expect(await onboard.exitCode(30_000)).toBe(0);
    let text = await status(home, bin);
    expect(text).toContain(`anthropic:work=token:sk-ant-o...${first.slice(-8)}`);
    expect(text).toMatch(/anthropic:work ok expires in 36[45]d/);

    const second = fakeSetupToken('2');
    const dashboard = ours('dashboard', second);
    await dashboard.waitFor('anthropic:work', 60_000);
    dashboard.press('r');
    await signIn(dashboard);
    await dashboard.waitFor('✓ Renewed anthropic:work through OpenClaw', 90_000);
    dashboard.press('q');
    expect(await dashboard.exitCode(30_000)).toBe(0);
    text = await status(home, bin);
    expect(text).toContain(`anthropic:work=token:sk-ant-o...${second.slice(-8)}`);
    expect(text).not.toContain('anthropic:default');
  }, 300_000);

  it.skipIf(!STANDIN).each([
    { openclaw: '2026.9.6', bin: OPENCLAW_2026_9_BIN, installFlags: ['--force', '--accept-capabilities'], claude: CLAUDE_RELEASES[1] },
    { openclaw: '2026.3.13', bin: OPENCLAW_BIN, installFlags: [] as string[], claude: CLAUDE_RELEASES[0] },
  ])('OpenClaw $openclaw with the real Claude Code $claude.version: models auth login --method setup-token stores the stand-in\'s exact token, a year ahead', async ({ bin, installFlags, claude }) => {
    const home = makeTempHome();
    await install(home, bin, installFlags);
    const token = fakeSetupToken('R');
    const standin = await startStandin(token);
    // The real claude, found on PATH as a user has it.
    const login = new TmuxSession(`${shellQuote(bin)} models auth login --provider openclaw-auth --method setup-token`, {
      width: 100,
      height: 50,
      env: { HOME: home.home, PATH: `${dirname(NODE24_BIN)}:${dirname(claude.bin)}:/usr/bin:/bin`, ...standin.env },
    });
    await login.waitFor(/Paste code here if prompted/, 90_000);
    login.type('good-code#state');
    login.press('Enter');
    await login.waitFor(/Auth profile: anthropic:default \(anthropic\/token\)/, 90_000);
    expect(await login.exitCode(30_000)).toBe(0);
    const text = await status(home, bin);
    expect(text).toContain(`anthropic:default=token:sk-ant-o...${token.slice(-8)}`);
    expect(text).toMatch(/anthropic:default ok expires in 36[45]d/);
    if (bin === OPENCLAW_BIN) expect(JSON.parse(readFileSync(join(home.stateDir, 'agents', 'main', 'agent', 'auth-profiles.json'), 'utf8')).profiles['anthropic:default'].token).toBe(token);
  }, 300_000);
});
