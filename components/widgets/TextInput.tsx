import { Box, Text, useInput } from 'ink';
import { useLatestState } from '../hooks/use-latest-state.js';

interface Props {
  onSubmit: (value: string) => void;
  placeholder?: string;
  /** Text already in the field (a remembered answer), to edit or accept. */
  initialValue?: string | undefined;
  /** Empty the field on Enter (a code is used once); a host name stays, to correct if it was wrong. */
  clearOnSubmit?: boolean;
  isActive?: boolean;
  /** Sees each key first with the current value; returning true keeps it out of the field. */
  intercept?: (input: string, value: string) => boolean;
}

const LINE_KILL = '\x15';
// eslint-disable-next-line no-control-regex
const printable = (text: string) => text.replace(/[\x00-\x1f\x7f]/g, '');

/**
 * A one-line visible text field (the sign-in code, a host name). A line break submits, even inside a paste or
 * typed together with the text: a code copied with its trailing newline goes through in one go.
 */
export function TextInput({ onSubmit, placeholder, initialValue, clearOnSubmit = true, isActive = true, intercept }: Props) {
  // Keys can arrive faster than React re-renders: Enter must submit what was typed just before it.
  const [value, current, setValue] = useLatestState(initialValue ?? '');
  useInput(
    (input, key) => {
      if (intercept?.(input, current.current)) return;
      const text = input.replace(/\x1b?\[20[01]~/g, '');
      if (key.return || /[\r\n]/.test(text)) {
        const submitted = (current.current + (key.return ? '' : (text.split(/[\r\n]/)[0] ?? ''))).trim();
        setValue(clearOnSubmit ? '' : submitted);
        onSubmit(submitted);
      } else if (key.backspace || key.delete) setValue(current.current.slice(0, -1));
      else if (key.ctrl && input === 'u') setValue('');
      else if (text.includes(LINE_KILL)) {
        // Ctrl-U and what was typed after it, in one read (a busy moment, ssh): the field is what follows it.
        setValue(printable(text.slice(text.lastIndexOf(LINE_KILL) + 1)));
      } else if (!key.ctrl && !key.meta && !key.escape && text) setValue(current.current + printable(text));
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
