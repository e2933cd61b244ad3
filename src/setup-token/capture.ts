// Runs `claude setup-token` in a pseudo-terminal and captures the token it prints, exactly. A UI
// drives it through events and `write()`: the CLI relays the raw output to the user's terminal,
// the wizard shows the URL, prompt and errors in its own view.
//
//   url     the sign-in URL, whole (unwrapped)
//   prompt  claude is asking for the authorization code
//   problem a line claude printed about a failure (e.g. "OAuth error: …"), secrets masked
//   token   the token, complete and valid (emitted once)
//   exit    claude ended: {exitCode, signal}
//   output  raw bytes, for a UI that relays them
//
// Two readings of the output find the token: the screen rebuilt by a terminal emulator (after every
// chunk, so a later clear cannot hide it) and the plain byte stream (for a value printed and cleared
// within one chunk). A value is taken only once it is complete; if the output stops right after a
// plausible token, a short quiet period settles it.
import { requirePackage } from '../load-package.js';
import { EventEmitter } from 'node:events';
import type { IPty } from '@lydell/node-pty';
import { findProvider } from '../providers.js';
import { validateSecret } from '../secrets/validate.js';
import { failureSummary, maskScreenText } from './failure-summary.js';
import { TOKEN_SHAPE, URL_SHAPE } from './shapes.js';
import { streamToLines } from './stream-lines.js';
import { VirtualScreen } from './virtual-screen.js';
import { findWrappedValues, type ScreenLines, type WrappedValue } from './wrapped-value.js';

const PROMPT = /paste (?:the )?code/i;
const PROBLEM = /\b(?:OAuth error|error)\b[:\s]/i;
const RETRY = /press enter to (?:retry|try again)/i;
const QUIET_MS = 250;
/** However busy claude's screen stays, an error is reported within this long of its first row. */
const PROBLEM_LATEST_MS = 1000;
const STREAM_KEEP = 256 * 1024;

export interface CaptureOptions {
  claudeBin: string;
  cols: number;
  rows: number;
  env: Record<string, string>;
  cwd: string;
  /** Let the emulator answer terminal queries: true when no real terminal sees the output. */
  answerQueries: boolean;
}

export interface CaptureEvents {
  output: [data: string];
  url: [url: string];
  prompt: [];
  problem: [line: string];
  token: [token: string];
  exit: [result: { exitCode: number; signal?: number }];
}

function isValidToken(value: string): boolean {
  try {
    validateSecret(value, findProvider('anthropic'), 'token');
    return true;
  } catch {
    return false;
  }
}

function lastComplete(values: WrappedValue[], accept: (value: string) => boolean): string | undefined {
  return values.filter((entry) => entry.complete && accept(entry.value)).at(-1)?.value;
}

export class SetupTokenCapture extends EventEmitter<CaptureEvents> {
  private token: string | undefined;
  private url: string | undefined;
  private promptShown = false;
  private problemsSeen = 0;
  private problemsReported = 0;
  private problemSince = 0;
  private problemTimer: NodeJS.Timeout | undefined;
  private stream = '';
  private quietTimer: NodeJS.Timeout | undefined;
  private parsing: Promise<void> = Promise.resolve();
  private exited = false;

  private constructor(
    private readonly pty: IPty,
    private readonly screen: VirtualScreen,
  ) {
    super();
  }

  static async start(options: CaptureOptions): Promise<SetupTokenCapture> {
    const { spawn } = requirePackage<typeof import('@lydell/node-pty')>('@lydell/node-pty');
    let capture: SetupTokenCapture | undefined;
    const screen = await VirtualScreen.create(options.cols, options.rows, (reply) => {
      if (options.answerQueries) capture?.write(reply);
    });
    const pty = spawn(options.claudeBin, ['setup-token'], {
      name: 'xterm-256color',
      cols: options.cols,
      rows: options.rows,
      cwd: options.cwd,
      env: options.env,
    });
    capture = new SetupTokenCapture(pty, screen);
    pty.onData((data) => capture?.receive(data));
    pty.onExit(({ exitCode, signal }) => capture?.finish(exitCode, signal));
    return capture;
  }

  get pid(): number {
    return this.pty.pid;
  }

  get capturedToken(): string | undefined {
    return this.token;
  }

  /** Keystrokes or pasted text for claude. */
  write(data: string): void {
    if (!this.exited) this.pty.write(data);
  }

  resize(cols: number, rows: number): void {
    if (this.exited) return;
    this.pty.resize(cols, rows);
    this.screen.resize(cols, rows);
  }

  /** End claude and everything it started (it leads its own process group in the PTY). */
  kill(signal: NodeJS.Signals = 'SIGTERM'): void {
    if (this.exited) return;
    try {
      process.kill(-this.pty.pid, signal);
    } catch {
      this.pty.kill(signal);
    }
  }

  /** The last lines claude showed, secrets masked: for explaining a failure. */
  lastLines(count = 8): string[] {
    return failureSummary(this.screen.snapshot(), count, this.token ? [this.token] : []);
  }

  /** Resolves when every chunk received so far has been scanned. */
  settled(): Promise<void> {
    return this.parsing;
  }

  private mask(text: string): string {
    return maskScreenText(text, this.token ? [this.token] : []);
  }

  private receive(data: string): void {
    this.emit('output', data);
    this.stream = (this.stream + data).slice(-STREAM_KEEP);
    this.parsing = this.parsing.then(async () => {
      await this.screen.write(data);
      this.scan(false);
    });
  }

  private finish(exitCode: number, signal?: number): void {
    this.parsing = this.parsing.then(() => {
      clearTimeout(this.quietTimer);
      clearTimeout(this.problemTimer);
      this.scan(true);
      this.exited = true;
      this.screen.dispose();
      this.emit('exit', signal ? { exitCode, signal } : { exitCode });
    });
  }

  private scan(final: boolean): void {
    const screen = this.screen.snapshot();
    // For the stream, the last line is the one still being written.
    const streamLines = streamToLines(this.stream);
    const stream: ScreenLines = { lines: streamLines, cols: screen.cols, cursorLine: streamLines.length - 1 };
    const settle = (values: WrappedValue[]) => (final ? values.map((entry) => ({ ...entry, complete: true })) : values);

    if (!this.url) {
      const url = lastComplete(settle(findWrappedValues(screen, URL_SHAPE)), (value) => value.length >= URL_SHAPE.minLength);
      if (url) {
        this.url = url;
        this.emit('url', url);
      }
    }
    this.scanPromptAndProblems(screen, this.screen.logicalLines(), final);
    if (this.token) return;
    const token =
      lastComplete(settle(findWrappedValues(screen, TOKEN_SHAPE)), isValidToken) ?? lastComplete(settle(findWrappedValues(stream, TOKEN_SHAPE)), isValidToken);
    if (token) {
      this.acceptToken(token);
      return;
    }
    // A plausible token with nothing after it yet: accept it if the output stays quiet.
    const pending = findWrappedValues(screen, TOKEN_SHAPE).filter((entry) => isValidToken(entry.value)).at(-1);
    clearTimeout(this.quietTimer);
    if (pending && !final) this.quietTimer = setTimeout(() => this.acceptToken(pending.value), QUIET_MS);
  }

  private acceptToken(token: string): void {
    if (this.token) return;
    clearTimeout(this.quietTimer);
    this.token = token;
    this.emit('token', token);
  }

  private scanPromptAndProblems(screen: ScreenLines, logical: readonly string[], final: boolean): void {
    // The prompt counts while it is near the cursor; problems are counted over the whole buffer,
    // so the same error printed twice (a failed retry) is reported twice.
    // A prompt above the latest error is the one that failed, not a new one: claude prints "Press
    // Enter to retry." under it, and a key typed before the new prompt appears may be lost.
    const lastProblem = screen.lines.reduce((last, line, index) => (PROBLEM.test(line) ? index : last), -1);
    const from = Math.max(0, screen.cursorLine - 40, lastProblem + 1);
    const prompting = screen.lines.slice(from, screen.cursorLine + 1).some((line) => PROMPT.test(line));
    if (prompting && !this.promptShown) this.emit('prompt');
    this.promptShown = prompting;
    const problems = problemLines(logical);
    if (problems.length > this.problemsSeen) {
      if (this.problemsReported === this.problemsSeen) this.problemSince = Date.now();
      this.problemsSeen = problems.length;
      this.promptShown = false; // the next prompt is a retry
    }
    if (this.problemsReported < this.problemsSeen) this.reportProblemWhenWhole(wholeMessage(logical, problems.at(-1) ?? 0), final);
  }

  /**
   * claude's error can reach us in pieces: a chunk may end inside it ("… Sign in" now, "again to
   * get a new code." a moment later). It is reported once something follows it, or once claude has
   * been quiet for QUIET_MS, or has ended; a screen that never settles still gets it reported
   * within PROBLEM_LATEST_MS.
   */
  private reportProblemWhenWhole(message: { text: string; closed: boolean }, final: boolean): void {
    clearTimeout(this.problemTimer);
    if (message.closed || final || Date.now() - this.problemSince >= PROBLEM_LATEST_MS) {
      this.reportProblem(message.text);
      return;
    }
    this.problemTimer = setTimeout(() => {
      this.parsing = this.parsing.then(() => {
        if (this.exited || this.problemsReported === this.problemsSeen) return;
        const logical = this.screen.logicalLines();
        this.reportProblem(wholeMessage(logical, problemLines(logical).at(-1) ?? 0).text);
      });
    }, QUIET_MS);
  }

  private reportProblem(text: string): void {
    this.problemsReported = this.problemsSeen;
    this.emit('problem', this.mask(text));
  }
}

function problemLines(logical: readonly string[]): number[] {
  return logical.flatMap((line, index) => (PROBLEM.test(line) ? [index] : []));
}

/**
 * The message that starts at `logical[start]`, whole: claude wraps a long error itself at the
 * terminal's width (40 columns: "✗ OAuth error: Invalid code. Please make" / "sure the full code
 * was copied"), as lines of their own, so its rows up to a blank line or what comes next (the
 * retry hint, the prompt) are joined back together. `closed` says something was drawn after it,
 * so no more of it is to come; rows below the cursor are blank until drawn, and end nothing.
 */
function wholeMessage(logical: readonly string[], start: number): { text: string; closed: boolean } {
  const parts = [(logical[start] ?? '').trim()];
  const rest = logical.slice(start + 1);
  for (const [index, line] of rest.entries()) {
    const text = line.trim();
    if (PROMPT.test(text) || RETRY.test(text) || PROBLEM.test(text)) return { text: parts.join(' '), closed: true };
    if (!text) return { text: parts.join(' '), closed: rest.slice(index + 1).some((later) => later.trim() !== '') };
    parts.push(text);
  }
  return { text: parts.join(' '), closed: false };
}
