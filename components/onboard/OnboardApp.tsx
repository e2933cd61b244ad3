// The onboarding wizard: the state machine from src/onboard/wizard-state.ts, one component per
// step, side effects through the injected actions. Esc goes back a step; Ctrl-C quits at any step
// and, since nothing is written before the last step, leaves nothing half-done.
import { Box, Text, useApp, useInput } from 'ink';
import { useCallback, useEffect, useReducer, useState, type ReactNode } from 'react';
import type { VerifyOutcome } from '../../src/onboard/verify-credential.js';
import type { WelcomeSummary } from '../../src/onboard/welcome-summary.js';
import { credentialKind, initialState, storageChoices, wizardReducer, type AuthMethod, type WizardData, type WizardOptions, type WizardSaved, type WizardState } from '../../src/onboard/wizard-state.js';
import type { KeychainAvailability } from '../../src/secrets/keychain-probe.js';
import type { StorageKind } from '../../src/store/credential-types.js';
import { useKeychainCheck } from '../hooks/use-keychain-check.js';
import { KeyHints } from '../widgets/KeyHints.js';
import type { OnboardActions } from './actions.js';
import { DoneStep } from './steps/DoneStep.js';
import { MethodStep } from './steps/MethodStep.js';
import { ProviderStep } from './steps/ProviderStep.js';
import { SecretStep } from './steps/SecretStep.js';
import { describeOutcome, outcomeNotice } from '../../src/onboard/verify-credential.js';
import { findProvider } from '../../src/providers.js';
import { fail, type Notice } from '../../src/notice.js';
import { capturedNotice, pastedNotice } from '../../src/setup-token/whole-token-notice.js';
import { SetupTokenStep } from './steps/SetupTokenStep.js';
import { StorageStep } from './steps/StorageStep.js';
import { RemoteHostStep } from './steps/RemoteHostStep.js';
import { VerifyStep } from './steps/VerifyStep.js';
import { WelcomeStep } from './steps/WelcomeStep.js';

export interface OnboardResult {
  saved?: WizardSaved;
  quit?: boolean;
  /** The person chose this machine's Claude Code login: OpenClaw's own login runs after the wizard. */
  claudeCli?: boolean;
  /** The provider the saved credential is for. */
  provider?: string;
}

export interface OnboardAppProps {
  summary: WelcomeSummary;
  options: WizardOptions;
  keychainReason?: string | undefined;
  /**
   * Asks whether the OS keychain works, once the first screen is drawn: its answer (and its
   * reason when not) replaces options.keychainAvailable / keychainReason. A keychain that is slow
   * or does not answer (3 s) then holds up only the storage step, never the wizard's first frame.
   */
  checkKeychain?: (() => Promise<KeychainAvailability>) | undefined;
  /** The agent's store is OpenClaw's SQLite one (2026.6+): the storage step says what that means. */
  sqliteStore?: boolean | undefined;
  start?: { reauthProfileId: string; provider: string; storage?: StorageKind; method?: AuthMethod } | undefined;
  /** `onboard --to ssh://host`: the gateway host, offered first where the credential goes. */
  remote?: string | undefined;
  /** Shown inside another screen (the dashboard): no header of its own. */
  embedded?: boolean;
  actions: OnboardActions;
  onFinish: (result: OnboardResult) => void;
}

const HINTS: Record<string, string[]> = {
  select: ['↑/↓ choose', 'Enter select', 'Esc back', 'Ctrl+C quit'],
  secret: ['Enter to submit', 'Esc back', 'Ctrl+C quit'],
  wait: ['Esc back', 'Ctrl+C quit'],
};

/** A failed save in one line, with the fix when the error carries one ("connect once with ssh …"). */
function failureText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const hint = (error as { hint?: unknown }).hint;
  return typeof hint === 'string' && hint ? `${error.message} (${hint})` : error.message;
}

const providerName = (id: string | undefined) => (id ? (findProvider(id)?.name ?? id) : 'the provider');

export function OnboardApp({ summary, options: givenOptions, keychainReason: givenReason, checkKeychain, sqliteStore, start, remote, actions, onFinish, embedded = false }: OnboardAppProps) {
  const keychain = useKeychainCheck(checkKeychain);
  const keychainPending = checkKeychain !== undefined && keychain === undefined;
  const options = keychain ? { ...givenOptions, keychainAvailable: keychain.available } : givenOptions;
  const keychainReason = keychain ? (keychain.available ? undefined : keychain.reason) : givenReason;
  const [state, dispatch] = useReducer(wizardReducer, initialState(options, start ?? {}));
  const [statusLine, setStatusLine] = useState<string | undefined>(undefined);
  // What a slow save is doing (OpenClaw 2026.6+ takes its time over keychain refs).
  const [saveProgress, setSaveProgress] = useState<string | undefined>(undefined);
  // The host to offer: --to, else the one remembered with --save-remote.
  const [savedHost, setSavedHost] = useState<string | undefined>(undefined);
  // Asked once, while the person reads the first screens (claude auth status takes a moment).
  const [claudeCliRoute, setClaudeCliRoute] = useState(false);
  const { exit } = useApp();
  const { step, data } = state;

  useEffect(() => {
    if (embedded || start?.reauthProfileId) return;
    void actions.claudeCliRoute().then(setClaudeCliRoute, () => undefined);
  }, [actions, embedded, start?.reauthProfileId]);

  useInput((_input, key) => {
    if (!key.escape) return;
    // Esc on the first screen of an embedded flow leaves it.
    if (embedded && state.history.length === 0) quit();
    else dispatch({ type: 'back' });
  });

  // Saving happens here, once, when the person has chosen where.
  useEffect(() => {
    if (step !== 'saving') return;
    actions
      .save(data, setSaveProgress)
      .then((saved) => dispatch({ type: 'saved', saved }))
      .catch((error: unknown) => dispatch({ type: 'save-failed', message: failureText(error) }));
  }, [step, data, actions]);

  useEffect(() => {
    if (step !== 'done' || !data.saved || !data.provider) return;
    const saved = data.saved;
    void actions
      .statusLine(data.provider)
      .catch(() => undefined)
      .then((line) => {
        setStatusLine(line);
        onFinish({ saved, provider: data.provider });
        // Let Ink paint the last frame before leaving (an embedding screen takes over instead).
        if (!embedded) setTimeout(() => exit(), 50);
      });
  }, [step, data.saved, data.provider, actions, onFinish, exit]);

  useEffect(() => {
    if (step === 'storage' && remote === undefined && savedHost === undefined) void actions.savedRemote().then(setSavedHost, () => undefined);
  }, [step, remote, savedHost, actions]);

  const verify = useCallback(() => actions.verify(data.provider ?? '', data.secret ?? ''), [actions, data.provider, data.secret]);
  const onOutcome = useCallback((outcome: VerifyOutcome) => dispatch({ type: 'verified', outcome }), []);
  const quit = () => {
    onFinish({ quit: true });
    if (!embedded) exit();
  };

  let body: ReactNode;
  let hints = HINTS.select ?? [];
  switch (step) {
    case 'welcome':
      body = <WelcomeStep summary={summary} onRenew={(profileId, provider) => dispatch({ type: 'reauth', profileId, provider })} onAdd={() => dispatch({ type: 'start' })} onQuit={quit} />;
      break;
    case 'provider':
      body = <ProviderStep selected={data.provider} onSelect={(provider) => dispatch({ type: 'provider', provider })} />;
      break;
    case 'method':
      body = (
        <MethodStep
          selected={data.method}
          renewing={data.reauthProfileId}
          claudeInstalled={actions.claudeInstalled()}
          claudeCliRoute={claudeCliRoute}
          onSelect={(method) => {
            if (method !== 'claude-cli') return dispatch({ type: 'method', method });
            // OpenClaw's own login does this one, in the terminal, once the wizard has left it.
            onFinish({ claudeCli: true });
            exit();
          }}
        />
      );
      break;
    case 'secret':
      hints = HINTS.secret ?? [];
      body = <SecretStep provider={data.provider ?? ''} kind={credentialKind(data)} notice={state.notice} allowUnknownFormat={options.allowUnknownFormat ?? false} onSubmit={(secret) => dispatch({ type: 'secret', secret })} onSwitch={data.reauthProfileId ? undefined : (kind, secret) => dispatch({ type: 'switch-method', method: kind === 'token' ? 'token' : 'apiKey', secret })} />;
      break;
    case 'setup-token':
      hints = HINTS.wait ?? [];
      body = <SetupTokenStep startCapture={actions.startCapture} copy={actions.copy} onToken={(token) => dispatch({ type: 'token-captured', token })} />;
      break;
    case 'verify':
      // Nothing to choose while the provider is asked: only Esc and Ctrl+C do anything then.
      if (!data.verify) hints = HINTS.wait ?? [];
      body = (
        <VerifyStep
          provider={providerName(data.provider)}
          outcome={data.verify}
          verify={verify}
          onOutcome={onOutcome}
          onNext={(next) => dispatch({ type: next === 'retry' ? 'verify-again' : next === 'other-key' ? 'back' : next === 'store-as-token' ? 'store-as-token' : 'save-anyway' })}
        />
      );
      break;
    case 'storage':
      body = keychainPending ? (
        <Text dimColor>Checking the OS keychain…</Text>
      ) : (
        <StorageStep
          choices={storageChoices(data, options)}
          keychainReason={keychainReason}
          sqliteStore={sqliteStore ?? actions.openclawOwnsStore()}
          preferred={start?.storage ?? (remote !== undefined ? 'remote' : undefined)}
          notice={storageNotice(state)}
          onSelect={(storage) => dispatch({ type: 'storage', storage })}
        />
      );
      break;
    case 'remote-host':
      hints = HINTS.secret ?? [];
      body = <RemoteHostStep initial={data.remote ?? remote ?? savedHost} notice={state.notice} check={actions.checkRemoteForm} onSubmit={(to) => dispatch({ type: 'remote-host', to })} />;
      break;
    case 'saving':
      hints = [];
      body = (
        <Box flexDirection="column">
          <Text>Saving…</Text>
          {saveProgress ? <Text dimColor>{saveProgress}</Text> : null}
        </Box>
      );
      break;
    case 'done':
      hints = [];
      body = data.saved ? <DoneStep saved={data.saved} secret={data.secret ?? ''} kind={credentialKind(data) === 'api_key' ? 'API key' : 'setup-token'} statusLine={statusLine} checked={checkedLine(data, options)} formatDate={actions.formatDate} /> : <Text>Done.</Text>;
      break;
  }

  return (
    <Box flexDirection="column">
      <Box marginBottom={1}>
        <Text bold>{embedded ? '' : 'openclaw-auth onboard'}</Text>
        {data.reauthProfileId ? <Text dimColor>{embedded ? '' : ' · '}renewing {data.reauthProfileId}</Text> : null}
      </Box>
      {body}
      {hints.length ? <KeyHints hints={hints} /> : null}
    </Box>
  );
}

/** Above the storage choice: a failed save, else what was checked or captured on the way here. */
function storageNotice(state: WizardState): Notice | undefined {
  const { data } = state;
  if (state.notice) return fail(state.notice);
  if (data.verify?.kind === 'valid') return outcomeNotice(data.verify, providerName(data.provider));
  if (data.method === 'setup-token' && data.secret) return capturedNotice(data.secret);
  if (data.method === 'token' && data.secret) return pastedNotice(data.secret);
  return undefined;
}

/** What the Done step says of the key check: accepted, or saved unchecked and why (a token is not checked). */
function checkedLine(data: WizardData, options: WizardOptions): string | undefined {
  if (credentialKind(data) !== 'api_key') return undefined;
  if (data.verify?.kind === 'valid') return describeOutcome(data.verify, providerName(data.provider));
  if (data.verify) return `! saved unchecked: ${outcomeNotice(data.verify, providerName(data.provider)).text}`;
  return `! saved unchecked${options.verifyApiKeys ? '' : ' (--no-verify)'}`;
}
