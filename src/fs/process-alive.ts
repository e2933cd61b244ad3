// Whether a pid names a live process: for judging a lock or a temp file left by a writer.
import { errnoCode } from '../errors.js';

export function pidIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return errnoCode(error) === 'EPERM';
  }
}
