// OpenClaw 2026.6+'s "Claude CLI" route, offered by the wizard as "Use this machine's Claude Code
// login": nothing is stored by us. OpenClaw's own `models auth login --provider anthropic --method
// cli --set-default` points the Anthropic models at the local claude runtime and makes one the
// default; it needs a terminal (it says so otherwise) and asks nothing when claude is logged in.
import type { Context } from '../context.js';
import { runInThisTerminal } from '../io/terminal-handover.js';
import { findOpenclaw } from '../openclaw/openclaw-cli.js';
import { openclawVersion, openclawVersionSoon, usesSqliteStore } from '../openclaw/openclaw-version.js';
import { readClaudeLogin } from '../status/claude-login.js';

export const CLAUDE_CLI_LOGIN_ARGS = ['models', 'auth', 'login', '--provider', 'anthropic', '--method', 'cli', '--set-default'] as const;

function currentOpenclaw(ctx: Context): string | undefined {
  try {
    const bin = findOpenclaw(ctx.env, ctx.cwd);
    return bin && usesSqliteStore(openclawVersion(bin, ctx.env)) ? bin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An OpenClaw with the route (2026.6+) is installed and claude is logged in. Asked while the wizard
 * is on screen, so both are asked without blocking it (`openclaw --version` takes a second or two).
 */
export async function claudeCliRouteAvailable(ctx: Context): Promise<boolean> {
  let bin: string | undefined;
  try {
    bin = findOpenclaw(ctx.env, ctx.cwd);
  } catch {
    return false;
  }
  if (!bin) return false;
  const [version, login] = await Promise.all([openclawVersionSoon(bin, ctx.env), readClaudeLogin(ctx.env, ctx.cwd)]);
  return usesSqliteStore(version) && login.state === 'logged-in';
}

/** Run OpenClaw's own login for the route in this terminal; resolves to its exit code (128 + signal when ended by one). */
export function useClaudeCliRoute(ctx: Context, agent: string | undefined): Promise<number> {
  const bin = currentOpenclaw(ctx);
  if (!bin) return Promise.resolve(1);
  const args = [...CLAUDE_CLI_LOGIN_ARGS, ...(agent ? ['--agent', agent] : [])];
  return runInThisTerminal(bin, args, { env: ctx.env, cwd: ctx.cwd, stdin: ctx.stdin });
}
