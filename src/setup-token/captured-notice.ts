// What is said once claude's setup-token is captured: claude's own screen showed it as •••, so the
// person learns here that it was taken whole, masked as OpenClaw masks a secret. The wizard and the
// plugin (in OpenClaw's note) say the same words.
import { ok, type Notice } from '../notice.js';
import { maskSecret } from '../secrets/mask.js';

export function capturedNotice(token: string): Notice {
  return ok(`captured claude's setup-token whole: ${maskSecret(token)} (${token.length} characters)`);
}
