// The terminal's size, as state: a resize re-renders (Ink re-lays out on resize but does not
// re-render components, so a height computed from the old size would overflow the new screen and
// push the header off). A resize also reflows what is already on screen, so Ink's count of its last
// frame's lines no longer holds: the screen is cleared and the next frame drawn whole.
import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

export function useTerminalSize(): { columns: number; rows: number } {
  const { stdout } = useStdout();
  const [size, setSize] = useState({ columns: stdout.columns ?? 80, rows: stdout.rows ?? 24 });
  useEffect(() => {
    const onResize = () => {
      if (stdout.isTTY) stdout.write('\x1b[2J\x1b[3J\x1b[H');
      setSize({ columns: stdout.columns ?? 80, rows: stdout.rows ?? 24 });
    };
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return size;
}
