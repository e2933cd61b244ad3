// Regression (CI, 2026-12-06: "logout racing paste-token" left a profile pointing at a keychain entry
// that was gone). Measured against the real gnome-keyring: the Secret Service library gives up on a
// reply after about 2 s, while a busy daemon may still carry the call out. Logout put the profile
// back on any delete error, so a delete whose reply was lost left a profile with no secret.
// Logout now reads the keychain to learn what the delete did.
//
// In-process, against the real daemon, so the failure lands exactly at logout's delete. One session
// for the file: the library keeps one D-Bus connection per process, to the first session's bus.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startKeyringSession, type KeyringSession } from '../helpers/keyring-session.js';
import { runCli } from '../helpers/run-cli.js';
import { fakeSetupToken } from '../helpers/temp-home.js';
import type { Keychain } from '../../src/secrets/keychain.js';

let session: KeyringSession;
let real: Keychain;
const stateDir = () => join(session.home, '.openclaw');
const storePath = () => join(stateDir(), 'agents', 'main', 'agent', 'auth-profiles.json');
const profile = (id: string) => JSON.parse(readFileSync(storePath(), 'utf8')).profiles[id];

beforeAll(async () => {
  session = startKeyringSession();
  process.env.DBUS_SESSION_BUS_ADDRESS = session.env.DBUS_SESSION_BUS_ADDRESS;
  process.env.XDG_RUNTIME_DIR = session.env.XDG_RUNTIME_DIR;
  real = (await import('../../src/secrets/keychain.js')).openKeychain();
  return () => session.stop();
});

const pasteToKeychain = async (id: string, token: string) => {
  const pasted = await runCli(session.home, ['models', 'auth', 'paste-token', '--provider', 'anthropic', '--profile-id', id, '--storage', 'keychain'], { input: token, env: session.env });
  expect(pasted.code, pasted.stderr).toBe(0);
};
const logout = async (id: string, keychain: Keychain) => {
  const { removeProfile } = await import('../../src/store/remove-profile.js');
  return removeProfile(storePath(), join(stateDir(), 'openclaw.json'), id, () => keychain, { stateDir: stateDir() });
};

describe('a logout whose keychain delete gets no reply', () => {
  it('when the delete went through (the reply was lost), the profile is removed: never put back pointing at an entry that is gone', async () => {
    await pasteToKeychain('anthropic:lost', fakeSetupToken('L'));
    const { KeychainUnavailableError } = await import('../../src/secrets/keychain.js');
    // What the library reports when the daemon deletes but its reply comes too late.
    const replyLost: Keychain = {
      ...real,
      delete: async (account) => {
        await real.delete(account);
        throw new KeychainUnavailableError('the keychain did not answer (the Secret Service sent no reply in time)');
      },
    };
    const removed = await logout('anthropic:lost', replyLost);
    expect(removed).toMatchObject({ keychainEntryRemoved: true });
    expect(profile('anthropic:lost')).toBeUndefined();
    expect(session.lookup('main/anthropic:lost')).toBeUndefined();
  });

  it('when the daemon stalled before deleting, nothing changed: the profile stays and its secret still resolves', async () => {
    const token = fakeSetupToken('K');
    await pasteToKeychain('anthropic:kept', token);
    const stalls: Keychain = {
      ...real,
      delete: (account) => {
        session.pauseFor(2_500); // past the library's ~2 s reply limit
        return real.delete(account);
      },
    };
    await expect(logout('anthropic:kept', stalls)).rejects.toThrow(/^nothing changed/);
    expect(profile('anthropic:kept').tokenRef.id).toBe('main/anthropic:kept');
    expect(session.lookup('main/anthropic:kept')).toBe(token);
  }, 30_000);
});
