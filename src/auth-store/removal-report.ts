// What a removal did to the profile's keychain entry, in the words logout and the dashboard share.
import type { Context } from '../context.js';
import type { ProfileRemoval } from './types.js';

/** What became of the profile's keychain entry, in a line (undefined: its secret was not in the keychain). */
export function keychainRemovalLine(ctx: Context, removed: ProfileRemoval): string | undefined {
  if (removed.keychainEntry === undefined) return undefined;
  if (removed.keychainEntryShared) return `! Its keychain entry ${removed.keychainEntry} stays: another profile points at it too`;
  if (removed.keychainEntryMayRemain) return `! The keychain did not answer the removal of ${removed.keychainEntry}: it may remain, unused (openclaw-auth doctor --fix removes unused entries)`;
  return removed.keychainEntryRemoved ? `✓ Removed its secret from the ${ctx.keychain().describe(removed.keychainEntry)}` : `! Its keychain entry was already gone (${removed.keychainEntry})`;
}
