// node:crypto on first use, not at start-up: loading it costs ~6 ms (its ciphers and key types),
// more than `models status --check` spends on its own work, and a read-only command never needs
// it. Only writes (temporary and lock names) and an over-long keychain account call these.
import { createRequire } from 'node:module';

type NodeCrypto = typeof import('node:crypto');
let loaded: NodeCrypto | undefined;

function crypto(): NodeCrypto {
  loaded ??= createRequire(import.meta.url)('node:crypto') as NodeCrypto;
  return loaded;
}

/** `bytes` random bytes as hex: unique names for temporary files, locks and lock owners. */
export function randomHex(bytes: number): string {
  return crypto().randomBytes(bytes).toString('hex');
}

export function sha256Hex(text: string): string {
  return crypto().createHash('sha256').update(text).digest('hex');
}
