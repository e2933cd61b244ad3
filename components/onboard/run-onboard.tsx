import { render } from 'ink';
import type { Context } from '../../src/context.js';
import { OnboardApp, type OnboardAppProps, type OnboardResult } from './OnboardApp.js';

/** Show the wizard until it finishes; resolves to what happened ({} when Ctrl-C ended it). */
export async function runOnboard(ctx: Context, props: Omit<OnboardAppProps, 'onFinish'>): Promise<OnboardResult> {
  let result: OnboardResult = {};
  const instance = render(<OnboardApp {...props} onFinish={(finished) => (result = finished)} />, {
    stdin: ctx.stdin as NodeJS.ReadStream,
    stdout: ctx.stdout as NodeJS.WriteStream,
    stderr: ctx.stderr as NodeJS.WriteStream,
    exitOnCtrlC: true,
    patchConsole: false,
  });
  await instance.waitUntilExit();
  return result;
}
