// The dashboard driven by keys, with real actions on a temporary HOME.
import { PassThrough } from 'node:stream';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { DashboardApp, type DashboardActions } from '../../components/dashboard/DashboardApp.js';
import { createContext } from '../../src/context.js';
import { loadDashboard } from '../../src/dashboard/load-dashboard.js';
import { runChecks } from '../../src/doctor/checks.js';
import { watchFiles } from '../../src/dashboard/watch-files.js';
import { buildOnboardActions } from '../../src/onboard/onboard-actions.js';
import { locateAgentStore } from '../../src/store/agent-store.js';
import { updateAuthStore, writeOrder } from '../../src/store/auth-profiles.js';
import { removeProfile } from '../../src/store/remove-profile.js';
import { KEY, press, waitForFrame } from '../helpers/ink.js';
import { fail, info, ok } from '../../src/notice.js';
import { DAY, HOUR, fakeApiKey, fakeSetupToken, makeTempHome, type TempHome } from '../helpers/temp-home.js';

async function actionsFor(home: TempHome): Promise<DashboardActions> {
  const ctx = createContext({ env: { HOME: home.home }, cwd: home.home, stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough(), now: Date.now });
  const target = await locateAgentStore(ctx, undefined);
  return {
    load: () => loadDashboard(ctx, undefined),
    watch: (paths, onChange) => watchFiles(paths, onChange, 20),
    remove: async (id) => ((await removeProfile(target.storePath, ctx.paths.configPath, id, ctx.keychain)) ? ok(`Removed ${id}`) : info('gone')),
    reorder: (provider, ids) => updateAuthStore(target.storePath, (store) => writeOrder(store, provider, ids)),
    onboard: buildOnboardActions(ctx, target, { warn: () => undefined }),
    checkKeychain: async () => ({ available: false, reason: 'no D-Bus session bus' }),
    checks: async () => (await runChecks(ctx, undefined)).filter((check) => check.level === 'fail').map((check) => fail(check.title)),
    now: Date.now,
  };
}

function seed(home: TempHome) {
  home.writeStore({
    version: 1,
    profiles: {
      'anthropic:manual': { type: 'token', provider: 'anthropic', token: fakeSetupToken('M'), expires: Date.now() + 3 * HOUR },
      'anthropic:work': { type: 'api_key', provider: 'anthropic', key: fakeApiKey('W') },
      'anthropic:old': { type: 'token', provider: 'anthropic', token: fakeSetupToken('O'), expires: Date.now() - 2 * DAY },
    },
  });
}

describe('dashboard', () => {
  it('shows each credential: state, countdown, where it lives, masked, and which is next', async () => {
    const home = makeTempHome();
    seed(home);
    const { lastFrame } = render(<DashboardApp actions={await actionsFor(home)} />);
    const frame = await waitForFrame(lastFrame, 'anthropic:old');
    expect(frame).toContain('anthropic:manual · next');
    expect(frame).toMatch(/2h 59m · sk-ant-o\.\.\.\S+ · token · auth-profiles\.json/);
    expect(frame).toContain('expired 2d ago');
    expect(frame).toMatch(/no expiry · \S+ · API key/);
    // Problems first: the expired token leads, and the header counts it.
    expect(frame.indexOf('anthropic:old')).toBeLessThan(frame.indexOf('anthropic:manual'));
    expect(frame).toContain(' · 1 expired');
    // The keychain is asked once the list is on screen; its answer then shows in the header.
    expect(await waitForFrame(lastFrame, 'keychain unavailable')).toContain('keychain unavailable (no D-Bus session bus)');
    expect(frame).not.toContain(fakeSetupToken('M'));
  });

  it('updates when the store changes from outside', async () => {
    const home = makeTempHome();
    seed(home);
    const { lastFrame } = render(<DashboardApp actions={await actionsFor(home)} />);
    await waitForFrame(lastFrame, 'anthropic:old');
    await updateAuthStore(home.storePath(), (store) => {
      store.profiles['openrouter:default'] = { type: 'api_key', provider: 'openrouter', key: `sk-or-v1-${'a'.repeat(64)}` };
    });
    await waitForFrame(lastFrame, 'openrouter:default');
  });

  it('x removes the selected profile after y; anything else keeps it', async () => {
    const home = makeTempHome();
    seed(home);
    const { stdin, lastFrame } = render(<DashboardApp actions={await actionsFor(home)} />);
    await waitForFrame(lastFrame, 'anthropic:old');
    await press(stdin, KEY.down); // past the expired one, shown first
    await press(stdin, 'x');
    await waitForFrame(lastFrame, 'Remove anthropic:manual and its secret? y/N');
    await press(stdin, 'n');
    await waitForFrame(lastFrame, 'Nothing removed.');
    expect(Object.keys(home.readStore().profiles)).toContain('anthropic:manual');
    await press(stdin, 'x');
    await waitForFrame(lastFrame, 'Remove anthropic:manual and its secret? y/N');
    await press(stdin, 'y');
    await waitForFrame(lastFrame, '✓ Removed anthropic:manual');
    expect(Object.keys(home.readStore().profiles)).not.toContain('anthropic:manual');
  });

  it('o then ↓ moves the selected profile down in its provider\'s order', async () => {
    const home = makeTempHome();
    seed(home);
    const { stdin, lastFrame } = render(<DashboardApp actions={await actionsFor(home)} />);
    await waitForFrame(lastFrame, 'anthropic:old');
    await press(stdin, KEY.down); // past the expired one, shown first
    await press(stdin, 'o');
    await waitForFrame(lastFrame, '↑/↓ move');
    await press(stdin, KEY.down);
    await waitForFrame(lastFrame, 'Order for anthropic: anthropic:work, anthropic:manual, anthropic:old');
    expect(home.readStore().order).toEqual({ anthropic: ['anthropic:work', 'anthropic:manual', 'anthropic:old'] });
  });

  it('d runs the doctor checks', async () => {
    const home = makeTempHome();
    seed(home);
    const { stdin, lastFrame } = render(<DashboardApp actions={await actionsFor(home)} />);
    await waitForFrame(lastFrame, 'anthropic:old');
    await press(stdin, 'd');
    await waitForFrame(lastFrame, '✗ anthropic:old has expired');
    await press(stdin, KEY.escape);
    await waitForFrame(lastFrame, 'anthropic:manual · next');
  });

  it('/ filters by name', async () => {
    const home = makeTempHome();
    seed(home);
    const { stdin, lastFrame } = render(<DashboardApp actions={await actionsFor(home)} />);
    await waitForFrame(lastFrame, 'anthropic:old');
    await press(stdin, '/');
    await waitForFrame(lastFrame, 'type to filter');
    await press(stdin, 'wor');
    await waitForFrame(lastFrame, '/ wor');
    await press(stdin, KEY.enter);
    const frame = await waitForFrame(lastFrame, 'filter "wor"');
    expect(frame).toContain('anthropic:work');
    expect(frame).not.toContain('anthropic:manual');
  });

  it('a thousand profiles: only a screenful is rendered', async () => {
    const home = makeTempHome();
    const profiles: Record<string, unknown> = {};
    for (let i = 0; i < 1000; i += 1) profiles[`anthropic:p${String(i).padStart(4, '0')}`] = { type: 'api_key', provider: 'anthropic', key: fakeApiKey(String(i % 10)) };
    home.writeStore({ version: 1, profiles });
    const { lastFrame } = render(<DashboardApp actions={await actionsFor(home)} />);
    const frame = await waitForFrame(lastFrame, '1 of 1000', 10_000);
    expect(frame.split('\n').length).toBeLessThan(40);
    expect(frame).toContain('anthropic:p0000');
    expect(frame).not.toContain('anthropic:p0100');
  });

  it('an unreadable store is shown as an error, and the view recovers when it is fixed', async () => {
    const home = makeTempHome();
    home.writeFile(home.storePath(), '{"version":1,');
    const { lastFrame } = render(<DashboardApp actions={await actionsFor(home)} />);
    await waitForFrame(lastFrame, 'is not valid');
    seed(home);
    await waitForFrame(lastFrame, 'anthropic:manual');
  });
});
