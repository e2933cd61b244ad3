import type { Context } from '../context.js';
import { CancelledError, DeclinedError, UsageError } from '../errors.js';

/** Ask yes/no on a terminal; without one, `--yes` must have been given instead. */
export async function confirmOrRequireYes(ctx: Context, question: string, yes: boolean | undefined, withoutTerminal = 'not asking without a terminal: add --yes to go ahead'): Promise<void> {
  if (yes) return;
  if (!ctx.stdin.isTTY) throw new UsageError(withoutTerminal);
  const { default: confirm } = await import('@inquirer/confirm');
  let answer: boolean;
  try {
    answer = await confirm({ message: question, default: false }, { input: ctx.stdin, output: ctx.stderr });
  } catch {
    throw new CancelledError();
  }
  // A "no" is an answer, not a cancel: exit 1, not 130.
  if (!answer) throw new DeclinedError();
}
