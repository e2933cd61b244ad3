// One way in for secrets: a hidden prompt on a terminal, stdin when piped, or a named environment
// variable. Never argv, which other users can read in the process list.
import type { Context } from '../context.js';
import { CliError, UsageError } from '../errors.js';
import { promptSecret } from './prompt-secret.js';
import { readAllStdin } from './read-stdin.js';

export interface ReadSecretOptions {
  /** Prompt text on a terminal. */
  message: string;
  /** Checks a candidate; throws a CliError whose message is shown (the prompt then asks again). */
  check: (raw: string) => void;
  /** Read from this environment variable instead of stdin or a prompt. */
  fromEnv?: string;
}

export async function readSecret(ctx: Context, options: ReadSecretOptions): Promise<string> {
  if (options.fromEnv !== undefined) {
    const value = ctx.env[options.fromEnv];
    if (!value) throw new UsageError(`environment variable ${options.fromEnv} is empty or not set`);
    return value;
  }
  if (ctx.stdin.isTTY) {
    return promptSecret(ctx, options.message, (value) => {
      try {
        options.check(value);
        return true;
      } catch (error) {
        if (error instanceof CliError) return error.message;
        throw error;
      }
    });
  }
  return readAllStdin(ctx.stdin);
}
