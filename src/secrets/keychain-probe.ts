import { KeychainUnavailableError, type Keychain } from './keychain.js';

export type KeychainAvailability = { available: true } | { available: false; reason: string };

/** Can a secret be stored and read back right now? Writes and removes a probe entry (time-boxed). */
export async function probeKeychain(keychain: Keychain): Promise<KeychainAvailability> {
  // An account of its own: two probes at once (two commands) must not read back each other's.
  const account = `openclaw-auth-probe/${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  try {
    await keychain.set(account, 'probe');
    const back = await keychain.get(account);
    await keychain.delete(account);
    return back === 'probe' ? { available: true } : { available: false, reason: 'the keychain did not return what was stored' };
  } catch (error) {
    return { available: false, reason: error instanceof KeychainUnavailableError ? error.reason : String(error) };
  }
}
