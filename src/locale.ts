// The user's locale, as POSIX programs read it: LC_ALL, then the category's own variable, then LANG
// (`tr_TR.UTF-8` → `tr-TR`). "C"/"POSIX" and unset mean none: JavaScript's own root behaviour.
import type { Env } from './paths.js';

export function userLocale(env: Env, category: 'LC_CTYPE' | 'LC_TIME' = 'LC_CTYPE'): string | undefined {
  const raw = env.LC_ALL || env[category] || env.LANG;
  if (!raw) return undefined;
  const tag = raw.split(/[.@]/)[0]?.replace(/_/g, '-');
  if (!tag || tag === 'C' || tag === 'POSIX') return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * A date (and, under two days away, the time) for a person at a terminal: in their locale
 * (LC_ALL/LC_TIME/LANG) with their time zone, as `date` shows it. ISO (UTC) when no locale is set,
 * when not on a terminal (scripts, logs), and always in --json.
 */
export function formatWhen(ms: number, options: { env: Env; terminal: boolean; withTime: boolean }): string {
  const locale = options.terminal ? userLocale(options.env, 'LC_TIME') : undefined;
  if (!locale) {
    const iso = new Date(ms).toISOString();
    return options.withTime ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : iso.slice(0, 10);
  }
  try {
    return new Intl.DateTimeFormat(locale, options.withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' }).format(ms);
  } catch {
    return new Date(ms).toISOString().slice(0, 10);
  }
}

/**
 * A clock (HH:MM:SS) in the user's locale, for a screen that redraws it every second: the locale is
 * read and the formatter built once, not at each tick.
 */
export function clockFormat(env: Env): (ms: number) => string {
  const plain = (ms: number) => new Date(ms).toTimeString().slice(0, 8);
  const locale = userLocale(env, 'LC_TIME');
  if (!locale) return plain;
  try {
    const format = new Intl.DateTimeFormat(locale, { timeStyle: 'medium' });
    return (ms) => format.format(ms);
  } catch {
    return plain;
  }
}
