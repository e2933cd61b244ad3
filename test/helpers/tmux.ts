// Drives a program in a real terminal the way a person does: tmux runs it, send-keys types,
// paste-buffer pastes, capture-pane reads the screen. Each session has its own tmux server socket,
// so tests run in parallel without seeing each other.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const sessions: TmuxSession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.kill();
});

export interface TmuxOptions {
  width?: number;
  height?: number;
  /** A value of undefined removes the variable (e.g. CI, which colour libraries read as "no colour"). */
  env?: Record<string, string | undefined>;
  cwd?: string;
}

/** The terminal settings flags the person's shell sees once the program has exited. */
export interface TerminalModes {
  canonical: boolean;
  echo: boolean;
}

export class TmuxSession {
  private readonly socket: string;
  private readonly exitFile: string;
  private readonly sttyFile: string;

  constructor(command: string, options: TmuxOptions = {}) {
    const dir = mkdtempSync(join(tmpdir(), 'oca-tmux-'));
    this.socket = join(dir, 'sock');
    this.exitFile = join(dir, 'exit');
    this.sttyFile = join(dir, 'stty');
    // Ink renders only the last frame when CI is set; a person's terminal has no CI.
    const env = { TERM: 'xterm-256color', CI: 'false', PATH: process.env.PATH ?? '/usr/bin:/bin', ...options.env };
    const assignments = Object.entries(env).flatMap(([key, value]) => (value === undefined ? [] : [`${key}=${shellQuote(value)}`]));
    // Keep the pane open after the program ends so its last screen and exit code can be read.
    // stty records what the program left the terminal in (raw mode must not outlive it).
    const script = `env -i ${assignments.join(' ')} ${command}; code=$?; stty -a > ${shellQuote(this.sttyFile)}; echo $code > ${shellQuote(this.exitFile)}; sleep 600`;
    execFileSync('tmux', ['-S', this.socket, '-f', '/dev/null', 'new-session', '-d', '-x', String(options.width ?? 80), '-y', String(options.height ?? 24), '-c', options.cwd ?? dir, 'sh', '-c', script]);
    sessions.push(this);
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-S', this.socket, ...args], { encoding: 'utf8' });
  }

  screen(): string {
    return this.tmux('capture-pane', '-p', '-J');
  }

  /** Everything the terminal holds: the scrollback and the screen, wrapped lines joined. */
  history(): string {
    return this.tmux('capture-pane', '-p', '-J', '-S', '-');
  }

  /** The screen with its colour and style escapes, as the terminal holds them. */
  styledScreen(): string {
    return this.tmux('capture-pane', '-p', '-J', '-e');
  }

  /** Type text literally (no key names). */
  type(text: string): void {
    this.tmux('send-keys', '-l', text);
  }

  /** Press keys by tmux name (Enter, C-c, Escape, Up, …), one at a time as a person does. */
  press(...keys: string[]): void {
    for (const key of keys) {
      this.tmux('send-keys', key);
      if (keys.length > 1) spawnSync('sleep', ['0.08']);
    }
  }

  /** Resize the terminal, as a person dragging the window does. */
  resize(width: number, height: number): void {
    this.tmux('resize-window', '-x', String(width), '-y', String(height));
  }

  /** Several keys in one send-keys: the program reads them as one chunk, as over SSH or with key repeat. */
  pressTogether(...keys: string[]): void {
    this.tmux('send-keys', ...keys);
  }

  /** Paste as a terminal does; `bracketed` wraps it in paste markers when the program asked for them. */
  paste(text: string, { bracketed = true } = {}): void {
    const file = `${this.exitFile}.paste`;
    writeFileSync(file, text);
    this.tmux('load-buffer', file);
    this.tmux('paste-buffer', ...(bracketed ? ['-p'] : []), '-d');
  }

  async waitFor(pattern: string | RegExp, timeoutMs = 10_000): Promise<string> {
    const started = Date.now();
    const deadline = started + timeoutMs;
    let screen = '';
    while (Date.now() < deadline) {
      screen = this.screen();
      if (typeof pattern === 'string' ? screen.includes(pattern) : pattern.test(screen)) {
        // The program subscribes to keys just after painting; a person is never faster than that.
        await new Promise((resolve) => setTimeout(resolve, 60));
        return screen;
      }
      await pollPause(Date.now() - started);
    }
    throw new Error(`timed out waiting for ${String(pattern)}; screen was:\n${screen}`);
  }

  /** The program's exit code once it has ended. */
  async exitCode(timeoutMs = 10_000): Promise<number> {
    const started = Date.now();
    const deadline = started + timeoutMs;
    while (Date.now() < deadline) {
      const code = readIfThere(this.exitFile).trim();
      if (code) return Number(code);
      await pollPause(Date.now() - started);
    }
    throw new Error(`program did not exit; screen was:\n${this.screen()}`);
  }

  /** Terminal settings after the program exited (call after exitCode()). */
  terminalModes(): TerminalModes {
    const stty = readIfThere(this.sttyFile);
    return { canonical: /(^|\s)icanon\b/.test(stty), echo: /(^|\s)echo\b/.test(stty) };
  }

  kill(): void {
    spawnSync('tmux', ['-S', this.socket, 'kill-server']);
  }
}

function readIfThere(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/**
 * How long to wait before looking at the screen again: every 50 ms at first (what a person reacts
 * within), every 250 ms once a wait has gone on for 2 s (OpenClaw at work). Each look runs tmux; on
 * two cores, looking 20 times a second through a minute-long wait took CPU from the programs tested.
 */
export function pollPause(waitedMs: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, waitedMs < 2000 ? 50 : 250));
}

export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** On a secret field: paste, see the whole length arrive, submit, and store in the first place offered; the storage step's screen. */
export async function pasteAndStore(session: TmuxSession, secret: string): Promise<string> {
  session.paste(secret);
  await session.waitFor(`${secret.length} characters`);
  session.press('Enter');
  const storage = await session.waitFor('Where should it be stored?');
  session.press('Enter');
  return storage;
}

/** The wizard from its welcome screen to "Sign in with Claude" picked: where claude's sign-in starts. */
export async function pickSignInWithClaude(session: TmuxSession): Promise<void> {
  await session.waitFor('Add a credential', 15_000);
  session.press('Enter');
  await session.waitFor('Which provider?');
  session.press('Enter');
  await session.waitFor('Sign in with Claude');
  session.press('2');
}
