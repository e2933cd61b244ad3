import { Box, Text, useApp } from 'ink';
import type { Context } from '../../src/context.js';
import { renderUntilExit } from '../render-app.js';
import { KeyHints } from '../widgets/KeyHints.js';
import { SelectList, type SelectItem } from '../widgets/SelectList.js';

function Picker({ title, items, onPick }: { title: string; items: SelectItem<string>[]; onPick: (value: string) => void }) {
  const { exit } = useApp();
  return (
    <Box flexDirection="column">
      <Text bold>{title}</Text>
      <SelectList
        items={items}
        onSelect={(value) => {
          onPick(value);
          exit();
        }}
      />
      <KeyHints hints={['↑/↓ choose', 'Enter pick', 'Ctrl+C quit']} />
    </Box>
  );
}

/** A one-question picker; resolves to the chosen value, or undefined on Ctrl-C. */
export async function runPicker(ctx: Context, title: string, items: SelectItem<string>[]): Promise<string | undefined> {
  let picked: string | undefined;
  await renderUntilExit(ctx, <Picker title={title} items={items} onPick={(value) => (picked = value)} />);
  return picked;
}
