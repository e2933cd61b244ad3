import { Box, Text } from 'ink';
import type { AuthMethod } from '../../../src/onboard/wizard-state.js';
import { SelectList, type SelectItem } from '../../widgets/SelectList.js';

const API_KEY: SelectItem<AuthMethod> = {
  value: 'apiKey',
  label: 'API key (recommended)',
  hint: 'From console.anthropic.com. Since April 2026 Anthropic bills subscriptions used through OpenClaw as extra usage; OpenClaw recommends API keys.',
};
const SETUP_TOKEN: SelectItem<AuthMethod> = {
  value: 'setup-token',
  label: 'Sign in with Claude (setup-token)',
  hint: 'Runs `claude setup-token` here: sign in in your browser, paste the code, the token is captured for you.',
};
const PASTE_TOKEN: SelectItem<AuthMethod> = {
  value: 'token',
  label: 'Paste a setup-token',
  hint: 'If you already ran `claude setup-token` and have the sk-ant-oat01-… token.',
};

interface Props {
  /** Renewing a token profile: only the token methods apply. */
  renewing?: string | undefined;
  onSelect: (method: AuthMethod) => void;
}

export function MethodStep({ renewing, onSelect }: Props) {
  const items = renewing ? [SETUP_TOKEN, PASTE_TOKEN] : [API_KEY, SETUP_TOKEN, PASTE_TOKEN];
  return (
    <Box flexDirection="column">
      <Text bold>{renewing ? `Renew ${renewing} with:` : 'How do you want to sign in to Anthropic?'}</Text>
      <SelectList items={items} onSelect={onSelect} />
    </Box>
  );
}
