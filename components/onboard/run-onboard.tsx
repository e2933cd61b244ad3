import type { Context } from '../../src/context.js';
import { renderUntilExit } from '../render-app.js';
import { OnboardApp, type OnboardAppProps, type OnboardResult } from './OnboardApp.js';

/** Show the wizard until it finishes; resolves to what happened ({} when Ctrl-C ended it). */
export async function runOnboard(ctx: Context, props: Omit<OnboardAppProps, 'onFinish'>): Promise<OnboardResult> {
  let result: OnboardResult = {};
  await renderUntilExit(ctx, <OnboardApp {...props} onFinish={(finished) => (result = finished)} />);
  return result;
}
