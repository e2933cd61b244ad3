// The capture against screens laid out in ways the fake never uses, through a real PTY: the token
// must come out exactly, or not at all — never truncated, never example text.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeSetupToken } from '../helpers/temp-home.js';
import { QUERY_CLAUDE, SCRIPTED_CLAUDE, startCapture } from '../helpers/capture.js';

const token = fakeSetupToken('L');
const chop = (text: string, width: number) => Array.from({ length: Math.ceil(text.length / width) }, (_, i) => text.slice(i * width, (i + 1) * width));

async function captureFrom(steps: [number, string][], cols: number, extra: Record<string, string> = {}) {
  const run = await startCapture(SCRIPTED_CLAUDE, cols, { SCRIPTED_STEPS: JSON.stringify(steps), ...extra });
  await run.exited;
  await run.capture.settled();
  return run;
}

describe('token capture on unusual screens (scripted output, real PTY)', () => {
  it('a token split by colour codes inside it', async () => {
    const coloured = `\x1b[33m${token.slice(0, 20)}\x1b[1;35m${token.slice(20, 61)}\x1b[0m\x1b[33m${token.slice(61)}\x1b[39m`;
    const run = await captureFrom([[0, `Your token:\r\n${coloured}\r\n\r\nStore it safely.\r\n`]], 200);
    expect(run.events.token).toEqual([[token]]);
  });

  it('cursor-forward sequences instead of spaces, and lines hard-wrapped at the width', async () => {
    const lines = chop(token, 37).join('\r\n');
    const run = await captureFrom([[0, `Your\x1b[1COAuth\x1b[1Ctoken:\r\n\r\n${lines}\r\n\r\nStore\x1b[1Cthis\x1b[1Ctoken\x1b[1Csecurely.\r\n`]], 37);
    expect(run.events.token).toEqual([[token]]);
  });

  it('a soft-wrapped token (no line breaks: the terminal wraps it)', async () => {
    const run = await captureFrom([[0, `Token: ${token}\r\nDone.\r\n`]], 30);
    expect(run.events.token).toEqual([[token]]);
  });

  it('a redraw that erases a half-drawn line and rewrites it whole', async () => {
    const half = token.slice(0, 60);
    const run = await captureFrom(
      [
        [0, `Creating token…\r\n${half}`],
        [30, `\r\x1b[2K${chop(token, 50).join('\r\n')}\r\n\r\nStore this token securely.\r\n`],
      ],
      50,
    );
    expect(run.events.token).toEqual([[token]]);
  });

  it('a screen cleared right after the token is shown', async () => {
    const run = await captureFrom(
      [
        [0, `Your OAuth token:\r\n${chop(token, 40).join('\r\n')}\r\n\r\nStore it safely.\r\n`],
        [40, '\x1b[2J\x1b[3J\x1b[HGoodbye.\r\n'],
      ],
      40,
    );
    expect(run.events.token).toEqual([[token]]);
  });

  it('a token printed and cleared within the same write', async () => {
    const run = await captureFrom([[0, `Your OAuth token:\r\n${chop(token, 40).join('\r\n')}\r\n\r\nStore it.\r\n\x1b[2J\x1b[3J\x1b[HGoodbye.\r\n`]], 40);
    expect(run.events.token).toEqual([[token]]);
  });

  it('a token inside a box with borders', async () => {
    const inner = 36;
    const box = [`╭${'─'.repeat(inner + 2)}╮`, ...chop(token, inner).map((piece) => `│ ${piece.padEnd(inner)} │`), `╰${'─'.repeat(inner + 2)}╯`].join('\r\n');
    const run = await captureFrom([[0, `${box}\r\nPress Enter.\r\n`]], 40);
    expect(run.events.token).toEqual([[token]]);
  });

  it('a token arriving in pieces with pauses: never taken before it is whole', async () => {
    const pieces = chop(token, 40);
    const run = await captureFrom(
      [
        [0, `Your OAuth token:\r\n${pieces[0]}\r\n${pieces[1]}\r\n`],
        [150, `${pieces[2]}\r\n\r\nStore it.\r\n`],
      ],
      40,
    );
    expect(run.events.token).toEqual([[token]]);
  });

  it('no token from example text or a truncated token', async () => {
    const run = await captureFrom([[0, `Use: export CLAUDE_CODE_OAUTH_TOKEN=<token>\r\nlike sk-ant-oat01-xxxx\r\n${token.slice(0, 70)}\r\nDone.\r\n`]], 80);
    expect(run.events.token).toBeUndefined();
  });

  it('a token with nothing after it is taken once the output has been quiet, or at exit', async () => {
    const run = await startCapture(SCRIPTED_CLAUDE, 80, { SCRIPTED_STEPS: JSON.stringify([[0, `Token:\r\n${token}`]]), SCRIPTED_WAIT: '1' });
    const [captured] = await run.next('token');
    expect(captured).toBe(token);
  });

  it('answers the terminal queries a TUI waits for (when no real terminal sees the output)', async () => {
    const answered = await startCapture(QUERY_CLAUDE, 80, { QUERY_TOKEN: token });
    expect((await answered.exited).exitCode).toBe(0);
    expect(answered.events.token).toEqual([[token]]);
    const unanswered = await startCapture(QUERY_CLAUDE, 80, { QUERY_TOKEN: token }, { answerQueries: false });
    expect((await unanswered.exited).exitCode).toBe(3);
    expect(unanswered.events.token).toBeUndefined();
  });
});

describe('the failure summary (what "Its last lines:" shows)', () => {
  it('unmasked secret in the setup-token failure summary: a secret wrapped at 40 columns is unwrapped, then masked; the typed code is masked', async () => {
    // Not a token claude hands out (that would be captured): a cut one in an error, as a crash prints it.
    const secret = `sk-ant-oat01-${'Qw7_Zx9-Lm'.repeat(9)}`;
    const code = 'AbCdEfGh12345678IjKlMn#state0987654321';
    const steps: [number, string][] = [
      [0, `Paste code here if prompted > ${code}\r\n`],
      [0, `Error: the server rejected\r\n${chop(secret, 40).join('\r\n')}\r\n\r\n`],
      [0, `Visit https://claude.ai/oauth/authorize?code=true&client_id=${'9d1c250a'.repeat(6)}&state=xyz\r\n`],
    ];
    const run = await startCapture(SCRIPTED_CLAUDE, 40, { SCRIPTED_STEPS: JSON.stringify(steps), SCRIPTED_EXIT: '1' });
    await run.exited;
    const shown = run.capture.lastLines().join('\n');
    // No run of the secret past its first 8 characters, and none of the code, survives.
    for (let start = 8; start + 12 <= secret.length - 8; start += 4) expect(shown).not.toContain(secret.slice(start, start + 12));
    expect(shown).toContain(`sk-ant-o...${secret.slice(-8)}`);
    expect(shown).not.toContain(code.slice(4, 20));
    expect(shown).toContain('Paste code here if prompted > AbCdEfGh...87654321');
    // The URL comes back whole, on one line, and no blank lines are shown.
    expect(run.capture.lastLines()).toContain(`Visit https://claude.ai/oauth/authorize?code=true&client_id=${'9d1c250a'.repeat(6)}&state=xyz`);
    expect(run.capture.lastLines().every((line) => line.trim() !== '')).toBe(true);
  });
});

describe("claude's error, drawn in pieces (a chunk may end inside it)", () => {
  const rows = ['✘ OAuth error: That code wasn\'t', 'accepted. It may be incomplete,', 'expired, or already used. Sign in', 'again to get a new code.'];

  it('an error whose last row is drawn a moment later (40 columns) is reported whole, not cut at "Sign in"', async () => {
    const steps: [number, string][] = [
      [0, 'Paste code here if prompted > \r\n'],
      [0, `${rows.slice(0, 3).join('\r\n')}\r\n`],
      [120, `${rows[3]}\r\n`],
    ];
    const run = await startCapture(SCRIPTED_CLAUDE, 40, { SCRIPTED_STEPS: JSON.stringify(steps), SCRIPTED_WAIT: '1' });
    const [problem] = await run.next('problem');
    expect(problem).toBe(rows.join(' '));
  });

  it('what follows the error (the retry hint) ends it at once, though claude never goes quiet', async () => {
    // A spinner ticking every 40 ms keeps claude from ever being quiet, so without the retry hint the
    // error would wait for the 1 s limit: reported well inside it, it was ended by the hint.
    const dir = mkdtempSync(join(tmpdir(), 'oca-mark-'));
    const spinner: [number, string][] = Array.from({ length: 60 }, (_, i) => [40, `\r${'⠋⠙⠹⠸'[i % 4]} waiting`]);
    const steps: [number, string][] = [[0, `${rows.join('\r\n')}\r\n\r\nPress Enter to retry.\r\n`], ...spinner];
    const run = await startCapture(SCRIPTED_CLAUDE, 40, {
      SCRIPTED_STEPS: JSON.stringify(steps),
      SCRIPTED_MARK: 'Press Enter',
      SCRIPTED_MARK_FILE: join(dir, 'mark'),
      SCRIPTED_WAIT: '1',
    });
    const [problem] = await run.next('problem');
    const reportedAt = performance.timeOrigin + performance.now();
    expect(problem).toBe(rows.join(' '));
    expect(reportedAt - Number(readFileSync(join(dir, 'mark'), 'utf8'))).toBeLessThan(800);
  });
});
