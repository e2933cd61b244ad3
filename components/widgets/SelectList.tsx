import { Box, Text, useInput, type Key } from 'ink';
import { keysOfRead } from '../hooks/keys-of-read.js';
import { useLatestState } from '../hooks/use-latest-state.js';

export interface SelectItem<T> {
  value: T;
  label: string;
  /** One line of explanation under the label. */
  hint?: string;
}

interface Props<T> {
  items: readonly SelectItem<T>[];
  onSelect: (value: T) => void;
  isActive?: boolean;
  initialIndex?: number;
}

/** ↑/↓ (or j/k) to move, Enter to choose, or the item's number. */
export function SelectList<T>({ items, onSelect, isActive = true, initialIndex = 0 }: Props<T>) {
  // "Down Enter" in one chunk picks the item below: Enter reads where Down just moved to.
  const [index, latest, setIndex] = useLatestState(Math.min(initialIndex, items.length - 1));
  /** One key; true once it chose an item (the rest of its read belongs to the next step). */
  const onKey = (input: string, key: Key): boolean => {
    if (key.upArrow || input === 'k') setIndex((current) => (current - 1 + items.length) % items.length);
    else if (key.downArrow || input === 'j') setIndex((current) => (current + 1) % items.length);
    else if (key.return || /^[1-9]$/.test(input)) {
      const item = items[key.return ? latest.current : Number(input) - 1];
      if (item) {
        onSelect(item.value);
        return true;
      }
    }
    return false;
  };
  // "j" and Enter typed fast arrive together: each counts, up to the one that chooses.
  useInput((input, key) => void keysOfRead(input, key).some((one) => onKey(one.input, one.key)), { isActive });
  return (
    <Box flexDirection="column">
      {items.map((item, position) => {
        const chosen = position === index;
        const look = { color: chosen ? 'cyan' : undefined, bold: chosen };
        return (
          <Box key={item.label} flexDirection="column">
            {/* A label too long for the line wraps under itself, not under its number. */}
            <Box>
              <Box flexShrink={0}>
                <Text {...look}>
                  {chosen ? '❯' : ' '} {position + 1}.{' '}
                </Text>
              </Box>
              <Text {...look}>{item.label}</Text>
            </Box>
            {item.hint ? (
              <Box paddingLeft={5}>
                <Text dimColor>{item.hint}</Text>
              </Box>
            ) : null}
          </Box>
        );
      })}
    </Box>
  );
}
