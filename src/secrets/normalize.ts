// A pasted secret arrives with whatever the terminal added: line breaks where it wrapped a
// 108-character token (OpenClaw's most reported auth bug), spaces, bracketed-paste markers, a CR
// from a Windows clipboard. None of those can be part of a key, so all of them go.
const BRACKETED_PASTE = /\x1b\[20[01]~/g;
// eslint-disable-next-line no-control-regex
const ANSI_SEQUENCE = /\x1b\[[0-9;?]*[ -/]*[@-~]/g;
// Whitespace (including NBSP and other Unicode spaces) and C0/C1 control characters.
// eslint-disable-next-line no-control-regex
const STRAY = /[\s\u0000-\u001f\u007f-\u009f\u200b-\u200d\ufeff]+/g;

export function normalizeSecret(raw: string): string {
  return raw.replace(BRACKETED_PASTE, '').replace(ANSI_SEQUENCE, '').replace(STRAY, '');
}
