// The first Anthropic credential on a fresh OpenClaw 2026.9 (whose default model is OpenAI's): we
// offer to make an Anthropic model the default, as OpenClaw's own Anthropic choice does; without
// it the gateway still fails. A new user's HOME: nothing preset, the real OpenClaw on PATH.
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_PATH, runCli } from '../helpers/run-cli.js';
import { NODE24_BIN, OPENCLAW_2026_9_BIN, peersInstalled, requirePeers, runOpenclaw } from '../helpers/peers.js';
import { fakeApiKey, fakeSetupToken, makeTempHome, type TempHome } from '../helpers/temp-home.js';
import { shellQuote, TmuxSession } from '../helpers/tmux.js';

if (!peersInstalled && requirePeers) throw new Error('real openclaw not installed: run ../shared/tools/install-peers.sh');

function withOpenclaw(home: TempHome): string {
  const bin = join(home.home, 'bin');
  mkdirSync(bin, { recursive: true });
  symlinkSync(OPENCLAW_2026_9_BIN, join(bin, 'openclaw'));
  return `${bin}:/usr/bin:/bin`;
}

describe.skipIf(!peersInstalled || !existsSync(OPENCLAW_2026_9_BIN) || !existsSync(NODE24_BIN))('OpenClaw 2026.9.6: the first Anthropic credential offers an Anthropic default model', () => {
  it('piped paste says what to run; --set-default sets it, and OpenClaw then uses the credential (--check 0)', async () => {
    const home = makeTempHome();
    const env = { PATH: withOpenclaw(home) };
    const token = fakeSetupToken('D');
    const piped = await runCli(home.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--storage', 'file'], { node: NODE24_BIN, env, input: token });
    expect(piped.code).toBe(0);
    expect(piped.stderr).toContain('! The default model, openai/gpt-6-astra, has no credentials: OpenClaw will not use this credential until the default is Anthropic\'s. Run: openclaw models set anthropic/claude-opus-5 (or add --set-default)');
    expect((await runOpenclaw(home.home, ['models', 'status', '--plain'], { bin: OPENCLAW_2026_9_BIN })).stdout.trim()).toBe('openai/gpt-6-astra');

    const key = fakeApiKey('D');
    const set = await runCli(home.home, ['onboard', '--non-interactive', '--auth-choice', 'apiKey', '--secret-stdin', '--no-verify', '--storage', 'file', '--set-default', '--json'], { node: NODE24_BIN, env, input: key });
    expect(set.code).toBe(0);
    // --json stays JSON, with what happened to the default.
    expect(JSON.parse(set.stdout)).toMatchObject({ provider: 'anthropic', defaultModel: 'anthropic/claude-opus-5', defaultModelSet: true });
    const status = await runOpenclaw(home.home, ['models', 'status'], { bin: OPENCLAW_2026_9_BIN });
    expect(status.stdout).toMatch(/^Default\s+: anthropic\/claude-opus-5$/m);
    expect((await runOpenclaw(home.home, ['models', 'status', '--check'], { bin: OPENCLAW_2026_9_BIN })).code).toBe(0);
    // A second credential asks nothing: the default is Anthropic's now.
    const again = await runCli(home.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--profile-id', 'anthropic:work', '--storage', 'file'], { node: NODE24_BIN, env, input: fakeSetupToken('E') });
    expect(again.stderr).not.toContain('has no credentials');
  }, 200_000);

  it('on a terminal, paste-token asks (yes by default) and sets it', async () => {
    const home = makeTempHome();
    const path = withOpenclaw(home);
    const paste = new TmuxSession(`${shellQuote(NODE24_BIN)} ${shellQuote(CLI_PATH)} models auth paste-token --provider anthropic --storage file`, { width: 100, height: 30, env: { HOME: home.home, PATH: path } });
    await paste.waitFor('Paste', 30_000);
    paste.paste(fakeSetupToken('T'));
    paste.press('Enter');
    await paste.waitFor(/Make anthropic\/claude-opus-5 the default model\? \(openai\/gpt-6-astra has no credentials\)/, 90_000);
    paste.press('Enter');
    await paste.waitFor('✓ Default model set to anthropic/claude-opus-5 (was openai/gpt-6-astra, which has no credentials)', 60_000);
    expect(await paste.exitCode(15_000)).toBe(0);
    expect((await runOpenclaw(home.home, ['models', 'status', '--plain'], { bin: OPENCLAW_2026_9_BIN })).stdout.trim()).toBe('anthropic/claude-opus-5');
  }, 200_000);
});

describe('auth-profiles.json era (OpenClaw 2026.3): the default is written to openclaw.json, fallbacks kept', () => {
  it('--set-default replaces an OpenAI default whose provider has no credentials', async () => {
    const home = makeTempHome();
    home.writeConfig({ agents: { defaults: { model: { primary: 'openai/gpt-5.4', fallbacks: ['openai/gpt-5.4-mini'] } } } });
    const result = await runCli(home.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--storage', 'file', '--set-default'], { input: fakeSetupToken('J') });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('✓ Default model set to anthropic/claude-opus-4-6 (was openai/gpt-5.4, which has no credentials)');
    expect(home.readConfig().agents.defaults.model).toEqual({ primary: 'anthropic/claude-opus-4-6', fallbacks: ['openai/gpt-5.4-mini'] });
  });
});
