// OpenClaw with our plugin installed, for the tests of its flows: the packed tarball, a temporary
// HOME as a new user has it (no default model, nothing acknowledged: a test that preset them once
// hid a first run that failed for every new user), OpenClaw's commands in tmux, on Node 24 with the
// fake claude on PATH.
import { dirname } from 'node:path';
import { expect } from 'vitest';
import { FAKE_CLAUDE } from './capture.js';
import { NODE24_BIN, registryEnv, runOpenclaw } from './peers.js';
import { packedTarball } from './plugin-tarball.js';
import type { TempHome } from './temp-home.js';
import { shellQuote, TmuxSession } from './tmux.js';

/** Call at a test file's top level (it packs the tarball in that file's beforeAll). */
export function pluginHarness() {
  const tarball = packedTarball();
  const PATH = `${dirname(NODE24_BIN)}:${dirname(FAKE_CLAUDE)}:/usr/bin:/bin`;

  async function install(home: TempHome, bin: string, installFlags: string[], config?: Record<string, unknown>) {
    if (config) home.writeConfig(config);
    const installed = await runOpenclaw(home.home, ['plugins', 'install', tarball(), ...installFlags], { bin, env: { PATH, ...registryEnv() } });
    expect(installed.code, installed.stdout + installed.stderr).toBe(0);
  }

  function openclawIn(home: TempHome, bin: string, args: string, env: Record<string, string> = {}) {
    return new TmuxSession(`${shellQuote(bin)} ${args}`, { width: 120, height: 50, env: { HOME: home.home, PATH, FAKE_CLAUDE_DELAY_MS: '5', ...env } });
  }

  /** Claude's sign-in inside OpenClaw's onboard: our capture, the code typed as a person would. */
  async function signIn(session: TmuxSession) {
    await session.waitFor('Paste code here if prompted >', 60_000);
    session.type('code#state');
    session.press('Enter');
  }

  const status = async (home: TempHome, bin: string) => (await runOpenclaw(home.home, ['models', 'status'], { bin, env: { PATH } })).stdout;
  return { PATH, install, openclawIn, signIn, status };
}
