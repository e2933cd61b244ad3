import { Box, Text } from 'ink';
import { useState } from 'react';
import { TextInput } from '../../widgets/TextInput.js';

interface Props {
  /** A host given with --to or remembered with --save-remote. */
  initial?: string | undefined;
  /** Why the last try failed (unreachable, unknown host key, no openclaw there, its refusal). */
  notice?: string | undefined;
  /** Checks the form (ssh://[user@]host[:port]); returns the problem, or undefined when it is fine. */
  check: (to: string) => string | undefined;
  onSubmit: (to: string) => void;
}

export function RemoteHostStep({ initial, notice, check, onSubmit }: Props) {
  const [problem, setProblem] = useState<string | undefined>(notice);
  return (
    <Box flexDirection="column">
      <Text bold>Which machine runs the gateway?</Text>
      <Text dimColor>Your own ssh logs in (its config, keys and agent); the secret goes on stdin, never on a command line.</Text>
      {problem ? <Text color="red">✗ {problem}</Text> : null}
      <TextInput
        initialValue={initial}
        clearOnSubmit={false}
        placeholder="ssh://user@host[:port], then Enter"
        onSubmit={(to) => {
          const invalid = to ? check(to) : 'type the host, e.g. ssh://pi@gateway.local';
          if (invalid) setProblem(invalid);
          else onSubmit(to);
        }}
      />
    </Box>
  );
}
