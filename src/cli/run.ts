import { processContext, type Context } from '../context.js';
import { exitCodeFor, formatError } from '../errors.js';

export type Handler = (ctx: Context) => Promise<number>;

/** Run a command handler: typed errors become one line on stderr and an exit code, never a stack. */
export async function run(handler: Handler): Promise<void> {
  const ctx = processContext();
  try {
    process.exitCode = await handler(ctx);
  } catch (error) {
    ctx.stderr.write(`${formatError(error)}\n`);
    process.exitCode = exitCodeFor(error);
  }
}
