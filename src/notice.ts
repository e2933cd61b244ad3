// A one-line outcome (the dashboard's after an action or a check, a key check's verdict): its level
// as data (the UI picks the mark, the colour and how long it stays), never read back out of the text.
export type NoticeLevel = 'ok' | 'info' | 'warn' | 'fail';

export interface Notice {
  level: NoticeLevel;
  text: string;
}

const MARKS: Record<NoticeLevel, string> = { ok: '✓ ', info: '', warn: '! ', fail: '✗ ' };

export const ok = (text: string): Notice => ({ level: 'ok', text });
export const info = (text: string): Notice => ({ level: 'info', text });
export const warn = (text: string): Notice => ({ level: 'warn', text });
export const fail = (text: string): Notice => ({ level: 'fail', text });

/** The notice as one line, marked as every line of ours is (✓, !, ✗). */
export function noticeLine(notice: Notice): string {
  return `${MARKS[notice.level]}${notice.text}`;
}

/** A failed action's notice: the error's own message, never a stack. */
export function failure(error: unknown): Notice {
  return fail(error instanceof Error ? error.message : String(error));
}
