import { Box, Text, useInput } from 'ink';
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
  useInput(
    (input, key) => {
      if (key.upArrow || input === 'k') setIndex((current) => (current - 1 + items.length) % items.length);
      else if (key.downArrow || input === 'j') setIndex((current) => (current + 1) % items.length);
      else if (key.return) {
        const item = items[latest.current];
        if (item) onSelect(item.value);
      } else if (/^[1-9]$/.test(input)) {
        const item = items[Number(input) - 1];
        if (item) onSelect(item.value);
      }
    },
    { isActive },
  );
  return (
    <Box flexDirection="column">
      {items.map((item, position) => (
        <Box key={item.label} flexDirection="column">
          <Text color={position === index ? 'cyan' : undefined} bold={position === index}>
            {position === index ? '❯' : ' '} {position + 1}. {item.label}
          </Text>
          {item.hint ? (
            <Box paddingLeft={5}>
              <Text dimColor>{item.hint}</Text>
            </Box>
          ) : null}
        </Box>
      ))}
    </Box>
  );
}
