import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { SetupTokenCapture, type CaptureEvents } from '../../src/setup-token/capture.js';

export const FAKE_CLAUDE = fileURLToPath(new URL('../../../shared/fake-claude/claude', import.meta.url));
export const SCRIPTED_CLAUDE = fileURLToPath(new URL('../fixtures/scripted-claude.cjs', import.meta.url));
export const QUERY_CLAUDE = fileURLToPath(new URL('../fixtures/query-then-token.cjs', import.meta.url));
if (!existsSync(FAKE_CLAUDE)) throw new Error(`${FAKE_CLAUDE} not found: the tests expect ../shared beside the repository`);

const running: SetupTokenCapture[] = [];
afterEach(() => {
  for (const capture of running.splice(0)) capture.kill('SIGKILL');
});

export interface RecordedCapture {
  capture: SetupTokenCapture;
  events: { [K in keyof CaptureEvents]?: CaptureEvents[K][] };
  exited: Promise<{ exitCode: number; signal?: number }>;
  /** Resolves with the next event of that name not yet returned (already recorded ones first). */
  next<K extends keyof CaptureEvents>(name: K): Promise<CaptureEvents[K]>;
  /** Resolves once `text` is on claude's screen. */
  shown(text: string): Promise<void>;
}

/** Start a capture (no real terminal sees it, so the emulator answers queries) and record its events. */
export async function startCapture(claudeBin: string, cols: number, env: Record<string, string> = {}, options: { answerQueries?: boolean } = {}): Promise<RecordedCapture> {
  const capture = await SetupTokenCapture.start({
    claudeBin,
    cols,
    rows: 30,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', TERM: 'xterm-256color', ...env },
    cwd: process.cwd(),
    answerQueries: options.answerQueries ?? true,
  });
  running.push(capture);
  const events: RecordedCapture['events'] = {};
  for (const name of ['url', 'prompt', 'problem', 'token', 'exit'] as const) {
    capture.on(name, (...args: unknown[]) => ((events[name] ??= [] as never[]) as unknown[]).push(args));
  }
  const exited = new Promise<{ exitCode: number; signal?: number }>((resolve) => capture.on('exit', resolve));
  // Events may fire before a test starts waiting: read them from the record, in order.
  const consumed: Partial<Record<keyof CaptureEvents, number>> = {};
  const next = <K extends keyof CaptureEvents>(name: K) =>
    new Promise<CaptureEvents[K]>((resolve) => {
      const take = () => {
        const index = consumed[name] ?? 0;
        const recorded = events[name]?.[index];
        if (!recorded) return false;
        consumed[name] = index + 1;
        resolve(recorded as CaptureEvents[K]);
        return true;
      };
      if (take()) return;
      const listener = () => {
        if (take()) capture.off(name, listener as never);
      };
      capture.on(name, listener as never);
    });
  const shown = async (text: string) => {
    for (;;) {
      await capture.settled();
      if (capture.lastLines(30).join('\n').includes(text)) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  return { capture, events, exited, next, shown };
}
