// The slow way to see an OpenClaw 2026.6+ store, for runtimes without node:sqlite: ask OpenClaw
// (`openclaw models status --json`, ~3 s) and turn its answer into our status model. Its JSON has
// our field names (ours follow it); what it lacks — where each secret lives, where an env key comes
// from — is derived from its labels and our own env sources. No secret is ever in it (labels are masked).
// Cached per process by the databases' file signature, taken after the run (OpenClaw writes its
// state database even for a status read, and that write must not trigger another run), for at most
// five minutes.
import { statSync } from 'node:fs';
import type { Context } from '../context.js';
import { CliError } from '../errors.js';
import { isJsonObject } from '../store/auth-profiles.js';
import { splitProfileLabel, type AuthStatus, type OAuthProfileStatus, type SecretStorage, type SqliteLayout } from './build-status.js';
import { lookupEnv, type EnvSources } from './env-keys.js';

const REF_LABEL = /ref\((\w+):([^)]*)\)$/;

/** From the credential part of a label (`token:sk-ant-o...`, `token:ref(exec:id)`, `missing`). */
function storageFromLabel(credential: string | undefined, storePath: string): SecretStorage {
  if (!credential || /^(token:)?missing$/.test(credential)) return { kind: 'none' };
  const ref = REF_LABEL.exec(credential);
  if (ref) return { kind: 'ref', source: ref[1] ?? '', provider: '', id: ref[2] ?? '' };
  return { kind: 'file', path: storePath };
}

function signature(paths: readonly string[]): string {
  return paths
    .map((path) => {
      try {
        const stat = statSync(path);
        return `${path}:${stat.mtimeMs}:${stat.size}`;
      } catch {
        return `${path}:-`;
      }
    })
    .join('|');
}

// A credential's state (ok → expiring) changes with time alone, so an answer is also only kept a while.
const MAX_AGE_MS = 5 * 60_000;
const cache = new Map<string, { signature: string; at: number; status: AuthStatus }>();

export interface OpenclawStatusInputs {
  bin: string;
  agent: string | undefined;
  layout: SqliteLayout;
  /** Files whose change means OpenClaw's answer may have changed. */
  sources: readonly string[];
  env: EnvSources;
}

export async function loadOpenclawStatus(ctx: Context, inputs: OpenclawStatusInputs): Promise<AuthStatus> {
  const key = `${inputs.bin}\n${inputs.agent ?? ''}`;
  const hit = cache.get(key);
  if (hit && hit.signature === signature(inputs.sources) && ctx.now() - hit.at < MAX_AGE_MS) return hit.status;
  const { readOpenclawJson } = await import('../openclaw/openclaw-cli.js');
  const json = await readOpenclawJson(inputs.bin, ['models', 'status', '--json', ...(inputs.agent ? ['--agent', inputs.agent] : [])], { env: ctx.env, cwd: ctx.cwd });
  const status = adoptOpenclawStatus(json, inputs.layout, inputs.env);
  cache.set(key, { signature: signature(inputs.sources), at: ctx.now(), status });
  return status;
}

/** OpenClaw's `models status --json` as our AuthStatus. */
export function adoptOpenclawStatus(json: unknown, layout: SqliteLayout, env: EnvSources): AuthStatus {
  if (!isJsonObject(json) || !isJsonObject(json.auth)) throw new CliError('openclaw models status --json did not answer with a status');
  const theirs = json as unknown as AuthStatus;
  const auth = theirs.auth;
  const labels = new Map<string, string>();
  for (const provider of auth.providers ?? []) {
    for (const label of provider.profiles?.labels ?? []) {
      const { id, credential } = splitProfileLabel(label);
      labels.set(id, credential);
    }
  }
  const withStorage = (entry: OAuthProfileStatus): OAuthProfileStatus => ({ ...entry, storage: storageFromLabel(labels.get(entry.profileId), auth.storePath) });
  // Its runtime routes carry no login (it never asks the runtime): ours come from the config and claude.
  const { runtimeAuthRoutes: _theirs, ...rest } = auth;
  return {
    ...theirs,
    auth: {
      ...rest,
      layout: { era: 'sqlite', ...layout, read: 'openclaw' },
      dotenvPath: auth.dotenvPath ?? '',
      providers: (auth.providers ?? []).map((provider) => {
        if (!provider.env) return provider;
        const name = provider.env.source.replace(/^env: /, '');
        return { ...provider, env: { ...provider.env, origin: lookupEnv(env, name)?.origin ?? 'process' } };
      }),
      unusableProfiles: auth.unusableProfiles ?? [],
      oauth: {
        ...auth.oauth,
        profiles: (auth.oauth?.profiles ?? []).map(withStorage),
        providers: (auth.oauth?.providers ?? []).map((group) => ({ ...group, profiles: group.profiles.map(withStorage) })),
      },
    },
  };
}
