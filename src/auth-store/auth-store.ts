// One answer to "which OpenClaw store holds this agent's credentials?", asked once per agent and
// command, and the one way to change it. Two implementations:
//   - auth-profiles.json (OpenClaw before 2026.6): written by us, under OpenClaw's lock;
//   - OpenClaw's own CLI (2026.6+, SQLite): OpenClaw refuses a JSON store beside its database, and
//     its database is written only by it (2026.9 internals §6).
// (Inside OpenClaw, the plugin host takes the profile from the plugin: src/store/profile-destination/plugin-host.ts.)
//
// The choice is made from files (cheap): a database on disk decides for OpenClaw's CLI, an
// auth-profiles.json for the file. In a state with neither, the installed OpenClaw's version decides
// (2026.6+ will create its database there and would refuse a JSON store), asked only when a change
// is made: a read of an empty state needs no OpenClaw.
import { existsSync } from 'node:fs';
import type { Context } from '../context.js';
export type { AuthStore, AuthStoreKind, OrderChange, ProfileRemoval } from './types.js';
import { findOpenclaw, runOpenclaw } from '../openclaw/openclaw-cli.js';
import { openclawVersion, usesSqliteStore } from '../openclaw/openclaw-version.js';
import type { AgentStore } from '../store/agent-store.js';
import { sqliteStoreFor, stateDatabasePath, SqliteStoreError } from '../store/auth-layout.js';
import type { AuthStore, AuthStoreImplementation } from './types.js';

const chosen = new WeakMap<Context, Map<string, AuthStore>>();

/** The store of the agent at `target`, the same object for the whole command. */
export function authStoreFor(ctx: Context, target: AgentStore, agent?: string): AuthStore {
  let stores = chosen.get(ctx);
  if (!stores) chosen.set(ctx, (stores = new Map()));
  const key = `${target.storePath}\0${agent ?? ''}`;
  let store = stores.get(key);
  if (!store) stores.set(key, (store = openAuthStore(ctx, target, agent)));
  return store;
}

function openAuthStore(ctx: Context, target: AgentStore, agent: string | undefined): AuthStore {
  const databaseOnDisk = sqliteStoreFor(target.storePath, ctx.paths.stateDir);
  let bin: string | undefined | null = null;
  const openclawBin = () => (bin === null ? (bin = findOpenclaw(ctx.env, ctx.cwd)) : bin);
  let database: string | undefined | null = null;
  const writeDatabase = (): string | undefined => {
    if (database !== null) return database;
    if (databaseOnDisk || existsSync(target.storePath)) return (database = databaseOnDisk);
    const installed = openclawBin();
    return (database = installed && usesSqliteStore(openclawVersion(installed, ctx.env)) ? stateDatabasePath(ctx.paths.stateDir) : undefined);
  };
  let implementation: Promise<AuthStoreImplementation> | undefined;
  const store: AuthStore = {
    ...target,
    databaseOnDisk,
    agent,
    agentArgs: agent ? ['--agent', agent] : [],
    database: writeDatabase,
    openclaw() {
      const found = openclawBin();
      if (!found) throw new SqliteStoreError(writeDatabase() ?? stateDatabasePath(ctx.paths.stateDir));
      return found;
    },
    kind: () => (writeDatabase() ? 'openclaw' : 'auth-profiles.json'),
    save: async (input) => (await impl()).save(input),
    remove: async (profileId) => (await impl()).remove(profileId),
    setOrder: async (provider, ids) => (await impl()).setOrder(provider, ids),
    runOpenclaw: (args, input) => runOpenclaw(store.openclaw(), args, { env: ctx.env, cwd: ctx.cwd, ...(input !== undefined ? { input } : {}) }),
  };
  // Loaded for the store in use only: a command on a 2026.3 state never loads the OpenClaw side.
  const impl = () =>
    (implementation ??= writeDatabase()
      ? import('./openclaw-store.js').then(({ openclawStore }) => openclawStore(ctx, store))
      : import('./json-store.js').then(({ jsonStore }) => jsonStore(ctx, store)));
  return store;
}
