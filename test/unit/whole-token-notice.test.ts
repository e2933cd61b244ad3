// What the wizard and the plugin say of a setup-token they know whole, and that they say nothing of
// one let through in an unknown shape.
import { describe, expect, it } from 'vitest';
import { capturedNotice, pastedNotice } from '../../src/setup-token/whole-token-notice.js';
import { fakeSetupToken } from '../helpers/temp-home.js';

describe('whole-token notices', () => {
  const token = fakeSetupToken('N');
  const masked = `${token.slice(0, 8)}...${token.slice(-8)}`;

  it('say the token is whole, masked as OpenClaw masks it, with its length', () => {
    expect(capturedNotice(token)).toEqual({ level: 'ok', text: `captured claude's setup-token whole: ${masked} (108 characters)` });
    expect(pastedNotice(token)).toEqual({ level: 'ok', text: `setup-token pasted whole: ${masked} (108 characters)` });
  });

  it('a token stored with --allow-unknown-format (here cut short) is never called whole', () => {
    expect(pastedNotice(token.slice(0, 100))).toBeUndefined();
  });
});
