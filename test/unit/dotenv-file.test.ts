import { readFileSync } from 'node:fs';
import { parse } from 'dotenv';
import { describe, expect, it } from 'vitest';
import { editDotenvText, quoteDotenvValue, readDotenv, setDotenvValue } from '../../src/store/dotenv-file.js';
import { fakeApiKey, makeTempHome } from '../helpers/temp-home.js';

const original = [
  '# OpenClaw gateway environment',
  'OPENAI_API_KEY=sk-proj-old',
  '',
  '  # keep this comment',
  'export ANTHROPIC_API_KEY="sk-ant-api03-old"',
  'MULTI="line one',
  'line two"',
  'TELEGRAM_BOT_TOKEN=123:abc',
  '',
].join('\n');

describe('.env editing', () => {
  it('replaces a key in place, keeping every other line, comment, blank line and export', () => {
    const edited = editDotenvText(original, 'ANTHROPIC_API_KEY', fakeApiKey());
    expect(edited).toBe(original.replace('export ANTHROPIC_API_KEY="sk-ant-api03-old"', `export ANTHROPIC_API_KEY=${fakeApiKey()}`));
  });

  it('appends a new key at the end with a final newline', () => {
    expect(editDotenvText('A=1', 'B', '2')).toBe('A=1\nB=2\n');
    expect(editDotenvText('', 'B', '2')).toBe('B=2\n');
  });

  it('replaces a multi-line quoted value whole', () => {
    const edited = editDotenvText(original, 'MULTI', 'single');
    expect(parse(edited)).toMatchObject({ MULTI: 'single', TELEGRAM_BOT_TOKEN: '123:abc', OPENAI_API_KEY: 'sk-proj-old' });
    expect(edited).not.toContain('line two');
  });

  it('removes a key when the value is undefined', () => {
    expect(parse(editDotenvText(original, 'OPENAI_API_KEY', undefined))).not.toHaveProperty('OPENAI_API_KEY');
  });

  it('keeps CRLF files CRLF', () => {
    expect(editDotenvText('A=1\r\nB=2\r\n', 'A', '3')).toBe('A=3\r\nB=2\r\n');
  });

  it.each(['line\nbreak', 'carriage\rreturn', 'nul\u0000byte'])('refuses a value with a newline or NUL (%j)', (value) => {
    expect(() => editDotenvText('', 'K', value)).toThrow(/line break or NUL/);
  });

  it.each(['plain', 'has space', 'hash # inside', "single'quote", 'double"quote', 'back\\slash', 'both\'and"', ''])(
    'quotes %j so dotenv reads it back unchanged',
    (value) => {
      expect(parse(`K=${quoteDotenvValue(value)}\n`).K).toBe(value);
    },
  );

  it('writes the file 0600 under the lock and reads values back', async () => {
    const home = makeTempHome();
    home.writeFile(home.dotenvPath, original);
    await setDotenvValue(home.dotenvPath, 'ANTHROPIC_API_KEY', fakeApiKey());
    expect(home.mode(home.dotenvPath)).toBe(0o600);
    expect((await readDotenv(home.dotenvPath)).values.ANTHROPIC_API_KEY).toBe(fakeApiKey());
    expect(readFileSync(home.dotenvPath, 'utf8')).toContain('  # keep this comment');
  });
});
