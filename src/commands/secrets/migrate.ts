// `openclaw-auth secrets migrate --to keychain|file [--agent <id>]`: move the secrets of token and
// API-key profiles (including ones the real openclaw wrote) between auth-profiles.json and the OS
// keychain without losing any: write the new copy, read it back, switch the profile, and only then
// remove the old copy.
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { println } from '../../io/print.js';
import { installResolverLauncher, isKeychainRef, keychainAccount, keychainRef, registerExecProvider } from '../../secrets/exec-provider.js';
import { storeVerified, type Keychain } from '../../secrets/keychain.js';
import { locateAgentStore } from '../../store/agent-store.js';
import { listProfiles, readAuthStore, secretRef, storedSecret, updateAuthStore, isJsonObject, type AuthProfile } from '../../store/auth-profiles.js';
import { updateConfig } from '../../store/config.js';
import { sqliteDatabaseForWrite } from '../../openclaw/delegate.js';

export interface MigrateOptions {
  to: string;
  agent?: string;
}

interface Move {
  profile: AuthProfile;
  field: 'token' | 'key';
  secret: string;
  account: string;
}

async function toKeychain(ctx: Context, keychain: Keychain, agentId: string, profiles: AuthProfile[]): Promise<{ moves: Move[]; failures: number }> {
  const moves: Move[] = [];
  let failures = 0;
  for (const profile of profiles) {
    const secret = storedSecret(profile);
    if (!secret) continue;
    const account = keychainAccount(agentId, profile.id);
    try {
      await storeVerified(keychain, account, secret);
      moves.push({ profile, field: profile.type === 'token' ? 'token' : 'key', secret, account });
    } catch (error) {
      failures += 1;
      println(ctx.stderr, `✗ ${profile.id}: not moved (${error instanceof Error ? error.message : String(error)}); it stays in the file`);
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
      moves.push({ profile, field: profile.type === 'token' ? 'token' : 'key', secret, account: ref.id });
    } catch (error) {
      failures += 1;
      println(ctx.stderr, `✗ ${profile.id}: not moved (${error instanceof Error ? error.message : String(error)}); it stays in the keychain`);
    }
  }
  return { moves, failures };
}

export async function secretsMigrate(ctx: Context, options: MigrateOptions): Promise<number> {
  if (options.to !== 'keychain' && options.to !== 'file') throw new UsageError(`invalid --to ${options.to}: use keychain or file`);
  const target = await locateAgentStore(ctx, options.agent);
  // OpenClaw 2026.6+: its store, changed through its CLI (auth-profiles.json is not used there).
  const database = sqliteDatabaseForWrite(ctx, target.storePath);
  if (database) {
    const { migrateThroughOpenclaw } = await import('./migrate-through-openclaw.js');
    return migrateThroughOpenclaw(ctx, target, database, options.to, options.agent);
  }
  const profiles = listProfiles((await readAuthStore(target.storePath)).raw).filter((profile) => profile.type !== 'oauth');
  const keychain = ctx.keychain();
  const { moves, failures } = options.to === 'keychain' ? await toKeychain(ctx, keychain, target.agentId, profiles) : await toFile(ctx, keychain, profiles);

  if (moves.length) {
    const launcher = options.to === 'keychain' ? await installResolverLauncher(ctx.paths.stateDir) : undefined;
    await updateAuthStore(target.storePath, (store) => {
      for (const move of moves) {
        const entry = store.profiles[move.profile.id];
        if (!isJsonObject(entry)) continue; // removed meanwhile: nothing to switch
        if (options.to === 'keychain') {
          delete entry[move.field];
          entry[`${move.field}Ref`] = keychainRef(move.account);
        } else {
          delete entry[`${move.field}Ref`];
          entry[move.field] = move.secret;
        }
      }
    });
    if (launcher) await updateConfig(ctx.paths.configPath, (config) => registerExecProvider(config, launcher));
    if (options.to === 'file') for (const move of moves) await keychain.delete(move.account).catch(() => false);
  }
  const where = (move: Move) => (options.to === 'keychain' ? keychain.describe(move.account) : ctx.show(target.storePath));
  for (const move of moves) println(ctx.stdout, `✓ ${move.profile.id} → ${where(move)}`);
  if (!moves.length && !failures) println(ctx.stdout, `Nothing to move: no ${options.to === 'keychain' ? 'secrets in the file' : 'keychain-held secrets'} for agent ${target.agentId}.`);
  return failures ? 1 : 0;
}
