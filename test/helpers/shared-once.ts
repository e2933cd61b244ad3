// Built once per `vitest run` and shared by every worker (global-setup.ts): the first caller builds
// under a lock (an atomic mkdir); the others wait for its ready marker. A build that failed fails
// every caller with its error, not a timeout.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

const WAIT_MS = 240_000;

export async function sharedOnce(name: string, build: (dir: string) => Promise<void> | void): Promise<string> {
  const dir = join(inject('sharedDir'), name);
  const ready = `${dir}.ready`;
  const failed = `${dir}.failed`;
  try {
    mkdirSync(`${dir}.lock`);
  } catch {
    const deadline = Date.now() + WAIT_MS;
    while (!existsSync(ready)) {
      if (existsSync(failed)) throw new Error(`${name} could not be built: ${readFileSync(failed, 'utf8')}`);
      if (Date.now() > deadline) throw new Error(`${name} was not built within ${WAIT_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return dir;
  }
  try {
    mkdirSync(dir);
    await build(dir);
    writeFileSync(ready, '');
  } catch (error) {
    writeFileSync(failed, error instanceof Error ? (error.stack ?? error.message) : String(error));
    throw error;
  }
  return dir;
}
