// Every file we write may hold a secret. Missing parent dirs are created 0700 (existing ones keep
// their mode, as OpenClaw does), and the file is replaced atomically: a temp file beside it, created
// exclusively and without following links (O_EXCL | O_NOFOLLOW), mode set on the descriptor, fsync,
// rename. Hand-written because write-file-atomic opens a predictable temp name with plain 'w' (a
// planted symlink there receives the secret) and writes through a symlinked target wherever it
// points; neither is acceptable for a credential store.
//
// Three refusals, each naming the path and the fix:
//   - a directory other users can write (they could plant links or swap files under us);
//   - a symbolic link whose target is outside the state dir (or any link, when no state dir is given);
//   - a target that is not a regular file.
// Temp files left by a killed writer hold secrets too: each write removes the stale ones of its
// target (the caller holds the target's lock), and `doctor` lists any it finds.
import {
  closeSync,
  constants,
  fchmodSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { randomHex } from '../node-crypto.js';
import { basename, dirname, join, relative, isAbsolute } from 'node:path';
import { FileAccessError, errnoCode } from '../errors.js';
import { pidIsAlive } from './process-alive.js';

export const SECRET_FILE_MODE = 0o600;
export const SECRET_DIR_MODE = 0o700;

/** Temp files keep their owner's pid, so a later writer can tell a live one from a leftover. */
const TEMP_MARK = 'openclaw-auth-tmp';
const TEMP_NAME = new RegExp(`^\\.(.+)\\.${TEMP_MARK}-(\\d+)-[0-9a-f]+$`);
/** write-file-atomic's names (`<file>.<murmur hash>`), left by openclaw-auth releases before 0.2. */
const LEGACY_TEMP_NAME = /^(auth-profiles\.json|openclaw\.json|\.env|ref-metadata\.json|openclaw-auth-resolver)\.\d{6,10}$/;
/** A temp file this old is a leftover even if its pid was reused by another process. */
const TEMP_STALE_MS = 10 * 60_000;

export interface SecretWriteOptions {
  mode?: number;
  /**
   * A symlink at the path is followed only when it resolves inside this directory (the OpenClaw
   * state dir); without it, a symlink is refused.
   */
  linkRoot?: string;
  /** Replace a symlink at the path by the file itself instead of following it (backups). */
  replaceLink?: boolean;
}

export async function ensurePrivateDir(dir: string): Promise<void> {
  try {
    mkdirSync(dir, { recursive: true, mode: SECRET_DIR_MODE });
  } catch (error) {
    throw new FileAccessError(`cannot create directory ${dir}: ${errnoCode(error) ?? String(error)}`, { cause: error });
  }
}

/** Refuse a directory that others may write: they could plant a link where our temp file goes. */
export function assertPrivateDir(dir: string): void {
  const info = statSync(dir);
  if ((info.mode & 0o022) === 0) return;
  throw new FileAccessError(`${dir} is writable by other users (mode ${(info.mode & 0o777).toString(8)}): refusing to write a secret there`, {
    hint: `chmod 700 ${dir}`,
  });
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The file to replace: the path itself, or the target of a symlink we may follow. */
function resolveTarget(path: string, options: SecretWriteOptions): string {
  let info;
  try {
    info = lstatSync(path);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return path;
    throw new FileAccessError(`cannot write ${path}: ${errnoCode(error) ?? String(error)}`, { cause: error });
  }
  if (info.isSymbolicLink()) {
    if (options.replaceLink) return path;
    let real: string | undefined;
    try {
      real = realpathSync(path);
    } catch {
      real = undefined;
    }
    const root = options.linkRoot === undefined ? undefined : safeRealpath(options.linkRoot);
    if (real && root && inside(root, real) && statSync(real).isFile()) return real;
    throw new FileAccessError(
      `${path} is a symbolic link${real ? ` to ${real}` : ' that points nowhere'}${root ? `, outside ${root}` : ''}: refusing to write a secret through it`,
      { hint: `replace the link by the file itself (cp --remove-destination "$(readlink -f ${path})" ${path}) or remove it` },
    );
  }
  if (!info.isFile()) throw new FileAccessError(`cannot write ${path}: it is not a regular file`);
  return path;
}

function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Our temp files in `dir` (for `file`, or for any file when omitted) that no live writer owns. */
export function staleTempFiles(dir: string, file?: string, now = Date.now()): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const stale: string[] = [];
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    const legacy = LEGACY_TEMP_NAME.exec(name);
    const target = match?.[1] ?? legacy?.[1];
    if (target === undefined || (file !== undefined && target !== file)) continue;
    const path = join(dir, name);
    try {
      const info = lstatSync(path);
      if (!info.isFile() && !info.isSymbolicLink()) continue;
      const pid = match ? Number(match[2]) : undefined;
      const live = pid !== undefined && pid !== process.pid && pidIsAlive(pid) && now - info.mtimeMs < TEMP_STALE_MS;
      if (!live) stale.push(path);
    } catch {
      // gone meanwhile
    }
  }
  return stale;
}

export function removeStaleTempFiles(dir: string, file?: string): string[] {
  const removed: string[] = [];
  for (const path of staleTempFiles(dir, file)) {
    try {
      unlinkSync(path);
      removed.push(path);
    } catch {
      // another writer removed it first
    }
  }
  return removed;
}

function fsyncDir(dir: string): void {
  try {
    const fd = openSync(dir, constants.O_RDONLY);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // not every filesystem lets a directory be fsynced; the rename is still atomic
  }
}

export async function writeSecretFile(path: string, contents: string, modeOrOptions: number | SecretWriteOptions = {}): Promise<void> {
  const options = typeof modeOrOptions === 'number' ? { mode: modeOrOptions } : modeOrOptions;
  const mode = options.mode ?? SECRET_FILE_MODE;
  await ensurePrivateDir(dirname(path));
  const target = resolveTarget(path, options);
  const dir = dirname(target);
  assertPrivateDir(dir);
  removeStaleTempFiles(dir, basename(target));
  const temp = join(dir, `.${basename(target)}.${TEMP_MARK}-${process.pid}-${randomHex(6)}`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, mode);
    fchmodSync(fd, mode); // the umask does not decide a secret's mode
    const bytes = Buffer.from(contents, 'utf8');
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // never created, or already renamed
    }
    throw new FileAccessError(`cannot write ${path}: ${errnoCode(error) ?? String(error)}`, { cause: error });
  }
  fsyncDir(dir);
}
