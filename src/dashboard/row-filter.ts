// The dashboard's `/` filter: a case-insensitive substring match that folds case the way the user's
// locale does, and folds the Turkish i's together (İ i ı I), so `/iş` and `/İŞ` find `anthropic:İş`
// under tr_TR and under any other locale (JavaScript lower-cases İ to i + U+0307 outside Turkish).
import type { DashboardRow } from './dashboard-rows.js';

export function foldForSearch(text: string, locale?: string): string {
  let lower: string;
  try {
    lower = text.toLocaleLowerCase(locale);
  } catch {
    lower = text.toLowerCase();
  }
  return lower.normalize('NFC').replace(/i\u0307/g, 'i').replace(/ı/g, 'i');
}

export function filterRows(all: readonly DashboardRow[], filter: string, locale?: string): readonly DashboardRow[] {
  const needle = foldForSearch(filter, locale);
  return needle ? all.filter((row) => foldForSearch(`${row.profileId ?? ''} ${row.provider}`, locale).includes(needle)) : all;
}
