// The terminal's size, as state: a resize re-renders (Ink re-lays out on resize but does not
// re-render components, so a height computed from the old size would overflow the new screen and
// push the header off). A resize also reflows what is already on screen, so Ink's count of its last
// frame's lines no longer holds: the screen is cleared and the frame drawn whole again.
//
// The clear goes through Ink's own write (useStdout().write): Ink then forgets its last frame, and
// draws it again after our bytes. Written straight to stdout, the clear left a blank pane whenever
// the next frame came out the same as the last (a height-only resize, a wider terminal): Ink draws
// nothing for a frame it thinks is on screen, until a key or the next tick changed something.
import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

export function useTerminalSize(): { columns: number; rows: number } {
  const { stdout, write } = useStdout();
  const [size, setSize] = useState({ columns: stdout.columns ?? 80, rows: stdout.rows ?? 24 });
  useEffect(() => {
    const onResize = () => {
      if (stdout.isTTY) write('\x1b[2J\x1b[3J\x1b[H');
      setSize({ columns: stdout.columns ?? 80, rows: stdout.rows ?? 24 });
    };
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, write]);
  return size;
}
