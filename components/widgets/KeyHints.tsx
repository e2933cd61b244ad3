import { Box, Text } from 'ink';

/** The footer every step shows: what the keys do here. */
export function KeyHints({ hints }: { hints: readonly string[] }) {
  return (
    <Box marginTop={1}>
      <Text dimColor wrap="wrap">
        {hints.join(' · ')}
      </Text>
    </Box>
  );
}
