// Read-only view of OpenClaw 2026.6+'s SQLite auth store (2026.9 internals §1), for status and the
// dashboard. Reading is the only thing we ever do to these databases — writes go through OpenClaw's
// CLI (openclaw/openclaw-cli.ts) — and a read must not even create a file: a database that does not
// exist is not opened, and one whose write-ahead log is absent or empty is opened `immutable`.
//
// Uses node:sqlite, which Node has from 22.5 (OpenClaw 2026.9 itself needs Node 24). On older
// runtimes `sqliteAvailable()` is false and callers fall back to asking OpenClaw.
import { existsSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CliError } from '../errors.js';
import { agentDatabasePath, stateDatabasePath } from './auth-layout.js';
import { emptyStore, isJsonObject, type JsonObject, type RawAuthStore } from './auth-profiles.js';

/** The slice of node:sqlite we use (Node 20's type definitions do not have the module). */
interface SqliteStatement {
  get(...params: unknown[]): Record<string, unknown> | undefined;
}
interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  close(): void;
}
interface SqliteModule {
  DatabaseSync: new (path: string | URL, options?: { readOnly?: boolean; timeout?: number }) => SqliteDatabase;
}

let loaded: SqliteModule | null | undefined;

function sqliteModule(): SqliteModule | undefined {
  if (loaded !== undefined) return loaded ?? undefined;
  // Node 22 prints "SQLite is an experimental feature" on first load; that is not the user's concern.
  const emitWarning = process.emitWarning;
  process.emitWarning = (() => undefined) as typeof process.emitWarning;
  try {
    loaded = (process.getBuiltinModule?.('node:sqlite') as SqliteModule | undefined) ?? null;
  } catch {
    loaded = null;
  } finally {
    process.emitWarning = emitWarning;
  }
  return loaded ?? undefined;
}

/** Whether this runtime can read the SQLite store directly (Node ≥ 22.5 without flags ≥ 22.13). */
export function sqliteAvailable(): boolean {
  return sqliteModule() !== undefined;
}

/** The store's layout is not the one we know (OpenClaw moved it before, in state schema 13). */
export class SqliteLayoutError extends CliError {}

function fileSize(path: string): number | undefined {
  try {
    return statSync(path).size;
  } catch {
    return undefined;
  }
}

/**
 * Run `read` on a read-only connection; undefined when the database does not exist. While the
 * write-ahead log is absent or empty, every committed row is in the main file and `immutable` reads
 * it without creating or touching anything beside it (OpenClaw leaves an empty -wal after each run).
 * Only a log that holds data needs a real WAL read, which updates the -shm index as any reader does
 * — never the database or its log. If a checkpoint lands mid-read, the read is retried that way.
 */
function withDatabase<T>(path: string, read: (db: SqliteDatabase) => T): T | undefined {
  const sqlite = sqliteModule();
  if (!sqlite) throw new SqliteLayoutError('this Node.js has no node:sqlite (needs Node 22.5 or later)');
  if (!existsSync(path)) return undefined;
  const immutable = (): SqliteDatabase => {
    const url = pathToFileURL(path);
    url.searchParams.set('immutable', '1');
    return new sqlite.DatabaseSync(url, { readOnly: true });
  };
  const shared = (): SqliteDatabase => new sqlite.DatabaseSync(path, { readOnly: true, timeout: 5000 });
  const attempt = (open: () => SqliteDatabase): T => {
    const db = open();
    try {
      return read(db);
    } finally {
      db.close();
    }
  };
  const describe = (error: unknown) => new SqliteLayoutError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  if (!fileSize(`${path}-wal`)) {
    try {
      return attempt(immutable);
    } catch (error) {
      if (error instanceof SqliteLayoutError) throw error;
      // fall through to a shared read
    }
  }
  try {
    return attempt(shared);
  } catch (error) {
    throw error instanceof SqliteLayoutError ? error : describe(error);
  }
}

function parseCell(path: string, label: string, text: unknown): JsonObject | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (isJsonObject(value)) return value;
  } catch {
    // fall through
  }
  throw new SqliteLayoutError(`${path}: ${label} is not a JSON object`);
}

/** One owner's credentials and runtime state, as OpenClaw stores them. */
export interface SqliteAuthLayer {
  database: string;
  store?: JsonObject;
  state?: JsonObject;
  /** The state database says the shared store has moved into it (`auth.sharedStore`). */
  sharedInStateDb?: boolean;
}

export function readStateDatabase(path: string): SqliteAuthLayer | undefined {
  return withDatabase(path, (db) => {
    const row = db.prepare('SELECT value_json FROM config_machine_state WHERE state_key = ?');
    const marker = parseCell(path, 'auth.sharedStore', row.get('auth.sharedStore')?.value_json);
    const store = parseCell(path, 'authProfiles.store', row.get('authProfiles.store')?.value_json);
    const state = parseCell(path, 'authProfiles.state', row.get('authProfiles.state')?.value_json);
    return { database: path, ...(store ? { store } : {}), ...(state ? { state } : {}), sharedInStateDb: marker?.location === 'state-db' };
  });
}

export function readAgentDatabase(path: string): SqliteAuthLayer | undefined {
  return withDatabase(path, (db) => {
    const store = parseCell(path, 'auth_profile_store', db.prepare("SELECT store_json FROM auth_profile_store WHERE store_key = 'primary'").get()?.store_json);
    const state = parseCell(path, 'auth_profile_state', db.prepare("SELECT state_json FROM auth_profile_state WHERE state_key = 'primary'").get()?.state_json);
    return { database: path, ...(store ? { store } : {}), ...(state ? { state } : {}) };
  });
}

export interface SqliteAuthView {
  /** The merged store in auth-profiles.json's shape, so the status model reads it unchanged. */
  raw: RawAuthStore;
  /** The database OpenClaw names as this agent's store ("Auth store"). */
  storePath: string;
  /** The one holding its runtime state (order, usage): what `order get` calls `authStatePath`. */
  statePath: string;
  /** Every database read (for watching). */
  databases: string[];
}


function profilesOf(layer: SqliteAuthLayer | undefined): Record<string, JsonObject> {
  const profiles = layer?.store?.profiles;
  return isJsonObject(profiles) ? (profiles as Record<string, JsonObject>) : {};
}

/** Overlay `top` on `base` one key deep (order per provider, usageStats per profile id). */
function overlay(base: unknown, top: unknown): JsonObject | undefined {
  if (!isJsonObject(base) && !isJsonObject(top)) return undefined;
  return { ...(isJsonObject(base) ? base : {}), ...(isJsonObject(top) ? top : {}) };
}

/**
 * The agent's credentials as OpenClaw 2026.9 sees them: the shared store (the state database once
 * relocated, else the main agent's database) with the agent's own rows over it, per profile id.
 */
export function readSqliteAuthView(stateDir: string, agentDir: string, mainAgentDir: string): SqliteAuthView {
  const statePath = stateDatabasePath(stateDir);
  const agentPath = agentDatabasePath(agentDir);
  const mainPath = agentDatabasePath(mainAgentDir);
  const stateLayer = readStateDatabase(statePath);
  const layers: SqliteAuthLayer[] = [];
  if (stateLayer) layers.push(stateLayer);
  // Before relocation the shared store is the main agent's database ("legacy shared owner").
  if (agentPath !== mainPath && !stateLayer?.sharedInStateDb) {
    const main = readAgentDatabase(mainPath);
    if (main) layers.push(main);
  }
  const own = readAgentDatabase(agentPath);
  if (own) layers.push(own);

  const raw = emptyStore();
  for (const layer of layers) {
    Object.assign(raw.profiles, profilesOf(layer));
    for (const key of ['order', 'lastGood', 'usageStats'] as const) {
      const merged = overlay(raw[key], layer.state?.[key]);
      if (merged) (raw as JsonObject)[key] = merged;
    }
  }
  // OpenClaw shows the database that owns the agent's profiles; with none anywhere, the agent's own.
  const owner = [...layers].reverse().find((layer) => Object.keys(profilesOf(layer)).length);
  const stateOwner = [...layers].reverse().find((layer) => layer.state && Object.keys(layer.state).some((key) => key !== 'version'));
  const storePath = owner?.database ?? agentPath;
  return { raw, storePath, statePath: stateOwner?.database ?? storePath, databases: [...new Set([statePath, mainPath, agentPath])] };
}
