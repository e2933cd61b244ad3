// Tells the dashboard when any file it shows changes: auth-profiles.json, openclaw.json, .env.
// It watches their directories, not the files: every careful writer (OpenClaw's config, us)
// replaces a file by renaming a new one over it, which a watch on the old file would miss.
// Directories that do not exist yet are picked up when their parent changes. Events are debounced
// so a burst of writes becomes one refresh. No polling.
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';

export interface FileWatcher {
  close(): void;
}

export function watchFiles(paths: readonly string[], onChange: () => void, debounceMs = 75): FileWatcher {
  const watchers = new Map<string, FSWatcher>();
  const names = new Set(paths.map((path) => basename(path)));
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const fire = () => {
    clearTimeout(timer);
    timer = setTimeout(() => !closed && onChange(), debounceMs);
  };
  // Each file's directory if it exists, else the nearest ancestor that does (to see it appear).
  const wanted = () =>
    new Set(
      paths.map((path) => {
        let dir = dirname(path);
        while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
        return dir;
      }),
    );
  const arm = () => {
    const dirs = wanted();
    for (const [dir, watcher] of watchers) {
      if (!dirs.has(dir)) {
        watcher.close();
        watchers.delete(dir);
      }
    }
    for (const dir of dirs) {
      if (watchers.has(dir)) continue;
      try {
        const watcher = watch(dir, { persistent: false }, (_event, name) => {
          // Lock and temp files come and go on every write; the rename that follows is what counts.
          if (!name || names.has(String(name)) || !String(name).includes('.')) fire();
          arm(); // a directory we waited for may exist now
        });
        watcher.on('error', () => {
          watcher.close();
          watchers.delete(dir);
        });
        watchers.set(dir, watcher);
      } catch {
        // vanished between the check and the watch; the next event re-arms
      }
    }
  };
  arm();
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
