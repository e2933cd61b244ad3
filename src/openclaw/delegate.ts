import type { Context } from '../context.js';
import { println } from '../io/print.js';
import { SqliteStoreError, sqliteStoreForWrite } from '../store/auth-layout.js';
import { findOpenclaw, runOpenclaw } from './openclaw-cli.js';

/**
 * In an OpenClaw 2026.6+ state (SQLite store), run the same command with OpenClaw's CLI and relay
 * what it says; returns false in a JSON-era state, where we do the work ourselves.
 */
export async function delegateIfSqlite(ctx: Context, storePath: string, args: readonly string[]): Promise<boolean> {
  const database = sqliteDatabaseForWrite(ctx, storePath);
  if (!database) return false;
  const result = await runOpenclaw(requireOpenclaw(ctx, database), args, { env: ctx.env, cwd: ctx.cwd });
  for (const line of result.lines) println(ctx.stdout, line);
  if (result.gatewayNote) println(ctx.stderr, result.gatewayNote);
  return true;
}

export const agentArgs = (agent: string | undefined): string[] => (agent ? ['--agent', agent] : []);

/** The openclaw CLI that must make a change to `database`; without one, the reason we cannot. */
export function requireOpenclaw(ctx: Context, database: string): string {
  const bin = findOpenclaw(ctx.env, ctx.cwd);
  if (!bin) throw new SqliteStoreError(database);
  return bin;
}

/** The SQLite store a command in this state must change through OpenClaw, if any (see sqliteStoreForWrite). */
export function sqliteDatabaseForWrite(ctx: Context, storePath: string): string | undefined {
  return sqliteStoreForWrite(storePath, ctx.paths.stateDir, findOpenclaw(ctx.env, ctx.cwd), ctx.env);
}
