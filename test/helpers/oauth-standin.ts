// ../shared/tools/claude-oauth-standin: a local stand-in for Anthropic's OAuth endpoints, claude's
// HTTPS proxy on 127.0.0.1, so the REAL `claude setup-token` finishes offline and prints its real
// success screen with a token the test chose. Stopped after each test.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { PEERS_DIR } from './peers.js';

/** The stand-in ships in shared/, beside the repository. */
const SERVER = new URL('../../../shared/tools/claude-oauth-standin/server.mjs', import.meta.url).pathname;
export const STANDIN = existsSync(SERVER) ? SERVER : undefined;

/** The real Claude Code releases install-peers.sh puts in place (their sign-in screens differ). */
export const CLAUDE_RELEASES = [
  { version: '2.1.197', bin: join(PEERS_DIR, 'bin', 'claude') },
  { version: '2.1.332', bin: join(PEERS_DIR, 'bin-latest', 'claude') },
] as const;

export interface Standin {
  /** What claude needs in its environment to reach the stand-in. */
  env: { HTTPS_PROXY: string; NODE_TLS_REJECT_UNAUTHORIZED: string };
  /** Request lines it logged (codes elided). */
  log(): string;
}

const running: { child: ChildProcess; dir: string }[] = [];
afterEach(() => {
  for (const { child, dir } of running.splice(0)) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

export async function startStandin(token: string): Promise<Standin> {
  if (!STANDIN) throw new Error('claude-oauth-standin not found beside the repository (../shared/tools)');
  const dir = mkdtempSync(join(tmpdir(), 'oca-standin-'));
  const [portFile, tokenFile, logFile] = ['port', 'token', 'log'].map((name) => join(dir, name)) as [string, string, string];
  writeFileSync(tokenFile, token);
  const child = spawn(process.execPath, [STANDIN, portFile, tokenFile, logFile], { stdio: 'ignore' });
  running.push({ child, dir });
  const deadline = Date.now() + 10_000;
  while (!existsSync(portFile) || !readFileSync(portFile, 'utf8').trim()) {
    if (Date.now() > deadline) throw new Error('the OAuth stand-in did not start');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const port = readFileSync(portFile, 'utf8').trim();
  return {
    env: { HTTPS_PROXY: `http://127.0.0.1:${port}`, NODE_TLS_REJECT_UNAUTHORIZED: '0' },
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
  };
}
