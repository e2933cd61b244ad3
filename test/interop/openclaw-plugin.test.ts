// openclaw-auth inside OpenClaw: the packed tarball installed as a plugin into the real OpenClaw
// 2026.3.13 and 2026.9.6 (temporary HOMEs copied from one install per release, plugin-harness.ts;
// the install itself is plugin-install.test.ts's), then OpenClaw's own `models auth login` running our
// setup-token capture in the terminal it hands over (tmux, the fake claude), and OpenClaw storing
// the exact token itself, with its one-year expiry.
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAKE_CLAUDE } from '../helpers/capture.js';
import { NODE24_BIN, peersInstalled, requirePeers, runOpenclaw } from '../helpers/peers.js';
import { pluginHarness } from '../helpers/plugin-harness.js';
import { PLUGIN_RELEASES } from '../helpers/plugin-tarball.js';
import { fakeApiKey, fakeSetupToken, makeTempHome } from '../helpers/temp-home.js';
import { shellQuote, TmuxSession } from '../helpers/tmux.js';

if (!peersInstalled && requirePeers) throw new Error('real openclaw not installed: run ../shared/tools/install-peers.sh');

const { install } = pluginHarness();

// OpenClaw runs on Node 24 (2026.9 requires it); the fake claude is found on PATH.
const PATH = `${dirname(NODE24_BIN)}:${dirname(FAKE_CLAUDE)}:/usr/bin:/bin`;

describe.skipIf(!peersInstalled)('the openclaw-auth plugin inside the real OpenClaw', () => {
  it.each(PLUGIN_RELEASES)('OpenClaw $name: with the plugin installed, models auth login --provider openclaw-auth --method setup-token captures and OpenClaw stores the exact token', async ({ name, bin, installFlags }) => {
    const home = makeTempHome();
    await install(home, bin, installFlags);

    const token = fakeSetupToken(name === '2026.9.6' ? '9' : '3');
    const login = new TmuxSession(`${shellQuote(bin)} models auth login --provider openclaw-auth --method setup-token`, {
      width: 100,
      height: 50,
      env: { HOME: home.home, PATH, FAKE_CLAUDE_TOKEN: token, FAKE_CLAUDE_DELAY_MS: '5' },
    });
    await login.waitFor('Paste code here if prompted >', 60_000);
    login.type('code#state');
    login.press('Enter');
    await login.waitFor(/Auth profile: anthropic:default \(anthropic\/token\)/, 60_000);
    expect(await login.exitCode(30_000)).toBe(0);

    // OpenClaw's `models status --check` prints what `models status` prints (both releases) and says
    // its verdict in the exit code: one run for both.
    const status = await runOpenclaw(home.home, ['models', 'status', '--check'], { bin, env: { PATH } });
    expect(status.stdout).toContain(`anthropic:default=token:sk-ant-o...${token.slice(-8)}`);
    expect(status.stdout).toMatch(/anthropic:default ok expires in 36[45]d/);
    if (name === '2026.9.6') {
      // A new 2026.9 home defaults to an OpenAI model: OpenClaw names the Anthropic default our result
      // offers and how to apply it, and its --check is right to fail until the user does.
      expect(login.screen()).toContain('Default model available: anthropic/claude-opus-5');
      expect(status.code).not.toBe(0);
      expect((await runOpenclaw(home.home, ['models', 'set', 'anthropic/claude-opus-5'], { bin, env: { PATH } })).code).toBe(0);
    }
    // 2026.9 asks again once the default is applied; 2026.3's first answer stands.
    const check = name === '2026.9.6' ? await runOpenclaw(home.home, ['models', 'status', '--check'], { bin, env: { PATH } }) : status;
    expect(check.code, check.stdout + check.stderr).toBe(0);
    if (name !== '2026.9.6') {
      // 2026.3: its non-interactive onboard runs our paste choice (named `provider-plugin:…`: it
      // looks a plugin up by the provider's id) and stores the token we give it, with its year.
      const whole = fakeSetupToken('N');
      const onboard = await runOpenclaw(home.home, ['onboard', '--non-interactive', '--accept-risk', '--auth-choice', 'provider-plugin:openclaw-auth:paste-token', '--skip-daemon', '--skip-health'], { bin, env: { PATH }, input: whole });
      expect(onboard.code, onboard.stdout + onboard.stderr).toBe(0);
      const after = await runOpenclaw(home.home, ['models', 'status', '--check'], { bin, env: { PATH } });
      expect(after.stdout).toContain(`anthropic:default=token:sk-ant-o...${whole.slice(-8)}`);
      expect(after.stdout).toMatch(/anthropic:default ok expires in 36[45]d/);
      expect(after.code).toBe(0);
      return;
    }

    // 2026.9: its non-interactive onboard takes our paste choice with the token on stdin (never argv),
    // refuses a cut one with our words, and `openclaw credentials` is our status inside OpenClaw.
    // --skip-health as on 2026.3, and as OpenClaw's own hint says where no gateway runs: without it
    // 2026.9 waits 15 s for one, then exits 0 all the same.
    const onboard = (input: string) => runOpenclaw(home.home, ['onboard', '--non-interactive', '--accept-risk', '--auth-choice', 'openclaw-auth-paste-token', '--skip-daemon', '--skip-health'], { bin, env: { PATH }, input });
    const cut = await onboard(fakeSetupToken('C').slice(0, 80));
    expect(cut.code).not.toBe(0);
    expect(cut.stdout + cut.stderr).toContain('cut short: 80 characters arrived, a complete one has 108');
    const whole = fakeSetupToken('W');
    expect((await onboard(whole)).code).toBe(0);
    // An API key under the token's id would replace it without a question: refused, the token kept.
    const other = await runOpenclaw(home.home, ['onboard', '--non-interactive', '--accept-risk', '--auth-choice', 'openclaw-auth-api-key', '--skip-daemon', '--skip-health'], { bin, env: { PATH }, input: fakeApiKey('K') });
    expect(other.code).not.toBe(0);
    expect(other.stdout + other.stderr).toContain('anthropic:default is a token; storing an API key would replace it without asking');
    const after = await runOpenclaw(home.home, ['models', 'status'], { bin, env: { PATH } });
    expect(after.stdout).toContain(`anthropic:default=token:sk-ant-o...${whole.slice(-8)}`);
    const credentials = await runOpenclaw(home.home, ['credentials'], { bin, env: { PATH } });
    expect(credentials.stdout).toContain('anthropic:default');
    expect(credentials.stdout).toContain('OAuth/token status');
  }, 300_000);
});
