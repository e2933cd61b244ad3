// OpenClaw 2026.6+'s store (SQLite), changed only through OpenClaw's own CLI; what is ours to tidy
// around it (the keychain entry and our record of it) is done here too.
import type { Context } from '../context.js';
import { freshKeychainAccount, isKeychainRef, keychainAccount } from '../secrets/exec-provider.js';
import { findProfile, listProfiles, secretRef, type RawAuthStore, type SecretRef } from '../store/auth-profiles.js';
import { readRefMetadata, refMetadataKey, updateRefMetadata } from '../store/ref-metadata.js';
import { placeInKeychain } from '../store/secret-location/keychain.js';
import { loadStatusView } from '../status/load-status.js';
import type { AuthStore, AuthStoreImplementation } from './types.js';

/**
 * The keychain account the profile's secret is under: the ref it carries (read from OpenClaw's store
 * where this runtime can — a plugin-made profile has no record of ours), else the ref we recorded.
 * Either generation (`…/2` after a renewal) may be the live one.
 */
async function keychainAccountOf(ctx: Context, agent: string | undefined, profileId: string, recorded: SecretRef | undefined): Promise<{ account: string; sharedWith: string[] } | undefined> {
  let store: RawAuthStore | undefined;
  try {
    const view = await loadStatusView(ctx, agent);
    if (view.status.auth.layout.era === 'sqlite' && view.status.auth.layout.read === 'direct') store = view.store;
  } catch {
    store = undefined;
  }
  const profile = store ? findProfile(store, profileId) : undefined;
  const ref = profile ? secretRef(profile) : recorded;
  if (!isKeychainRef(ref)) return undefined;
  // Another profile pointing at the same entry keeps it.
  const sharedWith = store ? listProfiles(store).filter((other) => other.id !== profileId && secretRef(other)?.id === ref.id && isKeychainRef(secretRef(other))).map((other) => other.id) : [];
  return { account: ref.id, sharedWith };
}

export function openclawStore(ctx: Context, store: AuthStore): AuthStoreImplementation {
  const database = store.database() as string;
  return {
    async save(input) {
      // The secret on stdin, or, for the keychain, as a ref to our resolver (openclaw-cli-save.ts).
      const bin = store.openclaw();
      const { currentKeychainRef, keychainRefThroughOpenclaw, pasteThroughOpenclaw } = await import('./openclaw-cli-save.js');
      const oldRef = await currentKeychainRef(input);
      const account = freshKeychainAccount(input.agentId, input.profileId, oldRef);
      const keychain = input.storage === 'file' ? undefined : await placeInKeychain(input, account, `OpenClaw's SQLite store (${input.show(database)})`);
      return keychain ? keychainRefThroughOpenclaw(input, bin, keychain, account, oldRef) : pasteThroughOpenclaw(input, bin, database, oldRef);
    },
    async remove(profileId) {
      const key = refMetadataKey(store.agentId, profileId);
      const recorded = (await readRefMetadata(ctx.paths.stateDir))[key];
      const held = await keychainAccountOf(ctx, store.agent, profileId, recorded?.ref);
      const result = await store.runOpenclaw(['models', 'auth', 'logout', profileId, '--yes', ...store.agentArgs]);
      if (recorded) await updateRefMetadata(ctx.paths.stateDir, key, undefined);
      const removal = { openclawLines: result.lines, gatewayNote: result.gatewayNote };
      if (!held) return removal;
      if (held.sharedWith.length) return { ...removal, keychainEntry: held.account, keychainEntryShared: true };
      const keychain = ctx.keychain();
      const removed = await keychain.delete(held.account).catch(() => false);
      // The profile's other generation is a leftover of a renewal: nothing uses it once the profile is gone.
      const base = keychainAccount(store.agentId, profileId);
      for (const stale of [base, `${base}/2`]) if (stale !== held.account) await keychain.delete(stale).catch(() => false);
      return { ...removal, keychainEntry: held.account, keychainEntryRemoved: removed };
    },
    async setOrder(provider, ids) {
      const args = ids?.length ? ['models', 'auth', 'order', 'set', '--provider', provider, ...ids] : ['models', 'auth', 'order', 'clear', '--provider', provider];
      const result = await store.runOpenclaw([...args, ...store.agentArgs]);
      return { lines: result.lines, gatewayNote: result.gatewayNote };
    },
  };
}
