import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CorruptFileError } from '../../src/errors.js';
import { deleteProfile, putProfile, readAuthStore, readOrder, updateAuthStore, writeOrder } from '../../src/store/auth-profiles.js';
import { fakeApiKey, fakeSetupToken, makeTempHome, openclawJson } from '../helpers/temp-home.js';

describe('auth-profiles.json store', () => {
  it('keeps unknown fields, unknown profile types, usageStats and lastGood on rewrite', async () => {
    const home = makeTempHome();
    const original = {
      version: 1,
      profiles: {
        'anthropic:work': { type: 'api_key', provider: 'anthropic', key: fakeApiKey(), metadata: { team: 'x' } },
        'openai-codex:me@example.com': { type: 'oauth', provider: 'openai-codex', access: 'a', refresh: 'r', expires: 1, accountId: 'acc' },
        'future:thing': { type: 'quantum', provider: 'future', blob: [1, 2] },
      },
      order: { anthropic: ['anthropic:work'] },
      lastGood: { anthropic: 'anthropic:work' },
      usageStats: { 'anthropic:work': { lastUsed: 5, errorCount: 0 } },
      somethingNew: { keep: true },
    };
    home.writeStore(original);
    await updateAuthStore(home.storePath(), (store) =>
      putProfile(store, 'anthropic:manual', { type: 'token', provider: 'anthropic', token: fakeSetupToken() }),
    );
    const after = home.readStore();
    const { ['anthropic:manual']: added, ...rest } = after.profiles;
    expect(rest).toEqual(original.profiles);
    expect(added).toEqual({ type: 'token', provider: 'anthropic', token: fakeSetupToken() });
    expect(after.order).toEqual(original.order);
    expect(after.lastGood).toEqual(original.lastGood);
    expect(after.usageStats).toEqual(original.usageStats);
    expect(after.somethingNew).toEqual({ keep: true });
  });

  it('writes the file exactly as OpenClaw serialises it, 0600 in 0700 dirs', async () => {
    const home = makeTempHome();
    await updateAuthStore(home.storePath(), (store) => putProfile(store, 'anthropic:manual', { type: 'token', provider: 'anthropic', token: 't' }));
    const text = readFileSync(home.storePath(), 'utf8');
    expect(text).toBe(openclawJson({ version: 1, profiles: { 'anthropic:manual': { type: 'token', provider: 'anthropic', token: 't' } } }));
    expect(home.mode(home.storePath())).toBe(0o600);
    expect(home.mode(home.agentDir())).toBe(0o700);
    expect(home.mode(home.stateDir)).toBe(0o700);
  });

  it('drops the inline value when a ref is written, as OpenClaw does', async () => {
    const home = makeTempHome();
    await updateAuthStore(home.storePath(), (store) =>
      putProfile(store, 'anthropic:kc', { type: 'token', provider: 'anthropic', token: 'old', tokenRef: { source: 'exec', provider: 'v', id: 'x' } }),
    );
    expect(home.readStore().profiles['anthropic:kc']).not.toHaveProperty('token');
  });

  it.each([
    ['broken JSON', '{"version": 1, "profiles": {'],
    ['an array', '[]'],
    ['profiles that are not an object', '{"version":1,"profiles":"x"}'],
  ])('refuses %s with an error naming the file, and leaves it untouched', async (_name, text) => {
    const home = makeTempHome();
    home.writeFile(home.storePath(), text);
    await expect(readAuthStore(home.storePath())).rejects.toThrow(CorruptFileError);
    await expect(updateAuthStore(home.storePath(), () => undefined)).rejects.toThrow(home.storePath());
    expect(readFileSync(home.storePath(), 'utf8')).toBe(text);
  });

  it('reads a missing file as an empty store without creating it', async () => {
    const home = makeTempHome();
    const snapshot = await readAuthStore(home.storePath());
    expect(snapshot).toMatchObject({ exists: false, raw: { version: 1, profiles: {} } });
  });

  it('removes a profile with its order, lastGood and usageStats entries', async () => {
    const home = makeTempHome();
    home.writeStore({
      version: 1,
      profiles: { 'anthropic:a': { type: 'api_key', provider: 'anthropic', key: 'k' }, 'anthropic:b': { type: 'api_key', provider: 'anthropic', key: 'k2' } },
      order: { anthropic: ['anthropic:a', 'anthropic:b'], openai: ['anthropic:a'] },
      lastGood: { anthropic: 'anthropic:a' },
      usageStats: { 'anthropic:a': { lastUsed: 1 }, 'anthropic:b': { lastUsed: 2 } },
    });
    await updateAuthStore(home.storePath(), (store) => deleteProfile(store, 'anthropic:a'));
    expect(home.readStore()).toEqual({
      version: 1,
      profiles: { 'anthropic:b': { type: 'api_key', provider: 'anthropic', key: 'k2' } },
      order: { anthropic: ['anthropic:b'] },
      lastGood: {},
      usageStats: { 'anthropic:b': { lastUsed: 2 } },
    });
  });

  it('reads order as OpenClaw does (arrays only, trimmed) and drops empty lists on write', async () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: {}, order: { anthropic: [' anthropic:a ', 3, ''], openai: 'x' } });
    const { raw } = await readAuthStore(home.storePath());
    expect(readOrder(raw, 'anthropic')).toEqual(['anthropic:a']);
    expect(readOrder(raw, 'openai')).toBeUndefined();
    writeOrder(raw, 'anthropic', undefined);
    writeOrder(raw, 'openai', undefined);
    expect(raw).not.toHaveProperty('order');
  });

  it('never loses a write when a second writer changes the file while we wait for the lock', async () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: {} });
    await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        updateAuthStore(home.storePath(), async (store) => {
          await new Promise((resolve) => setTimeout(resolve, 2));
          putProfile(store, `anthropic:p${index}`, { type: 'api_key', provider: 'anthropic', key: `k${index}` });
        }),
      ),
    );
    expect(Object.keys(home.readStore().profiles)).toHaveLength(10);
  });
});

describe('SQLite-era states (OpenClaw 2026.6+)', () => {
  it.each([
    ['a shared store', (home: ReturnType<typeof makeTempHome>) => home.writeFile(`${home.stateDir}/state/openclaw.sqlite`, '')],
    ['an agent store', (home: ReturnType<typeof makeTempHome>) => home.writeFile(`${home.agentDir()}/openclaw-agent.sqlite`, '')],
  ])('auth-profiles.json is never written beside %s', async (_name, makeDatabase) => {
    const home = makeTempHome();
    makeDatabase(home);
    await expect(updateAuthStore(home.storePath(), () => undefined)).rejects.toThrow(/keeps credentials in SQLite/);
    const { existsSync } = await import('node:fs');
    expect(existsSync(home.storePath())).toBe(false);
  });
});
