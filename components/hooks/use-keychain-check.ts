// Whether the OS keychain works, asked once the screen that needs it is drawn: a keychain daemon
// that takes seconds (its library can hold the event loop while it waits on D-Bus) must not keep
// the first frame from the person. Undefined until it answers; a check that throws (a native
// module that fails to load) answers "unavailable" with its message.
import { useEffect, useState } from 'react';
import type { KeychainAvailability } from '../../src/secrets/keychain-probe.js';

/** `check` undefined: nothing to ask. `ready`: the screen is drawn (the dashboard waits for its list). */
export function useKeychainCheck(check: (() => Promise<KeychainAvailability>) | undefined, ready = true): KeychainAvailability | undefined {
  const [answer, setAnswer] = useState<KeychainAvailability | undefined>(undefined);
  useEffect(() => {
    if (!check || !ready) return;
    let live = true;
    // After this frame has been written, not inside the commit that draws it.
    const timer = setTimeout(() => {
      Promise.resolve()
        .then(check)
        .then(
          (availability) => live && setAnswer(availability),
          (error: unknown) => live && setAnswer({ available: false, reason: error instanceof Error ? error.message : String(error) }),
        );
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [check, ready]);
  return answer;
}
