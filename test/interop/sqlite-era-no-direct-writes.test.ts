// Proof that in an OpenClaw 2026.6+ state nothing of ours writes auth-profiles.json or OpenClaw's
// databases: every command that changes credentials runs against a stand-in `openclaw` that only
// records what it was asked (and writes nothing), and afterwards every byte of OpenClaw's files is
// as it was. Run under our Node 20 and, where the peers brought it, Node 24 (which reads the store).
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE24_BIN, OPENCLAW_2026_9_BIN, peersInstalled, requirePeers, runOpenclaw } from '../helpers/peers.js';
import { runCli } from '../helpers/run-cli.js';
import { keyringToolsInstalled, startKeyringSession } from '../helpers/keyring-session.js';
import { filesUnder } from '../helpers/files-under.js';
import { fakeApiKey, fakeSetupToken, makeTempHome, type TempHome } from '../helpers/temp-home.js';

if (!peersInstalled && requirePeers) throw new Error('real openclaw not installed: run ../shared/tools/install-peers.sh');

/** sha256 of every file under the state dir except our own (openclaw-auth/, bin/). */
function fingerprint(home: TempHome): Record<string, string> {
  const ours = (path: string) => ['openclaw-auth', 'bin'].includes(relative(home.stateDir, path));
  return Object.fromEntries(filesUnder(home.stateDir, ours).map((path) => [relative(home.stateDir, path), createHash('sha256').update(readFileSync(path)).digest('hex')]));
}

// Records argv and stdin, one JSON line per call; answers --version and `order get --json` as 2026.9.6 does.
const STUB = `#!/bin/sh
log="$(dirname "$0")/calls.log"
input="$(cat)"
node -e 'require("fs").appendFileSync(process.argv[1], JSON.stringify({argv: process.argv.slice(3), stdin: process.argv[2]}) + "\\n")' "$log" "$input" "$@"
case "$*" in
  --version) echo "OpenClaw 2026.9.6 (eb377ac)";;
  *"order get"*) printf '{"agentId":"main","provider":"anthropic","order":%s}\\n' "\${STUB_ORDER:-null}";;
  "secrets apply --from "*)
    # What a careful reader of the plan sees: its mode, its directory's, and what it says.
    node -e 'const fs=require("fs");const p=process.argv[1];fs.appendFileSync(process.argv[2], JSON.stringify({plan: JSON.parse(fs.readFileSync(p,"utf8")), path: p, mode: fs.statSync(p).mode & 0o777, dirMode: fs.statSync(require("path").dirname(p)).mode & 0o777}) + "\\n")' "$4" "$(dirname "$0")/plans.log"
    echo "Secrets applied.";;
  *"order set"*|*"order clear"*|*logout*|*paste-token*|*paste-api-key*|"config patch --stdin") echo "ok";;
  *) echo "unexpected call" >&2; exit 9;;
esac
`;

describe.skipIf(!peersInstalled || !existsSync(OPENCLAW_2026_9_BIN))('SQLite era: no direct writes', () => {
  // A real 2026.9.6 store with one profile, so our readers meet the real thing; copied per test.
  const template = mkdtempSync(join(tmpdir(), 'oca-sqlite-template-'));
  beforeAll(async () => {
    expect((await runOpenclaw(template, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--profile-id', 'anthropic:manual'], { bin: OPENCLAW_2026_9_BIN, input: `${fakeSetupToken('T')}\n` })).code).toBe(0);
  }, 60_000);
  afterAll(() => rmSync(template, { recursive: true, force: true }));

  for (const node of [process.execPath, NODE24_BIN]) {
    it.skipIf(!existsSync(node))(`every credential command under ${node === process.execPath ? 'our Node' : 'Node 24'} goes through openclaw; OpenClaw's files are untouched`, async () => {
      const home = makeTempHome();
      cpSync(join(template, '.openclaw'), home.stateDir, { recursive: true });
      home.writeFile(join(home.home, 'stub', 'openclaw'), STUB);
      chmodSync(join(home.home, 'stub', 'openclaw'), 0o700);
      const env = { OPENCLAW_BIN: join(home.home, 'stub', 'openclaw') };
      const before = fingerprint(home);
      const token = fakeSetupToken('W');
      const key = fakeApiKey('W');
      const run = (args: string[], input?: string) => runCli(home.home, args, { env, node, ...(input !== undefined ? { input } : {}) });

      const results = [
        await run(['models', 'auth', 'paste-token', '--provider', 'anthropic', '--profile-id', 'anthropic:w'], token),
        await run(['models', 'auth', 'paste-api-key', '--provider', 'anthropic', '--profile-id', 'anthropic:k', '--storage', 'file'], key),
        await run(['onboard', '--non-interactive', '--auth-choice', 'token', '--provider', 'anthropic', '--secret-stdin', '--storage', 'file'], token),
        await run(['models', 'auth', 'order', 'set', '--provider', 'anthropic', 'anthropic:w', 'anthropic:manual']),
        await run(['models', 'auth', 'order', 'clear', '--provider', 'anthropic']),
        await run(['models', 'auth', 'logout', 'anthropic:w', '--yes']),
      ];
      for (const result of results) expect(result.code, result.stdout + result.stderr).toBe(0);
      // Whatever these conclude (migrate refuses without a direct read, or finds nothing to move), they write nothing.
      await run(['secrets', 'migrate', '--to', 'file']);
      await run(['doctor', '--fix', '--yes']);
      await run(['models', 'status', '--check']);

      expect(fingerprint(home)).toEqual(before);
      expect(existsSync(home.storePath())).toBe(false);
      const calls = readFileSync(join(home.home, 'stub', 'calls.log'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { argv: string[]; stdin: string });
      const commands = calls.map((call) => call.argv.slice(0, 3).join(' '));
      expect(commands).toEqual(expect.arrayContaining(['models auth paste-token', 'models auth paste-api-key', 'models auth order', 'models auth logout']));
      // Secrets only ever on stdin.
      for (const call of calls) expect(call.argv.join(' ')).not.toMatch(/sk-ant-/);
      expect(calls.find((call) => call.argv.includes('anthropic:w') && call.argv[2] === 'paste-token')?.stdin).toBe(token);
      expect(calls.find((call) => call.argv[2] === 'paste-api-key')?.stdin).toBe(key);
    }, 60_000);
  }

  it.skipIf(!keyringToolsInstalled())('the keychain in that era: plan file private and removed, the order put back, the secret nowhere but the keychain', async () => {
    const session = startKeyringSession();
    try {
      const stub = join(session.home, 'stub', 'openclaw');
      mkdirSync(dirname(stub), { recursive: true });
      writeFileSync(stub, STUB, { mode: 0o700 });
      cpSync(join(template, '.openclaw'), join(session.home, '.openclaw'), { recursive: true });
      const env = { ...session.env, OPENCLAW_BIN: stub, STUB_ORDER: '["anthropic:manual","anthropic:other"]' };
      const token = fakeSetupToken('Z');
      // Our Node: it cannot read the store, so it asks OpenClaw for the order before replacing the profile.
      // (--yes: under Node 22.5+ it can read the store, sees anthropic:manual, and would ask.)
      const pasted = await runCli(session.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--yes'], { input: token, env });
      expect(pasted.code, pasted.stderr).toBe(0);
      expect(session.lookup('main/anthropic:manual')).toBe(token);
      const calls = readFileSync(join(dirname(stub), 'calls.log'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { argv: string[]; stdin: string });
      expect(calls.map((call) => call.argv.join(' ')).filter((line) => line !== '--version')).toEqual([
        'models auth order get --provider anthropic --json',
        'models auth logout anthropic:manual --yes',
        `secrets apply --from ${calls.find((call) => call.argv[0] === 'secrets')?.argv[3]} --allow-exec`,
        'config patch --stdin',
        'models auth order set --provider anthropic anthropic:manual anthropic:other',
      ]);
      expect(JSON.parse(calls.find((call) => call.argv[0] === 'config')?.stdin ?? '{}')).toEqual({ auth: { profiles: { 'anthropic:manual': { provider: 'anthropic', mode: 'token' } } } });
      for (const call of calls) expect(`${call.argv.join(' ')} ${call.stdin}`).not.toContain(token.slice(13));
      const [applied] = readFileSync(join(dirname(stub), 'plans.log'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
      expect(applied.mode).toBe(0o600);
      expect(applied.dirMode).toBe(0o700);
      expect(existsSync(applied.path)).toBe(false);
      expect(JSON.stringify(applied.plan)).not.toContain(token.slice(13));
      expect(applied.plan.targets[0]).toMatchObject({ type: 'auth-profiles.token.token', path: 'profiles.anthropic:manual.token', agentId: 'main', authProfileProvider: 'anthropic', ref: { source: 'exec', provider: 'openclaw-auth', id: 'main/anthropic:manual' } });
    } finally {
      session.stop();
    }
  }, 60_000);
});
