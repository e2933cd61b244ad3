import { Box } from 'ink';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { SelectList } from '../../components/widgets/SelectList.js';

describe('a list of choices', () => {
  it('wraps a label too long for the line under the label, not under its number', () => {
    const { lastFrame } = render(
      <Box width={30}>
        <SelectList items={[{ value: 'ssh', label: 'On another machine, over ssh', hint: 'The gateway host' }]} onSelect={() => undefined} />
      </Box>,
    );
    expect(lastFrame()).toBe(['❯ 1. On another machine, over', '     ssh', '     The gateway host'].join('\n'));
  });
});
