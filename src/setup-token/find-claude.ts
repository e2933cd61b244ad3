import { isAbsolute, resolve } from 'node:path';
import { findOnPath, isExecutableFile } from '../fs/executables.js';
import type { Env } from '../paths.js';
import { CliError } from '../errors.js';

export class ClaudeNotFoundError extends CliError {
  constructor(detail: string) {
    super(`${detail}. setup-token runs the Claude Code CLI: install it with "npm install -g @anthropic-ai/claude-code" (or pass --claude-bin <path>), or run "claude setup-token" elsewhere and store the token with "openclaw-auth models auth paste-token --provider anthropic"`);
  }
}

/** `--claude-bin`, else `claude` on PATH. */
export function findClaude(env: Env, cwd: string, explicit?: string): string {
  if (explicit) {
    const path = isAbsolute(explicit) ? explicit : resolve(cwd, explicit);
    if (!isExecutableFile(path)) throw new ClaudeNotFoundError(`--claude-bin ${explicit} is not an executable file`);
    return path;
  }
  const found = findOnPath('claude', env);
  if (found) return found;
  throw new ClaudeNotFoundError('the "claude" command was not found on your PATH');
}
