import { InvalidSecretError } from '../errors.js';
import type { CredentialKind, ProviderInfo, SecretFormat } from '../providers.js';
import { tokenFormatFor } from '../providers.js';
import { normalizeSecret } from './normalize.js';

const SECRET_CHARSET = /^[A-Za-z0-9_\-.:+/=]+$/;

const OVERRIDE = 'if Anthropic changed the format, --allow-unknown-format stores it anyway';

/** A problem no override excuses: not this kind of secret at all. */
function describeMismatch(secret: string, format: SecretFormat): string | undefined {
  if (!format.prefixes.some((prefix) => secret.startsWith(prefix))) {
    return `expected ${article(format.label)} ${format.label} starting with ${format.prefixes.join(' or ')}`;
  }
  const repeated = format.prefixes.some((prefix) => secret.indexOf(prefix, 1) !== -1);
  if (repeated) return `this looks like two ${format.label}s pasted together; paste one`;
  if (!SECRET_CHARSET.test(secret)) return `the ${format.label} contains characters a key cannot have`;
  return undefined;
}

/** A value of the right kind but not of the known shape: cut by a wrap, or a new format. */
function describeShape(secret: string, format: SecretFormat): string | undefined {
  const count = characters(secret.length);
  if (format.exactLength !== undefined) {
    if (secret.length < format.exactLength) {
      return `the ${format.label} is cut short: ${count} arrived, a complete one has ${format.exactLength}; a terminal's line wrap cut it — paste it again whole (${OVERRIDE})`;
    }
    if (secret.length > format.exactLength) {
      return `the ${format.label} is too long: ${count} arrived, a complete one has ${format.exactLength}; paste one value only (${OVERRIDE})`;
    }
    if (format.suffix && !secret.endsWith(format.suffix)) {
      return `the ${format.label} does not end as a complete one does (…${format.suffix}); paste it again whole (${OVERRIDE})`;
    }
    return undefined;
  }
  if (secret.length < format.minLength) {
    return `the ${format.label} looks too short (${count}, at least ${format.minLength} expected); paste the full value — a terminal's line wrap often cuts it`;
  }
  if (secret.length > format.maxLength) return `the ${format.label} looks too long (${count}); paste one value only`;
  return undefined;
}

export function characters(count: number): string {
  return `${count} character${count === 1 ? '' : 's'}`;
}

function article(label: string): string {
  return /^[AEIOU]/i.test(label) ? 'an' : 'a';
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
  /** Set when --allow-unknown-format let a value of an unexpected shape through: say it. */
  warning?: string;
}

export interface ValidateOptions {
  /** Let a value of the right prefix but an unknown length or ending through, with a warning. */
  allowUnknownFormat?: boolean;
}

/**
 * Normalise and check a secret for a provider. Unknown providers get only a sanity check, since we
 * cannot know their format. Throws InvalidSecretError with a message that never contains the secret.
 */
export function validateSecret(raw: string, provider: ProviderInfo | undefined, kind: CredentialKind, options: ValidateOptions = {}): ValidatedSecret {
  const value = normalizeSecret(raw);
  if (!value) throw new InvalidSecretError('no secret given (the input was empty)');
  if (!provider) {
    if (value.length < 8) throw new InvalidSecretError(`the secret looks too short (${characters(value.length)})`);
    return { value, kind };
  }
  const wrongKind = wrongKindExplanation(value, provider, kind);
  if (wrongKind) throw new InvalidSecretError(wrongKind);
  const format = kind === 'token' ? tokenFormatFor(provider) : provider.apiKey;
  const mismatch = describeMismatch(value, format);
  if (mismatch) throw new InvalidSecretError(mismatch);
  const shape = describeShape(value, format);
  if (shape && !options.allowUnknownFormat) throw new InvalidSecretError(shape);
  if (shape) return { value, kind, warning: `! ${characters(value.length)}, not the known ${format.label} shape: stored because of --allow-unknown-format` };
  return { value, kind };
}
