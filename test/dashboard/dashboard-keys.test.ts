// What each dashboard key does (src/dashboard/dashboard-keys.ts), in-process: the state after it and
// what the dashboard is asked to do. The tmux tests (test/e2e/dashboard.test.ts) keep the same keys
// end to end against the built CLI.
import { describe, expect, it } from 'vitest';
import { dashboardKey, type DashboardKey, type DashboardKeyState } from '../../src/dashboard/dashboard-keys.js';
import type { DashboardRow } from '../../src/dashboard/dashboard-rows.js';

const row = (profileId: string, kind: DashboardRow['kind'], extra: Partial<DashboardRow> = {}): DashboardRow => ({
  key: profileId,
  provider: 'anthropic',
  profileId,
  kind,
  where: 'keychain',
  storage: 'keychain',
  masked: 'sk-ant-o...AAAAAAAA',
  state: 'ok',
  next: false,
  ...extra,
});
const ROWS = [row('anthropic:work', 'token', { tryRank: 0 }), row('anthropic:home', 'api_key', { storage: 'file', where: 'file', tryRank: 1 })];
const ENV_ROW: DashboardRow = { key: 'env', provider: 'anthropic', kind: 'env', where: '~/.openclaw/.env', masked: 'sk-ant-a...', state: 'ok', next: false };
const list = (changes: Partial<DashboardKeyState> = {}): DashboardKeyState => ({ mode: { kind: 'list' }, filter: '', selected: 0, ...changes });
const press = (state: DashboardKeyState, key: DashboardKey, rows: readonly DashboardRow[] = ROWS, renewsInOpenclaw = false) => dashboardKey(state, key, rows, renewsInOpenclaw);

describe('dashboardKey', () => {
  it('j/k and the arrows move the selection within the rows; q quits', () => {
    expect(press(list(), { input: 'j' }).state.selected).toBe(1);
    expect(press(list({ selected: 1 }), { input: '', downArrow: true }).state.selected).toBe(1);
    expect(press(list({ selected: 1 }), { input: 'k' }).state.selected).toBe(0);
    expect(press(list(), { input: 'q' }).effects).toEqual([{ kind: 'quit' }]);
  });

  it('a q that came in one read with other keys (a short paste) does not quit, and says how to', () => {
    const pasted = press(list(), { input: 'q', together: true });
    expect(pasted.effects).toEqual([{ kind: 'notice', notice: { level: 'info', text: 'Not quitting: that q came with other keys (a paste?). Press q on its own to quit.' } }]);
  });

  it('/ opens the filter, which takes text; Enter keeps it, Esc clears it (in the field or, kept, in the list)', () => {
    let state = press(list(), { input: '/' }).state;
    expect(state.mode.kind).toBe('filter');
    state = press(state, { input: 'wo' }).state;
    state = press(state, { input: '', backspace: true }).state;
    expect(state.filter).toBe('w');
    state = press(state, { input: '', return: true }).state;
    expect(state).toMatchObject({ mode: { kind: 'list' }, filter: 'w' });
    expect(press(state, { input: '', escape: true }).state.filter).toBe('');
  });

  it('x asks first; only a y typed on its own removes, one inside a paste says nothing was removed', () => {
    const asking = press(list(), { input: 'x' }).state;
    expect(asking.mode).toEqual({ kind: 'confirm-remove', profileId: 'anthropic:work' });
    expect(press(asking, { input: 'y' }).effects).toEqual([{ kind: 'remove', profileId: 'anthropic:work' }]);
    const pasted = press(asking, { input: 'y', together: true });
    expect(pasted.effects).toEqual([{ kind: 'notice', notice: { level: 'info', text: 'Nothing removed.' } }]);
    expect(pasted.state.mode.kind).toBe('list');
  });

  it('o then an arrow reorders the provider and says the new order once written', () => {
    const moving = press(list(), { input: 'o' }).state;
    const moved = press(moving, { input: '', downArrow: true });
    expect(moved.state.selected).toBe(1);
    expect(moved.effects).toEqual([{ kind: 'reorder', provider: 'anthropic', order: ['anthropic:home', 'anthropic:work'], done: { level: 'info', text: 'Order for anthropic: anthropic:home, anthropic:work' } }]);
  });

  it('r on a token renews it where it lives; p on a key pastes a new one; through OpenClaw where the plugin renews', () => {
    expect(press(list(), { input: 'r' }).state.mode).toEqual({ kind: 'onboard', start: { reauthProfileId: 'anthropic:work', provider: 'anthropic', storage: 'keychain' } });
    expect(press(list({ selected: 1 }), { input: 'p' }).state.mode).toEqual({ kind: 'onboard', start: { reauthProfileId: 'anthropic:home', provider: 'anthropic', method: 'apiKey', storage: 'file' } });
    expect(press(list({ selected: 1 }), { input: 'r' }).effects).toEqual([{ kind: 'notice', notice: { level: 'warn', text: 'anthropic:home is not a token; use p to store a new key' } }]);
    expect(press(list(), { input: 'r' }, ROWS, true).effects).toContainEqual({ kind: 'renew-in-openclaw', profileId: 'anthropic:work' });
  });

  it('Enter opens the actions; their keys act as in the list, any other closes them', () => {
    const open = press(list(), { input: '', return: true }).state;
    expect(open.mode.kind).toBe('actions');
    expect(press(open, { input: 'z' }).state.mode.kind).toBe('list');
    expect(press(open, { input: 'x' }).state.mode).toEqual({ kind: 'confirm-remove', profileId: 'anthropic:work' });
  });

  it('x or o on an environment key says it is no profile, and changes nothing', () => {
    const result = press(list(), { input: 'x' }, [ENV_ROW]);
    expect(result.state).toEqual(list());
    expect(result.effects[0]).toMatchObject({ kind: 'notice', notice: { level: 'warn' } });
    expect((result.effects[0] as { notice: { text: string } }).notice.text).toContain('is an environment variable, not a profile: remove it where it is set');
  });

  it('d runs the checks; Esc, d, ? or q closes them', () => {
    const checks = press(list(), { input: 'd' });
    expect(checks.effects).toEqual([{ kind: 'run-checks' }]);
    expect(press(checks.state, { input: 'q' })).toEqual({ state: list(), effects: [] });
  });
});
