// Driving an Ink component rendered by ink-testing-library as a person would: type, wait for text.
export async function waitForFrame(lastFrame: () => string | undefined, expected: string | RegExp, timeoutMs = 5000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let frame = '';
  while (Date.now() < deadline) {
    frame = lastFrame() ?? '';
    if (typeof expected === 'string' ? frame.includes(expected) : expected.test(frame)) {
      // A new step subscribes to keys in an effect that runs just after it is painted; a person is
      // never faster than that, so neither is the test.
      await new Promise((resolve) => setTimeout(resolve, 60));
      return frame;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${String(expected)}; last frame:\n${frame}`);
}

/** Let Ink process input one keypress at a time, as a person types. */
export async function press(stdin: { write: (data: string) => void }, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    stdin.write(key);
    await new Promise((resolve) => setTimeout(resolve, 60));
  }
}

export const KEY = { enter: '\r', escape: '\x1b', down: '\x1b[B', up: '\x1b[A', ctrlU: '\x15' };

/**
 * For an app that leaves by itself once done (the wizard, 50 ms after its Done step), whose last
 * frame is then empty: the latest frame that showed `text`, so a loaded machine's slow poll cannot
 * miss it. Else the last frame, as lastFrame() gives.
 */
export function frameShowing(frames: readonly string[], text: string): () => string | undefined {
  return () => [...frames].reverse().find((frame) => frame.includes(text)) ?? frames.at(-1);
}
