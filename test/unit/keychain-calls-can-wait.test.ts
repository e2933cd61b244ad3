// Which screens need the keychain thread: a call can wait on a daemon only where there is one to
// reach. Without a session bus on Linux the library fails at once, and the thread would only cost
// the dashboard memory.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keychainCallsCanWait } from '../../src/secrets/keychain.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('keychainCallsCanWait', () => {
  it('Linux with no session bus: no call can wait', () => {
    const runtime = mkdtempSync(join(tmpdir(), 'oca-runtime-'));
    dirs.push(runtime);
    expect(keychainCallsCanWait({}, 'linux')).toBe(false);
    expect(keychainCallsCanWait({ XDG_RUNTIME_DIR: runtime }, 'linux')).toBe(false);
  });
  it('Linux with a bus address, or the bus socket in XDG_RUNTIME_DIR (which D-Bus finds by itself)', () => {
    const runtime = mkdtempSync(join(tmpdir(), 'oca-runtime-'));
    dirs.push(runtime);
    writeFileSync(join(runtime, 'bus'), '');
    expect(keychainCallsCanWait({ DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus' }, 'linux')).toBe(true);
    expect(keychainCallsCanWait({ XDG_RUNTIME_DIR: runtime }, 'linux')).toBe(true);
  });
  it('macOS and Windows: their keychains can always make a call wait', () => {
    expect(keychainCallsCanWait({}, 'darwin')).toBe(true);
    expect(keychainCallsCanWait({}, 'win32')).toBe(true);
  });
});
