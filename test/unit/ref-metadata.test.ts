// Our record of keychain refs' expiries in OpenClaw 2026.6+ (secrets apply drops `expires`).
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRefMetadata, recordedExpiry, refMetadataPath, updateRefMetadata } from '../../src/store/ref-metadata.js';
import { makeTempHome } from '../helpers/temp-home.js';

const ref = { source: 'exec' as const, provider: 'openclaw-auth', id: 'main/anthropic:kc' };

describe('ref-metadata.json', () => {
  it('keeps every entry on update, is private, and holds no secret', async () => {
    const home = makeTempHome();
    await updateRefMetadata(home.stateDir, 'main/anthropic:kc', { ref, storage: 'keychain', expires: 1_800_000_000_000, created: 1 });
    await updateRefMetadata(home.stateDir, 'work/anthropic:kc', { ref: { ...ref, id: 'work/anthropic:kc' }, storage: 'keychain', created: 2 });
    const path = refMetadataPath(home.stateDir);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(Object.keys(await readRefMetadata(home.stateDir))).toEqual(['main/anthropic:kc', 'work/anthropic:kc']);
    await updateRefMetadata(home.stateDir, 'work/anthropic:kc', undefined);
    expect(Object.keys(JSON.parse(readFileSync(path, 'utf8')).profiles)).toEqual(['main/anthropic:kc']);
  });

  it('an expiry applies only while the profile still carries the ref it was recorded for', async () => {
    const home = makeTempHome();
    await updateRefMetadata(home.stateDir, 'main/anthropic:kc', { ref, storage: 'keychain', expires: 1_800_000_000_000, created: 1 });
    const metadata = await readRefMetadata(home.stateDir);
    expect(recordedExpiry(metadata, 'main/anthropic:kc', ref)).toBe(1_800_000_000_000);
    expect(recordedExpiry(metadata, 'main/anthropic:kc', { ...ref, provider: 'vault' })).toBeUndefined();
    expect(recordedExpiry(metadata, 'main/anthropic:other', ref)).toBeUndefined();
  });

  it('a corrupt file is an error naming it, never overwritten', async () => {
    const home = makeTempHome();
    home.writeFile(refMetadataPath(home.stateDir), '{not json');
    await expect(readRefMetadata(home.stateDir)).rejects.toThrow(refMetadataPath(home.stateDir));
    await expect(updateRefMetadata(home.stateDir, 'main/x', undefined)).rejects.toThrow(refMetadataPath(home.stateDir));
    expect(readFileSync(refMetadataPath(home.stateDir), 'utf8')).toBe('{not json');
  });
});
