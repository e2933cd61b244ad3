// `models auth setup-token` for an OpenClaw 2026.9 user, in a real terminal (tmux): claude (the
// fake) signs in, the token is captured, and the real openclaw 2026.9.6 stores it in its SQLite store.
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAKE_CLAUDE } from '../helpers/capture.js';
import { NODE_WITHOUT_SQLITE, OPENCLAW_2026_9_BIN, peersInstalled, requirePeers, runOpenclaw } from '../helpers/peers.js';
import { CLI_PATH } from '../helpers/run-cli.js';
import { DAY, fakeSetupToken, makeTempHome } from '../helpers/temp-home.js';
import { shellQuote, TmuxSession } from '../helpers/tmux.js';

if (!peersInstalled && requirePeers) throw new Error('real openclaw not installed: run ../shared/tools/install-peers.sh');
/** This Node reads OpenClaw's SQLite store itself (22.5+); on Node 20 only OpenClaw's CLI can. */
const readsSqlite = NODE_WITHOUT_SQLITE !== process.execPath;

describe.skipIf(!peersInstalled || !existsSync(OPENCLAW_2026_9_BIN))('setup-token with the real openclaw 2026.9.6', () => {
  it('a fresh state: the captured token goes into OpenClaw\'s SQLite store through its CLI, with its expiry', async () => {
    const home = makeTempHome();
    const token = fakeSetupToken('G');
    const session = new TmuxSession(`${shellQuote(process.execPath)} ${shellQuote(CLI_PATH)} models auth setup-token --storage file --openclaw-bin ${shellQuote(OPENCLAW_2026_9_BIN)}`, {
      width: 80,
      height: 40,
      env: { HOME: home.home, PATH: `${dirname(FAKE_CLAUDE)}:${process.env.PATH ?? '/usr/bin:/bin'}`, FAKE_CLAUDE_DELAY_MS: '5', FAKE_CLAUDE_TOKEN: token },
    });
    await session.waitFor('Paste code here if prompted >');
    session.type('code-1234#state');
    session.press('Enter');
    let screen = await session.waitFor('✓ Stored', 60_000);
    if (readsSqlite) {
      // Where it can read OpenClaw's store it sees the default model is OpenAI's, with no credentials: it offers Anthropic's.
      await session.waitFor(/Make anthropic\/claude-opus-5 the default model\?\s+\(openai\/gpt-6-astra\s+has\s+no\s+credentials\)/, 30_000);
      session.press('Enter');
      screen = await session.waitFor('✓ Default model set to anthropic/claude-opus-5', 60_000);
    }
    expect(await session.exitCode()).toBe(0);
    expect(screen).toContain("OpenClaw's SQLite store (~/.openclaw/state/openclaw.sqlite)");
    expect(screen).not.toContain(token.slice(12, 90));
    expect(existsSync(home.storePath())).toBe(false);

    const theirs = JSON.parse((await runOpenclaw(home.home, ['models', 'status', '--json'], { bin: OPENCLAW_2026_9_BIN })).stdout);
    const labels = theirs.auth.providers.find((entry: { provider: string }) => entry.provider === 'anthropic').profiles.labels;
    expect(labels).toEqual([`anthropic:manual=token:sk-ant-o...${token.slice(-8)}`]);
    expect(theirs.auth.oauth.profiles[0].expiresAt).toBeGreaterThan(Date.now() + 364 * DAY);
    if (readsSqlite) expect(theirs.defaultModel).toBe('anthropic/claude-opus-5');
  }, 120_000);
});
