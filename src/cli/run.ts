import { processContext, type Context } from '../context.js';
import { exitCodeFor, formatError } from '../errors.js';
import { keychainCallHung } from '../secrets/keychain.js';

export type Handler = (ctx: Context) => Promise<number>;

/** Run a command handler: typed errors become one line on stderr and an exit code, never a stack. */
export async function run(handler: Handler, options: { directStdout?: boolean } = {}): Promise<void> {
  const ctx = processContext(options);
  try {
    process.exitCode = await handler(ctx);
  } catch (error) {
    ctx.stderr.write(`${formatError(error)}\n`);
    process.exitCode = exitCodeFor(error);
  }
  // A keychain call that timed out may still hold a native thread that would keep the process
  // alive; the answer is already printed, so leave now rather than hang.
  if (keychainCallHung) process.exit(process.exitCode);
}
