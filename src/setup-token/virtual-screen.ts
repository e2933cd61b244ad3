// A real terminal emulator (@xterm/headless) fed the child's output: it rebuilds the screen through
// colour codes, cursor moves, redraws and clears, and can answer the terminal queries (DA1,
// XTVERSION, …) a TUI sends at start-up and may wait for.
import type { Terminal } from '@xterm/headless';
import type { ScreenLines } from './wrapped-value.js';

export class VirtualScreen {
  private constructor(private readonly terminal: Terminal) {}

  static async create(cols: number, rows: number, answerQueries: (reply: string) => void | undefined): Promise<VirtualScreen> {
    // A CommonJS package: its named exports may only be reachable through `default`.
    const xterm = (await import('@xterm/headless')) as typeof import('@xterm/headless') & { default?: typeof import('@xterm/headless') };
    const TerminalClass = xterm.Terminal ?? xterm.default?.Terminal;
    const terminal = new TerminalClass({ cols, rows, scrollback: 2000, allowProposedApi: true });
    terminal.onData((reply) => answerQueries(reply));
    return new VirtualScreen(terminal);
  }

  /** Resolves once xterm has parsed the data (it parses asynchronously). */
  write(data: string): Promise<void> {
    return new Promise((resolve) => this.terminal.write(data, resolve));
  }

  get rows(): number {
    return this.terminal.rows;
  }

  /** The last `count` rows of scrollback and screen, as shown. */
  tail(count: number): string[] {
    const buffer = this.terminal.buffer.active;
    const rows: string[] = [];
    for (let index = Math.max(0, buffer.length - count); index < buffer.length; index += 1) rows.push(buffer.getLine(index)?.translateToString(true) ?? '');
    return rows;
  }

  resize(cols: number, rows: number): void {
    this.terminal.resize(cols, rows);
  }

  /**
   * Logical lines: rows the terminal wrapped itself (soft wraps) joined back together, as the
   * program wrote them. For reading messages; values use the rows as shown (`snapshot`).
   */
  logicalLines(): string[] {
    const buffer = this.terminal.buffer.active;
    const lines: string[] = [];
    for (let index = 0; index < buffer.length; index += 1) {
      const line = buffer.getLine(index);
      const text = line?.translateToString(true) ?? '';
      if (line?.isWrapped && lines.length) lines[lines.length - 1] += text;
      else lines.push(text);
    }
    return lines;
  }

  /** Scrollback and screen as plain rows, with where the cursor is. */
  snapshot(): ScreenLines {
    const buffer = this.terminal.buffer.active;
    const lines: string[] = [];
    const wrapped: boolean[] = [];
    for (let index = 0; index < buffer.length; index += 1) {
      const line = buffer.getLine(index);
      lines.push(line?.translateToString(true) ?? '');
      wrapped.push(line?.isWrapped ?? false);
    }
    return { lines, cols: this.terminal.cols, cursorLine: buffer.baseY + buffer.cursorY, wrapped };
  }

  dispose(): void {
    this.terminal.dispose();
  }
}
