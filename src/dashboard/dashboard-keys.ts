// The dashboard's keys as a pure reducer (as onboard/wizard-state.ts is for the wizard): the state
// before a key, the key, the rows it acts on → the state after it and what to do (effects). The Ink
// component only reads keys, runs the effects and draws; every rule of what a key does is here and
// tested in-process (test/dashboard/dashboard-keys.test.ts).
import type { AuthMethod } from '../onboard/wizard-state.js';
import { info, warn, type Notice } from '../notice.js';
import { movedOrder, type DashboardRow } from './dashboard-rows.js';

export type DashboardMode =
  | { kind: 'list' }
  | { kind: 'help' }
  | { kind: 'checks' }
  | { kind: 'filter' }
  | { kind: 'reorder' }
  | { kind: 'actions' }
  | { kind: 'confirm-remove'; profileId: string }
  | { kind: 'onboard'; start?: { reauthProfileId: string; provider: string; method?: AuthMethod; storage?: 'keychain' | 'file' } };

export interface DashboardKeyState {
  mode: DashboardMode;
  filter: string;
  selected: number;
}

/** The keys the dashboard reads (Ink's Key, the fields used). */
export interface DashboardKey {
  input: string;
  escape?: boolean;
  return?: boolean;
  backspace?: boolean;
  delete?: boolean;
  upArrow?: boolean;
  downArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  ctrl?: boolean;
  meta?: boolean;
  /** It came in one read with others (typed fast, or a short paste): nothing destructive from it. */
  together?: boolean;
}

export type DashboardEffect =
  | { kind: 'notice'; notice: Notice | undefined }
  | { kind: 'remove'; profileId: string }
  /** `done`: what to say once it is written. */
  | { kind: 'reorder'; provider: string; order: string[]; done: Notice }
  | { kind: 'run-checks' }
  | { kind: 'quit' }
  | { kind: 'renew-in-openclaw'; profileId: string };

export interface DashboardKeyResult {
  state: DashboardKeyState;
  effects: DashboardEffect[];
}

/** `rows`: as shown now (the filter applied); `renewsInOpenclaw`: r on a token hands over to OpenClaw's login. */
export function dashboardKey(state: DashboardKeyState, key: DashboardKey, rows: readonly DashboardRow[], renewsInOpenclaw = false): DashboardKeyResult {
  const { mode } = state;
  const { input } = key;
  const index = Math.min(state.selected, Math.max(rows.length - 1, 0));
  const current: DashboardRow | undefined = rows[index];
  const { to, say } = from(state);

  if (mode.kind === 'onboard') return to({});
  if (mode.kind === 'help' || mode.kind === 'checks') {
    return key.escape || input === '?' || input === 'd' || input === 'q' ? to({ mode: { kind: 'list' } }) : to({});
  }
  if (mode.kind === 'filter') {
    if (key.escape) return to({ filter: '', mode: { kind: 'list' } });
    if (key.return) return to({ mode: { kind: 'list' } });
    if (key.backspace || key.delete) return to({ filter: state.filter.slice(0, -1) });
    if (input && !key.ctrl && !key.meta) return to({ filter: state.filter + input });
    return to({});
  }
  let listState = state;
  if (mode.kind === 'actions') {
    // The selected credential's actions (Enter): its keys act as in the list, anything else closes it.
    listState = { ...state, mode: { kind: 'list' } };
    if (!['r', 'p', 'o', 'x'].includes(input)) return { state: listState, effects: [] };
  }
  if (mode.kind === 'confirm-remove') {
    // Only a y typed on its own removes: one inside a paste ("…x…y…") never does.
    const list: Partial<DashboardKeyState> = { mode: { kind: 'list' } };
    if ((input === 'y' || input === 'Y') && !key.together) return to(list, { kind: 'remove', profileId: mode.profileId });
    return say(info('Nothing removed.'), list);
  }
  if (mode.kind === 'reorder') {
    if (current?.profileId && (key.upArrow || key.downArrow)) {
      const moved = movedOrder(rows, current.profileId, key.upArrow ? -1 : 1);
      if (!moved) return to({});
      return to({ selected: index + (key.upArrow ? -1 : 1) }, { kind: 'reorder', provider: moved.provider, order: moved.order, done: info(`Order for ${moved.provider}: ${moved.order.join(', ')}`) });
    }
    return key.return || key.escape || input === 'o' ? to({ mode: { kind: 'list' } }) : to({});
  }
  return listKey(listState, key, input, rows, index, current, renewsInOpenclaw);
}

/** The results a key can have from `state`: a change of state with effects, or a notice. */
function from(state: DashboardKeyState) {
  const to = (changes: Partial<DashboardKeyState>, ...effects: DashboardEffect[]): DashboardKeyResult => ({ state: { ...state, ...changes }, effects });
  const say = (notice: Notice | undefined, changes: Partial<DashboardKeyState> = {}) => to(changes, { kind: 'notice', notice });
  return { to, say };
}

function listKey(state: DashboardKeyState, key: DashboardKey, input: string, rows: readonly DashboardRow[], index: number, current: DashboardRow | undefined, renewsInOpenclaw: boolean): DashboardKeyResult {
  const { to, say } = from(state);
  if (key.escape && state.filter) return to({ filter: '' }); // a filter kept with Enter: Esc clears it
  if (key.return && current) return to({ mode: { kind: 'actions' } });
  if (key.upArrow || input === 'k') return to({ selected: Math.max(index - 1, 0) });
  if (key.downArrow || input === 'j') return to({ selected: Math.min(index + 1, rows.length - 1) });
  if (key.pageUp) return to({ selected: Math.max(index - 10, 0) });
  if (key.pageDown) return to({ selected: Math.min(index + 10, rows.length - 1) });
  // A q inside a short paste must not close the screen under the person; typed on its own, it quits.
  if (input === 'q') return key.together ? say(info('Not quitting: that q came with other keys (a paste?). Press q on its own to quit.')) : to({}, { kind: 'quit' });
  if (input === '?') return to({ mode: { kind: 'help' } });
  if (input === 'd') return to({ mode: { kind: 'checks' } }, { kind: 'run-checks' });
  if (input === '/') return to({ mode: { kind: 'filter' } });
  if (input === 'o' && current?.profileId) return to({ mode: { kind: 'reorder' } });
  if (input === 'x' && current?.profileId) return to({ mode: { kind: 'confirm-remove', profileId: current.profileId } });
  if ((input === 'x' || input === 'o' || input === 'r') && current && (current.kind === 'runtime' || current.kind === 'config-ref')) {
    // No profile behind these rows: say where they are changed instead.
    return say(warn(current.kind === 'runtime' ? "this is claude's own login: run claude auth login in a terminal" : `a SecretRef in openclaw.json: change it ${current.where}; models status --probe checks it`));
  }
  if ((input === 'x' || input === 'o') && current) {
    // An env key is no profile: nothing to remove or reorder here, and that is worth saying.
    return say(warn(`the ${current.provider} key in ${current.where} is an environment variable, not a profile: ${input === 'x' ? 'remove it where it is set' : 'OpenClaw tries env keys after every profile'}`));
  }
  if (input === 'r' || input === 'p') {
    if (input === 'r' && current?.profileId && current.kind === 'token' && renewsInOpenclaw) return to({}, { kind: 'notice', notice: undefined }, { kind: 'renew-in-openclaw', profileId: current.profileId });
    if (current?.profileId && (current.kind === 'token' || (input === 'p' && current.kind === 'api_key'))) {
      const method: AuthMethod | undefined = input === 'p' ? (current.kind === 'api_key' ? 'apiKey' : 'token') : undefined;
      // The renewal keeps the secret where it lives now (the storage step starts there).
      const storage = current.storage === 'keychain' ? 'keychain' : current.storage === 'file' ? 'file' : undefined;
      return say(undefined, { mode: { kind: 'onboard', start: { reauthProfileId: current.profileId, provider: current.provider, ...(method ? { method } : {}), ...(storage ? { storage } : {}) } } });
    }
    if (input === 'p' || !current) return say(undefined, { mode: { kind: 'onboard' } });
    return say(warn(`${current.profileId ?? current.provider} is not a token; use p to store a new key`));
  }
  return to({});
}
