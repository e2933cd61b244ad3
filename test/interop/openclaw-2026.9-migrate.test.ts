// `secrets migrate` with OpenClaw 2026.9: plaintext in its SQLite store → keychain ref → back,
// through its own CLI, against a real gnome-keyring. (Its own file: OpenClaw's logout alone takes
// ~13 s, so this runs beside the other interop files rather than after them.)
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keyringSession } from '../helpers/keyring-session.js';
import { NODE24_BIN, OPENCLAW_2026_9_BIN, peersInstalled, requirePeers, runOpenclaw } from '../helpers/peers.js';
import { runCli } from '../helpers/run-cli.js';
import { DAY, fakeSetupToken } from '../helpers/temp-home.js';

if (!peersInstalled && requirePeers) throw new Error('real openclaw not installed: run ../shared/tools/install-peers.sh');


describe.skipIf(!peersInstalled || !existsSync(OPENCLAW_2026_9_BIN))('secrets migrate with the real openclaw 2026.9.6', () => {
  it.skipIf(!existsSync(NODE24_BIN))('secrets migrate: plaintext in OpenClaw\'s store → keychain ref (audit clean, expiry kept) → back, nothing lost', async () => {
    const session = keyringSession();
    const env = { ...session.env, OPENCLAW_BIN: OPENCLAW_2026_9_BIN };
    const run9 = (args: string[], input?: string) => runOpenclaw(session.home, args, { bin: OPENCLAW_2026_9_BIN, env: session.env, ...(input ? { input } : {}) });
    const token = fakeSetupToken('M');
    expect((await run9(['models', 'auth', 'paste-token', '--provider', 'anthropic', '--expires-in', '200d'], `${token}\n`)).code).toBe(0);

    const toKeychain = await runCli(session.home, ['secrets', 'migrate', '--to', 'keychain'], { env, node: NODE24_BIN });
    expect(toKeychain.code, toKeychain.stderr).toBe(0);
    expect(toKeychain.stdout).toContain('✓ anthropic:manual → OS keychain');
    expect(session.lookup('main/anthropic:manual')).toBe(token);
    // Gone from OpenClaw's store (its audit agrees); SQLite may keep the old bytes in free pages, which we say.
    const audit = await run9(['secrets', 'audit', '--check', '--allow-exec']);
    expect(audit.stdout + audit.stderr).toContain('Secrets audit: clean.');
    expect(toKeychain.stderr).toContain('may keep their old bytes in free pages until it is compacted');
    const status = await runCli(session.home, ['models', 'status', '--json'], { env, node: NODE24_BIN });
    const profile = JSON.parse(status.stdout).auth.oauth.profiles[0];
    expect(profile).toMatchObject({ profileId: 'anthropic:manual', storage: { kind: 'keychain' } });
    expect(profile.expiresAt).toBeGreaterThan(Date.now() + 199 * DAY); // the expiry survived the move

    const toFile = await runCli(session.home, ['secrets', 'migrate', '--to', 'file'], { env, node: NODE24_BIN });
    expect(toFile.code, toFile.stderr).toBe(0);
    expect(session.lookup('main/anthropic:manual')).toBeUndefined();
    const theirs = JSON.parse((await run9(['models', 'status', '--json'])).stdout);
    expect(theirs.auth.providers.find((entry: { provider: string }) => entry.provider === 'anthropic').profiles.labels).toEqual([`anthropic:manual=token:sk-ant-o...${token.slice(-8)}`]);
    expect(theirs.auth.oauth.profiles[0].expiresAt).toBeGreaterThan(Date.now() + 199 * DAY);
  }, 180_000);
});
