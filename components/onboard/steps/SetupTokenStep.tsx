import { Box, Text, useInput, useStdout } from 'ink';
import { useState } from 'react';
import type { SetupTokenCapture } from '../../../src/setup-token/capture.js';
import { WholeLink } from '../../widgets/Link.js';
import { TextInput } from '../../widgets/TextInput.js';
import { useSetupTokenCapture } from '../hooks/use-setup-token-capture.js';

interface Props {
  startCapture: (cols: number, rows: number) => Promise<SetupTokenCapture>;
  copy: (text: string) => boolean;
  onToken: (token: string) => void;
}

export function SetupTokenStep({ startCapture, copy, onToken }: Props) {
  const { stdout } = useStdout();
  const { view, send } = useSetupTokenCapture(() => startCapture(Math.max(stdout.columns ?? 80, 40), stdout.rows ?? 24), onToken);
  const [copied, setCopied] = useState<boolean | undefined>(undefined);
  // claude 2.1.332 drops a code without its "#state" part without a word: say it here instead.
  const [codeNotice, setCodeNotice] = useState<string | undefined>(undefined);
  const submitCode = (code: string) => {
    if (!code) return;
    if (!code.includes('#')) {
      setCodeNotice('that code has no # in it: claude expects the whole code the browser shows, code#state. Copy all of it and paste it again.');
      return;
    }
    setCodeNotice(undefined);
    send(`${code}\r`);
  };
  const typing = view.phase === 'prompt';

  const copyUrl = () => view.url !== undefined && (setCopied(copy(view.url)), true);
  useInput(
    (input, key) => {
      if (input === 'c') copyUrl();
      if (key.return && view.phase === 'problem') send('\r'); // claude: "Press Enter to retry."
    },
    { isActive: !typing },
  );

  return (
    <Box flexDirection="column">
      <Text bold>Sign in with your Claude account</Text>
      {view.phase === 'starting' || (view.phase === 'waiting-for-url' && !view.url) ? <Text dimColor>Starting claude setup-token…</Text> : null}
      {view.url ? (
        <Box flexDirection="column" marginTop={1}>
          <WholeLink url={view.url} label="Sign-in link (claude setup-token):" />
          <Text>Open the sign-in link above (c to copy it) and sign in.</Text>
          {/* OSC 52 has no answer: a terminal that ignores it looks the same as one that obeys. */}
          {copied === true ? <Text color="green">sent to the terminal's clipboard (if it allows it); or select the link above</Text> : null}
          {copied === false ? <Text color="yellow">! this terminal cannot set the clipboard; select the link above instead</Text> : null}
        </Box>
      ) : null}
      {view.problem && view.phase === 'problem' ? (
        <Box flexDirection="column" marginTop={1}>
          <Text color="red">✗ {view.problem}</Text>
          <Text>Press Enter to try again, or Esc to choose another way.</Text>
        </Box>
      ) : null}
      {typing ? (
        <Box flexDirection="column" marginTop={1}>
          <Text>Paste the code the browser shows (it has a # in the middle; paste it whole):</Text>
          <TextInput
            placeholder="code#state, then Enter"
            // Codes are pasted whole; a lone "c" in an empty field means "copy the link".
            intercept={(input, value) => input === 'c' && value === '' && copyUrl()}
            onSubmit={submitCode}
          />
          {codeNotice ? <Text color="red">✗ {codeNotice}</Text> : null}
        </Box>
      ) : null}
      {view.phase === 'exited' && view.notStarted ? (
        <Box flexDirection="column" marginTop={1}>
          <Text color="red">✗ claude setup-token could not start: {view.notStarted}</Text>
          <Text>Esc to go back and paste a token instead.</Text>
        </Box>
      ) : null}
      {view.phase === 'exited' && view.failure ? (
        <Box flexDirection="column" marginTop={1}>
          <Text color="red">✗ claude setup-token ended without a token (exit code {view.failure.exitCode}). Its last lines:</Text>
          {view.failure.lastLines.map((line) => (
            <Text key={line} dimColor>
              {'  '}
              {line}
            </Text>
          ))}
          <Text>Esc to go back and try again or paste a token instead.</Text>
        </Box>
      ) : null}
    </Box>
  );
}
