// OpenClaw turns any failed auth method into the same error and exit code, so openclaw-auth, when
// it runs `openclaw models auth login` for a renewal, cannot tell Ctrl-C from a failure by the exit
// code. It names an empty file in a private directory; the plugin creates it when the person
// cancelled, and the renewal then says "Cancelled" and exits 130, as every other Ctrl-C does.
import { writeFileSync } from 'node:fs';

export const CANCEL_MARKER_ENV = 'OPENCLAW_AUTH_CANCEL_MARKER';

export function markCancelled(path: string | undefined): void {
  if (!path) return;
  try {
    // O_EXCL: never through a link or over something that is there already.
    writeFileSync(path, '', { flag: 'wx', mode: 0o600 });
  } catch {
    // The renewal then reports OpenClaw's exit code instead; nothing is lost.
  }
}
