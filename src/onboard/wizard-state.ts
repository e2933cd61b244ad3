// The onboarding wizard as a state machine (gemini-cli's AuthState + reducer): which step is shown,
// what has been chosen so far, and how each action moves it on. Pure: no I/O, no UI, so every path
// is tested without a terminal. Side effects (verify, capture, save) live in the UI's hooks and
// report back with actions.
import type { CredentialKind } from '../providers.js';
import type { StorageKind } from '../store/credential-types.js';
import type { VerifyOutcome } from './verify-credential.js';

/** `claude-cli`: no credential of ours — OpenClaw 2026.6+ runs models through this machine's logged-in claude. */
export type AuthMethod = 'apiKey' | 'setup-token' | 'token' | 'claude-cli';

export type StepName = 'welcome' | 'provider' | 'method' | 'secret' | 'setup-token' | 'verify' | 'storage' | 'remote-host' | 'saving' | 'done';

/** Where the wizard can put a credential: a store here, or the gateway host over ssh. */
export type StorageChoice = StorageKind | 'remote';

/** What saving did, for the Done step. */
export interface WizardSaved {
  storage: StorageChoice;
  /** Where the secret now lives, in words. */
  location: string;
  profileId?: string;
  envVar?: string;
  expires?: number;
  /** Stored on another machine: its verdict and how to apply it there. */
  remote?: {
    verdict: string;
    verdictOk: boolean;
    /** How to log in there ("ssh -p 2222 pi@gateway"), and what to run once logged in. */
    ssh: string;
    next: string[];
  };
}

export interface WizardData {
  provider?: string;
  method?: AuthMethod;
  secret?: string;
  /** Renewing this existing profile in place (same id, order kept). */
  reauthProfileId?: string;
  verify?: VerifyOutcome;
  storage?: StorageChoice;
  /** With storage 'remote': the host, as typed (ssh://[user@]host[:port]). */
  remote?: string;
  saved?: WizardSaved;
}

export interface WizardOptions {
  /** Check API keys with the provider before storing them (default on). */
  verifyApiKeys: boolean;
  keychainAvailable: boolean;
  /** --allow-unknown-format: a secret of the right prefix but an unknown shape is taken. */
  allowUnknownFormat?: boolean;
}

export interface WizardState {
  step: StepName;
  history: StepName[];
  data: WizardData;
  /** A problem to show on the current step (e.g. why a key was rejected). */
  notice?: string;
  options: WizardOptions;
}

export type WizardAction =
  | { type: 'reauth'; profileId: string; provider: string }
  | { type: 'start' }
  | { type: 'provider'; provider: string }
  | { type: 'method'; method: AuthMethod }
  | { type: 'secret'; secret: string }
  /** The secret pasted is the other kind (a setup-token where an API key was asked, or the reverse): keep it, switch the method. */
  | { type: 'switch-method'; method: 'apiKey' | 'token'; secret: string }
  | { type: 'token-captured'; token: string }
  | { type: 'verified'; outcome: VerifyOutcome }
  | { type: 'save-anyway' }
  | { type: 'verify-again' }
  | { type: 'store-as-token' }
  | { type: 'storage'; storage: StorageChoice }
  | { type: 'remote-host'; to: string }
  | { type: 'saved'; saved: WizardSaved }
  | { type: 'save-failed'; message: string }
  | { type: 'back' };

export function initialState(options: WizardOptions, start: { reauthProfileId?: string; provider?: string; method?: AuthMethod } = {}): WizardState {
  if (start.reauthProfileId && start.provider) {
    const data = { provider: start.provider, reauthProfileId: start.reauthProfileId };
    // Renewing with a known method (the dashboard's "paste a token") skips the choice.
    if (start.method) return { step: start.method === 'setup-token' ? 'setup-token' : 'secret', history: [], data: { ...data, method: start.method }, options };
    return { step: 'method', history: [], data, options };
  }
  return { step: 'welcome', history: [], data: {}, options };
}

export function credentialKind(data: WizardData): CredentialKind {
  return data.method === 'apiKey' ? 'api_key' : 'token';
}

/** Where a credential of this kind may go, best first. */
export function storageChoices(data: WizardData, options: WizardOptions): StorageChoice[] {
  const choices: StorageChoice[] = [];
  if (options.keychainAvailable) choices.push('keychain');
  // .env makes no profile: renewing one must not end as a new env key beside it, still unusable.
  if (credentialKind(data) === 'api_key' && !data.reauthProfileId) choices.push('env');
  choices.push('file');
  // Signed in here, where the browser is, for a gateway elsewhere. A renewal renews the profile it
  // names, here (`onboard --reauth <id> --to ssh://host` renews one there).
  if (!data.reauthProfileId) choices.push('remote');
  return choices;
}

function go(state: WizardState, step: StepName, data: WizardData = state.data, notice?: string): WizardState {
  return { ...state, step, history: [...state.history, state.step], data, ...(notice ? { notice } : { notice: undefined }) };
}

/** The step after the secret is known: verify API keys when we can, else choose where to store. */
function afterSecret(state: WizardState, data: WizardData): WizardState {
  return data.method === 'apiKey' && state.options.verifyApiKeys ? go(state, 'verify', data) : go(state, 'storage', data);
}

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  const data = state.data;
  switch (action.type) {
    case 'reauth':
      return go(state, 'method', { provider: action.provider, reauthProfileId: action.profileId });
    case 'start':
      return go(state, 'provider', {});
    case 'provider':
      // Anthropic offers three methods; the others take API keys.
      return action.provider === 'anthropic' ? go(state, 'method', { provider: action.provider }) : go(state, 'secret', { provider: action.provider, method: 'apiKey' });
    case 'method':
      return go(state, action.method === 'setup-token' ? 'setup-token' : 'secret', { ...data, method: action.method });
    case 'secret':
      return afterSecret(state, { ...data, secret: action.secret });
    case 'switch-method':
      // A renewal keeps its profile's kind: no switch there.
      if (data.reauthProfileId) return state;
      return afterSecret(state, { ...data, method: action.method, secret: action.secret });
    case 'token-captured':
      return go(state, 'storage', { ...data, secret: action.token });
    case 'verified':
      // A valid key moves on by itself; anything else stays on the verify step to decide there.
      return action.outcome.kind === 'valid' ? go({ ...state, data: { ...data, verify: action.outcome } }, 'storage') : { ...state, data: { ...data, verify: action.outcome } };
    case 'save-anyway':
      return go(state, 'storage');
    case 'verify-again': {
      const { verify: _previous, ...rest } = data;
      return { ...state, data: rest };
    }
    case 'store-as-token':
      return go(state, 'storage', { ...data, method: 'token' });
    case 'storage':
      return action.storage === 'remote' ? go(state, 'remote-host', { ...data, storage: 'remote' }) : go(state, 'saving', { ...data, storage: action.storage });
    case 'remote-host':
      return go(state, 'saving', { ...data, storage: 'remote', remote: action.to });
    case 'saved':
      return { ...state, step: 'done', data: { ...data, saved: action.saved }, notice: undefined };
    case 'save-failed':
      // Back to where the choice was made (the storage list, or the host field), the secret kept.
      return { ...state, step: state.history.at(-1) ?? 'storage', history: state.history.slice(0, -1), notice: action.message };
    case 'back': {
      if (state.step === 'saving' || state.step === 'done') return state;
      const previous = state.history.at(-1);
      if (!previous) return state;
      // Going back past the secret forgets it; a verification result belongs to the secret.
      const { verify: _verify, ...rest } = data;
      const cleaned = previous === 'secret' || previous === 'method' || previous === 'provider' || previous === 'setup-token' ? (({ secret: _secret, ...keep }) => keep)(rest) : data;
      return { ...state, step: previous, history: state.history.slice(0, -1), data: cleaned, notice: undefined };
    }
  }
}
