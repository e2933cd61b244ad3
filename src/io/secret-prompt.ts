// A hidden prompt for secrets, built on @inquirer/core like @inquirer/password, but safe for the
// way secrets are actually pasted: a 108-character setup-token copied from a terminal that
// hard-wrapped it arrives with line breaks in it, and @inquirer/password submits at the first one,
// losing the rest (OpenClaw's most reported auth bug). Here a line break inside a paste never submits:
//   - bracketed paste (the caller turns it on): Enter between paste-start and paste-end is ignored;
//   - terminals without it: an Enter is acted on only after a short pause; if more characters arrive
//     first, it was part of a paste (no one types a key 15 ms after pressing Enter).
// The value is kept in our own buffer, since readline clears its line at every Enter.
import { createPrompt, isBackspaceKey, isEnterKey, makeTheme, useKeypress, usePrefix, useRef, useState } from '@inquirer/core';
import type { KeypressEvent } from '@inquirer/core';

export interface SecretPromptConfig {
  message: string;
  /** Cleans up what was pasted (whitespace, line breaks) before validation and on submit. */
  normalize: (raw: string) => string;
  validate: (value: string) => string | true;
}

const PASTE_SETTLE_MS = 15;

type Key = KeypressEvent & { sequence?: string };

export const secretPrompt = createPrompt<string, SecretPromptConfig>((config, done) => {
  const theme = makeTheme();
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [error, setError] = useState<string | undefined>(undefined);
  const [shown, setShown] = useState('');
  const committed = useRef(''); // text before line breaks that turned out to be inside a paste
  const current = useRef('');
  const pasting = useRef(false);
  const pendingSubmit = useRef<NodeJS.Timeout | undefined>(undefined);
  const prefix = usePrefix({ status, theme });

  const submit = () => {
    pendingSubmit.current = undefined;
    const answer = config.normalize(current.current);
    const verdict = config.validate(answer);
    if (verdict === true) {
      setStatus('done');
      done(answer);
      return;
    }
    // Start over rather than append the next paste to a wrong value.
    committed.current = '';
    current.current = '';
    setShown('');
    setError(verdict);
  };

  useKeypress((rawKey, rl) => {
    if (status !== 'idle') return;
    const key = rawKey as Key;
    if (key.name === 'paste-start') {
      pasting.current = true;
      return;
    }
    if (key.name === 'paste-end') {
      pasting.current = false;
      return;
    }
    if (isEnterKey(key)) {
      // readline has already emptied rl.line; keep what was there.
      committed.current = current.current;
      if (pasting.current) return;
      clearTimeout(pendingSubmit.current);
      pendingSubmit.current = setTimeout(submit, PASTE_SETTLE_MS);
      return;
    }
    if (pendingSubmit.current) {
      clearTimeout(pendingSubmit.current); // more input right after Enter: it was a paste
      pendingSubmit.current = undefined;
    }
    if (key.ctrl && key.name === 'u') {
      committed.current = '';
      rl.clearLine(0);
    } else if (isBackspaceKey(key) && rl.line === '' && committed.current) {
      committed.current = committed.current.slice(0, -1);
    }
    current.current = committed.current + rl.line;
    setShown(config.normalize(current.current));
    setError(undefined);
  });

  const message = theme.style.message(config.message, status);
  const summary = shown
    ? `[${shown.length} characters, ends …${shown.slice(-4)}]`
    : theme.style.help('[input is hidden; paste, then Enter]');
  const line = [prefix, message, status === 'done' ? theme.style.answer(summary) : summary].join(' ');
  return [line, error ? theme.style.error(error) : ''];
});
