import { UsageError } from './errors.js';

export const DAY_MS = 86_400_000;

const UNIT_MS: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
  y: 365 * 86_400_000,
};

/** OpenClaw's duration grammar: a number with an optional unit, days when none (`30` = 30d). */
export function parseDuration(raw: string, defaultUnit: keyof typeof UNIT_MS = 'd'): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w|y)?\s*$/i.exec(raw);
  const amount = match ? Number(match[1]) : NaN;
  const unit = (match?.[2] ?? defaultUnit).toLowerCase();
  const factor = UNIT_MS[unit];
  const ms = Math.round(amount * factor!);
  if (!match || factor === undefined || !(amount > 0) || !Number.isFinite(ms) || ms < 1) {
    throw new UsageError(`invalid duration: ${raw} (use e.g. 365d, 12h, 30m)`);
  }
  return ms;
}

/** A token's lifetime: long enough to be of use, short enough to be a date (checked before any write). */
export const MIN_EXPIRES_MS = 60_000;
export const MAX_EXPIRES_MS = 100 * UNIT_MS.y!;

export function parseExpiresIn(raw: string, flag = '--expires-in'): number {
  const ms = parseDuration(raw);
  if (ms < MIN_EXPIRES_MS) throw new UsageError(`${flag} ${raw} would store a token that has already expired: use at least 1m (a setup-token lives 365d)`);
  if (ms > MAX_EXPIRES_MS) throw new UsageError(`${flag} ${raw} is too far ahead: use at most 100y (a setup-token lives 365d)`);
  return ms;
}

/** OpenClaw's formatRemainingShort: minutes under an hour, hours under two days, then days. */
export function formatRemainingShort(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.round(ms / 3_600_000);
  if (hours < 48) return `${hours}h`;
  return `${Math.round(ms / 86_400_000)}d`;
}
