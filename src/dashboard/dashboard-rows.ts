// The dashboard's rows, one per credential: profiles in the store, and env keys with no profile.
// Pure: built from the status model plus the store and config it was read from.
import { basename } from 'node:path';
import type { AuthStatus, OAuthProfileStatus, SecretStorage } from '../status/build-status.js';
import { credentialLabel, splitProfileLabel } from '../status/build-status.js';
import { describeClaudeLogin } from '../status/claude-login.js';
import { profileOrderFor } from '../status/profile-order.js';
import { listProfiles, type JsonObject, type RawAuthStore } from '../store/auth-profiles.js';

/** `runtime`: models run through this machine's Claude Code login; `config-ref`: a key kept as a SecretRef in openclaw.json. */
export type RowKind = 'api_key' | 'token' | 'oauth' | 'env' | 'runtime' | 'config-ref';
export type RowState = OAuthProfileStatus['status'] | 'env';

export interface DashboardRow {
  key: string;
  provider: string;
  profileId?: string;
  kind: RowKind;
  /** Where the secret lives, in a few words. */
  where: string;
  /** Where the secret lives, as data: a renewal keeps it there. */
  storage?: SecretStorage['kind'];
  masked: string;
  state: RowState;
  expiresAt?: number;
  expiredAt?: number;
  /** The credential OpenClaw would use next for this provider. */
  next: boolean;
  /** For env keys: would a gateway run by systemd/launchd see it (it is not only in this shell)? */
  daemonSees?: boolean;
  problem?: string;
  /** Position in the order OpenClaw tries credentials (rows are shown problems first). */
  tryRank?: number;
  /** In place of the countdown, for a credential with no expiry of its own ("logged in", "not checked"). */
  stateText?: string;
  /** The name shown, when the row is no profile. */
  title?: string;
}

function where(storage: SecretStorage): string {
  switch (storage.kind) {
    case 'keychain':
      return 'keychain';
    case 'file':
      return basename(storage.path) || 'store';
    case 'ref':
      return `ref ${storage.source}:${storage.id}`;
    case 'none':
      return '—';
  }
}

export function buildDashboardRows(status: AuthStatus, store: RawAuthStore, config: JsonObject, now: number): DashboardRow[] {
  const profiles = new Map(listProfiles(store).map((profile) => [profile.id, profile]));
  const rows: DashboardRow[] = [];
  for (const provider of status.auth.providers) {
    const order = profileOrderFor(provider.provider, store, config, now);
    const entries = status.auth.oauth.profiles.filter((entry) => entry.provider === provider.provider);
    // In the order OpenClaw tries them, then the ones it would skip.
    entries.sort((a, b) => (order.indexOf(a.profileId) + 1 || 1e9) - (order.indexOf(b.profileId) + 1 || 1e9));
    // Without the store (read through OpenClaw), its masked labels: `id=token:sk-ant-o...` [flags].
    const labels = new Map(
      provider.profiles.labels.map((label) => {
        const { id, credential } = splitProfileLabel(label);
        return [id, credential] as const;
      }),
    );
    for (const entry of entries) {
      const profile = profiles.get(entry.profileId);
      const masked = (profile ? credentialLabel(profile) : labels.get(entry.profileId) ?? '').replace(/^token:/, '');
      rows.push({
        key: `profile:${entry.profileId}`,
        provider: provider.provider,
        profileId: entry.profileId,
        kind: entry.type,
        where: where(entry.storage),
        storage: entry.storage.kind,
        // A keychain-held secret's profile holds only our exec ref: "ref(exec:…)" says nothing, and
        // the row already says "keychain".
        masked: entry.storage.kind === 'keychain' ? '' : masked,
        state: entry.status,
        ...(entry.expiresAt !== undefined ? { expiresAt: entry.expiresAt } : {}),
        ...(entry.expiredAt !== undefined ? { expiredAt: entry.expiredAt } : {}),
        next: order[0] === entry.profileId,
        ...(entry.problem ? { problem: entry.problem } : {}),
      });
    }
    if (provider.env) {
      rows.push({
        key: `env:${provider.provider}`,
        provider: provider.provider,
        kind: 'env',
        where: provider.env.origin === 'process' ? 'shell only' : provider.env.origin === 'dotenv' ? '.env' : 'openclaw.json',
        masked: provider.env.value,
        state: 'env',
        // OpenClaw falls back to the env key when no profile can be used.
        next: order.length === 0,
        daemonSees: provider.env.origin !== 'process',
      });
    }
  }
  rows.push(...routeRows(status));
  // Shown problems first (what cannot be used, then what runs out soon), each group in OpenClaw's
  // order; reordering still works on the order OpenClaw tries them in (tryRank).
  return rows
    .map((row, tryRank) => ({ ...row, tryRank }))
    .sort((a, b) => SEVERITY[a.state] - SEVERITY[b.state] || a.tryRank - b.tryRank);
}

/** The credentials that are no profile: a Claude Code login models run through, a key kept as a config SecretRef. */
function routeRows(status: AuthStatus): DashboardRow[] {
  const rows: DashboardRow[] = [];
  for (const route of status.auth.runtimeAuthRoutes ?? []) {
    const login = route.login ? describeClaudeLogin(route.login) : undefined;
    const email = route.login?.state === 'logged-in' ? route.login.email : undefined;
    rows.push({
      key: `runtime:${route.runtime}`,
      provider: route.provider,
      title: `${route.provider} via ${route.runtime}`,
      kind: 'runtime',
      where: 'Claude Code login',
      masked: email ?? route.models.join(', '),
      state: login?.ready === true ? 'ok' : login?.ready === false ? 'missing' : 'static',
      stateText: login?.ready === true ? 'logged in' : route.login?.state === 'logged-out' ? 'not logged in' : route.login?.state === 'no-claude' ? 'no claude' : 'not checked',
      next: true,
      ...(login && login.ready !== true ? { problem: `${login.text}${login.fix ? `. Fix: ${login.fix}` : ''}` } : {}),
    });
  }
  for (const entry of status.auth.providers) {
    const configRef = entry.configRef;
    if (!configRef) continue;
    const probe = configRef.probe;
    rows.push({
      key: `config:${entry.provider}`,
      provider: entry.provider,
      title: `${entry.provider} (openclaw.json)`,
      kind: 'config-ref',
      where: `in ${configRef.where}`,
      masked: `ref(${configRef.ref.source}:${configRef.ref.id})`,
      state: probe?.ok === true ? 'ok' : probe?.ok === false ? 'missing' : 'static',
      stateText: probe?.ok === true ? 'resolves' : probe?.ok === false ? 'does not resolve' : 'not checked',
      next: entry.profiles.count === 0 && !entry.env,
      ...(probe?.ok === false ? { problem: probe.detail } : {}),
    });
  }
  return rows;
}

const SEVERITY: Record<RowState, number> = { expired: 0, missing: 0, expiring: 1, ok: 2, static: 2, env: 3 };

/** How many rows need attention, for the header. */
export function problemCounts(rows: readonly DashboardRow[]): { expired: number; expiring: number; unusable: number } {
  return {
    expired: rows.filter((row) => row.state === 'expired').length,
    expiring: rows.filter((row) => row.state === 'expiring').length,
    unusable: rows.filter((row) => row.state === 'missing').length,
  };
}

/** The order override to write when `id` moves one place up (-1) or down (+1) among its provider's profiles. */
export function movedOrder(rows: readonly DashboardRow[], id: string, direction: -1 | 1): { provider: string; order: string[] } | undefined {
  const row = rows.find((candidate) => candidate.profileId === id);
  if (!row) return undefined;
  const ids = rows
    .filter((candidate) => candidate.provider === row.provider && candidate.profileId)
    .sort((a, b) => (a.tryRank ?? 0) - (b.tryRank ?? 0))
    .map((candidate) => candidate.profileId as string);
  const index = ids.indexOf(id);
  const target = index + direction;
  if (target < 0 || target >= ids.length) return undefined;
  [ids[index], ids[target]] = [ids[target] as string, ids[index] as string];
  return { provider: row.provider, order: ids };
}

/** Countdown text for an expiry: "364d 23h", "5h 12m", "12m 30s", "expired 3d ago". */
export function countdown(row: Pick<DashboardRow, 'state' | 'expiresAt' | 'expiredAt' | 'stateText'>, now: number): string {
  if (row.stateText) return row.stateText;
  if (row.state === 'static' || row.state === 'env') return 'no expiry';
  if (row.state === 'missing') return 'unusable';
  if (row.expiresAt === undefined) return row.expiredAt !== undefined ? `expired ${span(now - row.expiredAt, false)} ago` : row.state;
  const ms = row.expiresAt - now;
  if (ms <= 0) return `expired ${span(-ms, false)} ago`;
  return span(ms, true);
}

function span(ms: number, precise: boolean): string {
  const s = Math.floor(ms / 1000);
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (d > 0) return precise ? `${d}d ${h}h` : `${d}d`;
  if (h > 0) return precise ? `${h}h ${m}m` : `${h}h`;
  return precise ? `${m}m ${s % 60}s` : `${Math.max(m, 1)}m`;
}


/**
 * Milliseconds until any of these rows' countdown text changes: a second while one is under an
 * hour from expiry, a minute while under a day, else an hour. The dashboard sleeps that long
 * instead of redrawing every second.
 */
export function msUntilCountdownChanges(rows: readonly Pick<DashboardRow, 'state' | 'expiresAt'>[], now: number): number {
  let soonest = 3_600_000;
  for (const row of rows) {
    if (row.expiresAt === undefined) continue;
    const remaining = row.expiresAt - now;
    if (remaining <= 0) continue;
    const unit = remaining >= 86_400_000 ? 3_600_000 : remaining >= 3_600_000 ? 60_000 : 1000;
    soonest = Math.min(soonest, (remaining % unit) + 1 || unit);
  }
  return Math.max(soonest, 50);
}
