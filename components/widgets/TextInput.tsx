import { Box, Text, useInput } from 'ink';
import { useState } from 'react';

interface Props {
  onSubmit: (value: string) => void;
  placeholder?: string;
  isActive?: boolean;
  /** Sees each key first with the current value; returning true keeps it out of the field. */
  intercept?: (input: string, value: string) => boolean;
}

/** A one-line visible text field (for the sign-in code). Line breaks in a paste are dropped. */
export function TextInput({ onSubmit, placeholder, isActive = true, intercept }: Props) {
  const [value, setValue] = useState('');
  useInput(
    (input, key) => {
      if (intercept?.(input, value)) return;
      if (key.return) {
        onSubmit(value.trim());
        setValue('');
      } else if (key.backspace || key.delete) setValue((current) => current.slice(0, -1));
      else if (key.ctrl && input === 'u') setValue('');
      else if (!key.ctrl && !key.meta && !key.escape && input) setValue((current) => current + input.replace(/\x1b?\[20[01]~|[\r\n]/g, ''));
    },
    { isActive },
  );
  return (
    <Box>
      <Text color="cyan">› </Text>
      {value ? <Text>{value}</Text> : <Text dimColor>{placeholder ?? ''}</Text>}
    </Box>
  );
}
