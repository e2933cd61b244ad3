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

function assignmentPattern(key: string): RegExp {
  return new RegExp(`^\\s*(?:export\\s+)?${key}\\s*=`);
}

/**
 * The line range [start, end) an assignment occupies: one line, or several when a quoted value
 * spans lines (dotenv allows that).
 */
function assignmentEnd(lines: readonly string[], start: number): number {
  const line = lines[start] ?? '';
  const value = line.slice(line.indexOf('=') + 1).trimStart();
  const quote = value[0];
  if (quote !== '"' && quote !== "'" && quote !== '`') return start + 1;
  if (value.indexOf(quote, 1) !== -1) return start + 1;
  for (let index = start + 1; index < lines.length; index += 1) {
    if ((lines[index] ?? '').includes(quote)) return index + 1;
  }
  return start + 1;
}

/** Replace (or append) `key`, removing it when `value` is undefined. Pure: text in, text out. */
export function editDotenvText(text: string, key: string, value: string | undefined): string {
  if (!ENV_NAME.test(key)) throw new UsageError(`invalid environment variable name: ${key}`);
  const replacement = value === undefined ? undefined : `${key}=${quoteDotenvValue(value)}`;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.length ? text.split(/\r?\n/) : [];
  const hadTrailingNewline = lines.length > 0 && lines[lines.length - 1] === '';
  if (hadTrailingNewline) lines.pop();
  const pattern = assignmentPattern(key);
  const out: string[] = [];
  let replaced = false;
  for (let index = 0; index < lines.length; ) {
    const line = lines[index] ?? '';
    if (!pattern.test(line)) {
      out.push(line);
      index += 1;
      continue;
    }
    const exported = /^\s*export\s+/.test(line);
    if (replacement !== undefined) out.push(exported ? `export ${replacement}` : replacement);
    replaced = true;
    index = assignmentEnd(lines, index);
  }
  if (!replaced && replacement !== undefined) out.push(replacement);
  return out.length ? out.join(eol) + eol : '';
}

export async function setDotenvValue(path: string, key: string, value: string | undefined): Promise<void> {
  if (value !== undefined) quoteDotenvValue(value); // refuse before taking the lock
  await withFileLock(path, async () => {
    const text = (await readTextIfExists(path)) ?? '';
    await writeSecretFile(path, editDotenvText(text, key, value));
  });
}
