// The capture against ../shared/fake-claude/claude in every mode, through a real PTY, at several widths.
import { describe, expect, it } from 'vitest';
import { fakeSetupToken } from '../helpers/temp-home.js';
import { FAKE_CLAUDE, startCapture } from '../helpers/capture.js';

const WIDTHS = [20, 37, 80, 200];
const env = (mode: string, token: string) => ({ FAKE_CLAUDE_MODE: mode, FAKE_CLAUDE_TOKEN: token, FAKE_CLAUDE_DELAY_MS: '5' });

describe('capturing `claude setup-token` (fake claude, real PTY)', () => {
  it.each(WIDTHS)('success at %i columns: the whole URL, the prompt, then the exact token', async (cols) => {
    const token = fakeSetupToken(String(cols % 10));
    const run = await startCapture(FAKE_CLAUDE, cols, env('success', token));
    const [url] = await run.next('url');
    expect(url).toMatch(/^https:\/\/claude\.ai\/oauth\/authorize\?code=true&client_id=[^ ]+&state=[A-Za-z0-9_-]+$/);
    await run.next('prompt');
    run.capture.write('the-code#state\r');
    const [captured] = await run.next('token');
    expect(captured).toBe(token);
    expect((await run.exited).exitCode).toBe(0);
    expect(run.events.problem).toBeUndefined();
  });

  it.each(WIDTHS)('oauth-error at %i columns: each failure is reported, no token, ends when killed', async (cols) => {
    const run = await startCapture(FAKE_CLAUDE, cols, env('oauth-error', fakeSetupToken()));
    await run.next('prompt');
    run.capture.write('bad-code\r');
    const [first] = await run.next('problem');
    expect(first).toContain('OAuth error: Request failed with status code 400');
    // The fake drops keys typed before it asks (the real CLI does not): wait for the question.
    await run.shown('Press Enter to retry.');
    run.capture.write('\r'); // "Press Enter to retry."
    await run.next('prompt');
    run.capture.write('bad-again\r');
    await run.next('problem');
    expect(run.events.problem).toHaveLength(2);
    run.capture.kill();
    await run.exited;
    expect(run.events.token).toBeUndefined();
  });

  it.each(WIDTHS)('retry-then-success at %i columns: one failure, then the token', async (cols) => {
    const token = fakeSetupToken('R');
    const run = await startCapture(FAKE_CLAUDE, cols, env('retry-then-success', token));
    await run.next('prompt');
    run.capture.write('first#try\r');
    await run.next('problem');
    await run.shown('Press Enter to retry.'); // (keys typed before the fake asks are lost)
    run.capture.write('\r');
    await run.next('prompt');
    run.capture.write('second#try\r');
    const [captured] = await run.next('token');
    expect(captured).toBe(token);
    expect(run.events.problem).toHaveLength(1);
  });

  it.each(WIDTHS)('crash at %i columns: exit code 1, no token, its last lines', async (cols) => {
    const run = await startCapture(FAKE_CLAUDE, cols, env('crash', fakeSetupToken()));
    await run.next('prompt');
    run.capture.write('code\r');
    expect((await run.exited).exitCode).toBe(1);
    expect(run.events.token).toBeUndefined();
    expect(run.capture.lastLines()).toContain('Error: unexpected failure while exchanging the code');
  });

  it.each(WIDTHS)('hang at %i columns: the URL shows, nothing else comes, and kill ends it', async (cols) => {
    const run = await startCapture(FAKE_CLAUDE, cols, env('hang', fakeSetupToken()));
    await run.next('url');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(run.events.token).toBeUndefined();
    run.capture.kill('SIGKILL');
    expect((await run.exited).signal).toBe(9);
  });
});
