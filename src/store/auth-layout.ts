// Which auth store an OpenClaw state uses. OpenClaw 2026.6 and later keep credentials in SQLite
// (<state>/state/openclaw.sqlite, or an agent's openclaw-agent.sqlite) and refuse a provider while
// an auth-profiles.json sits beside that store (AUTH_PROFILE_MIGRATION_REQUIRED) — and keep the old
// token even after `openclaw doctor --fix` imports it (2026.9 internals §2). So writing the JSON
// store there would break the user's setup: this module tells the eras apart, cheaply (file
// existence only), and every JSON write checks it first. Which store a change goes to, where neither
// exists yet, is src/auth-store/auth-store.ts's to decide (it asks the installed OpenClaw).
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError } from '../errors.js';

/** OpenClaw 2026.6+'s shared store, and an agent's own (2026.9 internals §1). */
export const stateDatabasePath = (stateDir: string): string => join(stateDir, 'state', 'openclaw.sqlite');
export const agentDatabasePath = (agentDir: string): string => join(agentDir, 'openclaw-agent.sqlite');

/** The SQLite store governing the agent whose auth-profiles.json is at `storePath`, if any. */
export function sqliteStoreFor(storePath: string, stateDir?: string): string | undefined {
  const agentDir = dirname(storePath);
  const candidates = [agentDatabasePath(agentDir)];
  if (stateDir) candidates.push(stateDatabasePath(stateDir));
  // <state>/agents/<id>/agent/auth-profiles.json: the shared store is three levels up.
  const agents = dirname(dirname(agentDir));
  if (basename(agentDir) === 'agent' && basename(agents) === 'agents') candidates.push(stateDatabasePath(dirname(agents)));
  return candidates.find((path) => existsSync(path));
}

export class SqliteStoreError extends CliError {
  constructor(readonly database: string) {
    super(
      `this OpenClaw (2026.6 or later) keeps credentials in SQLite (${database}); writing auth-profiles.json there would make it refuse those providers until "openclaw doctor --fix", so openclaw-auth will not. It cannot write that store yet: use OpenClaw's own command, with the secret on stdin`,
      { hint: 'printf %s "$TOKEN" | openclaw models auth paste-token --provider anthropic   (or paste-api-key, logout, order set)' },
    );
  }
}

/** Throws when auth-profiles.json at `storePath` must not be written. */
export function assertJsonStore(storePath: string, stateDir?: string): void {
  const database = sqliteStoreFor(storePath, stateDir);
  if (database) throw new SqliteStoreError(database);
}
