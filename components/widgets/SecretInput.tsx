// A secret field that never shows the secret: a mask, its length and its last 4 characters, so a
// person can tell a whole paste from a cut one. Pasted text (bracketed or not) loses its line
// breaks and spaces — a 108-character token wrapped by a terminal arrives whole — and a line break
// inside a paste never submits.
import { Box, Text, useInput, useStdout } from 'ink';
import { useEffect, useRef, useState } from 'react';
import { useLatestState } from '../hooks/use-latest-state.js';
import { normalizeSecret } from '../../src/secrets/normalize.js';

interface Props {
  onSubmit: (value: string) => void;
  /** Why the last value was refused, shown under the field. */
  error?: string | undefined;
  isActive?: boolean;
}

const PASTE_START = /\x1b?\[200~/g;
const PASTE_END = /\x1b?\[201~/g;

export function SecretInput({ onSubmit, error, isActive = true }: Props) {
  // Enter right after a paste must submit the paste, even before React has re-rendered with it.
  const [value, current, setShownValue] = useLatestState('');
  // The error is about the value last submitted: once the field is edited (Ctrl-U, typing), it goes.
  const [edited, setEdited] = useState(false);
  const setValue = (next: string) => {
    setShownValue(next);
    setEdited(true);
  };
  const pasting = useRef(false);
  const { stdout } = useStdout();

  useEffect(() => {
    // Only a real terminal has a paste mode to switch (and a test's stdout would take it for a frame).
    if (!isActive || !stdout.isTTY) return;
    stdout.write('\x1b[?2004h'); // ask the terminal to mark pastes
    return () => {
      stdout.write('\x1b[?2004l');
    };
  }, [isActive, stdout]);

  useInput(
    (input, key) => {
      if (PASTE_START.test(input)) pasting.current = true;
      PASTE_START.lastIndex = 0;
      const ended = PASTE_END.test(input);
      PASTE_END.lastIndex = 0;
      const text = input.replace(PASTE_START, '').replace(PASTE_END, '');
      if (ended) pasting.current = false;
      if (key.return && !pasting.current) {
        setEdited(false);
        onSubmit(current.current);
        return;
      }
      if (key.backspace || key.delete) {
        setValue(current.current.slice(0, -1));
        return;
      }
      if (key.ctrl && input === 'u') {
        setValue('');
        return;
      }
      if (key.ctrl || key.meta || key.escape || key.upArrow || key.downArrow || key.tab) return;
      const cleaned = normalizeSecret(text);
      if (cleaned) setValue(current.current + cleaned);
    },
    { isActive },
  );

  const mask = '•'.repeat(Math.min(value.length, 24)) + (value.length > 24 ? '…' : '');
  return (
    <Box flexDirection="column">
      <Box>
        <Text color="cyan">› </Text>
        <Text>{value ? mask : ''}</Text>
        {!value ? <Text dimColor>paste, then Enter (input is hidden)</Text> : null}
      </Box>
      {value ? (
        <Text dimColor>
          {value.length} characters, ends …{value.slice(-4)}
        </Text>
      ) : null}
      {error && !edited ? <Text color="red">✗ {error}</Text> : null}
    </Box>
  );
}
