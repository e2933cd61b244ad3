// The capture against the real Claude Code CLI (offline here: it reaches the code prompt, then
// its OAuth exchange fails). What can be checked without a network: the sign-in URL comes out whole
// at any width, the prompt is seen, claude's error is reported, and the code typed reaches it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCapture } from '../helpers/capture.js';
import { CLAUDE_BIN, peersInstalled, requirePeers } from '../helpers/peers.js';
import { CLAUDE_RELEASES, STANDIN, startStandin } from '../helpers/oauth-standin.js';
import { fakeSetupToken } from '../helpers/temp-home.js';

if (!peersInstalled && requirePeers) throw new Error('real Claude Code CLI not installed: run ../shared/tools/install-peers.sh');

describe.skipIf(!peersInstalled)('capture with the real Claude Code CLI', () => {
  it.each([37, 200])('at %i columns: whole sign-in URL, prompt, then claude\'s own error for the code we typed', async (cols) => {
    const home = mkdtempSync(join(tmpdir(), 'oca-claude-'));
    const run = await startCapture(CLAUDE_BIN, cols, { HOME: home, PATH: '/usr/bin:/bin' });
    const [url] = await run.next('url');
    expect(url).toMatch(/^https:\/\/[a-z.]+\/[a-z/]*oauth\/authorize\?code=true&client_id=[0-9a-f-]+&response_type=code&redirect_uri=[^ ]+&state=[A-Za-z0-9_-]+$/);
    await run.next('prompt');
    run.capture.write('not-a-real-code#state\r');
    const [problem] = await run.next('problem');
    expect(problem).toMatch(/OAuth error/);
    run.capture.kill('SIGKILL');
    await run.exited;
    expect(run.events.token).toBeUndefined();
  }, 60_000);

  it.skipIf(!STANDIN)('claude 2.1.332 refusing a code at 40 columns: its whole error, not the first row of it ("✗ OAuth error: Invalid code. Please make")', async () => {
    const standin = await startStandin(fakeSetupToken('X'));
    const run = await startCapture(CLAUDE_RELEASES[1].bin, 40, { HOME: mkdtempSync(join(tmpdir(), 'oca-claude-')), PATH: '/usr/bin:/bin', ...standin.env });
    await run.next('url');
    await run.next('prompt');
    run.capture.write('bad-code#state\r');
    const [problem] = await run.next('problem');
    expect(problem).toMatch(/OAuth error: .* Sign in again to get a new code\.$/);
    run.capture.kill('SIGKILL');
    await run.exited;
  }, 60_000);
});

