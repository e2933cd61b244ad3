// A notice (src/notice.ts) as one marked line, its colour from its level: the dashboard's messages
// and checks, the wizard's key check.
import { Text } from 'ink';
import { noticeLine, type Notice, type NoticeLevel } from '../../src/notice.js';

const COLOURS: Record<NoticeLevel, string | undefined> = { ok: 'green', info: undefined, warn: 'yellow', fail: 'red' };

export function NoticeText({ notice }: { notice: Notice }) {
  return <Text color={COLOURS[notice.level]}>{noticeLine(notice)}</Text>;
}
