import { Box, Text } from 'ink';
import { useState } from 'react';
import { CliError } from '../../../src/errors.js';
import { findProvider, tokenFormatFor, type CredentialKind } from '../../../src/providers.js';
import { validateSecret } from '../../../src/secrets/validate.js';
import { SecretInput } from '../../widgets/SecretInput.js';

interface Props {
  provider: string;
  kind: CredentialKind;
  onSubmit: (secret: string) => void;
  notice?: string | undefined;
  allowUnknownFormat?: boolean;
}

export function SecretStep({ provider, kind, onSubmit, notice, allowUnknownFormat = false }: Props) {
  const [error, setError] = useState<string | undefined>(notice);
  const info = findProvider(provider);
  const label = info ? (kind === 'token' ? tokenFormatFor(info).label : info.apiKey.label) : `${provider} secret`;
  const example = info ? (kind === 'token' ? tokenFormatFor(info).example : info.apiKey.example) : '';
  return (
    <Box flexDirection="column">
      <Text bold>Paste your {label}</Text>
      {kind === 'api_key' && info ? <Text dimColor>Create one at {info.consoleUrl}</Text> : null}
      {example ? <Text dimColor>It starts with {example}</Text> : null}
      <SecretInput
        error={error}
        onSubmit={(raw) => {
          try {
            onSubmit(validateSecret(raw, info, kind, { allowUnknownFormat }).value);
          } catch (problem) {
            setError(problem instanceof CliError ? problem.message : String(problem));
          }
        }}
      />
    </Box>
  );
}
