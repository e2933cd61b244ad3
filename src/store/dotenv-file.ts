// `<state>/.env`, the file a gateway daemon reads for API keys. Values are read with dotenv's parser,
// the one OpenClaw uses (Node 20's util.parseEnv misreads a line after an indented comment), loaded
// only when a .env exists; the build bundles it so loading it costs no package resolution. Edits touch only the lines of the key being changed, so
// comments, order, blank lines and every other variable stay exactly as the user wrote them.
import { UsageError } from '../errors.js';
import { withFileLock } from '../fs/file-lock.js';
import { readTextIfExists } from '../fs/read-text.js';
import { writeSecretFile } from '../fs/secure-write.js';

export interface DotenvSnapshot {
  path: string;
  exists: boolean;
  values: Record<string, string>;
}

export async function readDotenv(path: string): Promise<DotenvSnapshot> {
  const text = await readTextIfExists(path);
  if (text === undefined) return { path, exists: false, values: {} };
  const { parse } = await import('dotenv');
  return { path, exists: true, values: parse(text) };
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const BARE_VALUE = /^[A-Za-z0-9_\-.:/+=@%,~^]*$/;

/** Quote a value for dotenv so that `parse` gives it back unchanged. */
export function quoteDotenvValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\r\n\u0000]/.test(value)) {
    throw new UsageError('refusing to write a value with a line break or NUL into .env');
  }
  if (BARE_VALUE.test(value)) return value;
  // dotenv expands \n inside double quotes, so backslashes only go in single quotes or backticks.
  if (!value.includes('"') && !value.includes('\\')) return `"${value}"`;
  if (!value.includes("'")) return `'${value}'`;
  if (!value.includes('`')) return `\`${value}\``;
  throw new UsageError('refusing to write a value that contains every kind of quote into .env');
}

// dotenv 17's own line grammar (lib/main.js, LINE), with match indices: edits find assignments
// exactly where dotenv does, including a quoted value that runs over several lines.
const DOTENV_LINE = /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/dgm;
const LOOKS_LIKE_ASSIGNMENT = /^\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*\s*=/;

interface Assignment {
  key: string;
  /** 0-based lines the assignment occupies, first to last (its value may span several). */
  first: number;
  last: number;
}

/** The assignments dotenv sees in `text` (LF line ends), in order. */
function assignments(text: string): Assignment[] {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index += 1) if (text[index] === '\n') lineStarts.push(index + 1);
  const lineOf = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  const out: Assignment[] = [];
  for (const match of text.matchAll(DOTENV_LINE)) {
    const key = match[1];
    const keyAt = match.indices?.[1]?.[0];
    if (key === undefined || keyAt === undefined) continue;
    const valueEnd = match.indices?.[2]?.[1] ?? match.indices?.[1]?.[1] ?? keyAt;
    out.push({ key, first: lineOf(keyAt), last: lineOf(Math.max(keyAt, valueEnd - 1)) });
  }
  return out;
}

function sameValues(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
}

/**
 * Replace (or append) `key`, removing it when `value` is undefined. Pure: text in, text out. Only
 * the lines of `key`'s own assignments change; where dotenv would read other lines as part of that
 * value (a quote left open), the edit is refused with the line, rather than guessing.
 */
export function editDotenvText(text: string, key: string, value: string | undefined, parse: (text: string) => Record<string, string>): string {
  if (!ENV_NAME.test(key)) throw new UsageError(`invalid environment variable name: ${key}`);
  const replacement = value === undefined ? undefined : `${key}=${quoteDotenvValue(value)}`;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const normalized = text.replace(/\r\n?/g, '\n');
  const lines = normalized.length ? normalized.split('\n') : [];
  const hadTrailingNewline = lines.length > 0 && lines[lines.length - 1] === '';
  if (hadTrailingNewline) lines.pop();

  const ours = assignments(normalized).filter((entry) => entry.key === key);
  for (const entry of ours) {
    const swallowed = lines.slice(entry.first + 1, entry.last + 1).findIndex((line) => LOOKS_LIKE_ASSIGNMENT.test(line));
    if (swallowed !== -1) {
      const at = entry.first + 1 + swallowed;
      throw new UsageError(
        `line ${entry.first + 1}: the quote that opens ${key}'s value is not closed on that line, so dotenv reads up to line ${entry.last + 1} (including "${(lines[at] ?? '').split('=')[0]?.trim()}=…" on line ${at + 1}) as part of it; close the quote on line ${entry.first + 1}, then run this again`,
      );
    }
  }
  const drop = new Set<number>();
  for (const entry of ours) for (let line = entry.first; line <= entry.last; line += 1) drop.add(line);
  const out: string[] = [];
  let replaced = false;
  lines.forEach((line, index) => {
    if (!drop.has(index)) return void out.push(line);
    if (replaced || replacement === undefined) return;
    const first = ours.find((entry) => entry.first === index);
    if (!first) return;
    out.push(/^\s*export\s+/.test(line) ? `export ${replacement}` : replacement);
    replaced = true;
  });
  if (!replaced && replacement !== undefined) out.push(replacement);
  const next = out.length ? out.join(eol) + eol : '';

  // The proof: dotenv reads every other variable exactly as before, and this one as set.
  const expected = { ...parse(text) };
  if (value === undefined) delete expected[key];
  else expected[key] = value;
  if (!sameValues(parse(next), expected)) {
    throw new UsageError(`editing ${key} would change how dotenv reads other lines (a quote or escape it cannot pair up); fix the file by hand`);
  }
  return next;
}

export async function setDotenvValue(path: string, key: string, value: string | undefined, options: { stateDir?: string } = {}): Promise<void> {
  if (value !== undefined) quoteDotenvValue(value); // refuse before taking the lock
  const { parse } = await import('dotenv');
  await withFileLock(path, async () => {
    const text = (await readTextIfExists(path)) ?? '';
    let next: string;
    try {
      next = editDotenvText(text, key, value, parse);
    } catch (error) {
      if (error instanceof UsageError) throw new UsageError(`${path} ${error.message}`, { hint: `nothing was written; open ${path} in an editor` });
      throw error;
    }
    await writeSecretFile(path, next, options.stateDir ? { linkRoot: options.stateDir } : {});
  });
}
