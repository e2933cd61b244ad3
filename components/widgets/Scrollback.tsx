// Lines printed once above the live frame, into the terminal's scrollback. Ink's <Static> must stay
// mounted for the life of the app (unmounting it leaves Ink rendering a freed node), so it lives
// here at the root and steps add to it through useScrollback().
import { Box, Static, Text } from 'ink';
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

export interface ScrollbackEntry {
  label: string;
  /** Printed as one unwrapped line, clickable where the terminal knows OSC 8. */
  url: string;
}

const ScrollbackContext = createContext<((entry: ScrollbackEntry) => void) | undefined>(undefined);

/** The printer, or undefined outside a ScrollbackRoot (a step rendered on its own, as in unit tests). */
export function useScrollback(): ((entry: ScrollbackEntry) => void) | undefined {
  return useContext(ScrollbackContext);
}

export function ScrollbackRoot({ children }: { children: ReactNode }) {
  const [entries, setEntries] = useState<ScrollbackEntry[]>([]);
  const print = useCallback((entry: ScrollbackEntry) => setEntries((all) => [...all, entry]), []);
  return (
    <ScrollbackContext.Provider value={print}>
      <Static items={entries}>
        {(entry, index) => (
          // As wide as its longest line: Ink hard-wraps a text at its box's width, and here the
          // terminal's own wrap is wanted. Static output is written once and never erased, so a
          // soft-wrapped line cannot throw off the erasing of the live frame (which counts lines).
          <Box key={index} flexDirection="column" width={Math.max(entry.url.length, entry.label.length)} flexShrink={0}>
            <Text>{entry.label}</Text>
            <Text color="blue">{hyperlink(entry.url)}</Text>
          </Box>
        )}
      </Static>
      {children}
    </ScrollbackContext.Provider>
  );
}

export function hyperlink(url: string): string {
  return `\x1b]8;;${url}\x07${url}\x1b]8;;\x07`;
}
