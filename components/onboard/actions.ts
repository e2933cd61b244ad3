// What the wizard does to the world, handed in (gh's injected IO): the command passes the real
// core functions; tests pass the same with temporary directories, or a local fake server.
import type { SetupTokenCapture } from '../../src/setup-token/capture.js';
import type { VerifyOutcome } from '../../src/onboard/verify-credential.js';
import type { WizardData } from '../../src/onboard/wizard-state.js';
import type { SavedCredential } from '../../src/store/save-credential.js';

export interface OnboardActions {
  verify(provider: string, key: string): Promise<VerifyOutcome>;
  startCapture(cols: number, rows: number): Promise<SetupTokenCapture>;
  /** Store what the wizard collected (data.storage chosen); resolves to where it went. */
  save(data: WizardData): Promise<SavedCredential & { expires?: number }>;
  /** The `models status` line for a provider, after saving. */
  statusLine(provider: string): Promise<string>;
  /** Put text on the clipboard (OSC 52); false when it could not be sent. */
  copy(text: string): boolean;
}
