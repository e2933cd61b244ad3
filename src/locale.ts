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
