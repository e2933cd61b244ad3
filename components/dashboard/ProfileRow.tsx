import { Box, Text } from 'ink';
import { countdown, type DashboardRow } from '../../src/dashboard/dashboard-rows.js';

const STATE_COLOR: Record<DashboardRow['state'], string | undefined> = {
  ok: 'green',
  expiring: 'yellow',
  expired: 'red',
  missing: 'red',
  static: 'blue',
  env: 'cyan',
};
const KIND: Record<DashboardRow['kind'], string> = { api_key: 'API key', token: 'token', oauth: 'OAuth', env: 'env key', runtime: 'CLI login', 'config-ref': 'API key ref' };

/** Two lines a credential, so it fits 40 columns: what it is, then where it lives and how long it lasts. */
export function ProfileRow({ row, selected, now, moving }: { row: DashboardRow; selected: boolean; now: number; moving?: boolean }) {
  const name = row.profileId ?? row.title ?? (row.kind === 'env' ? `${row.provider} (env)` : row.provider);
  const daemon = row.daemonSees === false ? ' · not seen by a daemon' : '';
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text color={selected ? 'cyan' : undefined}>{selected ? (moving ? '↕ ' : '❯ ') : '  '}</Text>
        <Text color={STATE_COLOR[row.state]}>● </Text>
        <Text bold={selected}>{name}</Text>
        {row.next ? <Text color="green"> · next</Text> : null}
      </Text>
      <Text wrap="truncate-end" dimColor={!selected}>
        {'    '}
        {/* Countdown and masked secret first: they are what matters most and must survive truncation at 40 columns. */}
        <Text color={STATE_COLOR[row.state]}>{countdown(row, now)}</Text>
        {row.masked ? ` · ${row.masked}` : ''} · {KIND[row.kind]} · {row.where}
        {daemon}
      </Text>
    </Box>
  );
}
