// What can be done with the selected credential (Enter in the dashboard): the same keys as the list,
// said for this row, and why a key does nothing where it cannot (an env key, claude's own login).
import { Box, Text } from 'ink';
import type { DashboardRow } from '../../src/dashboard/dashboard-rows.js';

function actionsFor(row: DashboardRow): [string, string][] {
  if (row.kind === 'runtime') return [['', "claude's own login: run claude auth login in a terminal"]];
  if (row.kind === 'config-ref') return [['', `a SecretRef in openclaw.json: change it ${row.where}`]];
  if (row.kind === 'env') return [['p', `store a ${row.provider} key as a profile`], ['', `the env key itself is changed in ${row.where}`]];
  return [
    ['r', row.kind === 'token' ? 'renew it: sign in again, or paste a new token' : 'replace it with a new key'],
    ['p', 'paste a new token or key into it'],
    ['o', "move it in its provider's order"],
    ['x', 'remove it (asks first)'],
  ];
}

export function ActionsPanel({ row }: { row: DashboardRow }) {
  return (
    <Box flexDirection="column" marginLeft={4}>
      {actionsFor(row).map(([key, what]) => (
        <Text key={`${key}${what}`} wrap="truncate-end">
          {key ? <Text color="cyan">{key.padEnd(2)}</Text> : null}
          {what}
        </Text>
      ))}
    </Box>
  );
}
