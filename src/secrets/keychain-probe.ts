import { KeychainUnavailableError, storeVerified, type Keychain } from './keychain.js';

export type KeychainAvailability = { available: true } | { available: false; reason: string };

/** Can a secret be stored and read back right now? Writes and removes a probe entry (time-boxed). */
export async function probeKeychain(keychain: Keychain): Promise<KeychainAvailability> {
  // An account of its own: two probes at once (two commands) must not read back each other's.
  const account = `openclaw-auth-probe/${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  try {
    // Read back, not trusted from the write's reply (a busy daemon's reply can be lost while it writes).
    await storeVerified(keychain, account, 'probe', 0);
    await keychain.delete(account).catch(() => false);
    return { available: true };
  } catch (error) {
    return { available: false, reason: error instanceof KeychainUnavailableError ? error.reason : String(error) };
  }
}
