// Changes to an OpenClaw 2026.6+ (SQLite) store that more than one command makes — logout and order
// from the CLI and from the dashboard — done through OpenClaw's own CLI, plus what is ours to tidy
// (the keychain entry and our record of it). Returns what happened; printing is the caller's.
import type { Context } from '../context.js';
import { keychainAccount } from '../secrets/exec-provider.js';
import { readRefMetadata, refMetadataKey, updateRefMetadata } from '../store/ref-metadata.js';
import { agentArgs, requireOpenclaw } from './delegate.js';
import { runOpenclaw, type OpenclawResult } from './openclaw-cli.js';

export interface SqliteLogout extends OpenclawResult {
  /** Set when the secret was in the keychain: whether its entry was still there to remove. */
  keychainEntryRemoved?: boolean;
  keychainAccount?: string;
}

export async function logoutThroughOpenclaw(ctx: Context, database: string, agentId: string, agent: string | undefined, profileId: string): Promise<SqliteLogout> {
  const result = await runOpenclaw(requireOpenclaw(ctx, database), ['models', 'auth', 'logout', profileId, '--yes', ...agentArgs(agent)], { env: ctx.env, cwd: ctx.cwd });
  const key = refMetadataKey(agentId, profileId);
  if (!(await readRefMetadata(ctx.paths.stateDir))[key]) return result;
  const account = keychainAccount(agentId, profileId);
  const removed = await ctx.keychain().delete(account).catch(() => false);
  await updateRefMetadata(ctx.paths.stateDir, key, undefined);
  return { ...result, keychainEntryRemoved: removed, keychainAccount: account };
}

export function setOrderThroughOpenclaw(ctx: Context, database: string, agent: string | undefined, provider: string, ids: readonly string[]): Promise<OpenclawResult> {
  const args = ids.length ? ['models', 'auth', 'order', 'set', '--provider', provider, ...ids] : ['models', 'auth', 'order', 'clear', '--provider', provider];
  return runOpenclaw(requireOpenclaw(ctx, database), [...args, ...agentArgs(agent)], { env: ctx.env, cwd: ctx.cwd });
}
