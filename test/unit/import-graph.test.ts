// The layout rules a reader relies on, checked on the source itself: no import cycles (type-only
// imports count: they tie the files together for a reader all the same), the core never imports
// the UI, and the plugin entry is not on the standalone CLI's start-up path.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Each file's relative imports, static and dynamic, resolved to files. */
function importGraph(): Map<string, { file: string; dynamic: boolean }[]> {
  const graph = new Map<string, { file: string; dynamic: boolean }[]>();
  for (const file of [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'components'))]) {
    const text = readFileSync(file, 'utf8');
    const edges: { file: string; dynamic: boolean }[] = [];
    for (const match of text.matchAll(/(from\s+|import\(\s*)['"](\.[^'"]+)['"]/g)) {
      const base = resolve(dirname(file), match[2]!).replace(/\.js$/, '');
      const target = ['.ts', '.tsx'].map((ext) => base + ext).find((candidate) => existsSync(candidate));
      if (target) edges.push({ file: target, dynamic: match[1]!.startsWith('import(') });
    }
    graph.set(file, edges);
  }
  return graph;
}

const name = (file: string) => relative(root, file);

describe('source layout', () => {
  const graph = importGraph();

  it('has no import cycles', () => {
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const cycles: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      stack.push(file);
      for (const { file: next } of graph.get(file) ?? []) {
        if (state.get(next) === 'open') cycles.push(stack.slice(stack.indexOf(next)).concat(next).map(name).join(' → '));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });

  it('the core (src/) never imports the UI (components/)', () => {
    // The one loader of the UI bundle names its type (`typeof import(…)`) and loads dist/ui.mjs by URL.
    const loader = 'src/ui/load-ui.ts';
    expect(readFileSync(join(root, loader), 'utf8')).toMatch(/export type UiModule = typeof import\('\.\.\/\.\.\/components\/index\.js'\)/);
    const upward = [...graph].flatMap(([file, edges]) => (name(file).startsWith('src/') && name(file) !== loader ? edges.filter((edge) => name(edge.file).startsWith('components/')).map((edge) => `${name(file)} → ${name(edge.file)}`) : []));
    expect(upward).toEqual([]);
  });

  it('the CLI loads neither the plugin nor the UI up front (only through import() when a command needs it)', () => {
    const reached = new Set<string>();
    const walk = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const edge of graph.get(file) ?? []) if (!edge.dynamic) walk(edge.file);
    };
    walk(join(root, 'src', 'cli.ts'));
    expect([...reached].map(name).filter((file) => file.startsWith('src/plugin/') || file.startsWith('components/'))).toEqual([]);
  });
});
