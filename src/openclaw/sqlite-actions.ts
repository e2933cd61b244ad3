// Changes to an OpenClaw 2026.6+ (SQLite) store that more than one command makes — logout and order
// from the CLI and from the dashboard — done through OpenClaw's own CLI, plus what is ours to tidy
// (the keychain entry and our record of it). Returns what happened; printing is the caller's.
import type { Context } from '../context.js';
import { isKeychainRef, keychainAccount } from '../secrets/exec-provider.js';
import { findProfile, listProfiles, secretRef, type RawAuthStore, type SecretRef } from '../store/auth-profiles.js';
import { loadStatusView } from '../status/load-status.js';
import { readRefMetadata, refMetadataKey, updateRefMetadata } from '../store/ref-metadata.js';
import { agentArgs, requireOpenclaw } from './delegate.js';
import { runOpenclaw, type OpenclawResult } from './openclaw-cli.js';

export interface SqliteLogout extends OpenclawResult {
  /** Set when the secret was in the keychain: whether its entry was still there to remove. */
  keychainEntryRemoved?: boolean;
  keychainAccount?: string;
}

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

export async function logoutThroughOpenclaw(ctx: Context, database: string, agentId: string, agent: string | undefined, profileId: string): Promise<SqliteLogout> {
  const key = refMetadataKey(agentId, profileId);
  const recorded = (await readRefMetadata(ctx.paths.stateDir))[key];
  const held = await keychainAccountOf(ctx, agent, profileId, recorded?.ref);
  const result = await runOpenclaw(requireOpenclaw(ctx, database), ['models', 'auth', 'logout', profileId, '--yes', ...agentArgs(agent)], { env: ctx.env, cwd: ctx.cwd });
  if (recorded) await updateRefMetadata(ctx.paths.stateDir, key, undefined);
  if (!held || held.sharedWith.length) return result;
  const keychain = ctx.keychain();
  const removed = await keychain.delete(held.account).catch(() => false);
  // The profile's other generation is a leftover of a renewal: nothing uses it once the profile is gone.
  const base = keychainAccount(agentId, profileId);
  for (const stale of [base, `${base}/2`]) if (stale !== held.account) await keychain.delete(stale).catch(() => false);
  return { ...result, keychainEntryRemoved: removed, keychainAccount: held.account };
}

export function setOrderThroughOpenclaw(ctx: Context, database: string, agent: string | undefined, provider: string, ids: readonly string[]): Promise<OpenclawResult> {
  const args = ids.length ? ['models', 'auth', 'order', 'set', '--provider', provider, ...ids] : ['models', 'auth', 'order', 'clear', '--provider', provider];
  return runOpenclaw(requireOpenclaw(ctx, database), [...args, ...agentArgs(agent)], { env: ctx.env, cwd: ctx.cwd });
}
