import { Box, Text } from 'ink';

const KEYS: [string, string][] = [
  ['↑/↓', 'select a credential'],
  ['Enter', "the selected credential's actions"],
  ['r', 're-auth the selected token (sign in again or paste)'],
  ['p', 'paste a new token or key into the selected profile (or add one)'],
  ['o', 'reorder: move the selected profile up/down in its provider\'s order'],
  ['x', 'remove the selected profile (asks first)'],
  ['d', 'run the doctor checks: problems found and how to fix them'],
  ['/', 'filter by name (Enter keeps it, Esc clears it)'],
  ['Esc', 'clear a kept filter; close a panel'],
  ['q', 'quit'],
];

export function HelpPanel() {
  return (
    <Box flexDirection="column">
      <Text bold>Keys</Text>
      {KEYS.map(([key, what]) => (
        <Text key={key}>
          <Text color="cyan">{key.padEnd(6)}</Text>
          {what}
        </Text>
      ))}
      <Text dimColor>Esc or ? to close</Text>
    </Box>
  );
}
