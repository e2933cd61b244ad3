import { readFileSync } from 'node:fs';
import { FileAccessError, errnoCode } from '../errors.js';

/**
 * The file's text, or undefined when it does not exist. Any other failure names the file.
 * Synchronous on purpose: these files are a few KB, and node:fs/promises costs a short command
 * more to load than the reads themselves take.
 */
export async function readTextIfExists(path: string): Promise<string | undefined> {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT') return undefined;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : String(code ?? error);
    throw new FileAccessError(`cannot read ${path}: ${why}`, { cause: error });
  }
}
