import { Box, Text } from 'ink';
import { useState } from 'react';
import { CliError } from '../../../src/errors.js';
import { findProvider, tokenFormatFor, type CredentialKind } from '../../../src/providers.js';
import { validateSecret } from '../../../src/secrets/validate.js';
import { SecretInput } from '../../widgets/SecretInput.js';
import { SelectList } from '../../widgets/SelectList.js';

interface Props {
  provider: string;
  kind: CredentialKind;
  onSubmit: (secret: string) => void;
  /** The value is the other kind and valid as that: store it as that (absent while renewing). */
  onSwitch?: ((kind: CredentialKind, secret: string) => void) | undefined;
  notice?: string | undefined;
  allowUnknownFormat?: boolean;
}

/** The value, valid as the other kind of Anthropic secret, or undefined. */
function asOtherKind(raw: string, info: ReturnType<typeof findProvider>, kind: CredentialKind): { kind: CredentialKind; secret: string } | undefined {
  const other: CredentialKind = kind === 'token' ? 'api_key' : 'token';
  if (!info || (other === 'token' && !info.token)) return undefined;
  try {
    return { kind: other, secret: validateSecret(raw, info, other).value };
  } catch {
    return undefined;
  }
}

export function SecretStep({ provider, kind, onSubmit, onSwitch, notice, allowUnknownFormat = false }: Props) {
  const [error, setError] = useState<string | undefined>(notice);
  const [other, setOther] = useState<{ kind: CredentialKind; secret: string } | undefined>(undefined);
  const info = findProvider(provider);
  const label = info ? (kind === 'token' ? tokenFormatFor(info).label : info.apiKey.label) : `${provider} secret`;
  const example = info ? (kind === 'token' ? tokenFormatFor(info).example : info.apiKey.example) : '';
  return (
    <Box flexDirection="column">
      <Text bold>Paste your {label}</Text>
      {kind === 'api_key' && info ? <Text dimColor>Create one at {info.consoleUrl}</Text> : null}
      {example ? <Text dimColor>It starts with {example}</Text> : null}
      {other && onSwitch ? (
        <Box flexDirection="column" marginTop={1}>
          <Text color="yellow">! {other.kind === 'token' ? 'This is a Claude setup-token (sk-ant-oat01-…), not an API key.' : 'This is an Anthropic API key (sk-ant-api03-…), not a setup-token.'}</Text>
          <SelectList
            items={[
              { value: 'switch' as const, label: other.kind === 'token' ? 'Store it as a setup-token' : 'Store it as an API key' },
              { value: 'again' as const, label: kind === 'token' ? 'Paste a setup-token instead' : 'Paste an API key instead' },
            ]}
            onSelect={(choice) => (choice === 'switch' ? onSwitch(other.kind, other.secret) : (setOther(undefined), setError(undefined)))}
          />
        </Box>
      ) : (
        <SecretInput
          error={error}
          onSubmit={(raw) => {
            try {
              onSubmit(validateSecret(raw, info, kind, { allowUnknownFormat }).value);
            } catch (problem) {
              // The other kind, whole and valid: offer to store it as that, the value kept.
              const switchTo = onSwitch ? asOtherKind(raw, info, kind) : undefined;
              if (switchTo) setOther(switchTo);
              else setError(problem instanceof CliError ? problem.message : String(problem));
            }
          }}
        />
      )}
    </Box>
  );
}
