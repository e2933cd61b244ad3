// What is said once a setup-token is known whole. Captured: claude's own screen showed it as •••,
// so the person learns here that it was taken whole. Pasted: a terminal's line wrap is what cuts a
// hand-copied token, and the field refuses a cut one, so the person learns it passed. Masked as
// OpenClaw masks a secret. The wizard and the plugin (in OpenClaw's note) say the same words.
import { ok, type Notice } from '../notice.js';
import { findProvider } from '../providers.js';
import { maskSecret } from '../secrets/mask.js';
import { characters, validateSecret } from '../secrets/validate.js';

export function capturedNotice(token: string): Notice {
  return ok(`captured claude's setup-token whole: ${shown(token)}`);
}

/** Undefined for a token let through in an unknown shape (--allow-unknown-format): nothing says it is whole. */
export function pastedNotice(token: string): Notice | undefined {
  try {
    validateSecret(token, findProvider('anthropic'), 'token');
  } catch {
    return undefined;
  }
  return ok(`setup-token pasted whole: ${shown(token)}`);
}

/** The token as OpenClaw masks a secret, and its length: "sk-ant-o...XXXXXXXX (108 characters)". */
function shown(token: string): string {
  return `${maskSecret(token)} (${characters(token.length)})`;
}
