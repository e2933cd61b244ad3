import { chmodSync, lstatSync, renameSync, unlinkSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { authStoreFor } from '../auth-store/auth-store.js';
import type { Context } from '../context.js';
import { FileAccessError } from '../errors.js';
import { readDotenv, setDotenvValue } from '../store/dotenv-file.js';
import { listProfiles, secretRef, updateAuthStore, writeOrder } from '../store/auth-profiles.js';
import { loadStatusView } from '../status/load-status.js';
import { credentialTarget, locateAgentStore } from '../store/agent-store.js';
import { saveCredential } from '../auth-store/save-credential.js';
import { validateSecret } from '../secrets/validate.js';
import { findProvider } from '../providers.js';
import { println } from '../io/print.js';
import { agentKeychainAccounts, type AutoFix } from './checks.js';

/** Apply one safe fix; returns what was done, in words. Never deletes a credential a profile uses. */
export async function applyFix(ctx: Context, fix: AutoFix): Promise<string> {
  const { show } = ctx;
  switch (fix.kind) {
    case 'chmod':
      // A link is not changed through: its target may be anyone's file.
      if (lstatSync(fix.path).isSymbolicLink()) throw new FileAccessError(`not changing the mode of ${fix.path}: it is a symbolic link`);
      chmodSync(fix.path, fix.mode);
      return `chmod ${fix.mode.toString(8)} ${show(fix.path)}`;
    case 'move-aside': {
      const aside = `${fix.path}.corrupt-${new Date(ctx.now()).toISOString().replace(/[:.]/g, '-')}`;
      renameSync(fix.path, aside);
      const moved = `moved ${show(fix.path)} aside to ${show(aside)} (kept, not deleted)`;
      const orphans = basename(fix.path) === 'auth-profiles.json' ? await agentKeychainAccounts(ctx, basename(dirname(dirname(fix.path)))) : [];
      if (!orphans.length) return moved;
      // The moved store's profiles pointed at these; now no profile does. Said, never removed here:
      // they may be all that is left of credentials the person wants back.
      return `${moved}; ${orphans.length === 1 ? 'this keychain secret is' : `these ${orphans.length} keychain secrets are`} now left without a profile: ${orphans.join(', ')} (repair and move the file back to use them again, or let openclaw-auth doctor --fix remove them later)`;
    }
    case 'drop-order-entries':
      await updateAuthStore(fix.storePath, (store) => writeOrder(store, fix.provider, fix.keep), { stateDir: ctx.paths.stateDir });
      return fix.keep.length ? `order for ${fix.provider}: ${fix.keep.join(', ')}` : `cleared the ${fix.provider} order`;
    case 'remove-temp-files':
      for (const path of fix.paths) unlinkSync(path);
      return `removed ${fix.paths.map(show).join(', ')}`;
    case 'remove-keychain-entries': {
      // Looked at again now: a profile stored since the check may point at one of them.
      const { store } = await loadStatusView(ctx, fix.agent);
      const used = new Set(listProfiles(store).flatMap((profile) => secretRef(profile)?.id ?? []));
      const keychain = ctx.keychain();
      const removed: string[] = [];
      for (const account of fix.accounts) if (!used.has(account) && (await keychain.delete(account))) removed.push(account);
      return `removed ${removed.length} keychain secret${removed.length === 1 ? '' : 's'} no profile used${removed.length ? `: ${removed.join(', ')}` : ''}`;
    }
    case 'env-token-to-profile': {
      // Stored first (as any paste is: keychain when it works), removed from .env only after.
      const secret = (await readDotenv(ctx.paths.dotenvPath)).values[fix.envVar] ?? '';
      const { value } = validateSecret(secret, findProvider('anthropic'), 'token');
      const target = await locateAgentStore(ctx, fix.agent);
      const saved = await saveCredential({
        ...credentialTarget(ctx, target, fix.profileId, 'anthropic'),
        kind: 'token',
        secret: value,
        // Its age is unknown: a year from now would be a guess that could run out unannounced.
        warn: (line) => println(ctx.stderr, line),
      }, authStoreFor(ctx, target, fix.agent));
      await setDotenvValue(ctx.paths.dotenvPath, fix.envVar, undefined, { stateDir: ctx.paths.stateDir });
      return `stored the setup-token as ${fix.profileId} in ${saved.location} (expiry unknown: when it was made is not known; renewing it with openclaw-auth onboard --reauth ${fix.profileId} starts a known year), and removed ${fix.envVar} from ${fix.dotenvShown}`;
    }
  }
}
