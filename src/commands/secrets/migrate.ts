// `openclaw-auth secrets migrate --to keychain|file [--agent <id>]`: move the secrets of token and
// API-key profiles (including ones the real openclaw wrote) between auth-profiles.json and the OS
// keychain without losing any: write the new copy, read it back, switch the profile, and only then
// remove the old copy.
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { println } from '../../io/print.js';
import { freshKeychainAccount, installResolverLauncher, isAccountOf, isKeychainRef, keychainRef, registerExecProvider } from '../../secrets/exec-provider.js';
import { storeVerified, type Keychain } from '../../secrets/keychain.js';
import { locateAgentStore } from '../../store/agent-store.js';
import { findProfile, listProfiles, profileEntry, readAuthStore, refInUse, secretRef, storedSecret, transactAuthStore, type AuthProfile, type RawAuthStore } from '../../store/auth-profiles.js';
import { updateConfig } from '../../store/config.js';
import { authStoreFor } from '../../auth-store/auth-store.js';

export interface MigrateOptions {
  to: string;
  agent?: string;
}

interface Move {
  profile: AuthProfile;
  field: 'token' | 'key';
  secret: string;
  account: string;
  /** The keychain account the secret comes from (a legacy account, or the one moved to the file). */
  from?: string;
}

/**
 * Secrets to put under a keychain account of their own: those the file holds, and those behind a
 * keychain account named the way openclaw-auth named them before 0.2 (not injective: two ids could
 * share one entry). Each is written under its new account and read back before anything switches.
 */
async function toKeychain(ctx: Context, keychain: Keychain, agentId: string, profiles: AuthProfile[]): Promise<{ moves: Move[]; failures: number }> {
  const moves: Move[] = [];
  let failures = 0;
  for (const profile of profiles) {
    const ref = secretRef(profile);
    const legacy = isKeychainRef(ref) && !storedSecret(profile) && !isAccountOf(ref.id, agentId, profile.id) ? ref.id : undefined;
    try {
      const secret = legacy !== undefined ? await keychain.get(legacy) : storedSecret(profile);
      if (!secret) {
        if (legacy !== undefined) throw new Error(`no keychain entry ${legacy} (removed, or the keyring is locked)`);
        continue;
      }
      const account = freshKeychainAccount(agentId, profile.id, ref);
      await storeVerified(keychain, account, secret);
      moves.push({ profile, field: profile.type === 'token' ? 'token' : 'key', secret, account, ...(legacy !== undefined ? { from: legacy } : {}) });
    } catch (error) {
      failures += 1;
      println(ctx.stderr, `✗ ${profile.id}: not moved (${error instanceof Error ? error.message : String(error)}); it stays ${legacy !== undefined ? `in ${legacy}` : 'in the file'}`);
    }
  }
  return { moves, failures };
}

async function toFile(ctx: Context, keychain: Keychain, profiles: AuthProfile[]): Promise<{ moves: Move[]; failures: number }> {
  const moves: Move[] = [];
  let failures = 0;
  for (const profile of profiles) {
    const ref = secretRef(profile);
    if (!isKeychainRef(ref) || storedSecret(profile)) continue;
    try {
      const secret = await keychain.get(ref.id);
      if (!secret) throw new Error('no keychain entry (removed, or the keyring is locked)');
      moves.push({ profile, field: profile.type === 'token' ? 'token' : 'key', secret, account: ref.id, from: ref.id });
    } catch (error) {
      failures += 1;
      println(ctx.stderr, `✗ ${profile.id}: not moved (${error instanceof Error ? error.message : String(error)}); it stays in the keychain`);
    }
  }
  return { moves, failures };
}

/** Switch each moved profile in the file; true where it switched (a profile changed meanwhile stays). */
function switchProfiles(store: RawAuthStore, moves: Move[], to: 'keychain' | 'file'): Move[] {
  const switched: Move[] = [];
  for (const move of moves) {
    const entry = profileEntry(store, move.profile.id);
    const now = findProfile(store, move.profile.id);
    // Changed since we read it (a new paste, a logout): leave it as it is.
    if (!entry || !now || JSON.stringify(secretRef(now) ?? storedSecret(now)) !== JSON.stringify(secretRef(move.profile) ?? storedSecret(move.profile))) continue;
    if (to === 'keychain') {
      delete entry[move.field];
      entry[`${move.field}Ref`] = keychainRef(move.account);
    } else {
      delete entry[`${move.field}Ref`];
      entry[move.field] = move.secret;
    }
    switched.push(move);
  }
  return switched;
}

export async function secretsMigrate(ctx: Context, options: MigrateOptions): Promise<number> {
  if (options.to !== 'keychain' && options.to !== 'file') throw new UsageError(`invalid --to ${options.to}: use keychain or file`);
  const target = await locateAgentStore(ctx, options.agent);
  // OpenClaw 2026.6+: its store, changed through its CLI (auth-profiles.json is not used there).
  const store = authStoreFor(ctx, target, options.agent);
  if (store.kind() === 'openclaw') {
    const { migrateThroughOpenclaw } = await import('./migrate-through-openclaw.js');
    return migrateThroughOpenclaw(ctx, store, options.to);
  }
  const profiles = listProfiles((await readAuthStore(target.storePath)).raw).filter((profile) => profile.type !== 'oauth');
  const keychain = ctx.keychain();
  const { moves, failures } = options.to === 'keychain' ? await toKeychain(ctx, keychain, target.agentId, profiles) : await toFile(ctx, keychain, profiles);

  let done: Move[] = [];
  if (moves.length) {
    const launcher = options.to === 'keychain' ? await installResolverLauncher(ctx.paths.stateDir) : undefined;
    done = await transactAuthStore(
      target.storePath,
      async (tx) => {
        const switched = switchProfiles(tx.store, moves, options.to as 'keychain' | 'file');
        await tx.commit();
        if (launcher) {
          try {
            await updateConfig(ctx.paths.configPath, (config) => registerExecProvider(config, launcher), { stateDir: ctx.paths.stateDir });
          } catch (error) {
            await tx.rollback();
            throw error;
          }
        }
        // Old copies go last, still under the lock, and only where no profile points at them now.
        for (const move of switched) {
          if (move.from !== undefined && move.from !== move.account && !refInUse(tx.store, move.from)) await keychain.delete(move.from).catch(() => false);
          if (options.to === 'file' && !refInUse(tx.store, move.account)) await keychain.delete(move.account).catch(() => false);
        }
        return switched;
      },
      { stateDir: ctx.paths.stateDir },
    );
    // Written for a profile that changed meanwhile: that copy is nobody's.
    if (options.to === 'keychain') for (const move of moves) if (!done.includes(move)) await keychain.delete(move.account).catch(() => false);
  }
  const where = (move: Move) => (options.to === 'keychain' ? keychain.describe(move.account) : ctx.show(target.storePath));
  for (const move of done) println(ctx.stdout, `✓ ${move.profile.id} → ${where(move)}`);
  if (!moves.length && !failures) println(ctx.stdout, `Nothing to move: no ${options.to === 'keychain' ? 'secrets in the file' : 'keychain-held secrets'} for agent ${target.agentId}.`);
  return failures ? 1 : 0;
}
