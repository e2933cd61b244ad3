import { Box, Text } from 'ink';
import type { Notice } from '../../../src/notice.js';
import type { StorageChoice } from '../../../src/onboard/wizard-state.js';
import { NoticeText } from '../../widgets/NoticeText.js';
import { SelectList, type SelectItem } from '../../widgets/SelectList.js';

const EXPLAIN: Record<StorageChoice, SelectItem<StorageChoice>> = {
  keychain: { value: 'keychain', label: 'OS keychain (recommended)', hint: 'Encrypted by your OS; OpenClaw reads it through openclaw-auth.' },
  env: { value: 'env', label: '~/.openclaw/.env', hint: 'For a gateway run by systemd or launchd: they do not inherit your shell exports.' },
  file: { value: 'file', label: 'auth-profiles.json', hint: 'Plain text, readable only by you (0600), as OpenClaw stores it.' },
  remote: { value: 'remote', label: 'On another machine, over ssh', hint: 'The gateway host: sent over your own ssh, on stdin, into openclaw-auth or openclaw there.' },
};

/**
 * OpenClaw 2026.6+ (its SQLite store): its own `models status --check` confirms no exec ref (its
 * read-only check resolves only env refs), so a keychain secret is "indeterminate" there for good.
 * Said here, before anything is stored; the file is named as OpenClaw names its store.
 */
const IN_SQLITE_ERA: Partial<Record<StorageChoice, SelectItem<StorageChoice>>> = {
  keychain: { value: 'keychain', label: 'OS keychain (recommended)', hint: "Encrypted by your OS. OpenClaw's own `models status --check` cannot confirm it (says indeterminate, exits 1); openclaw-auth's can." },
  file: { value: 'file', label: "OpenClaw's auth store", hint: 'Plain text in its SQLite store, readable only by you, as OpenClaw stores it; its own --check confirms it.' },
};

interface Props {
  choices: readonly StorageChoice[];
  /** The agent's store is OpenClaw's SQLite one (2026.6+). */
  sqliteStore?: boolean | undefined;
  keychainReason?: string | undefined;
  preferred?: StorageChoice | undefined;
  /** The key check's verdict, or why the last save failed. */
  notice?: Notice | undefined;
  onSelect: (storage: StorageChoice) => void;
}

export function StorageStep({ choices, sqliteStore, keychainReason, preferred, notice, onSelect }: Props) {
  const items = choices.map((choice) => (sqliteStore ? IN_SQLITE_ERA[choice] : undefined) ?? EXPLAIN[choice]);
  const initial = Math.max(0, preferred ? choices.indexOf(preferred) : 0);
  return (
    <Box flexDirection="column">
      <Text bold>Where should it be stored?</Text>
      {keychainReason ? <Text dimColor>(OS keychain unavailable: {keychainReason})</Text> : null}
      {notice ? <NoticeText notice={notice} /> : null}
      <SelectList items={items} onSelect={onSelect} initialIndex={initial} />
    </Box>
  );
}
