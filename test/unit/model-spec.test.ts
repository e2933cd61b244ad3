import { describe, expect, it } from 'vitest';
import { resolveModelSpec } from '../../src/model/model-spec.js';
import type { AuthProfile } from '../../src/store/auth-profiles.js';

const profiles: AuthProfile[] = [
  { id: 'anthropic:work', type: 'api_key', provider: 'anthropic' },
  { id: 'openai:default', type: 'api_key', provider: 'openai' },
];
const context = { aliases: { fast: 'anthropic/claude-haiku-4-5' }, profiles };

describe('resolveModelSpec (/model <alias-or-id>@<profileId>)', () => {
  it.each([
    ['opus@anthropic:work', { model: 'anthropic/claude-opus-4-6', provider: 'anthropic', alias: 'opus', profileId: 'anthropic:work' }],
    ['/model anthropic/claude-opus-4-6@anthropic:work', { model: 'anthropic/claude-opus-4-6', provider: 'anthropic', profileId: 'anthropic:work' }],
    ['fast', { model: 'anthropic/claude-haiku-4-5', provider: 'anthropic', alias: 'fast' }],
    ['gpt-5@openai:default', { model: 'openai/gpt-5', provider: 'openai', profileId: 'openai:default' }],
    ['claude-sonnet-4-5', { model: 'anthropic/claude-sonnet-4-5', provider: 'anthropic' }],
  ])('%s', (spec, expected) => {
    expect(resolveModelSpec(spec, context)).toEqual(expected);
  });

  it.each([
    ['opus@anthropic:nope', 'Auth profile "anthropic:nope" not found.'],
    ['opus@openai:default', 'Auth profile "openai:default" is for openai, not anthropic.'],
    ['@anthropic:work', 'Auth profile override requires a model selection.'],
    ['has space', 'invalid model spec'],
  ])('%s is refused: %s', (spec, message) => {
    expect(() => resolveModelSpec(spec, context)).toThrow(message);
  });
});
