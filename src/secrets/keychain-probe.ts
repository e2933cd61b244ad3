import { KeychainUnavailableError, type Keychain } from './keychain.js';

export type KeychainAvailability = { available: true } | { available: false; reason: string };

/** Can a secret be stored and read back right now? Writes and removes a probe entry (time-boxed). */
export async function probeKeychain(keychain: Keychain): Promise<KeychainAvailability> {
  const account = 'openclaw-auth-probe';
  try {
    await keychain.set(account, 'probe');
    const back = await keychain.get(account);
    await keychain.delete(account);
    return back === 'probe' ? { available: true } : { available: false, reason: 'the keychain did not return what was stored' };
  } catch (error) {
    return { available: false, reason: error instanceof KeychainUnavailableError ? error.reason : String(error) };
  }
}
