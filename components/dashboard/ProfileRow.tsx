import { Box, Text } from 'ink';
import { fitWidth } from '../widgets/fit-width.js';
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

/** Two lines a credential (three below 60 columns): what it is, then how long it lasts and where it lives. */
/** Below this width the details take two lines, so kind and storage are not cut to "t…". */
export const NARROW_COLUMNS = 60;

export function rowLines(columns: number): number {
  return columns < NARROW_COLUMNS ? 3 : 2;
}

export function ProfileRow({ row, selected, now, moving, columns = 80 }: { row: DashboardRow; selected: boolean; now: number; moving?: boolean; columns?: number }) {
  const narrow = columns < NARROW_COLUMNS;
  // "❯ ● " before the name, " · next" after it: the name gets what is left of the line.
  const room = columns - 4 - (row.next ? 7 : 0);
  const name = row.profileId ?? row.title ?? (row.kind === 'env' ? `${row.provider} (env)` : row.provider);
  const daemon = row.daemonSees === false ? ' · not seen by a daemon' : '';
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text color={selected ? 'cyan' : undefined}>{selected ? (moving ? '↕ ' : '❯ ') : '  '}</Text>
        <Text color={STATE_COLOR[row.state]}>● </Text>
        <Text bold={selected}>{fitWidth(name, room)}</Text>
        {row.next ? <Text color="green"> · next</Text> : null}
      </Text>
      {narrow ? (
        <>
          <Text wrap="truncate-end" dimColor={!selected}>
            {'    '}
            <Text color={STATE_COLOR[row.state]}>{countdown(row, now)}</Text>
            {row.masked ? ` · ${row.masked}` : ''}
          </Text>
          <Text wrap="truncate-end" dimColor={!selected}>
            {'    '}
            {KIND[row.kind]} · {row.where}
            {daemon}
          </Text>
        </>
      ) : (
        <Text wrap="truncate-end" dimColor={!selected}>
          {'    '}
          {/* Countdown and masked secret first: they are what matters most and must survive truncation. */}
          <Text color={STATE_COLOR[row.state]}>{countdown(row, now)}</Text>
          {row.masked ? ` · ${row.masked}` : ''} · {KIND[row.kind]} · {row.where}
          {daemon}
        </Text>
      )}
    </Box>
  );
}
