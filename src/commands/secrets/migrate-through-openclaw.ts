// `secrets migrate` in an OpenClaw 2026.6+ (SQLite) state: the same moves as with auth-profiles.json,
// made with OpenClaw's own CLI. To the keychain: the plaintext secret (read from its store) goes into
// the keychain, is read back, and the profile becomes an exec ref (logout, secrets apply, config
// patch, order put back). To the file: the keychain's secret goes back into OpenClaw's store with
// paste-token/paste-api-key, and only then is the keychain entry removed. Reading the plaintext
// needs node:sqlite (Node 22.5+); OpenClaw prints no secret.
import type { Context } from '../../context.js';
import { CliError } from '../../errors.js';
import { println } from '../../io/print.js';
import type { AuthStore } from '../../auth-store/auth-store.js';
import { isKeychainRef, keychainAccount } from '../../secrets/exec-provider.js';
import { storeVerified } from '../../secrets/keychain.js';
import { credentialTarget } from '../../store/agent-store.js';
import { listProfiles, readOrder, secretRef, storedSecret, type AuthProfile } from '../../store/auth-profiles.js';
import type { SaveCredentialInput } from '../../store/credential-types.js';
import { keychainRefThroughOpenclaw, pasteThroughOpenclaw } from '../../auth-store/openclaw-cli-save.js';
import { loadStatusView } from '../../status/load-status.js';

export async function migrateThroughOpenclaw(ctx: Context, target: AuthStore, to: 'keychain' | 'file'): Promise<number> {
  const database = target.database() as string;
  const bin = target.openclaw();
  const view = await loadStatusView(ctx, target.agent);
  const { layout } = view.status.auth;
  if (layout.era !== 'sqlite' || layout.read !== 'direct') {
    throw new CliError(`moving secrets in OpenClaw's SQLite store needs to read it, which this Node.js cannot (${process.version}; node:sqlite needs 22.5 or later)`, {
      hint: 'run it with Node 22.5 or later (OpenClaw 2026.9 itself runs on Node 24)',
    });
  }
  const keychain = ctx.keychain();
  const input = (profile: AuthProfile, secret: string): SaveCredentialInput => ({
    ...credentialTarget(ctx, target, profile.id, profile.provider),
    kind: profile.type === 'token' ? 'token' : 'api_key',
    secret,
    ...(typeof profile.expires === 'number' ? { expires: profile.expires } : {}),
    storage: to,
    warn: (line) => println(ctx.stderr, line),
    progress: (line) => println(ctx.stderr, line),
  });
  let moved = 0;
  let failures = 0;
  for (const profile of listProfiles(view.store).filter((entry) => entry.type !== 'oauth')) {
    const inline = storedSecret(profile);
    const ref = secretRef(profile);
    try {
      if (to === 'keychain' && inline) {
        const account = keychainAccount(target.agentId, profile.id);
        await storeVerified(keychain, account, inline);
        await keychainRefThroughOpenclaw(input(profile, inline), bin, keychain, account);
        println(ctx.stdout, `✓ ${profile.id} → ${keychain.describe(account)}`);
      } else if (to === 'file' && !inline && isKeychainRef(ref)) {
        const secret = await keychain.get(ref.id);
        if (!secret) throw new Error('no keychain entry (removed, or the keyring is locked)');
        // The ref sits in the agent's own database and would hide a pasted copy: remove it first.
        // (OpenClaw's own logout, not the store's remove(): the keychain entry must outlive the paste.)
        const order = readOrder(view.store, profile.provider);
        await target.runOpenclaw(['models', 'auth', 'logout', profile.id, '--yes', ...target.agentArgs]);
        await pasteThroughOpenclaw(input(profile, secret), bin, database);
        if (order) await target.setOrder(profile.provider, order);
        await keychain.delete(ref.id).catch(() => false);
        println(ctx.stdout, `✓ ${profile.id} → OpenClaw's SQLite store (${ctx.show(database)})`);
      } else continue;
      moved += 1;
    } catch (error) {
      failures += 1;
      println(ctx.stderr, `✗ ${profile.id}: not moved (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  if (moved && to === 'keychain') {
    // SQLite does not overwrite freed pages: the old bytes stay in the file until it is compacted,
    // which OpenClaw leaves to an offline VACUUM (its doctor says so) and we never do to its database.
    println(ctx.stderr, `! OpenClaw's store no longer holds these secrets, but ${ctx.show(database)} may keep their old bytes in free pages until it is compacted: with the gateway stopped, run VACUUM on it (OpenClaw's doctor gives the same advice).`);
  }
  if (!moved && !failures) println(ctx.stdout, `Nothing to move: no ${to === 'keychain' ? "secrets in OpenClaw's store" : 'keychain-held secrets'} for agent ${target.agentId}.`);
  return failures ? 1 : 0;
}
