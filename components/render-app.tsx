import { render } from 'ink';
import type { ReactElement } from 'react';
import { saveCompileCacheNow } from '../src/compile-cache.js';
import type { Context } from '../src/context.js';
import { ScrollbackRoot } from './widgets/Scrollback.js';

/** Show an Ink app on the command's streams until it exits. Ctrl-C ends it (and the command). */
export async function renderUntilExit(ctx: Context, app: ReactElement): Promise<void> {
  const instance = render(<ScrollbackRoot>{app}</ScrollbackRoot>, {
    stdin: ctx.stdin as NodeJS.ReadStream,
    stdout: ctx.stdout as NodeJS.WriteStream,
    stderr: ctx.stderr as NodeJS.WriteStream,
    exitOnCtrlC: true,
    patchConsole: false,
  });
  // Once the first frame is out: the next start reads the UI compiled, however this one ends.
  setTimeout(saveCompileCacheNow, 0);
  await instance.waitUntilExit();
}
