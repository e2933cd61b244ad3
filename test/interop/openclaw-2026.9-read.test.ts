// Reading OpenClaw 2026.9's SQLite store ourselves (node:sqlite, so under the Node 24 that the peers
// brought; our own Node 20 has no node:sqlite and hands over to OpenClaw instead). Every store here
// was written by the real openclaw 2026.9.6; our verdicts are compared with its own.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { filesUnder } from '../helpers/files-under.js';
import { NODE24_BIN, OPENCLAW_2026_9_BIN, peersInstalled, requirePeers, runOpenclaw } from '../helpers/peers.js';
import { fakeApiKey, fakeSetupToken, makeTempHome, type TempHome } from '../helpers/temp-home.js';

if (!peersInstalled && requirePeers) throw new Error('real openclaw not installed: run ../shared/tools/install-peers.sh');
const run9 = (home: string, args: string[], input?: string) => runOpenclaw(home, args, { bin: OPENCLAW_2026_9_BIN, ...(input ? { input } : {}) });
const ours24 = (home: string, args: string[]) => runCli(home, args, { node: NODE24_BIN });

/**
 * Every file under the state dir with its size and mtime: a read must leave this as it was. (The
 * -shm index is exempt from the mtime: SQLite readers update it when the log holds data; OpenClaw's
 * runs leave the log empty, and then we do not open it at all.)
 */
function listing(dir: string): string[] {
  return filesUnder(dir).map((full) => {
    const stat = statSync(full);
    return `${full} ${stat.size} ${full.endsWith('-shm') && statSync(`${full.slice(0, -4)}-wal`).size ? '' : stat.mtimeMs}`;
  });
}

/** A state whose default model is Anthropic's, as most of our users have it. */
function anthropicHome(): TempHome {
  const home = makeTempHome();
  home.writeConfig({ agents: { defaults: { model: { primary: 'anthropic/claude-opus-4-6' } } } });
  return home;
}

/**
 * `anthropic:exec` twice: a plaintext token in the shared store (state DB), then OpenClaw's
 * `secrets apply` puts a ref of the same id in the main agent's own DB, which wins per profile id.
 */
async function withForeignExecRef(home: TempHome): Promise<void> {
  expect((await run9(home.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--profile-id', 'anthropic:exec'], `${fakeSetupToken('S')}\n`)).code).toBe(0);
  // A resolver that is not ours: OpenClaw's status cannot run it, and neither do we.
  // (`secrets apply` runs it once to check the ref resolves.)
  const answer = JSON.stringify({ protocolVersion: 1, values: { 'anthropic/setup-token': fakeSetupToken('V') } });
  home.writeFile(join(home.home, 'bin', 'vault.sh'), `#!/bin/sh\ncat >/dev/null\nprintf '%s\\n' '${answer}'\n`);
  const { chmodSync } = await import('node:fs');
  chmodSync(join(home.home, 'bin', 'vault.sh'), 0o700);
  const plan = {
    version: 1,
    protocolVersion: 1,
    providerUpserts: { vault: { source: 'exec', command: join(home.home, 'bin', 'vault.sh'), passEnv: ['HOME'], timeoutMs: 5000 } },
    targets: [{ type: 'auth-profiles.token.token', path: 'profiles.anthropic:exec.token', pathSegments: ['profiles', 'anthropic:exec', 'token'], agentId: 'main', authProfileProvider: 'anthropic', ref: { source: 'exec', provider: 'vault', id: 'anthropic/setup-token' } }],
  };
  home.writeFile(join(home.home, 'plan.json'), JSON.stringify(plan));
  expect((await run9(home.home, ['secrets', 'apply', '--from', join(home.home, 'plan.json'), '--allow-exec'])).code).toBe(0);
}

describe.skipIf(!peersInstalled || !existsSync(OPENCLAW_2026_9_BIN) || !existsSync(NODE24_BIN))('reading the real openclaw 2026.9.6 SQLite store directly', () => {
  it('status --check gives OpenClaw 2026.9 exit codes: expiring 2, api key 0, foreign exec ref 1 (indeterminate), leftover JSON 1', async () => {
    const expiring = anthropicHome();
    const apiKey = anthropicHome();
    const execRef = anthropicHome();
    const leftover = anthropicHome();
    const token = fakeSetupToken('E');
    await Promise.all([
      run9(expiring.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--expires-in', '23h'], `${token}\n`),
      run9(apiKey.home, ['models', 'auth', 'paste-api-key', '--provider', 'anthropic', '--profile-id', 'anthropic:work'], `${fakeApiKey()}\n`),
      withForeignExecRef(execRef),
      run9(leftover.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic'], `${fakeSetupToken('L')}\n`),
    ]);
    leftover.writeStore({ version: 1, profiles: { 'anthropic:old': { type: 'token', provider: 'anthropic', token: fakeSetupToken('O') } } });

    const cases = [
      { home: expiring, code: 2 },
      { home: apiKey, code: 0 },
      { home: execRef, code: 1 },
      { home: leftover, code: 1 },
    ];
    const theirs = await Promise.all(cases.map(({ home }) => run9(home.home, ['models', 'status', '--check'])));
    for (const [index, { home, code }] of cases.entries()) {
      expect(theirs[index]?.code, `openclaw, case ${index}: ${theirs[index]?.stdout}${theirs[index]?.stderr}`).toBe(code);
      const before = listing(home.stateDir);
      const ours = await ours24(home.home, ['models', 'status', '--check']);
      expect(ours.code, `ours, case ${index}: ${ours.stdout}${ours.stderr}`).toBe(code);
      // Read-only: no -wal/-shm created, nothing modified.
      expect(listing(home.stateDir)).toEqual(before);
    }

    const expiringOurs = await ours24(expiring.home, ['models', 'status']);
    expect(expiringOurs.stdout).toContain('Auth store    : ~/.openclaw/state/openclaw.sqlite');
    expect(expiringOurs.stdout).toContain(`anthropic:manual=token:sk-ant-o...${token.slice(-8)}`);
    expect(expiringOurs.stdout).toMatch(/anthropic:manual expiring expires in 2[23]h/);
    expect(expiringOurs.stderr).toBe('');
    const execOurs = await ours24(execRef.home, ['models', 'status']);
    // Agent-local over shared, as OpenClaw merges them: the ref, from the agent's database.
    expect(execOurs.stdout).toContain('- anthropic effective=profiles:~/.openclaw/agents/main/agent/openclaw-agent.sqlite | profiles=1 (0 oauth, 1 token, 0 api-key) | anthropic:exec=token:ref(exec:anthropic/setup-token)');
    expect(theirs[2]?.stdout).toContain('- anthropic effective=profiles:~/.openclaw/agents/main/agent/openclaw-agent.sqlite | profiles=1 (0 oauth, 1 token, 0 api-key) | anthropic:exec=token:ref(exec:anthropic/setup-token)');
    expect(execOurs.stdout).toContain('Model route issues\n- anthropic/claude-opus-4-6 [indeterminate] Auth readiness could not be confirmed for anthropic/claude-opus-4-6.');
    expect(theirs[2]?.stdout).toContain('- anthropic/claude-opus-4-6 [indeterminate] Auth readiness could not be confirmed for anthropic/claude-opus-4-6.');
    const leftoverOurs = await ours24(leftover.home, ['models', 'status']);
    expect(leftoverOurs.stdout).toContain("! ~/.openclaw/agents/main/agent/auth-profiles.json sits beside OpenClaw's SQLite store: OpenClaw refuses the providers it names");
    expect(leftoverOurs.stdout).not.toContain('anthropic:old');
  }, 150_000);

  it('--json: the same store path and masked labels as OpenClaw, plus how we read it', async () => {
    const home = anthropicHome();
    const key = fakeApiKey('J');
    expect((await run9(home.home, ['models', 'auth', 'paste-api-key', '--provider', 'anthropic', '--profile-id', 'anthropic:work'], `${key}\n`)).code).toBe(0);
    const theirs = JSON.parse((await run9(home.home, ['models', 'status', '--json'])).stdout);
    const ours = JSON.parse((await ours24(home.home, ['models', 'status', '--json'])).stdout);
    expect(ours.auth.storePath).toBe(theirs.auth.storePath);
    const labels = (json: { auth: { providers: { provider: string; profiles: { labels: string[] } }[] } }) => json.auth.providers.find((entry) => entry.provider === 'anthropic')?.profiles.labels;
    expect(labels(ours)).toEqual(labels(theirs));
    expect(ours.auth.layout).toEqual({ era: 'sqlite', database: join(home.stateDir, 'state', 'openclaw.sqlite'), read: 'direct' });
    expect(JSON.stringify(ours)).not.toContain(key.slice(12, 80));
  }, 90_000);
});
