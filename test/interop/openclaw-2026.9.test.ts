// OpenClaw 2026.9 keeps credentials in SQLite and refuses a provider while an auth-profiles.json
// sits beside that store. openclaw-auth must never cause that: it detects the layout, refuses to
// write the JSON store, and says so in status and doctor.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dirname } from 'node:path';
import { CLI_PATH, runCli } from '../helpers/run-cli.js';
import { shellQuote, TmuxSession } from '../helpers/tmux.js';
import { NODE24_BIN, NODE_WITHOUT_SQLITE, OPENCLAW_2026_9_BIN, peersInstalled, requirePeers, runOpenclaw } from '../helpers/peers.js';
import { fakeSetupToken, makeTempHome } from '../helpers/temp-home.js';

if (!peersInstalled && requirePeers) throw new Error('real openclaw not installed: run ../shared/tools/install-peers.sh');
const run9 = (home: string, args: string[], input?: string) => runOpenclaw(home, args, { bin: OPENCLAW_2026_9_BIN, ...(input ? { input } : {}) });

describe.skipIf(!peersInstalled || !existsSync(OPENCLAW_2026_9_BIN))('with the real openclaw 2026.9.6 (SQLite auth store)', () => {
  it('refuses to write auth-profiles.json beside its store, explains, and leaves OpenClaw working', async () => {
    const home = makeTempHome();
    const theirs = fakeSetupToken('9');
    expect((await run9(home.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--expires-in', '365d'], `${theirs}\n`)).code).toBe(0);
    expect(existsSync(join(home.stateDir, 'state', 'openclaw.sqlite'))).toBe(true);
    const before = await run9(home.home, ['models', 'status', '--check', '--json']);

    const ours = await runCli(home.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--storage', 'file'], { input: fakeSetupToken('X') });
    expect(ours.code).toBe(1);
    expect(ours.stderr).toContain('keeps credentials in SQLite');
    expect(ours.stderr).toContain('openclaw models auth paste-token');
    expect(existsSync(home.storePath())).toBe(false);
    for (const args of [['models', 'auth', 'order', 'set', '--provider', 'anthropic', 'anthropic:manual'], ['models', 'auth', 'order', 'clear', '--provider', 'anthropic']]) {
      expect((await runCli(home.home, args)).code).toBe(1);
      expect(existsSync(home.storePath())).toBe(false);
    }

    // OpenClaw is exactly as before: same verdict, no migration refusal, its credential still there.
    const after = await run9(home.home, ['models', 'status', '--check', '--json']);
    expect(after.code).toBe(before.code);
    expect(after.stderr + after.stdout).not.toContain('AUTH_PROFILE_MIGRATION_REQUIRED');
    const anthropic = JSON.parse(after.stdout).auth.providers.find((entry: { provider: string }) => entry.provider === 'anthropic');
    expect(anthropic.profiles.labels).toEqual([`anthropic:manual=token:sk-ant-o...${theirs.slice(-8)}`]);

    // What a Node without node:sqlite says (under Node 24 the suite has the machine's Node 20 for it).
    if (NODE_WITHOUT_SQLITE) {
      const status = await runCli(home.home, ['models', 'status'], { node: NODE_WITHOUT_SQLITE });
      expect(status.stdout).toContain('! This OpenClaw (2026.6+) keeps credentials in SQLite (~/.openclaw/state/openclaw.sqlite), which openclaw-auth cannot read here (Node.js v20');
      expect(JSON.parse((await runCli(home.home, ['models', 'status', '--json'], { node: NODE_WITHOUT_SQLITE })).stdout).auth.layout).toMatchObject({ era: 'sqlite', database: join(home.stateDir, 'state', 'openclaw.sqlite'), read: 'none' });
    }
  }, 90_000);

  // (Logout through OpenClaw is in openclaw-2026.9-keychain.test.ts: each of its runs takes ~13 s.)
  it("with OpenClaw's CLI at hand, our paste-token and order go through it: it sees the changes, no JSON is written", async () => {
    const home = makeTempHome();
    expect((await run9(home.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic'], `${fakeSetupToken('A')}\n`)).code).toBe(0);
    const env = { OPENCLAW_BIN: OPENCLAW_2026_9_BIN };
    const token = fakeSetupToken('B');
    const pasted = await runCli(home.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--profile-id', 'anthropic:laptop'], { input: token, env });
    // No keychain in this test's environment: said first, then OpenClaw's own store.
    expect(pasted.stderr).toContain("! Storing it in OpenClaw's SQLite store (~/.openclaw/state/openclaw.sqlite) instead");
    expect(pasted.code).toBe(0);
    expect(pasted.stdout).toContain(`✓ Stored sk-ant-o...${token.slice(-8)} in OpenClaw's SQLite store (~/.openclaw/state/openclaw.sqlite) (expires`);
    expect(pasted.stdout + pasted.stderr).not.toContain(token.slice(12, 90));

    expect((await runCli(home.home, ['models', 'auth', 'order', 'set', '--provider', 'anthropic', 'anthropic:laptop', 'anthropic:manual'], { env })).code).toBe(0);
    // (OpenClaw's `models status --json` takes ~3 s; `models auth list --json` ~10 s.)
    const profilesOf = async () => JSON.parse((await run9(home.home, ['models', 'status', '--json'])).stdout).auth.oauth.profiles as { profileId: string; type: string; expiresAt?: number }[];
    const laptop = (await profilesOf()).find((profile) => profile.profileId === 'anthropic:laptop');
    expect(laptop).toMatchObject({ type: 'token' });
    expect(laptop?.expiresAt).toBeGreaterThan(Date.now() + 364 * 86_400_000);
    const order = JSON.parse((await run9(home.home, ['models', 'auth', 'order', 'get', '--provider', 'anthropic', '--json'])).stdout);
    expect(order.order).toEqual(['anthropic:laptop', 'anthropic:manual']);
    // Read back by us, directly where Node has node:sqlite: OpenClaw's answer, word for word.
    if (existsSync(NODE24_BIN)) {
      const ours = await runCli(home.home, ['models', 'auth', 'order', 'get', '--provider', 'anthropic', '--json'], { node: NODE24_BIN });
      expect(JSON.parse(ours.stdout)).toEqual(order);
    }
    expect(existsSync(home.storePath())).toBe(false);
  }, 120_000);

  it('models status hands over to OpenClaw there: its output and exit code', async () => {
    const home = makeTempHome();
    const token = fakeSetupToken('S');
    expect((await run9(home.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--expires-in', '365d'], `${token}\n`)).code).toBe(0);
    const theirs = await run9(home.home, ['models', 'status', '--check', '--json']);
    const ours = await runCli(home.home, ['models', 'status', '--check', '--json'], { env: { OPENCLAW_BIN: OPENCLAW_2026_9_BIN } });
    expect(ours.code).toBe(theirs.code);
    const json = JSON.parse(ours.stdout);
    expect(json.auth.storePath).toBe(join(home.stateDir, 'state', 'openclaw.sqlite'));
    expect(json.auth.providers.find((entry: { provider: string }) => entry.provider === 'anthropic').profiles.labels).toEqual([`anthropic:manual=token:sk-ant-o...${token.slice(-8)}`]);
  }, 90_000);

  it('doctor flags a leftover auth-profiles.json beside the SQLite store, with OpenClaw\'s fix', async () => {
    const home = makeTempHome();
    expect((await run9(home.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic'], `${fakeSetupToken('L')}\n`)).code).toBe(0);
    home.writeStore({ version: 1, profiles: { 'anthropic:old': { type: 'token', provider: 'anthropic', token: fakeSetupToken('O') } } });
    const doctor = await runCli(home.home, ['doctor']);
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toContain("✗ ~/.openclaw/agents/main/agent/auth-profiles.json sits beside OpenClaw's SQLite store");
    expect(doctor.stdout).toContain('fix: openclaw doctor --fix --non-interactive');
  }, 90_000);

  it('doctor: an auth-profiles.json that the installed OpenClaw 2026.9 will not read (not yet imported)', async () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: { 'anthropic:manual': { type: 'token', provider: 'anthropic', token: fakeSetupToken('N') } } });
    const doctor = await runCli(home.home, ['doctor'], { env: { OPENCLAW_BIN: OPENCLAW_2026_9_BIN } });
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toContain('✗ The installed OpenClaw 2026.9.6 does not read ~/.openclaw/agents/main/agent/auth-profiles.json');
    // And OpenClaw agrees: it refuses the provider until its doctor imports the file.
    expect((await run9(home.home, ['models', 'status', '--check'])).stderr).toContain('AUTH_PROFILE_MIGRATION_REQUIRED');
    const without = await runCli(home.home, ['doctor']);
    expect(without.stdout).toContain('✓ Credentials are in ~/.openclaw/agents/main/agent/auth-profiles.json (OpenClaw 2026.5 and earlier)');
  }, 60_000);

  it.skipIf(!NODE_WITHOUT_SQLITE)('onboard --reauth <id> under a Node without node:sqlite (20) finds the profile through OpenClaw, and renews it where it lives', async () => {
    const home = makeTempHome();
    expect((await run9(home.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--profile-id', 'anthropic:work', '--expires-in', '2h'], `${fakeSetupToken('8')}\n`)).code).toBe(0);
    const session = new TmuxSession(`${shellQuote(NODE_WITHOUT_SQLITE as string)} ${shellQuote(CLI_PATH)} onboard --reauth anthropic:work`, { width: 80, height: 30, env: { HOME: home.home, PATH: `${dirname(OPENCLAW_2026_9_BIN)}:/usr/bin:/bin`, OPENCLAW_BIN: OPENCLAW_2026_9_BIN } });
    const screen = await session.waitFor('Renew anthropic:work with:', 60_000);
    expect(screen).not.toContain('not found');
    session.press('Down', 'Enter');
    await session.waitFor('Paste');
    session.paste(fakeSetupToken('9'));
    await session.waitFor('108 characters');
    session.press('Enter');
    // Where it lived: OpenClaw's own store (no keychain question asked of a file-held token).
    await session.waitFor("OpenClaw's", 30_000);
    session.press('Enter');
    await session.waitFor(/Renewed|Stored|Replaced/, 90_000);
    const status = await run9(home.home, ['models', 'status']);
    expect(status.stdout).toContain(`anthropic:work=token:sk-ant-o...${fakeSetupToken('9').slice(-8)}`);
  }, 200_000);
});
