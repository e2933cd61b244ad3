import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchFiles } from '../../src/dashboard/watch-files.js';
import { makeTempHome } from '../helpers/temp-home.js';

function changes(paths: string[]) {
  let count = 0;
  const watcher = watchFiles(paths, () => (count += 1), 30);
  return { watcher, count: () => count, settle: () => new Promise((resolve) => setTimeout(resolve, 150)) };
}

describe('watchFiles', () => {
  it('sees a file replaced by an atomic rename, and folds a burst of writes into one change', async () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: {} });
    const watch = changes([home.storePath()]);
    for (let i = 0; i < 5; i += 1) {
      writeFileSync(`${home.storePath()}.tmp`, `{"version":1,"profiles":{},"n":${i}}`);
      renameSync(`${home.storePath()}.tmp`, home.storePath());
    }
    await watch.settle();
    expect(watch.count()).toBe(1);
    watch.watcher.close();
  });

  it('notices a file whose directory did not exist yet', async () => {
    const home = makeTempHome();
    mkdirSync(home.stateDir, { recursive: true });
    const watch = changes([home.storePath()]);
    home.writeStore({ version: 1, profiles: {} }); // creates agents/main/agent/ and the file
    await watch.settle();
    expect(watch.count()).toBeGreaterThanOrEqual(1);
    const before = watch.count();
    writeFileSync(join(home.agentDir(), 'auth-profiles.json'), '{"version":1,"profiles":{"a:b":{}}}');
    await watch.settle();
    expect(watch.count()).toBeGreaterThan(before);
    watch.watcher.close();
  });

  it('ignores unrelated files in the same directory', async () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: {} });
    const watch = changes([home.storePath()]);
    writeFileSync(join(home.agentDir(), 'models.json'), '{}');
    await watch.settle();
    expect(watch.count()).toBe(0);
    watch.watcher.close();
  });
});
