// The whole wizard, driven by keystrokes, with real actions: saveCredential into a temporary HOME
// and key checks against a local fake provider.
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import type { OnboardActions } from '../../components/onboard/actions.js';
import { OnboardApp, type OnboardResult } from '../../components/onboard/OnboardApp.js';
import { createContext } from '../../src/context.js';
import { credentialKind } from '../../src/onboard/wizard-state.js';
import { defaultExpiry, onboardProfileId } from '../../src/auth-store/credential-plan.js';
import { verifyApiKey } from '../../src/onboard/verify-credential.js';
import { credentialTarget, locateAgentStore } from '../../src/store/agent-store.js';
import { saveCredential } from '../../src/auth-store/save-credential.js';
import { authStoreFor } from '../../src/auth-store/auth-store.js';
import { startFakeAnthropic } from '../helpers/fake-provider.js';
import { frameShowing, KEY, press, waitForFrame } from '../helpers/ink.js';
import { fakeApiKey, fakeSetupToken, makeTempHome } from '../helpers/temp-home.js';

async function realActions(home: string, baseUrl: string): Promise<OnboardActions> {
  const ctx = createContext({ env: { HOME: home }, cwd: home, stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough(), now: Date.now });
  const target = await locateAgentStore(ctx, undefined);
  return {
    verify: (provider, key) => verifyApiKey(provider, key, { env: {}, baseUrl }),
    startCapture: () => Promise.reject(new Error('not used here')),
    claudeInstalled: () => true,
    claudeCliRoute: async () => false,
    openclawOwnsStore: () => false,
    formatDate: (ms) => new Date(ms).toISOString().slice(0, 10),
    save: async (data) => {
      const provider = data.provider ?? 'anthropic';
      const kind = credentialKind(data);
      const expires = defaultExpiry(provider, kind, Date.now());
      if (data.storage === 'remote') throw new Error('not used here');
      const saved = await saveCredential({ ...credentialTarget(ctx, target, onboardProfileId(provider), provider), kind, secret: data.secret ?? '', storage: data.storage ?? 'file', ...(expires ? { expires } : {}), warn: () => undefined }, authStoreFor(ctx, target));
      return { ...saved, ...(expires ? { expires } : {}) };
    },
    statusLine: async () => '- anthropic effective=env:…',
    copy: () => true,
    savedRemote: async () => undefined,
    checkRemoteForm: () => undefined,
  };
}

const options = { verifyApiKeys: true, keychainAvailable: false };

/** Welcome → add → Anthropic → API key, waiting for each step as a person would. */
async function chooseAnthropicApiKey(stdin: { write: (data: string) => void }, lastFrame: () => string | undefined) {
  await press(stdin, KEY.enter);
  await waitForFrame(lastFrame, 'Which provider?');
  await press(stdin, KEY.enter);
  await waitForFrame(lastFrame, 'How do you want to sign in');
  await press(stdin, KEY.enter);
  await waitForFrame(lastFrame, 'Paste your Anthropic API key');
}
const emptySummary = { existing: [], renewable: [], envNotes: [] };

describe('onboarding wizard (whole app)', () => {
  it('API key: provider, method, paste, verified, stored in .env for a daemon', async () => {
    const home = makeTempHome();
    const key = fakeApiKey('A');
    const server = await startFakeAnthropic([key]);
    let result: OnboardResult | undefined;
    const { stdin, lastFrame, frames } = render(<OnboardApp summary={emptySummary} options={options} actions={await realActions(home.home, server.baseUrl)} onFinish={(r) => (result = r)} />);
    await chooseAnthropicApiKey(stdin, lastFrame);
    await press(stdin, key, KEY.enter);
    await waitForFrame(lastFrame, 'Where should it be stored?'); // verified: moved on by itself
    await press(stdin, KEY.enter); // .env (first choice without a keychain)
    const done = await waitForFrame(frameShowing(frames, '✓ Done'), '✓ Done');
    expect(done).toContain('~/.openclaw/.env (ANTHROPIC_API_KEY)');
    expect(readFileSync(home.dotenvPath, 'utf8')).toBe(`ANTHROPIC_API_KEY=${key}\n`);
    expect(result?.saved?.storage).toBe('env');
    expect(server.requests).toHaveLength(1);
  });

  it('a slow save (OpenClaw 2026.6+ taking the keychain ref) says what it is doing until it is done', async () => {
    const home = makeTempHome();
    const key = fakeApiKey('S');
    const server = await startFakeAnthropic([key]);
    const real = await realActions(home.home, server.baseUrl);
    let release: () => void = () => undefined;
    const actions: OnboardActions = {
      ...real,
      save: async (data, progress) => {
        progress?.('Handing the reference to OpenClaw (secrets apply, config patch): a few seconds per step…');
        await new Promise<void>((resolve) => (release = resolve));
        return real.save(data);
      },
    };
    const { stdin, lastFrame, frames } = render(<OnboardApp summary={emptySummary} options={options} actions={actions} onFinish={() => undefined} />);
    await chooseAnthropicApiKey(stdin, lastFrame);
    await press(stdin, key, KEY.enter);
    await waitForFrame(lastFrame, 'Where should it be stored?');
    await press(stdin, KEY.enter);
    const saving = await waitForFrame(lastFrame, 'Handing the reference to OpenClaw');
    expect(saving).toContain('Saving…');
    release();
    await waitForFrame(frameShowing(frames, '✓ Done'), '✓ Done');
  });

  it('while the key is checked: the provider by its name, and only the keys that do something then', async () => {
    const home = makeTempHome();
    const key = fakeApiKey('C');
    const server = await startFakeAnthropic([key]);
    const real = await realActions(home.home, server.baseUrl);
    let answer: () => void = () => undefined;
    const actions: OnboardActions = { ...real, verify: (provider, secret) => new Promise((resolve) => (answer = () => resolve(real.verify(provider, secret)))) };
    const { stdin, lastFrame } = render(<OnboardApp summary={emptySummary} options={options} actions={actions} onFinish={() => undefined} />);
    await chooseAnthropicApiKey(stdin, lastFrame);
    await press(stdin, key, KEY.enter);
    const checking = await waitForFrame(lastFrame, 'Checking the key with Anthropic…');
    expect(checking).toContain('Esc back');
    expect(checking).not.toContain('↑/↓ choose');
    answer();
    const storage = await waitForFrame(lastFrame, 'Where should it be stored?');
    expect(storage).toMatch(/^✓ accepted by Anthropic$/m);
    expect(storage).toContain('↑/↓ choose');
  });

  it('a rejected key is explained; "enter a different key" goes back to the field', async () => {
    const home = makeTempHome();
    const server = await startFakeAnthropic([]);
    const { stdin, lastFrame } = render(<OnboardApp summary={emptySummary} options={options} actions={await realActions(home.home, server.baseUrl)} onFinish={() => undefined} />);
    await chooseAnthropicApiKey(stdin, lastFrame);
    await press(stdin, fakeApiKey('R'), KEY.enter);
    await waitForFrame(lastFrame, '✗ the provider rejected the key (401: invalid x-api-key)');
    await press(stdin, KEY.enter); // "Enter a different key"
    await waitForFrame(lastFrame, 'Paste your Anthropic API key');
  });

  it('a setup-token offered as an API key can be stored as a token instead', async () => {
    const home = makeTempHome();
    const server = await startFakeAnthropic([]);
    const token = fakeSetupToken('C');
    const { stdin, lastFrame, frames } = render(<OnboardApp summary={emptySummary} options={{ ...options, verifyApiKeys: true }} actions={await realActions(home.home, server.baseUrl)} onFinish={() => undefined} />);
    await press(stdin, KEY.enter);
    await waitForFrame(lastFrame, 'Which provider?');
    await press(stdin, KEY.enter);
    await waitForFrame(lastFrame, 'How do you want to sign in');
    await press(stdin, KEY.down, KEY.down, KEY.enter); // paste a setup-token
    await waitForFrame(lastFrame, 'Paste your Claude setup-token');
    await press(stdin, token, KEY.enter);
    await waitForFrame(lastFrame, 'Where should it be stored?');
    await press(stdin, KEY.enter); // auth-profiles.json
    await waitForFrame(frameShowing(frames, '✓ Done'), '✓ Done');
    expect(home.readStore().profiles['anthropic:default']).toMatchObject({ type: 'token', token });
  });

  it('Esc goes back a step, and nothing is written before the last step', async () => {
    const home = makeTempHome();
    const { stdin, lastFrame } = render(<OnboardApp summary={emptySummary} options={options} actions={await realActions(home.home, 'http://127.0.0.1:9')} onFinish={() => undefined} />);
    await press(stdin, KEY.enter, KEY.enter);
    await waitForFrame(lastFrame, 'How do you want to sign in');
    await press(stdin, KEY.escape);
    await waitForFrame(lastFrame, 'Which provider?');
    await press(stdin, KEY.escape);
    await waitForFrame(lastFrame, 'Add a credential');
    const { existsSync } = await import('node:fs');
    expect(existsSync(home.stateDir)).toBe(false);
  });
  it('the keychain is asked after the first frame: the storage step waits for its answer, then offers it first', async () => {
    const home = makeTempHome();
    const key = fakeApiKey('K');
    const server = await startFakeAnthropic([key]);
    let answer: (availability: { available: true }) => void = () => undefined;
    let asked = 0;
    const checkKeychain = () => {
      asked += 1;
      return new Promise<{ available: true }>((resolve) => (answer = resolve));
    };
    const { stdin, lastFrame } = render(<OnboardApp summary={emptySummary} options={options} checkKeychain={checkKeychain} actions={await realActions(home.home, server.baseUrl)} onFinish={() => undefined} />);
    // The first frame is drawn without waiting for the keychain; it is asked once, right after.
    expect(lastFrame()).toContain('Add a credential');
    await chooseAnthropicApiKey(stdin, lastFrame);
    expect(asked).toBe(1);
    await press(stdin, key, KEY.enter);
    await waitForFrame(lastFrame, 'Checking the OS keychain…');
    answer({ available: true });
    const storage = await waitForFrame(lastFrame, 'Where should it be stored?');
    expect(storage).toContain('OS keychain (recommended)');
  });

  it('a keychain that cannot be asked (its native module fails) is said at the storage step, and the file is offered', async () => {
    const home = makeTempHome();
    const key = fakeApiKey('N');
    const server = await startFakeAnthropic([key]);
    const checkKeychain = () => Promise.reject(new Error('cannot load the keychain library'));
    const { stdin, lastFrame } = render(<OnboardApp summary={emptySummary} options={options} checkKeychain={checkKeychain} actions={await realActions(home.home, server.baseUrl)} onFinish={() => undefined} />);
    await chooseAnthropicApiKey(stdin, lastFrame);
    await press(stdin, key, KEY.enter);
    const storage = await waitForFrame(lastFrame, 'Where should it be stored?');
    expect(storage).toContain('OS keychain unavailable: cannot load the keychain library');
    expect(storage).not.toContain('OS keychain (recommended)');
  });
});
