// The dashboard on an OpenClaw 2026.9 state, in a real terminal (tmux), while the real OpenClaw
// changes its SQLite store: read directly under Node 24, through `openclaw models status` under ours.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NODE24_BIN, NODE_WITHOUT_SQLITE, OPENCLAW_2026_9_BIN, peersInstalled, requirePeers, runOpenclaw } from '../helpers/peers.js';
import { CLI_PATH } from '../helpers/run-cli.js';
import { fakeApiKey, fakeSetupToken, makeTempHome } from '../helpers/temp-home.js';
import { shellQuote, TmuxSession } from '../helpers/tmux.js';

if (!peersInstalled && requirePeers) throw new Error('real openclaw not installed: run ../shared/tools/install-peers.sh');
const run9 = (home: string, args: string[], input?: string) => runOpenclaw(home, args, { bin: OPENCLAW_2026_9_BIN, ...(input ? { input } : {}) });

function dashboard(node: string, home: string, env: Record<string, string> = {}) {
  return new TmuxSession(`${shellQuote(node)} ${shellQuote(CLI_PATH)} dashboard`, { width: 100, height: 24, env: { HOME: home, ...env } });
}

describe.skipIf(!peersInstalled || !existsSync(OPENCLAW_2026_9_BIN))('dashboard on a live openclaw 2026.9.6 store', () => {
  it.skipIf(!existsSync(NODE24_BIN))('Node 24: reads the store itself and shows what OpenClaw adds while it runs', async () => {
    const home = makeTempHome();
    expect((await run9(home.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--expires-in', '30d'], `${fakeSetupToken('D')}\n`)).code).toBe(0);
    const session = dashboard(NODE24_BIN, home.home);
    const first = await session.waitFor('anthropic:manual', 10_000);
    expect(first).toContain('openclaw.sqlite');
    expect(first).toMatch(/29d 23h|30d 0h/);
    expect(first).toContain('store ~/.openclaw/state/openclaw.sqlite (read directly)');

    // OpenClaw writes its database (WAL) while the dashboard watches.
    const key = fakeApiKey('D');
    expect((await run9(home.home, ['models', 'auth', 'paste-api-key', '--provider', 'anthropic', '--profile-id', 'anthropic:work'], `${key}\n`)).code).toBe(0);
    const after = await session.waitFor('anthropic:work', 5000);
    expect(after).toContain(`sk-ant-a...${key.slice(-8)}`);
    session.press('q');
    expect(await session.exitCode()).toBe(0);
  }, 90_000);

  it.skipIf(!NODE_WITHOUT_SQLITE)('a Node without node:sqlite (20): reads it through openclaw models status, and says so', async () => {
    const home = makeTempHome();
    const token = fakeSetupToken('F');
    expect((await run9(home.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--expires-in', '30d'], `${token}\n`)).code).toBe(0);
    const session = dashboard(NODE_WITHOUT_SQLITE!, home.home, { OPENCLAW_BIN: OPENCLAW_2026_9_BIN });
    const screen = await session.waitFor('anthropic:manual', 30_000);
    expect(screen).toContain(`sk-ant-o...${token.slice(-8)}`);
    expect(screen).toMatch(/29d 23h|30d 0h/);
    expect(screen).toContain('store ~/.openclaw/state/openclaw.sqlite (via `openclaw models status`, ~3 s a refresh');
    session.press('q');
    expect(await session.exitCode()).toBe(0);
  }, 90_000);
});
