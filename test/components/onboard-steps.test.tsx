import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { MethodStep } from '../../components/onboard/steps/MethodStep.js';
import { SecretStep } from '../../components/onboard/steps/SecretStep.js';
import { StorageStep } from '../../components/onboard/steps/StorageStep.js';
import { WelcomeStep } from '../../components/onboard/steps/WelcomeStep.js';
import { DoneStep } from '../../components/onboard/steps/DoneStep.js';
import { fail, ok } from '../../src/notice.js';
import { fakeApiKey, fakeSetupToken } from '../helpers/temp-home.js';
import { KEY, press, waitForFrame } from '../helpers/ink.js';

describe('welcome step', () => {
  it('lists what exists, offers renewal first, and says what an env key in the shell means', () => {
    const { lastFrame } = render(
      <WelcomeStep
        summary={{
          existing: [{ profileId: 'anthropic:manual', provider: 'anthropic', line: 'anthropic:manual · token · OS keychain · expires in 3h' }],
          renewable: [{ profileId: 'anthropic:manual', provider: 'anthropic', why: 'expires in 3h' }],
          envNotes: ['ANTHROPIC_API_KEY is set in this shell.'],
        }}
        onRenew={() => undefined}
        onAdd={() => undefined}
        onQuit={() => undefined}
      />,
    );
    const frame = lastFrame() ?? '';
    expect(frame).toContain('anthropic:manual · token · OS keychain · expires in 3h');
    expect(frame).toContain('❯ 1. Renew anthropic:manual');
    expect(frame).toContain('2. Add another credential');
    expect(frame).toContain('! ANTHROPIC_API_KEY is set in this shell.');
  });

  it('with nothing stored, adding is the first choice', async () => {
    const onAdd = vi.fn();
    const { stdin, lastFrame } = render(<WelcomeStep summary={{ existing: [], renewable: [], envNotes: [] }} onRenew={() => undefined} onAdd={onAdd} onQuit={() => undefined} />);
    expect(lastFrame()).toContain('No credentials yet');
    await press(stdin, KEY.enter);
    expect(onAdd).toHaveBeenCalled();
  });
});

describe('method step', () => {
  it('recommends an API key first and explains why', () => {
    const frame = render(<MethodStep onSelect={() => undefined} />).lastFrame() ?? '';
    expect(frame).toMatch(/❯ 1\. API key \(recommended\)/);
    expect(frame).toContain('extra usage');
    expect(frame).toContain('Sign in with Claude (setup-token)');
  });

  it('when renewing a token, offers only the token methods', () => {
    const frame = render(<MethodStep renewing="anthropic:manual" onSelect={() => undefined} />).lastFrame() ?? '';
    expect(frame).toContain('Renew anthropic:manual with:');
    expect(frame).not.toContain('API key');
  });
});

describe('secret step', () => {
  it('shows a mask, the length and the last 4 characters — never the secret — and strips pasted line breaks', async () => {
    const onSubmit = vi.fn();
    const key = fakeApiKey('M');
    const { stdin, lastFrame } = render(<SecretStep provider="anthropic" kind="api_key" onSubmit={onSubmit} />);
    await press(stdin, `\x1b[200~${key.slice(0, 50)}\n${key.slice(50)}\x1b[201~`);
    const frame = await waitForFrame(lastFrame, '108 characters');
    expect(frame).toContain(`ends …${key.slice(-4)}`);
    expect(frame).not.toContain(key.slice(4, 100));
    await press(stdin, KEY.enter);
    expect(onSubmit).toHaveBeenCalledWith(key);
  });

  it('explains that a setup-token is not an API key', async () => {
    const onSubmit = vi.fn();
    const { stdin, lastFrame } = render(<SecretStep provider="anthropic" kind="api_key" onSubmit={onSubmit} />);
    await press(stdin, fakeSetupToken(), KEY.enter);
    expect(await waitForFrame(lastFrame, 'it is only authorized for use with')).toContain('✗ this is a Claude setup-token');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('explains a truncated token, and Ctrl-U clears the field', async () => {
    const { stdin, lastFrame } = render(<SecretStep provider="anthropic" kind="token" onSubmit={() => undefined} />);
    await press(stdin, fakeSetupToken().slice(0, 70), KEY.enter);
    await waitForFrame(lastFrame, 'is cut short: 70 characters arrived, a complete one has 108');
    await press(stdin, KEY.ctrlU);
    const cleared = await waitForFrame(lastFrame, 'paste, then Enter');
    expect(cleared).not.toContain('70 characters, ends');
    // The old ✗ was about the value just cleared: it goes with it.
    expect(cleared).not.toContain('cut short');
  });
});

describe('storage step', () => {
  it('explains each place in one line, and why the keychain is missing', () => {
    const frame = render(<StorageStep choices={['env', 'file']} keychainReason="no D-Bus session bus" onSelect={() => undefined} />).lastFrame() ?? '';
    expect(frame).toContain('(OS keychain unavailable: no D-Bus session bus)');
    expect(frame).toContain('systemd or launchd');
    expect(frame).toContain('readable only by you (0600)');
  });

  it('marks its notice by its level: a key the provider accepted is a success, a failed save an error', () => {
    const accepted = render(<StorageStep choices={['env', 'file']} notice={ok('accepted by Anthropic')} onSelect={() => undefined} />).lastFrame() ?? '';
    expect(accepted).toMatch(/^✓ accepted by Anthropic$/m);
    expect(accepted).not.toContain('✗');
    const failed = render(<StorageStep choices={['env', 'file']} notice={fail('could not write ~/.openclaw/.env: no space left on device')} onSelect={() => undefined} />).lastFrame() ?? '';
    expect(failed).toMatch(/^✗ could not write ~\/\.openclaw\/\.env: no space left on device$/m);
  });

  it("on OpenClaw's SQLite store (2026.6+): says before anything is stored that OpenClaw's own --check cannot confirm a keychain secret, and names OpenClaw's store as OpenClaw does", () => {
    const frame = render(<StorageStep choices={['keychain', 'file']} sqliteStore onSelect={() => undefined} />).lastFrame() ?? '';
    expect(frame.replace(/\s+/g, ' ')).toContain("OpenClaw's own `models status --check` cannot confirm it (says indeterminate, exits 1)");
    expect(frame).toContain("OpenClaw's auth store");
    expect(frame).not.toContain('auth-profiles.json');
    const jsonEra = render(<StorageStep choices={['keychain', 'file']} onSelect={() => undefined} />).lastFrame() ?? '';
    expect(jsonEra).not.toContain('indeterminate');
  });
});

describe('done step', () => {
  it('summarises what was stored where, masked', () => {
    const token = fakeSetupToken('D');
    const frame =
      render(<DoneStep saved={{ storage: 'keychain', profileId: 'anthropic:manual', location: 'OS keychain (service "openclaw-auth")', expires: Date.parse('2027-11-23T00:00:00Z') }} secret={token} kind="setup-token" statusLine="- anthropic effective=profiles:…" />).lastFrame() ?? '';
    expect(frame).toContain('anthropic:manual');
    expect(frame).toContain(`sk-ant-o...${token.slice(-8)}`);
    expect(frame).toContain('OS keychain');
    expect(frame).toContain('2027-11-23');
    expect(frame).not.toContain(token);
  });
});

describe('code field', () => {
  it('submits a code pasted together with its trailing newline', async () => {
    const { TextInput } = await import('../../components/widgets/TextInput.js');
    const onSubmit = vi.fn();
    const { stdin } = render(<TextInput onSubmit={onSubmit} />);
    await press(stdin, 'abc123#state\r');
    expect(onSubmit).toHaveBeenCalledWith('abc123#state');
  });

  it('Ctrl-U and the text typed after it in one read: the field holds what follows (seen with a host corrected under load)', async () => {
    const { TextInput } = await import('../../components/widgets/TextInput.js');
    const onSubmit = vi.fn();
    const { stdin } = render(<TextInput onSubmit={onSubmit} initialValue="pi@" clearOnSubmit={false} />);
    await press(stdin, '\x15ssh://root@127.0.0.1:22');
    await press(stdin, '\r');
    expect(onSubmit).toHaveBeenCalledWith('ssh://root@127.0.0.1:22');
  });
});

describe('fast input', () => {
  it('Enter sent right after a paste submits the paste, not the last rendered value', async () => {
    const onSubmit = vi.fn();
    const key = fakeApiKey('F');
    const { stdin } = render(<SecretStep provider="anthropic" kind="api_key" onSubmit={onSubmit} />);
    stdin.write(key);
    stdin.write('\r'); // no pause: before React re-renders
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onSubmit).toHaveBeenCalledWith(key);
  });
});
