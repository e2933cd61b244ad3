// Which OpenClaw is installed, from `openclaw --version` ("OpenClaw 2026.9.6 (eb377ac)", ~0.1 s).
// It refines the layout detection where the files cannot tell: in a state with no store yet, a
// 2026.6+ OpenClaw will create a SQLite one and would refuse an auth-profiles.json written there.
import { execFile, spawnSync } from 'node:child_process';
import { definedEnv, type Env } from '../paths.js';

export interface OpenclawVersion {
  text: string;
  year: number;
  month: number;
}

const cache = new Map<string, OpenclawVersion | undefined>();

export function parseOpenclawVersion(output: string): OpenclawVersion | undefined {
  const match = /\b(20\d\d)\.(\d{1,2})\.(\d+)/.exec(output);
  if (!match) return undefined;
  return { text: match[0], year: Number(match[1]), month: Number(match[2]) };
}

/** What `--version` printed (undefined: it failed), parsed and kept for this binary. */
function remember(bin: string, output: string | undefined): OpenclawVersion | undefined {
  const version = output === undefined ? undefined : parseOpenclawVersion(output);
  cache.set(bin, version);
  return version;
}

export function openclawVersion(bin: string, env: Env): OpenclawVersion | undefined {
  if (cache.has(bin)) return cache.get(bin);
  const result = spawnSync(bin, ['--version'], { env: definedEnv(env), encoding: 'utf8', timeout: 15_000, stdio: ['ignore', 'pipe', 'pipe'] });
  return remember(bin, result.status === 0 ? result.stdout : undefined);
}

/** The same, without blocking: for a screen that stays responsive meanwhile (the same cache). */
export async function openclawVersionSoon(bin: string, env: Env): Promise<OpenclawVersion | undefined> {
  if (cache.has(bin)) return cache.get(bin);
  const output = await new Promise<string | undefined>((resolve) =>
    execFile(bin, ['--version'], { env: definedEnv(env), timeout: 15_000 }, (error, stdout) => resolve(error ? undefined : String(stdout))),
  );
  return remember(bin, output);
}

/** OpenClaw 2026.6 moved credentials into SQLite. */
export function usesSqliteStore(version: OpenclawVersion | undefined): boolean {
  return version !== undefined && (version.year > 2026 || (version.year === 2026 && version.month >= 6));
}
