import { Text } from 'ink';

/**
 * A URL a terminal can open on click (OSC 8), printed whole: terminals that do not know OSC 8 show
 * the plain text. Ink wraps it at the width; the link escape keeps it one clickable target.
 */
export function Link({ url }: { url: string }) {
  return <Text color="blue">{`\x1b]8;;${url}\x07${url}\x1b]8;;\x07`}</Text>;
}

/** OSC 52: ask the terminal to put text on the system clipboard (most modern terminals, tmux). */
export function clipboardSequence(text: string): string {
  return `\x1b]52;c;${Buffer.from(text).toString('base64')}\x07`;
}
