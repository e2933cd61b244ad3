// The plugin with the OS keychain, inside the real OpenClaw 2026.3.13 and 2026.9.6: the secret goes
// to a real gnome-keyring, OpenClaw stores only an exec ref to our resolver (with the expiry), its
// own audit resolves it, and a renewal keeps the profile id while the working secret stays untouched
// until the new one is in. The second half: 2026.9's non-interactive onboard with an API key on stdin.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesContaining } from '../helpers/files-under.js';
import { startFakeAnthropic } from '../helpers/fake-provider.js';
import { keyringSession, keyringToolsInstalled, type KeyringSession } from '../helpers/keyring-session.js';
import { NODE24_BIN, OPENCLAW_2026_9_BIN, peersInstalled, requirePeers, runOpenclaw } from '../helpers/peers.js';
import { pluginHarness } from '../helpers/plugin-harness.js';
import { PLUGIN_RELEASES } from '../helpers/plugin-tarball.js';
import { runCli } from '../helpers/run-cli.js';
import { fakeApiKey, fakeSetupToken } from '../helpers/temp-home.js';
import { shellQuote, TmuxSession } from '../helpers/tmux.js';

if (!peersInstalled && requirePeers) throw new Error('real openclaw not installed: run ../shared/tools/install-peers.sh');

// OpenClaw with the plugin installed, in the keyring session's HOME (one install per release, copied).
const { install } = pluginHarness();

const PATH = `${dirname(NODE24_BIN)}:/usr/bin:/bin`;

/** `openclaw models auth login … --method paste-token` in a terminal: our hidden field, then where the secret lives. */
async function loginWithPaste(session: KeyringSession, bin: string, token: string, extra = '') {
  const login = new TmuxSession(`${shellQuote(bin)} models auth login --provider openclaw-auth --method paste-token${extra}`, { width: 120, height: 50, env: { ...session.env, PATH } });
  await login.waitFor('Paste your Claude setup-token', 60_000);
  login.paste(token);
  login.press('Enter');
  await login.waitFor('Where should the secret live?', 30_000);
  expect(login.screen()).toContain('OS keychain (recommended)');
  login.press('Enter');
  await login.waitFor(/Auth profile: anthropic:\w+ \(anthropic\/token\)/, 60_000);
  expect(await login.exitCode(30_000)).toBe(0);
  // The whole last screen: OpenClaw draws its notes box (with ours) after the profile line.
  return login.screen();
}

/** What OpenClaw gets when it runs our exec provider's command for one id. */
function resolveAsOpenclaw(session: KeyringSession, state: string, id: string): string | undefined {
  const config = JSON.parse(readFileSync(join(state, 'openclaw.json'), 'utf8'));
  const provider = config.secrets.providers['openclaw-auth'];
  const env = Object.fromEntries(provider.passEnv.map((name: string) => [name, (session.env as Record<string, string>)[name]]).filter((entry: string[]) => entry[1] !== undefined));
  const out = spawnSync(provider.command, [], { env, input: JSON.stringify({ protocolVersion: 1, provider: 'openclaw-auth', ids: [id] }), encoding: 'utf8' });
  return (JSON.parse(out.stdout) as { values: Record<string, string> }).values[id];
}

describe.skipIf(!peersInstalled || !keyringToolsInstalled())('the plugin keeps the secret in the OS keychain (real gnome-keyring, real OpenClaw)', () => {
  it.each(PLUGIN_RELEASES)('OpenClaw $name: models auth login stores only a ref to the keychain, with the expiry; a renewal keeps the id and the old secret until the new one is in', async ({ name, bin, installFlags }) => {
    const session = keyringSession();
    const state = await install(session, bin, installFlags);
    const run = (args: string[]) => runOpenclaw(session.home, args, { bin, env: { ...session.env, PATH } });
    const token = fakeSetupToken(name === '2026.9.6' ? 'K' : 'k');

    const screen = await loginWithPaste(session, bin, token);
    // Our note, in OpenClaw's own box (which wraps it).
    expect(screen).toContain('openclaw-auth: the secret is in');
    expect(screen).toContain('"main/anthropic:default")');
    expect(session.lookup('main/anthropic:default')).toBe(token);
    // Nowhere in OpenClaw's files (JSON or SQLite): only the keychain holds it.
    expect(filesContaining(state, token.slice(13))).toEqual([]);
    const status = await run(['models', 'status']);
    expect(status.stdout).toContain('anthropic:default=token:ref(exec:main/anthropic:default)');
    expect(status.stdout).toMatch(/anthropic:default ok expires in 36[45]d/);
    // The resolver OpenClaw runs (no PATH, only the variables it passes) answers with the token: it
    // names our CLI where the plugin stays installed, not the temporary copy 2026.9 runs plugins from.
    expect(resolveAsOpenclaw(session, state, 'main/anthropic:default')).toBe(token);
    const ours = await runCli(session.home, ['models', 'status'], { env: session.env, node: NODE24_BIN });
    expect(ours.stdout).toMatch(/anthropic:default ok expires in 36[45]d/);
    if (name === '2026.9.6') {
      const audit = await run(['secrets', 'audit', '--check', '--allow-exec']);
      expect(audit.stdout + audit.stderr).toContain('unresolved=0');
    }

    // Renewal: same id, the secret under the other account, the old one untouched meanwhile.
    const fresh = fakeSetupToken(name === '2026.9.6' ? 'L' : 'l');
    await loginWithPaste(session, bin, fresh, name === '2026.9.6' ? ' --profile-id anthropic:default' : '');
    expect(session.lookup('main/anthropic:default/2')).toBe(fresh);
    expect(session.lookup('main/anthropic:default')).toBe(token);
    const renewed = await run(['models', 'status']);
    expect(renewed.stdout).toContain('anthropic:default=token:ref(exec:main/anthropic:default/2)');
    expect(renewed.stdout).toMatch(/anthropic:default ok expires in 36[45]d/);
    expect(resolveAsOpenclaw(session, state, 'main/anthropic:default/2')).toBe(fresh);
  }, 300_000);

  it.skipIf(!existsSync(OPENCLAW_2026_9_BIN))('OpenClaw 2026.9.6: non-interactive onboard with an API key on stdin (never argv): the key in the keychain, OpenClaw given the ref and our exec provider', async () => {
    const session = keyringSession();
    const state = await install(session, OPENCLAW_2026_9_BIN, ['--force', '--accept-capabilities']);
    const key = fakeApiKey('N');
    const anthropic = await startFakeAnthropic([key]);
    const onboard = (input: string) =>
      runOpenclaw(session.home, ['onboard', '--non-interactive', '--accept-risk', '--auth-choice', 'openclaw-auth-api-key', '--skip-daemon', '--skip-health'], {
        bin: OPENCLAW_2026_9_BIN,
        env: { ...session.env, PATH, ANTHROPIC_BASE_URL: anthropic.baseUrl },
        input,
      });
    // Our check with Anthropic first: a rejected key stops it, and nothing is stored anywhere.
    const rejected = await onboard(fakeApiKey('Z'));
    expect(rejected.code).not.toBe(0);
    expect(rejected.stdout + rejected.stderr).toContain('invalid x-api-key');
    expect(session.accounts()).toEqual([]);
    const accepted = await onboard(key);
    expect(accepted.code, accepted.stdout + accepted.stderr).toBe(0);
    expect(accepted.stdout + accepted.stderr).toContain('✓ accepted by Anthropic');
    expect(session.lookup('main/anthropic:default')).toBe(key);
    expect(filesContaining(state, key.slice(14))).toEqual([]);
    const config = JSON.parse(readFileSync(join(state, 'openclaw.json'), 'utf8'));
    expect(config.secrets.providers['openclaw-auth']).toMatchObject({ source: 'exec', command: join(state, 'bin', 'openclaw-auth-resolver') });
    const status = await runOpenclaw(session.home, ['models', 'status'], { bin: OPENCLAW_2026_9_BIN, env: { ...session.env, PATH } });
    expect(status.stdout).toContain('profiles=1 (0 oauth, 0 token, 1 api-key) | anthropic:default=ref(exec:main/anthropic:default)');
    const audit = await runOpenclaw(session.home, ['secrets', 'audit', '--allow-exec'], { bin: OPENCLAW_2026_9_BIN, env: { ...session.env, PATH } });
    expect(audit.stdout + audit.stderr).toContain('unresolved=0');
  }, 300_000);
});
