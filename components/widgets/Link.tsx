import { Text } from 'ink';
import { useEffect, useRef } from 'react';
import { hyperlink, useScrollback } from './Scrollback.js';

/**
 * A URL to open: printed once, whole, as one line above the frame, so a hand selection copies it
 * without breaks (terminals and tmux join the rows they soft-wrapped) and a click opens it (OSC 8).
 * Without a ScrollbackRoot it is shown in the frame, where Ink wraps it at the width.
 */
export function WholeLink({ url, label }: { url: string; label: string }) {
  const print = useScrollback();
  const printed = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!print || printed.current === url) return;
    printed.current = url; // a new URL (claude's retry) is printed again
    print({ label, url });
  }, [print, url, label]);
  if (print) return null;
  return (
    <>
      <Text>{label}</Text>
      <Text color="blue">{hyperlink(url)}</Text>
    </>
  );
}
