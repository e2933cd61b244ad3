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

const CLAUDE_CLI: SelectItem<AuthMethod> = {
  value: 'claude-cli',
  label: "Use this machine's Claude Code login",
  hint: 'claude is logged in here: OpenClaw runs Anthropic models through it (its "Claude CLI" route); nothing to store. Billed as your subscription\'s extra usage.',
};

const CLAUDE_MISSING: SelectItem<AuthMethod> = {
  value: 'setup-token',
  label: 'Sign in with Claude (setup-token) — claude is not installed',
  hint: 'Install the Claude Code CLI first: npm install -g @anthropic-ai/claude-code (or run `claude setup-token` elsewhere and paste the token).',
};

interface Props {
  /** Renewing a token profile: only the token methods apply. */
  renewing?: string | undefined;
  /** Whether `claude` can run here; the sign-in item says so when it cannot. */
  claudeInstalled?: boolean;
  /** OpenClaw 2026.6+ is installed and claude is logged in: its Claude CLI route can be used. */
  claudeCliRoute?: boolean;
  /** The method chosen before (back with Esc): the cursor starts on it. */
  selected?: AuthMethod | undefined;
  onSelect: (method: AuthMethod) => void;
}

export function MethodStep({ renewing, claudeInstalled = true, claudeCliRoute = false, selected, onSelect }: Props) {
  const signIn = claudeInstalled ? SETUP_TOKEN : CLAUDE_MISSING;
  const items = renewing ? [signIn, PASTE_TOKEN] : [API_KEY, signIn, PASTE_TOKEN, ...(claudeCliRoute ? [CLAUDE_CLI] : [])];
  return (
    <Box flexDirection="column">
      <Text bold>{renewing ? `Renew ${renewing} with:` : 'How do you want to sign in to Anthropic?'}</Text>
      <SelectList items={items} onSelect={onSelect} initialIndex={Math.max(0, items.findIndex((item) => item.value === selected))} />
    </Box>
  );
}
