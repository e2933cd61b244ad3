// A live view of one agent's credentials: refreshed when auth-profiles.json, openclaw.json or
// .env change (file watching, no polling) and once a second for the countdowns. Keys act on the
// selected credential; re-auth and paste open the onboarding flow in place.
import { Box, Text, useApp, useInput, type Key } from 'ink';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLatestState } from '../hooks/use-latest-state.js';
import { useKeychainCheck } from '../hooks/use-keychain-check.js';
import type { KeychainAvailability } from '../../src/secrets/keychain-probe.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { filterRows } from '../../src/dashboard/row-filter.js';
import { isPaste, keysOfRead } from '../hooks/keys-of-read.js';
import { msUntilCountdownChanges, problemCounts } from '../../src/dashboard/dashboard-rows.js';
import { dashboardKey, type DashboardMode } from '../../src/dashboard/dashboard-keys.js';
import type { DashboardSnapshot } from '../../src/dashboard/load-dashboard.js';
import { failure, ok, warn, type Notice } from '../../src/notice.js';
import type { OnboardActions } from '../../src/onboard/onboard-actions.js';
import { KeyHints } from '../widgets/KeyHints.js';
import { NoticeText } from '../widgets/NoticeText.js';
import { OnboardApp } from '../onboard/OnboardApp.js';
import { ActionsPanel } from './ActionsPanel.js';
import { HelpPanel } from './HelpPanel.js';
import { ProfileRow, rowLines } from './ProfileRow.js';

export interface DashboardActions {
  load(): Promise<DashboardSnapshot>;
  watch(paths: readonly string[], onChange: () => void): { close(): void };
  remove(profileId: string): Promise<Notice>;
  reorder(provider: string, ids: readonly string[]): Promise<void>;
  onboard: OnboardActions;
  /** Whether the OS keychain works: asked once the first frame is drawn (a slow daemon must not hold it). */
  checkKeychain(): Promise<KeychainAvailability>;
  /** The doctor's findings (problems and warnings only). */
  checks(): Promise<Notice[]>;
  /** True where tokens renew through the plugin inside OpenClaw 2026.6+ (r hands the terminal to it). */
  renewsInOpenclaw?: boolean;
  now(): number;
  /** The user's locale (LC_ALL/LC_CTYPE/LANG), for folding case in the filter. */
  locale?: string | undefined;
  /** A clock time in the user's locale (LC_TIME). */
  clock?: (ms: number) => string;
}

const MESSAGE_MS = 8_000;


interface DashboardProps {
  actions: DashboardActions;
  onQuit?: () => void;
  /** r on a token where it renews inside OpenClaw: the dashboard leaves, the runner hands over, and comes back. */
  onRenewInOpenclaw?: (profileId: string) => void;
  /** What the last handover did, shown when the dashboard comes back. */
  initialMessage?: Notice | undefined;
}

export function DashboardApp({ actions, onQuit, onRenewInOpenclaw, initialMessage }: DashboardProps) {
  const { exit } = useApp();
  const terminal = useTerminalSize();
  const [snapshot, setSnapshot] = useState<DashboardSnapshot | undefined>(undefined);
  const [now, setNow] = useState(actions.now());
  // Read by the key handler as they are now, so every key of a chunk counts (use-latest-state.ts).
  const [selected, selectedNow, setSelected] = useLatestState(0);
  const [mode, modeNow, setMode] = useLatestState<DashboardMode>({ kind: 'list' });
  const [filter, filterNow, setFilter] = useLatestState('');
  const [message, setMessage] = useState<Notice | undefined>(initialMessage);
  // "✓ …" reports what just happened; it goes after a while (problems stay until the next action).
  useEffect(() => {
    if (message?.level !== 'ok') return;
    const timer = setTimeout(() => setMessage(undefined), MESSAGE_MS);
    return () => clearTimeout(timer);
  }, [message]);
  const [checks, setChecks] = useState<Notice[] | undefined>(undefined);
  // Asked once the list is on screen (use-keychain-check.ts).
  const checkKeychain = actions.checkKeychain;
  const keychain = useKeychainCheck(checkKeychain, snapshot !== undefined);

  const reload = useCallback(() => void actions.load().then(setSnapshot), [actions]);
  useEffect(reload, [reload]);
  // Watch the files the last read came from; re-arm when that set changes (e.g. --agent's store appears).
  const watchedKey = snapshot?.watched.join('\n') ?? '';
  useEffect(() => {
    if (!watchedKey) return;
    const watcher = actions.watch(watchedKey.split('\n'), reload);
    return () => watcher.close();
  }, [watchedKey, actions, reload]);
  // Redraw when a countdown's text would change (each second only in a credential's last hour),
  // and re-read the files every minute so states move on (ok → expiring → expired).
  useEffect(() => {
    const timer = setTimeout(() => setNow(actions.now()), msUntilCountdownChanges(snapshot?.rows ?? [], now));
    return () => clearTimeout(timer);
  }, [actions, snapshot, now]);
  useEffect(() => {
    const timer = setInterval(reload, 60_000);
    return () => clearInterval(timer);
  }, [reload]);

  const rows = useMemo(() => filterRows(snapshot?.rows ?? [], filter, actions.locale), [snapshot, filter]);
  const index = Math.min(selected, Math.max(rows.length - 1, 0));

  const act = (promise: Promise<Notice | void>, done?: Notice) =>
    void promise.then(
      (notice) => {
        setMessage(notice || done);
        reload();
      },
      (error: unknown) => setMessage(failure(error)),
    );

  /** `together`: the key came in one read with others (typed fast, or a paste). */
  const onKey = (input: string, key: Key, together = false): void => {
    // As of this key, not as last rendered: the keys before it in the same chunk count.
    const rows = filterRows(snapshot?.rows ?? [], filterNow.current, actions.locale);
    const before = { mode: modeNow.current, filter: filterNow.current, selected: selectedNow.current };
    const { state, effects } = dashboardKey(before, { ...key, input, together }, rows, Boolean(actions.renewsInOpenclaw && onRenewInOpenclaw));
    if (state.mode !== before.mode) setMode(state.mode);
    if (state.filter !== before.filter) setFilter(state.filter);
    if (state.selected !== before.selected) setSelected(state.selected);
    for (const effect of effects) {
      if (effect.kind === 'notice') setMessage(effect.notice);
      else if (effect.kind === 'remove') act(actions.remove(effect.profileId));
      else if (effect.kind === 'reorder') act(actions.reorder(effect.provider, effect.order), effect.done);
      else if (effect.kind === 'run-checks') {
        setChecks(undefined);
        void actions.checks().then(setChecks, (error: unknown) => setChecks([failure(error)]));
      } else if (effect.kind === 'quit') {
        onQuit?.();
        exit();
      } else if (effect.kind === 'renew-in-openclaw') {
        onRenewInOpenclaw?.(effect.profileId);
        exit();
      }
    }
  };
  useInput(
    (input, key) => {
      // In the filter's text field a read is text, appended whole; elsewhere its keys count one by
      // one (keys-of-read.ts). A short paste can land there too, so nothing destructive comes from
      // such keys (see confirm-remove), and none after the wizard opens; a long one is no keys at all.
      if (modeNow.current.kind === 'filter') return onKey(input, key);
      // A paste into the list is text, not keys (a filter typed as "/…" still opens the filter).
      if (isPaste(input, key) && !input.startsWith('/')) {
        setMessage(warn('Pasted text is not keys here: nothing done. To store a token or key, press p and paste it there.'));
        return;
      }
      for (const one of keysOfRead(input, key)) {
        if (modeNow.current.kind === 'onboard') break;
        onKey(one.input, one.key, one.together);
      }
    },
    { isActive: mode.kind !== 'onboard' },
  );

  if (mode.kind === 'onboard') {
    return (
      <OnboardApp
        embedded
        summary={{ existing: [], renewable: [], envNotes: [] }}
        options={{ verifyApiKeys: true, keychainAvailable: keychain?.available ?? false }}
        keychainReason={keychain && !keychain.available ? keychain.reason : undefined}
        checkKeychain={keychain ? undefined : checkKeychain}
        start={mode.start}
        actions={actions.onboard}
        onFinish={(result) => {
          setMode({ kind: 'list' });
          setMessage(result.saved ? ok(`Stored in ${result.saved.location}`) : undefined);
          reload();
        }}
      />
    );
  }

  // Only the rows that fit are rendered, so a thousand profiles cost what a screenful does.
  // The footer's hints wrap on a narrow terminal: count the lines they take, so the frame fits.
  const hints =
    mode.kind === 'reorder'
      ? ['↑/↓ move', 'Enter done']
      : mode.kind === 'filter'
        ? ['type to filter', 'Enter keep', 'Esc clear']
        : mode.kind === 'actions'
          ? ['Esc back']
          : // Fits 80 columns on one line; the per-credential keys are under Enter and in ? help.
            ['↑/↓ select', 'Enter actions', filter ? 'Esc clear filter' : '/ filter', 'p add', 'd checks', '? help', 'q quit'];
  const hintLines = Math.ceil(hints.join(' · ').length / Math.max(terminal.columns, 1));
  const height = terminal.rows - 8 - hintLines - (snapshot?.warnings.length ?? 0) - (mode.kind === 'actions' ? 4 : 0);
  const visible = Math.max(1, Math.floor(height / rowLines(terminal.columns)));
  const first = Math.min(Math.max(0, index - Math.floor(visible / 2)), Math.max(0, rows.length - visible));
  const shown = rows.slice(first, first + visible);
  const clock = (actions.clock ?? ((ms: number) => new Date(ms).toTimeString().slice(0, 8)))(snapshot?.refreshedAt ?? now);
  const counts = problemCounts(snapshot?.rows ?? []);

  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text bold>openclaw-auth</Text> · agent {snapshot?.agentId ?? '…'} · {snapshot?.stateDir ?? ''}
      </Text>
      {/* What changes and what needs attention first; the long keychain reason last, where truncation takes it. */}
      <Text wrap="truncate-end">
        <Text dimColor>refreshed {clock}</Text>
        {counts.expired ? <Text color="red"> · {counts.expired} expired</Text> : null}
        {counts.unusable ? <Text color="red"> · {counts.unusable} unusable</Text> : null}
        {counts.expiring ? <Text color="yellow"> · {counts.expiring} expiring</Text> : null}
        {filter ? <Text color="cyan"> · filter "{filter}" ({rows.length} of {snapshot?.rows.length ?? 0})</Text> : null}
        <Text dimColor> · keychain {!keychain ? 'checking…' : keychain.available ? 'available' : `unavailable (${keychain.reason})`}</Text>
      </Text>
      {snapshot?.source ? (
        <Text dimColor wrap="truncate-end">
          {snapshot.source}
        </Text>
      ) : null}
      {(snapshot?.warnings ?? []).map((line) => (
        <Text key={line} color="yellow" wrap="truncate-end">
          ! {line}
        </Text>
      ))}
      <Box flexDirection="column" marginTop={1}>
        {snapshot?.error ? <Text color="red">✗ {snapshot.error}</Text> : null}
        {!snapshot ? <Text dimColor>Reading…</Text> : null}
        {snapshot && !snapshot.error && rows.length === 0 ? <Text>{filter ? 'Nothing matches the filter.' : 'No credentials yet: press p to add one.'}</Text> : null}
        {mode.kind === 'help' ? <HelpPanel /> : null}
        {mode.kind === 'checks' ? (
          <Box flexDirection="column">
            <Text bold>Checks (openclaw-auth doctor)</Text>
            {checks === undefined ? <Text dimColor>Checking…</Text> : null}
            {(checks?.length === 0 ? [ok('nothing to fix')] : (checks ?? [])).map((notice) => (
              <NoticeText key={notice.text} notice={notice} />
            ))}
            <Text dimColor>Esc to close · openclaw-auth doctor --fix applies the safe fixes</Text>
          </Box>
        ) : null}
        {mode.kind === 'list' || mode.kind === 'filter' || mode.kind === 'reorder' || mode.kind === 'confirm-remove' || mode.kind === 'actions'
          ? shown.map((row, offset) => (
              <Box key={row.key} flexDirection="column">
                <ProfileRow row={row} now={now} selected={first + offset === index} moving={mode.kind === 'reorder'} columns={terminal.columns} />
                {mode.kind === 'actions' && first + offset === index ? <ActionsPanel row={row} /> : null}
              </Box>
            ))
          : null}
        {rows.length > visible && mode.kind === 'list' ? <Text dimColor>{index + 1} of {rows.length}</Text> : null}
      </Box>
      {mode.kind === 'confirm-remove' ? <Text color="yellow">Remove {mode.profileId} and its secret? y/N</Text> : null}
      {mode.kind === 'filter' ? <Text>/ {filter}</Text> : null}
      {message ? <NoticeText notice={message} /> : null}
      <KeyHints hints={hints} />
    </Box>
  );
}
