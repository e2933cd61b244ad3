// Every file we write may hold a secret: create missing parent dirs 0700 (existing ones keep their
// mode, as OpenClaw does), then write atomically with write-file-atomic (temp file opened 0600,
// fsync, rename), so a reader never sees half a file and a crash never leaves a truncated store.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { FileAccessError, errnoCode } from '../errors.js';

export const SECRET_FILE_MODE = 0o600;
export const SECRET_DIR_MODE = 0o700;

export async function ensurePrivateDir(dir: string): Promise<void> {
  try {
    mkdirSync(dir, { recursive: true, mode: SECRET_DIR_MODE });
  } catch (error) {
    throw new FileAccessError(`cannot create directory ${dir}: ${errnoCode(error) ?? String(error)}`, { cause: error });
  }
}

export async function writeSecretFile(path: string, contents: string, mode = SECRET_FILE_MODE): Promise<void> {
  await ensurePrivateDir(dirname(path));
  // Loaded on first write: read-only commands never pay for it.
  const { default: writeFileAtomic } = await import('write-file-atomic');
  try {
    await writeFileAtomic(path, contents, { mode, encoding: 'utf8' });
  } catch (error) {
    throw new FileAccessError(`cannot write ${path}: ${errnoCode(error) ?? String(error)}`, { cause: error });
  }
}
