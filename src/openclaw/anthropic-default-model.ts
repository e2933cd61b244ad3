// The Anthropic default model OpenClaw's own setup-token / API-key choice sets in each era: what
// our plugin names in its auth result and what doctor suggests for `openclaw models set`.
export const ANTHROPIC_DEFAULT_MODEL_SQLITE_ERA = 'anthropic/claude-opus-5';
export const ANTHROPIC_DEFAULT_MODEL_JSON_ERA = 'anthropic/claude-opus-4-6';

export function anthropicDefaultModelFor(era: 'json' | 'sqlite'): string {
  return era === 'json' ? ANTHROPIC_DEFAULT_MODEL_JSON_ERA : ANTHROPIC_DEFAULT_MODEL_SQLITE_ERA;
}
