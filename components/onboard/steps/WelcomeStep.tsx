import { Box, Text } from 'ink';
import { useTerminalSize } from '../../hooks/use-terminal-size.js';
import { fitWidth } from '../../widgets/fit-width.js';
import type { WelcomeSummary } from '../../../src/onboard/welcome-summary.js';
import { SelectList, type SelectItem } from '../../widgets/SelectList.js';

type Choice = { kind: 'renew'; profileId: string; provider: string } | { kind: 'add' } | { kind: 'quit' };

interface Props {
  summary: WelcomeSummary;
  onRenew: (profileId: string, provider: string) => void;
  onAdd: () => void;
  onQuit: () => void;
}

export function WelcomeStep({ summary, onRenew, onAdd, onQuit }: Props) {
  const { columns } = useTerminalSize();
  const items: SelectItem<Choice>[] = [
    ...summary.renewable.map((entry) => ({
      value: { kind: 'renew' as const, profileId: entry.profileId, provider: entry.provider },
      label: `Renew ${entry.profileId}`,
      hint: entry.why,
    })),
    { value: { kind: 'add' }, label: summary.existing.length ? 'Add another credential' : 'Add a credential' },
    { value: { kind: 'quit' }, label: 'Quit' },
  ];
  return (
    <Box flexDirection="column">
      {summary.existing.length ? (
        <Box flexDirection="column" marginBottom={1}>
          <Text>You have:</Text>
          {summary.existing.map((entry) => (
            // One line each, cut to the terminal by its cells: a long CJK or Devanagari id wrapped
            // by Ink lost its bullet (Ink and the terminal measure those scripts differently).
            <Text key={entry.line}>
              {'  • '}
              {fitWidth(entry.line, columns - 4)}
            </Text>
          ))}
        </Box>
      ) : (
        <Box marginBottom={1}>
          <Text>No credentials yet. Let's add one; it takes under a minute.</Text>
        </Box>
      )}
      {summary.renewable.length ? (
        <Box marginBottom={1}>
          <Text color="yellow">! {summary.renewable.length === 1 ? 'A token needs' : 'Tokens need'} renewing.</Text>
        </Box>
      ) : null}
      {summary.envNotes.map((note) => (
        <Box key={note} marginBottom={1}>
          <Text color="yellow">! {note}</Text>
        </Box>
      ))}
      <SelectList
        items={items}
        onSelect={(choice) => (choice.kind === 'renew' ? onRenew(choice.profileId, choice.provider) : choice.kind === 'add' ? onAdd() : onQuit())}
      />
    </Box>
  );
}
