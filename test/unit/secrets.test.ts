import { describe, expect, it } from 'vitest';
import { InvalidSecretError } from '../../src/errors.js';
import { findProvider } from '../../src/providers.js';
import { maskSecret, redactSecrets } from '../../src/secrets/mask.js';
import { normalizeSecret } from '../../src/secrets/normalize.js';
import { validateSecret } from '../../src/secrets/validate.js';
import { describeKeychainError } from '../../src/secrets/keychain.js';
import { fakeApiKey, fakeSetupToken } from '../helpers/temp-home.js';

const anthropic = findProvider('anthropic');

describe('maskSecret (OpenClaw maskApiKey)', () => {
  it.each([
    ['', 'missing'],
    ['   ', 'missing'],
    ['abc', 'a...c'],
    ['abcdef', 'a...f'],
    ['openrouter-token', 'op...en'],
    ['sk-ant-api03-1234567890abcdef', 'sk-ant-a...90abcdef'],
  ])('%j → %s', (input, expected) => {
    expect(maskSecret(input)).toBe(expected);
  });

  it('redacts every occurrence of a secret in free text', () => {
    const token = fakeSetupToken();
    const text = `line one ${token}\nagain:${token}.`;
    const redacted = redactSecrets(text, [token]);
    expect(redacted).not.toContain(token);
    expect(redacted.split(maskSecret(token))).toHaveLength(3);
  });
});

describe('normalizeSecret', () => {
  const token = fakeSetupToken();
  it.each([
    ['wrapped at 80 columns', `${token.slice(0, 80)}\n${token.slice(80)}`],
    ['wrapped with CRLF and indentation', `  ${token.slice(0, 37)}\r\n  ${token.slice(37, 74)}\r\n  ${token.slice(74)}\r\n`],
    ['bracketed paste', `\x1b[200~${token}\x1b[201~`],
    ['colour codes inside', `\x1b[38;5;174m${token.slice(0, 50)}\x1b[39m${token.slice(50)}`],
    ['tabs, NBSP and zero-width space', `\t${token.slice(0, 10)}\u00a0${token.slice(10, 20)}\u200b${token.slice(20)} `],
  ])('restores a token %s', (_name, pasted) => {
    expect(normalizeSecret(pasted)).toBe(token);
  });
});

describe('validateSecret', () => {
  it('accepts a full setup-token as a token and a full API key as a key', () => {
    expect(validateSecret(fakeSetupToken(), anthropic, 'token').value).toBe(fakeSetupToken());
    expect(validateSecret(fakeApiKey(), anthropic, 'api_key').value).toBe(fakeApiKey());
  });

  it('explains that a setup-token is not an API key', () => {
    expect(() => validateSecret(fakeSetupToken(), anthropic, 'api_key')).toThrow(/only authorized for use with Claude Code/);
  });

  it('explains that an API key is not a setup-token', () => {
    expect(() => validateSecret(fakeApiKey(), anthropic, 'token')).toThrow(/API key .* not a setup-token/);
  });

  it.each([
    ['empty', '', /empty/],
    ['truncated by a line wrap', fakeSetupToken().slice(0, 60), /cut short: 60 characters arrived, a complete one has 108; a terminal's line wrap cut it/],
    ['wrong prefix', `sk-xyz-${'a'.repeat(100)}`, /starting with sk-ant-oat01-/],
    ['two tokens pasted', fakeSetupToken() + fakeSetupToken(), /two Claude setup-tokens pasted together/],
    ['a token with junk appended', fakeSetupToken() + 'x'.repeat(60), /too long/],
    ['a stray quote', `${fakeSetupToken().slice(0, 100)}"${fakeSetupToken().slice(100)}`, /characters a key cannot have/],
  ])('rejects %s', (_name, input, message) => {
    expect(() => validateSecret(input, anthropic, 'token')).toThrow(message);
  });

  it('never puts the secret into its error message', () => {
    const short = fakeSetupToken().slice(0, 70);
    try {
      validateSecret(short, anthropic, 'token');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidSecretError);
      expect((error as Error).message).not.toContain(short);
    }
  });

  it('checks OpenRouter keys when stored as tokens', () => {
    const key = `sk-or-v1-${'0123456789abcdef'.repeat(4)}`;
    expect(validateSecret(key, findProvider('openrouter'), 'token').value).toBe(key);
    expect(() => validateSecret('sk-or-v1-abc', findProvider('openrouter'), 'token')).toThrow(/too short/);
  });

  it('accepts any plausible secret for an unknown provider', () => {
    expect(validateSecret(' custom-secret-value\n', undefined, 'token').value).toBe('custom-secret-value');
    expect(() => validateSecret('abc', undefined, 'token')).toThrow(/too short/);
  });
});

describe('describeKeychainError', () => {
  it.each([
    ['DBus error: Using X11 for dbus-daemon autolaunch was disabled at compile time, set your DBUS_SESSION_BUS_ADDRESS instead', /no D-Bus session bus/],
    ['DBus error: The name org.freedesktop.secrets was not provided by any .service files', /no Secret Service/],
    ["Couldn't access platform storage: Secret Service: unlock prompt was dismissed", /keyring is locked/],
    ["Couldn't access platform storage: Secret Service: no result found", /no default collection or it is locked/],
    ['DBus error: Did not receive a reply. Possible causes include: … the message bus security policy blocked the reply, the reply timeout expired', /did not answer/],
    ["Couldn't access platform storage: AccessDenied", /denied/],
  ])('%s', (raw, reason) => {
    expect(describeKeychainError(new Error(raw))).toMatch(reason);
  });
});
