// Every file below a directory (recursively), for tests that check what a command left on disk.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function filesUnder(dir: string, skip: (path: string) => boolean = () => false): string[] {
  const out: string[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (skip(full)) continue;
      if (statSync(full).isDirectory()) walk(full);
      else out.push(full);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

/** The files below `dir` whose bytes contain `secret` (SQLite databases included). */
export function filesContaining(dir: string, secret: string): string[] {
  return filesUnder(dir).filter((path) => readFileSync(path).includes(secret));
}
