// Keys typed faster than the terminal is read (over ssh, under load) or pasted arrive as one
// string, which Ink hands over as one unknown "input": "/work", "j\r". Outside a text field each
// character is a key of its own, or every one of them is lost. A lone key, an escape sequence Ink
// has already parsed, and a Ctrl or Meta chord come back as they were.
import type { Key } from 'ink';

export interface ReadKey {
  input: string;
  key: Key;
  /** It came in one read with others: typed fast, or a paste (nothing destructive from such a key). */
  together: boolean;
}

export function keysOfRead(input: string, key: Key): ReadKey[] {
  if (input.length <= 1 || key.ctrl || key.meta) return [{ input, key, together: false }];
  return [...input].map((char) => ({ input: char === '\r' ? '' : char, key: { ...key, return: char === '\r', escape: false }, together: true }));
}

/**
 * More characters in one read than anyone types between two reads, even over a slow ssh line: a
 * paste (a token pasted into a list by mistake). Its letters are not keys: a q inside a token
 * must not quit, a p not open a form.
 */
export function isPaste(input: string, key: Key): boolean {
  return input.length > 8 && !key.ctrl && !key.meta;
}
