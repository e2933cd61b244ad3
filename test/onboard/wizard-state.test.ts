import { describe, expect, it } from 'vitest';
import { initialState, storageChoices, wizardReducer, type WizardAction, type WizardState } from '../../src/onboard/wizard-state.js';

const options = { verifyApiKeys: true, keychainAvailable: true };
const run = (actions: WizardAction[], state: WizardState = initialState(options)) => actions.reduce(wizardReducer, state);

describe('onboarding state machine', () => {
  it.each<[string, WizardAction[], string]>([
    ['start → provider', [{ type: 'start' }], 'provider'],
    ['anthropic → method', [{ type: 'start' }, { type: 'provider', provider: 'anthropic' }], 'method'],
    ['openrouter → secret (API key)', [{ type: 'start' }, { type: 'provider', provider: 'openrouter' }], 'secret'],
    ['API key → secret → verify', [{ type: 'start' }, { type: 'provider', provider: 'anthropic' }, { type: 'method', method: 'apiKey' }, { type: 'secret', secret: 'k' }], 'verify'],
    ['token → secret → storage (no verify)', [{ type: 'start' }, { type: 'provider', provider: 'anthropic' }, { type: 'method', method: 'token' }, { type: 'secret', secret: 't' }], 'storage'],
    ['setup-token → capture → storage', [{ type: 'start' }, { type: 'provider', provider: 'anthropic' }, { type: 'method', method: 'setup-token' }, { type: 'token-captured', token: 't' }], 'storage'],
    ['valid key → storage', [{ type: 'start' }, { type: 'provider', provider: 'anthropic' }, { type: 'method', method: 'apiKey' }, { type: 'secret', secret: 'k' }, { type: 'verified', outcome: { kind: 'valid' } }], 'storage'],
    ['rejected key stays on verify', [{ type: 'start' }, { type: 'provider', provider: 'anthropic' }, { type: 'method', method: 'apiKey' }, { type: 'secret', secret: 'k' }, { type: 'verified', outcome: { kind: 'invalid', status: 401, message: 'no' } }], 'verify'],
    ['storage → saving', [{ type: 'start' }, { type: 'provider', provider: 'openai' }, { type: 'secret', secret: 'k' }, { type: 'save-anyway' }, { type: 'storage', storage: 'env' }], 'saving'],
  ])('%s', (_name, actions, step) => {
    expect(run(actions).step).toBe(step);
  });

  it('Esc goes back step by step and forgets the secret it passes', () => {
    const atVerify = run([{ type: 'start' }, { type: 'provider', provider: 'anthropic' }, { type: 'method', method: 'apiKey' }, { type: 'secret', secret: 'k' }]);
    const back = wizardReducer(atVerify, { type: 'back' });
    expect(back.step).toBe('secret');
    expect(back.data.secret).toBeUndefined();
    expect(wizardReducer(wizardReducer(back, { type: 'back' }), { type: 'back' }).step).toBe('provider');
  });

  it('a Claude-Code-only "API key" can be stored as a token instead', () => {
    const state = run([{ type: 'start' }, { type: 'provider', provider: 'anthropic' }, { type: 'method', method: 'apiKey' }, { type: 'secret', secret: 't' }, { type: 'verified', outcome: { kind: 'claude-code-only', message: 'x' } }, { type: 'store-as-token' }]);
    expect(state).toMatchObject({ step: 'storage', data: { method: 'token', secret: 't' } });
  });

  it('switch-method keeps the pasted value under the other method: a token goes on to storage, a key to its check; never while renewing', () => {
    const asToken = run([{ type: 'start' }, { type: 'provider', provider: 'anthropic' }, { type: 'method', method: 'apiKey' }, { type: 'switch-method', method: 'token', secret: 'sk-ant-oat01-x' }]);
    expect(asToken.step).toBe('storage');
    expect(asToken.data).toMatchObject({ method: 'token', secret: 'sk-ant-oat01-x' });
    const asKey = run([{ type: 'start' }, { type: 'provider', provider: 'anthropic' }, { type: 'method', method: 'token' }, { type: 'switch-method', method: 'apiKey', secret: 'sk-ant-api03-x' }]);
    expect(asKey.step).toBe('verify');
    const renewing = run([{ type: 'reauth', profileId: 'anthropic:manual', provider: 'anthropic' }, { type: 'method', method: 'token' }]);
    expect(wizardReducer(renewing, { type: 'switch-method', method: 'apiKey', secret: 'sk-ant-api03-x' })).toBe(renewing);
  });

  it('re-auth starts at the method for that profile', () => {
    const state = initialState(options, { reauthProfileId: 'anthropic:manual', provider: 'anthropic' });
    expect(state).toMatchObject({ step: 'method', data: { reauthProfileId: 'anthropic:manual', provider: 'anthropic' } });
  });

  it('a failed save returns to the storage choice with the reason', () => {
    const saving = run([{ type: 'start' }, { type: 'provider', provider: 'openai' }, { type: 'secret', secret: 'k' }, { type: 'save-anyway' }, { type: 'storage', storage: 'keychain' }]);
    expect(wizardReducer(saving, { type: 'save-failed', message: 'keychain locked' })).toMatchObject({ step: 'storage', notice: 'keychain locked' });
  });

  it('offers .env only for API keys, and the keychain only when it works', () => {
    expect(storageChoices({ method: 'apiKey' }, options)).toEqual(['keychain', 'env', 'file', 'remote']);
    expect(storageChoices({ method: 'token' }, options)).toEqual(['keychain', 'file', 'remote']);
    expect(storageChoices({ method: 'token' }, { ...options, keychainAvailable: false })).toEqual(['file', 'remote']);
  });

  it('another machine asks for the host, and a failure there returns to the host field with the secret kept', () => {
    let state = wizardReducer(initialState(options), { type: 'start' });
    state = wizardReducer(state, { type: 'provider', provider: 'anthropic' });
    state = wizardReducer(state, { type: 'method', method: 'setup-token' });
    state = wizardReducer(state, { type: 'token-captured', token: 'sk-ant-oat01-x' });
    state = wizardReducer(state, { type: 'storage', storage: 'remote' });
    expect(state.step).toBe('remote-host');
    state = wizardReducer(state, { type: 'remote-host', to: 'ssh://pi@gateway' });
    expect(state).toMatchObject({ step: 'saving', data: { storage: 'remote', remote: 'ssh://pi@gateway', secret: 'sk-ant-oat01-x' } });
    state = wizardReducer(state, { type: 'save-failed', message: 'cannot reach pi@gateway over ssh' });
    expect(state).toMatchObject({ step: 'remote-host', notice: 'cannot reach pi@gateway over ssh', data: { secret: 'sk-ant-oat01-x' } });
    state = wizardReducer(state, { type: 'back' });
    expect(state).toMatchObject({ step: 'storage', data: { secret: 'sk-ant-oat01-x' } });
  });

  it('a renewal renews the profile here: no other machine offered', () => {
    expect(storageChoices({ method: 'token', reauthProfileId: 'anthropic:work' }, options)).toEqual(['keychain', 'file']);
  });
});
