// What to show of claude's screen when setup-token ended without a token: its last meaningful lines,
// with every wrapped value (the sign-in URL, a token) put back on one line, and then masked. Masking
// line by line is not enough: at 40 columns a token wraps into pieces, and only the first piece
// starts with "sk-ant-" — the rest would be printed whole. So values are unwrapped first, and the
// masking runs on the rebuilt text. The authorization code typed at claude's prompt is masked too.
import { maskSecret, redactSecrets } from '../secrets/mask.js';
import { SECRET_SHAPE, URL_SHAPE } from './shapes.js';
import { findWrappedValues, type ScreenLines } from './wrapped-value.js';
const ANY_ANTHROPIC_SECRET = /sk-ant-[a-z]+\d*-[A-Za-z0-9_-]{8,}/g;
/** claude's code prompt, and what was typed after it (masked: the code signs in once). */
const TYPED_CODE = /(paste (?:the )?code[^>:]*[>:]\s*)([^\s│┃║|]{4,})/gi;

/**
 * Lines as claude wrote them: each wrapped value joined back onto the row it starts on (hard
 * wraps included), and every row the terminal soft-wrapped joined to the one before it.
 */
function unwrapValues(screen: ScreenLines): string[] {
  const values = [...findWrappedValues(screen, SECRET_SHAPE), ...findWrappedValues(screen, URL_SHAPE)]
    .filter((value) => value.lastLine > value.firstLine)
    .sort((a, b) => a.firstLine - b.firstLine);
  const rows: string[] = [];
  let skipUntil = -1;
  screen.lines.forEach((line, index) => {
    if (index <= skipUntil) return;
    const value = values.find((entry) => entry.firstLine === index);
    if (!value) {
      if (screen.wrapped?.[index] && rows.length) rows[rows.length - 1] += line;
      else rows.push(line);
      return;
    }
    const start = line.indexOf(value.value.slice(0, Math.min(value.value.length, 12)));
    rows.push(`${start > 0 ? line.slice(0, start) : ''}${value.value}`);
    skipUntil = value.lastLine;
  });
  return rows;
}

/** Every secret in the text masked as OpenClaw masks them (first 8, "...", last 8). */
export function maskScreenText(text: string, known: readonly string[] = []): string {
  return redactSecrets(text, known)
    .replace(ANY_ANTHROPIC_SECRET, (secret) => maskSecret(secret))
    .replace(TYPED_CODE, (_match, prompt: string, code: string) => `${prompt}${maskSecret(code)}`);
}

export function failureSummary(screen: ScreenLines, count: number, known: readonly string[] = []): string[] {
  const lines = unwrapValues(screen)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() && !/^[\s─━═╭╮╰╯┌┐└┘│┃║|]*$/.test(line));
  return lines.slice(-count).map((line) => maskScreenText(line, known));
}
