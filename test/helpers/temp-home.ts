// A throwaway HOME with OpenClaw's layout, and fixtures written exactly as OpenClaw writes them
// (JSON.stringify(data, null, 2) + "\n", files 0600, dirs 0700; formats doc).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';

export interface TempHome {
  home: string;
  stateDir: string;
  configPath: string;
  dotenvPath: string;
  agentDir: (agentId?: string) => string;
  storePath: (agentId?: string) => string;
  writeStore: (data: unknown, agentId?: string) => void;
  readStore: (agentId?: string) => StoreFile;
  writeConfig: (data: unknown) => void;
  readConfig: () => Record<string, any>;
  writeFile: (path: string, text: string) => void;
  mode: (path: string) => number;
}

export interface StoreFile {
  version: number;
  profiles: Record<string, Record<string, unknown>>;
  order?: Record<string, string[]>;
  [key: string]: unknown;
}

const homes: string[] = [];
afterEach(() => {
  // A program that was just stopped may still be writing its last files in it: retry a moment later.
  for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
});

export function openclawJson(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

export function makeTempHome(): TempHome {
  const home = mkdtempSync(join(tmpdir(), 'oca-home-'));
  homes.push(home);
  const stateDir = join(home, '.openclaw');
  const agentDir = (agentId = 'main') => join(stateDir, 'agents', agentId, 'agent');
  const storePath = (agentId = 'main') => join(agentDir(agentId), 'auth-profiles.json');
  const writeFile = (path: string, text: string) => {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    writeFileSync(path, text, { mode: 0o600 });
  };
  return {
    home,
    stateDir,
    configPath: join(stateDir, 'openclaw.json'),
    dotenvPath: join(stateDir, '.env'),
    agentDir,
    storePath,
    writeStore: (data, agentId) => writeFile(storePath(agentId), openclawJson(data)),
    readStore: (agentId) => JSON.parse(readFileSync(storePath(agentId), 'utf8')) as StoreFile,
    writeConfig: (data) => writeFile(join(stateDir, 'openclaw.json'), openclawJson(data)),
    readConfig: () => JSON.parse(readFileSync(join(stateDir, 'openclaw.json'), 'utf8')) as Record<string, any>,
    writeFile,
    mode: (path) => statSync(path).mode & 0o777,
  };
}

/** A setup-token shaped like the real ones: sk-ant-oat01- + base64url, 108 characters. */
export function fakeSetupToken(seed = 'A'): string {
  const body = `${seed}${'x7Kq_9-Zb'.repeat(12)}`.slice(0, 93);
  return `sk-ant-oat01-${body}AA`;
}

export function fakeApiKey(seed = 'K'): string {
  const body = `${seed}${'Pq3_vW-8n'.repeat(12)}`.slice(0, 93);
  return `sk-ant-api03-${body}AA`;
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
