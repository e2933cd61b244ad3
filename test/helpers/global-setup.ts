// One directory per `vitest run`, shared by its workers, for what the tests build once and copy
// (shared-once.ts): the packed tarball, a HOME with the plugin installed. Creating it costs
// nothing; what goes in is built by the first test that needs it, so `npm run test:fast` pays none.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    sharedDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'oca-shared-'));
  project.provide('sharedDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
