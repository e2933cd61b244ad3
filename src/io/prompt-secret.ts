// The hidden prompt for a secret on a terminal (@inquirer/prompts password), loaded only when a
// person is actually typing. It renders on stderr so stdout stays clean for scripts.
import type { Context } from '../context.js';
import { CancelledError } from '../errors.js';

export async function promptSecret(ctx: Context, message: string, validate: (value: string) => string | true): Promise<string> {
  const { password } = await import('@inquirer/prompts');
  try {
    return await password(
      { message, mask: '*', validate },
      { input: ctx.stdin, output: ctx.stderr, clearPromptOnDone: true },
    );
  } catch (error) {
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
      throw new CancelledError();
    }
    throw error;
  }
}
