import type { Context } from '../context.js';
import { CancelledError, UsageError } from '../errors.js';

/** Ask yes/no on a terminal; without one, `--yes` must have been given instead. */
export async function confirmOrRequireYes(ctx: Context, question: string, yes: boolean | undefined): Promise<void> {
  if (yes) return;
  if (!ctx.stdin.isTTY) throw new UsageError('not asking without a terminal: add --yes to go ahead');
  const { confirm } = await import('@inquirer/prompts');
  let answer: boolean;
  try {
    answer = await confirm({ message: question, default: false }, { input: ctx.stdin, output: ctx.stderr });
  } catch {
    throw new CancelledError();
  }
  if (!answer) throw new CancelledError('Nothing changed.');
}
