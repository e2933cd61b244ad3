// The OS keychain with OpenClaw 2026.9: the secret stays in a real gnome-keyring, OpenClaw gets an
// exec ref to our resolver through its own `secrets apply`, and its own audit resolves it.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyringSession } from '../helpers/keyring-session.js';
import { NODE24_BIN, OPENCLAW_2026_9_BIN, peersInstalled, requirePeers, runOpenclaw } from '../helpers/peers.js';
import { runCli } from '../helpers/run-cli.js';
import { filesContaining } from '../helpers/files-under.js';
import { DAY, fakeSetupToken, openclawJson } from '../helpers/temp-home.js';

if (!peersInstalled && requirePeers) throw new Error('real openclaw not installed: run ../shared/tools/install-peers.sh');


describe.skipIf(!peersInstalled || !existsSync(OPENCLAW_2026_9_BIN))('keychain-held credentials with the real openclaw 2026.9.6', () => {
  it('a fresh state: the installed OpenClaw decides the layout; the token goes to the keychain, OpenClaw gets a ref it can resolve, and we know its expiry', async () => {
    const session = keyringSession();
    const state = join(session.home, '.openclaw');
    mkdirSync(state, { recursive: true, mode: 0o700 });
    writeFileSync(join(state, 'openclaw.json'), openclawJson({ agents: { defaults: { model: { primary: 'anthropic/claude-opus-4-6' } } } }), { mode: 0o600 });
    const env = { ...session.env, OPENCLAW_BIN: OPENCLAW_2026_9_BIN };
    const run9 = (args: string[]) => runOpenclaw(session.home, args, { bin: OPENCLAW_2026_9_BIN, env: session.env });
    const token = fakeSetupToken('Q');

    // No store of any kind yet: `openclaw --version` (2026.9.6) says a JSON one would be refused.
    // Under Node 24, as OpenClaw 2026.9's users run it (it also lets us see there is no profile to replace).
    const pasted = await runCli(session.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic'], { input: token, env, ...(existsSync(NODE24_BIN) ? { node: NODE24_BIN } : {}) });
    expect(pasted.code, pasted.stderr).toBe(0);
    expect(pasted.stdout).toContain('✓ Stored sk-ant-o...');
    expect(pasted.stdout).toContain('in OS keychain (service "openclaw-auth", account "main/anthropic:manual")');
    expect(session.lookup('main/anthropic:manual')).toBe(token);
    expect(existsSync(join(state, 'agents', 'main', 'agent', 'auth-profiles.json'))).toBe(false);
    // Not in OpenClaw's databases, not in any file: only the keychain holds it.
    expect(filesContaining(state, token.slice(13))).toEqual([]);
    expect(readdirSync(state)).not.toContain('plan.json');

    // OpenClaw's own audit runs our resolver and finds the ref resolvable and no plaintext.
    const audit = await run9(['secrets', 'audit', '--check', '--allow-exec']);
    expect(audit.stdout + audit.stderr).toContain('Secrets audit: clean.');
    expect(audit.code).toBe(0);

    // OpenClaw's status cannot resolve exec refs: indeterminate, exit 1. We read the keychain: ready.
    const theirs = await run9(['models', 'status', '--check']);
    expect(theirs.code).toBe(1);
    expect(theirs.stdout).toContain('anthropic:manual=token:ref(exec:main/anthropic:manual)');
    if (existsSync(NODE24_BIN)) {
      const ours = await runCli(session.home, ['models', 'status', '--check'], { env, node: NODE24_BIN });
      expect(ours.code, ours.stdout).toBe(0);
      expect(ours.stdout).toContain('anthropic:manual=token:ref(exec:main/anthropic:manual)');
      expect(ours.stdout).toMatch(/anthropic:manual ok expires in 36[45]d/);
      expect(ours.stdout).toContain('! anthropic:manual is kept in the OS keychain and openclaw-auth read it there, so its route is ready; `openclaw models status --check` does not run resolvers and calls it indeterminate (exit 1).');
      const json = JSON.parse((await runCli(session.home, ['models', 'status', '--json'], { env, node: NODE24_BIN })).stdout);
      expect(json.auth.oauth.profiles[0]).toMatchObject({ profileId: 'anthropic:manual', storage: { kind: 'keychain', account: 'main/anthropic:manual' } });
      expect(json.auth.oauth.profiles[0].expiresAt).toBeGreaterThan(Date.now() + 364 * DAY);
      // doctor says so too, with the choice (keep it, or move it into OpenClaw's store).
      const doctor = await runCli(session.home, ['doctor'], { env, node: NODE24_BIN });
      expect(doctor.stdout).toContain("anthropic:manual is in the OS keychain: OpenClaw's own models status --check calls it indeterminate");
      expect(doctor.stdout).toContain('openclaw-auth onboard --reauth anthropic:manual');
    }

    // Logging out goes through OpenClaw and removes the keychain entry and our record too.
    const out = await runCli(session.home, ['models', 'auth', 'logout', 'anthropic:manual', '--yes'], { env });
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain('✓ Removed its secret from the OS keychain');
    expect(session.lookup('main/anthropic:manual')).toBeUndefined();
    expect(JSON.parse(readFileSync(join(state, 'openclaw-auth', 'ref-metadata.json'), 'utf8')).profiles).toEqual({});
    expect(JSON.parse((await run9(['models', 'status', '--json'])).stdout).auth.oauth.profiles).toEqual([]);
  }, 180_000);

  it('logout on 2026.9 removes the keychain account the profile\'s ref names, …/2 after a renewal (not the first generation, "already gone")', async () => {
    const session = keyringSession();
    const state = join(session.home, '.openclaw');
    mkdirSync(state, { recursive: true, mode: 0o700 });
    writeFileSync(join(state, 'openclaw.json'), openclawJson({ agents: { defaults: { model: { primary: 'anthropic/claude-opus-4-6' } } } }), { mode: 0o600 });
    const env = { ...session.env, OPENCLAW_BIN: OPENCLAW_2026_9_BIN };
    const node = existsSync(NODE24_BIN) ? { node: NODE24_BIN } : {};
    expect((await runCli(session.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--storage', 'keychain'], { input: fakeSetupToken('1'), env, ...node })).code).toBe(0);
    // A renewal: the new secret goes under the other generation, the first is dropped.
    const renewed = await runCli(session.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--storage', 'keychain', '--yes'], { input: fakeSetupToken('2'), env, ...node });
    expect(renewed.code, renewed.stderr).toBe(0);
    expect(session.lookup('main/anthropic:manual/2')).toBe(fakeSetupToken('2'));
    expect(session.lookup('main/anthropic:manual')).toBeUndefined();

    const out = await runCli(session.home, ['models', 'auth', 'logout', 'anthropic:manual', '--yes'], { env, ...node });
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain('✓ Removed its secret from the OS keychain');
    expect(out.stdout).not.toContain('already gone');
    expect(session.accounts()).toEqual([]);
  }, 180_000);
});
