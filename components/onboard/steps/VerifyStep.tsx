import { Box, Text } from 'ink';
import { useEffect } from 'react';
import { outcomeNotice, type VerifyOutcome } from '../../../src/onboard/verify-credential.js';
import { NoticeText } from '../../widgets/NoticeText.js';
import { SelectList, type SelectItem } from '../../widgets/SelectList.js';

type Next = 'save-anyway' | 'retry' | 'store-as-token' | 'other-key';

interface Props {
  /** The provider's name, as a person reads it ("Anthropic"). */
  provider: string;
  outcome: VerifyOutcome | undefined;
  verify: () => Promise<VerifyOutcome>;
  onOutcome: (outcome: VerifyOutcome) => void;
  onNext: (next: Next) => void;
}

export function VerifyStep({ provider, outcome, verify, onOutcome, onNext }: Props) {
  useEffect(() => {
    if (outcome) return;
    let alive = true;
    void verify().then((result) => alive && onOutcome(result));
    return () => {
      alive = false;
    };
  }, [outcome, verify, onOutcome]);

  if (!outcome) return <Text>Checking the key with {provider}…</Text>;
  const choices: SelectItem<Next>[] =
    outcome.kind === 'claude-code-only'
      ? [
          { value: 'store-as-token', label: 'Store it as a setup-token instead' },
          { value: 'other-key', label: 'Enter an API key' },
        ]
      : outcome.kind === 'invalid'
        ? [
            { value: 'other-key', label: 'Enter a different key' },
            { value: 'save-anyway', label: 'Save it anyway' },
          ]
        : [
            { value: 'save-anyway', label: 'Save it anyway', hint: 'it could not be checked' },
            { value: 'retry', label: 'Check again' },
            { value: 'other-key', label: 'Enter a different key' },
          ];
  return (
    <Box flexDirection="column">
      <NoticeText notice={outcomeNotice(outcome, provider)} />
      <SelectList items={choices} onSelect={onNext} />
    </Box>
  );
}
