// The UI bundle's wrap (components/wrap-rows.ts) over the wrap-ansi Ink itself uses.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { wrapWithoutBreakSpaces, type Wrap } from '../../components/wrap-rows.js';

const inkWrapAnsi = createRequire(fileURLToPath(import.meta.resolve('ink'))).resolve('wrap-ansi');
const wrapAnsi = ((await import(inkWrapAnsi)) as { default: Wrap }).default;
// As Ink calls it (ink/build/wrap-text.js).
const INK = { trim: false, hard: true };
const REASON = '(OS keychain unavailable: no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set; typical on a headless server or over SSH))';

describe('wrapping as the UI bundle does', () => {
  it('starts no wrapped row with the space it broke at (Ink alone does, at 40 columns)', () => {
    expect(wrapAnsi(REASON, 40, INK)).toMatch(/^ not set; typical/m);
    // (A row may end in the space it broke at: it takes no column anyone sees.)
    const rows = wrapWithoutBreakSpaces(wrapAnsi, REASON, 40, INK).split('\n').map((row) => row.trimEnd());
    expect(rows).toEqual(['(OS keychain unavailable: no D-Bus', 'session bus (DBUS_SESSION_BUS_ADDRESS is', 'not set; typical on a headless server', 'or over SSH))']);
  });

  it('keeps a line’s own indentation and its other lines as written', () => {
    const text = '  openclaw gateway restart\n   three spaces, then a long line that has to wrap somewhere';
    const rows = wrapWithoutBreakSpaces(wrapAnsi, text, 30, INK).split('\n');
    expect(rows[0]).toBe('  openclaw gateway restart');
    expect(rows[1]?.startsWith('   three')).toBe(true);
    expect(rows.slice(2).every((row) => !row.startsWith(' '))).toBe(true);
  });

  it('takes the space off after the colour codes a coloured row opens with', () => {
    const rows = wrapWithoutBreakSpaces(wrapAnsi, `\u001B[2m${REASON}\u001B[22m`, 40, INK).split('\n');
    expect(rows.map((row) => row.replace(/\u001B\[[0-9;]*m/g, ''))).toEqual(wrapWithoutBreakSpaces(wrapAnsi, REASON, 40, INK).split('\n'));
  });

  it('leaves a trimming wrap to wrap-ansi', () => {
    expect(wrapWithoutBreakSpaces(wrapAnsi, REASON, 40, { hard: true })).toBe(wrapAnsi(REASON, 40, { hard: true }));
  });
});
