// The hidden prompt for a secret on a terminal, loaded only when a person is actually typing. It
// renders on stderr so stdout stays clean for scripts, and turns on the terminal's bracketed-paste
// mode so a pasted line break is known to be part of the paste.
import type { Context } from '../context.js';
import { CancelledError } from '../errors.js';
import { normalizeSecret } from '../secrets/normalize.js';

const BRACKETED_PASTE_ON = '\x1b[?2004h';
const BRACKETED_PASTE_OFF = '\x1b[?2004l';

export async function promptSecret(ctx: Context, message: string, validate: (value: string) => string | true): Promise<string> {
  const { secretPrompt } = await import('./secret-prompt.js');
  ctx.stderr.write(BRACKETED_PASTE_ON);
  try {
    return await secretPrompt(
      { message, normalize: normalizeSecret, validate },
      { input: ctx.stdin, output: ctx.stderr, clearPromptOnDone: true },
    );
  } catch (error) {
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
      throw new CancelledError();
    }
    throw error;
  } finally {
    ctx.stderr.write(BRACKETED_PASTE_OFF);
  }
}
