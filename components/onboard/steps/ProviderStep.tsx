import { Box, Text } from 'ink';
import { SelectList } from '../../widgets/SelectList.js';

const PROVIDERS = [
  { value: 'anthropic', label: 'Anthropic', hint: 'Claude: an API key, or your Claude Pro/Max subscription' },
  { value: 'openrouter', label: 'OpenRouter', hint: 'many models behind one API key' },
  { value: 'openai', label: 'OpenAI', hint: 'an API key from platform.openai.com' },
];

/** `selected`: the provider chosen before (back with Esc), where the cursor starts. */
export function ProviderStep({ selected, onSelect }: { selected?: string | undefined; onSelect: (provider: string) => void }) {
  return (
    <Box flexDirection="column">
      <Text bold>Which provider?</Text>
      <SelectList items={PROVIDERS} onSelect={onSelect} initialIndex={Math.max(0, PROVIDERS.findIndex((item) => item.value === selected))} />
    </Box>
  );
}
