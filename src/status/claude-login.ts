// OpenClaw 2026.6+'s "Claude CLI" route (`--auth-choice anthropic-cli`) runs models through this
// machine's logged-in `claude`, with no auth profile at all. OpenClaw's own status calls the route
// indeterminate whatever claude says; claude knows: `claude auth status --json` (exit 0 and
// "loggedIn": true). We ask it the way OpenClaw runs claude — with the variables OpenClaw clears for
// it removed (CLAUDE_CLI_CLEAR_ENV), so a token or key in this shell cannot make a logged-out claude
// look logged in — and read only the login fields, never token material.
import { findOnPath } from '../fs/executables.js';
import { definedEnv, type Env } from '../paths.js';

export type ClaudeLogin =
  | { state: 'logged-in'; authMethod: string; email?: string; expiresAt?: number }
  | { state: 'logged-out' }
  | { state: 'no-claude' }
  | { state: 'unknown'; reason: string };

/** OpenClaw 2026.9.6's CLAUDE_CLI_CLEAR_ENV (dist/cli-constants-*.mjs): never passed to claude. */
export const CLAUDE_CLI_CLEAR_ENV: readonly string[] = [
  'ANTHROPIC_API_KEY',
  'ANTHROPIC_API_KEY_OLD',
  'ANTHROPIC_API_TOKEN',
  'ANTHROPIC_AUTH_TOKEN',
  'ANTHROPIC_BASE_URL',
  'ANTHROPIC_CUSTOM_HEADERS',
  'ANTHROPIC_OAUTH_TOKEN',
  'ANTHROPIC_UNIX_SOCKET',
  'CLAUDE_CODE_AUTO_COMPACT_WINDOW',
  'CLAUDE_CODE_DISABLE_1M_CONTEXT',
  'CLAUDE_CODE_DISABLE_ADAPTIVE_THINKING',
  'MAX_THINKING_TOKENS',
  'CLAUDE_CODE_API_KEY_FILE_DESCRIPTOR',
  'CLAUDE_CODE_ENTRYPOINT',
  'CLAUDE_CODE_OAUTH_REFRESH_TOKEN',
  'CLAUDE_CODE_OAUTH_SCOPES',
  'CLAUDE_CODE_OAUTH_TOKEN',
  'CLAUDE_CODE_OAUTH_TOKEN_FILE_DESCRIPTOR',
  'CLAUDE_CODE_PLUGIN_CACHE_DIR',
  'CLAUDE_CODE_PLUGIN_SEED_DIR',
  'CLAUDE_CODE_REMOTE',
  'CLAUDE_CODE_USE_COWORK_PLUGINS',
  'CLAUDE_CODE_USE_BEDROCK',
  'CLAUDE_CODE_USE_FOUNDRY',
  'CLAUDE_CODE_USE_VERTEX',
];

const STATUS_TIMEOUT_MS = 8000;

/** claude's environment as OpenClaw gives it: ours, less what OpenClaw clears (and OTEL exporters). */
export function claudeCliEnv(env: Env): Record<string, string> {
  const clear = new Set(CLAUDE_CLI_CLEAR_ENV);
  return Object.fromEntries(Object.entries(definedEnv(env)).filter(([name]) => !clear.has(name) && !name.startsWith('OTEL_')));
}

/** The fields of `claude auth status --json` we read; anything else in its answer is ignored. */
export function parseClaudeAuthStatus(stdout: string): ClaudeLogin {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    return { state: 'unknown', reason: 'claude auth status --json did not print JSON' };
  }
  if (!parsed || typeof parsed !== 'object') return { state: 'unknown', reason: 'claude auth status --json printed no object' };
  const fields = parsed as Record<string, unknown>;
  if (fields.loggedIn !== true) return { state: 'logged-out' };
  const expires = typeof fields.loginExpiresAt === 'string' ? Date.parse(fields.loginExpiresAt) : NaN;
  return {
    state: 'logged-in',
    authMethod: typeof fields.authMethod === 'string' ? fields.authMethod : 'unknown',
    ...(typeof fields.email === 'string' ? { email: fields.email } : {}),
    ...(Number.isFinite(expires) ? { expiresAt: expires } : {}),
  };
}

export async function readClaudeLogin(env: Env, cwd: string): Promise<ClaudeLogin> {
  const claude = findOnPath('claude', env);
  if (!claude) return { state: 'no-claude' };
  // Loaded here, not with the module: this file is on `models status --check`'s start-up path.
  const { execFile } = await import('node:child_process');
  return new Promise((resolve) => {
    execFile(claude, ['auth', 'status', '--json'], { cwd, env: claudeCliEnv(env), timeout: STATUS_TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 1 << 20 }, (error, stdout) => {
      // Logged out is exit 1 with the same JSON; only a run that printed nothing usable is "unknown".
      const login = parseClaudeAuthStatus(String(stdout));
      if (login.state !== 'unknown' || !error) return resolve(login);
      const reason = (error as NodeJS.ErrnoException & { killed?: boolean }).killed ? `claude auth status gave no answer in ${STATUS_TIMEOUT_MS / 1000} s` : `claude auth status failed (${error.message.split('\n')[0]})`;
      resolve({ state: 'unknown', reason });
    });
  });
}

/** What a person is told about the route, and the fix when it cannot run. */
export function describeClaudeLogin(login: ClaudeLogin): { ready: boolean | undefined; text: string; fix?: string } {
  switch (login.state) {
    case 'logged-in':
      return { ready: true, text: `claude is logged in${login.email ? ` as ${login.email}` : ''} (${login.authMethod})` };
    case 'logged-out':
      return { ready: false, text: 'claude is not logged in', fix: 'claude auth login' };
    case 'no-claude':
      return { ready: false, text: 'the claude command is not on PATH', fix: 'npm install -g @anthropic-ai/claude-code, then claude auth login' };
    case 'unknown':
      return { ready: undefined, text: login.reason, fix: 'claude auth status' };
  }
}
