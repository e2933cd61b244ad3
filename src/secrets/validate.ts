import { InvalidSecretError } from '../errors.js';
import type { CredentialKind, ProviderInfo, SecretFormat } from '../providers.js';
import { tokenFormatFor } from '../providers.js';
import { normalizeSecret } from './normalize.js';

const SECRET_CHARSET = /^[A-Za-z0-9_\-.:+/=]+$/;

function describeProblem(secret: string, format: SecretFormat): string | undefined {
  if (!format.prefixes.some((prefix) => secret.startsWith(prefix))) {
    return `expected a ${format.label} starting with ${format.prefixes.join(' or ')}`;
  }
  const repeated = format.prefixes.some((prefix) => secret.indexOf(prefix, 1) !== -1);
  if (repeated) return `this looks like two ${format.label}s pasted together; paste one`;
  if (!SECRET_CHARSET.test(secret)) return `the ${format.label} contains characters a key cannot have`;
  if (secret.length < format.minLength) {
    return `the ${format.label} looks too short (${secret.length} characters, at least ${format.minLength} expected); paste the full value — a terminal's line wrap often cuts it`;
  }
  if (secret.length > format.maxLength) {
    return `the ${format.label} looks too long (${secret.length} characters); paste one value only`;
  }
  return undefined;
}

/** Why this looks like the other kind of Anthropic secret, or undefined. */
function wrongKindExplanation(secret: string, provider: ProviderInfo, kind: CredentialKind): string | undefined {
  if (provider.id !== 'anthropic') return undefined;
  if (kind === 'api_key' && provider.token?.prefixes.some((prefix) => secret.startsWith(prefix))) {
    return 'this is a Claude setup-token (sk-ant-oat01-…), not an API key: it is only authorized for use with Claude Code, so the API rejects it as ANTHROPIC_API_KEY. Store it as a token instead: openclaw-auth models auth paste-token --provider anthropic';
  }
  if (kind === 'token' && provider.apiKey.prefixes.some((prefix) => secret.startsWith(prefix))) {
    return 'this is an Anthropic API key (sk-ant-api03-…), not a setup-token. Store it as an API key instead: ANTHROPIC_API_KEY=… in ~/.openclaw/.env';
  }
  return undefined;
}

export interface ValidatedSecret {
  value: string;
  kind: CredentialKind;
}

/**
 * Normalise and check a secret for a provider. Unknown providers get only a sanity check, since we
 * cannot know their format. Throws InvalidSecretError with a message that never contains the secret.
 */
export function validateSecret(raw: string, provider: ProviderInfo | undefined, kind: CredentialKind): ValidatedSecret {
  const value = normalizeSecret(raw);
  if (!value) throw new InvalidSecretError('no secret given (the input was empty)');
  if (!provider) {
    if (value.length < 8) throw new InvalidSecretError(`the secret looks too short (${value.length} characters)`);
    return { value, kind };
  }
  const wrongKind = wrongKindExplanation(value, provider, kind);
  if (wrongKind) throw new InvalidSecretError(wrongKind);
  const format = kind === 'token' ? tokenFormatFor(provider) : provider.apiKey;
  const problem = describeProblem(value, format);
  if (problem) throw new InvalidSecretError(problem);
  return { value, kind };
}
