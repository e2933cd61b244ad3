// OpenClaw with our plugin installed, for the tests of its flows: the packed tarball, a temporary
// HOME as a new user has it (no default model, nothing acknowledged: a test that preset them once
// hid a first run that failed for every new user), OpenClaw's commands in tmux, on Node 24 with the
// fake claude on PATH.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { FAKE_CLAUDE } from './capture.js';
import { NODE24_BIN, registryEnv, runOpenclaw } from './peers.js';
import { packedTarball } from './plugin-tarball.js';
import { sharedOnce } from './shared-once.js';
import { openclawJson, type TempHome } from './temp-home.js';
import { shellQuote, TmuxSession } from './tmux.js';

/** Call at a test file's top level (it packs the tarball in that file's beforeAll). */
export function pluginHarness() {
  const tarball = packedTarball();
  const PATH = `${dirname(NODE24_BIN)}:${dirname(FAKE_CLAUDE)}:/usr/bin:/bin`;

  async function install(home: TempHome | { home: string }, bin: string, installFlags: string[], config?: Record<string, unknown>) {
    // A plugin install takes 7–30 s: done once per run and release into a template HOME that tests
    // copy, its paths moved to this HOME (2026.9 keeps them in its SQLite state too). The install
    // itself, as a user runs it, is plugin-install.test.ts's (and its checks are made here, once).
    const template = await sharedOnce(`plugin-home-${basename(bin)}-${installFlags.join('')}`, async (dir) => {
      const installed = await runOpenclaw(dir, ['plugins', 'install', tarball(), ...installFlags], { bin, env: { PATH, ...registryEnv() } });
      if (installed.code !== 0 || !(installed.stdout + installed.stderr).includes('Installed plugin: openclaw-auth')) {
        throw new Error(`plugins install failed (${installed.code}): ${installed.stdout}${installed.stderr}`);
      }
    });
    const stateDir = join(home.home, '.openclaw');
    const configPath = join(stateDir, 'openclaw.json');
    cpSync(join(template, '.openclaw'), stateDir, { recursive: true });
    for (const file of [configPath, join(stateDir, 'logs', 'config-audit.jsonl')]) {
      if (existsSync(file)) writeFileSync(file, readFileSync(file, 'utf8').replaceAll(template, home.home));
    }
    const database = join(stateDir, 'state', 'openclaw.sqlite');
    if (existsSync(database)) moveSqlitePaths(database, template, home.home);
    // What the test would have written before installing, on top of what the install wrote.
    if (config) writeFileSync(configPath, openclawJson(mergeConfig(JSON.parse(readFileSync(configPath, 'utf8')), config)), { mode: 0o600 });
    return stateDir;
  }

  function openclawIn(home: TempHome, bin: string, args: string, env: Record<string, string> = {}) {
    return new TmuxSession(`${shellQuote(bin)} ${args}`, { width: 120, height: 50, env: { HOME: home.home, PATH, FAKE_CLAUDE_DELAY_MS: '5', ...env } });
  }

  /** Claude's sign-in inside OpenClaw's onboard: our capture, the code typed as a person would. */
  async function signIn(session: TmuxSession) {
    await session.waitFor('Paste code here if prompted >', 60_000);
    session.type('code#state');
    session.press('Enter');
  }

  const status = async (home: TempHome, bin: string) => (await runOpenclaw(home.home, ['models', 'status'], { bin, env: { PATH } })).stdout;
  return { PATH, install, openclawIn, signIn, status };
}

function mergeConfig(base: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    const plain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
    out[key] = plain(current) && plain(value) ? mergeConfig(current, value) : value;
  }
  return out;
}

/** Every text value in OpenClaw 2026.9's SQLite state that names `from` names `to` (node:sqlite: Node 24). */
function moveSqlitePaths(database: string, from: string, to: string): void {
  const script = `
    const { DatabaseSync } = require('node:sqlite');
    const [database, from, to] = process.argv.slice(1);
    const db = new DatabaseSync(database);
    for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all()) {
      for (const column of db.prepare(\`PRAGMA table_info("\${name}")\`).all()) {
        if (column.type !== 'TEXT') continue;
        db.prepare(\`UPDATE "\${name}" SET "\${column.name}" = replace("\${column.name}", ?, ?) WHERE instr("\${column.name}", ?) > 0\`).run(from, to, from);
      }
    }
    db.close();`;
  execFileSync(NODE24_BIN, ['-e', script, database, from, to], { stdio: 'pipe' });
}
