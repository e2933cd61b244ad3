// The secret in the OS keychain, the profile holding only an exec ref to our resolver. Each
// destination calls these the same way: the secret goes in first (under an account the profile
// does not use now) and is read back; the entry the profile used before goes last, once nothing
// points at it, so a failed replacement never costs the working secret.
import { isKeychainRef } from '../../secrets/exec-provider.js';
import { KeychainUnavailableError, storeVerified, type Keychain } from '../../secrets/keychain.js';
import type { SecretRef } from '../auth-profiles.js';

export interface KeychainPlacementInput {
  secret: string;
  /** What the user asked for: "keychain" makes a keychain that does not work an error, not a fallback. */
  storage?: string | undefined;
  keychain: () => Keychain;
  warn: (line: string) => void;
  /** How to choose the fallback on purpose, for the warning (default: the --storage flag). */
  chooseFileHint?: string;
}

/**
 * Put the secret in the keychain under `account` and read it back; undefined when the keychain does
 * not work and the user did not insist on it (said *before* anything is written to `fallback`).
 */
export async function placeInKeychain(input: KeychainPlacementInput, account: string, fallback: string): Promise<Keychain | undefined> {
  try {
    const keychain = input.keychain();
    await storeVerified(keychain, account, input.secret);
    return keychain;
  } catch (error) {
    if (input.storage === 'keychain' || !(error instanceof KeychainUnavailableError)) throw error;
    warnFallback(input, error, fallback);
    return undefined;
  }
}

/**
 * Whether the secret can go to the keychain, asked without writing it (a probe entry of its own):
 * for a caller that writes it later, under its lock. The same warnings and refusal as placeInKeychain.
 */
export async function usableKeychain(input: KeychainPlacementInput, fallback: string): Promise<Keychain | undefined> {
  const keychain = input.keychain();
  const { probeKeychain } = await import('../../secrets/keychain-probe.js');
  const probe = await probeKeychain(keychain);
  if (probe.available) return keychain;
  const error = new KeychainUnavailableError(probe.reason);
  if (input.storage === 'keychain') throw error;
  warnFallback(input, error, fallback);
  return undefined;
}

/** Said before anything is written to the fallback: why not the keychain, and where instead. */
function warnFallback(input: KeychainPlacementInput, error: KeychainUnavailableError, fallback: string): void {
  input.warn(`! ${error.message}.`);
  input.warn(`! Storing it in ${fallback} instead (plain text, readable only by you). ${input.chooseFileHint ?? 'Pass --storage file'} to choose this without the warning.`);
}

/** Remove the entry a profile used before, once it points at `account` (or at no entry); a failure leaves an orphan, never a loss. */
export async function dropReplacedEntry(input: Pick<KeychainPlacementInput, 'keychain' | 'warn'>, oldRef: SecretRef | undefined, account: string | undefined, keychain?: Keychain): Promise<void> {
  if (!isKeychainRef(oldRef) || oldRef.id === account) return;
  await (keychain ?? input.keychain()).delete(oldRef.id).catch((error: unknown) => {
    input.warn(`! could not remove the old keychain entry ${oldRef.id}: ${error instanceof Error ? error.message : String(error)}`);
  });
}
