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

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The secret in environment variable `name`: the shell's, else `<state>/.env` (what a daemon sees,
 * and where doctor finds misplaced tokens). The variable is then dropped from this process's
 * environment, so no child we start (openclaw, claude) inherits it.
 */
export async function readSecretFromEnv(ctx: Context, name: string): Promise<string> {
  if (!ENV_NAME.test(name)) {
    // Never echo it: people paste the secret itself here.
    throw new UsageError(`--secret-env takes the name of an environment variable (e.g. ANTHROPIC_API_KEY), not a value; what was given is not a variable name (${name.length} characters, not shown)`, {
      hint: 'export MY_TOKEN=…; then --secret-env MY_TOKEN, or pipe the secret on stdin',
    });
  }
  let value = ctx.env[name];
  // The env is read-only to commands everywhere else; this is the one place that takes from it.
  if (value) delete (ctx.env as Record<string, string | undefined>)[name];
  else {
    const { readDotenv } = await import('../store/dotenv-file.js');
    const dotenv = await readDotenv(ctx.paths.dotenvPath);
    value = Object.hasOwn(dotenv.values, name) ? dotenv.values[name] : undefined;
  }
  if (!value) throw new UsageError(`environment variable ${name} is empty or not set (neither in this shell nor in ${ctx.show(ctx.paths.dotenvPath)})`);
  return value;
}

export async function readSecret(ctx: Context, options: ReadSecretOptions): Promise<string> {
  if (options.fromEnv !== undefined) return readSecretFromEnv(ctx, options.fromEnv);
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
