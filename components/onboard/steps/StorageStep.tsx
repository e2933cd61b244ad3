import { Box, Text } from 'ink';
import type { StorageChoice } from '../../../src/onboard/wizard-state.js';
import { SelectList, type SelectItem } from '../../widgets/SelectList.js';

const EXPLAIN: Record<StorageChoice, SelectItem<StorageChoice>> = {
  keychain: { value: 'keychain', label: 'OS keychain (recommended)', hint: 'Encrypted by your OS; OpenClaw reads it through openclaw-auth.' },
  env: { value: 'env', label: '~/.openclaw/.env', hint: 'For a gateway run by systemd or launchd: they do not inherit your shell exports.' },
  file: { value: 'file', label: 'auth-profiles.json', hint: 'Plain text, readable only by you (0600), as OpenClaw stores it.' },
  remote: { value: 'remote', label: 'On another machine, over ssh', hint: 'The gateway host: sent over your own ssh, on stdin, into openclaw-auth or openclaw there.' },
};

interface Props {
  choices: readonly StorageChoice[];
  keychainReason?: string | undefined;
  preferred?: StorageChoice | undefined;
  notice?: string | undefined;
  onSelect: (storage: StorageChoice) => void;
}

export function StorageStep({ choices, keychainReason, preferred, notice, onSelect }: Props) {
  const items = choices.map((choice) => EXPLAIN[choice]);
  const initial = Math.max(0, preferred ? choices.indexOf(preferred) : 0);
  return (
    <Box flexDirection="column">
      <Text bold>Where should it be stored?</Text>
      {keychainReason ? <Text dimColor>(OS keychain unavailable: {keychainReason})</Text> : null}
      {notice ? <Text color="red">✗ {notice}</Text> : null}
      <SelectList items={items} onSelect={onSelect} initialIndex={initial} />
    </Box>
  );
}
