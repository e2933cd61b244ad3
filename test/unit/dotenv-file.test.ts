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
    const edited = editDotenvText(original, 'ANTHROPIC_API_KEY', fakeApiKey(), parse);
    expect(edited).toBe(original.replace('export ANTHROPIC_API_KEY="sk-ant-api03-old"', `export ANTHROPIC_API_KEY=${fakeApiKey()}`));
  });

  it('appends a new key at the end with a final newline', () => {
    expect(editDotenvText('A=1', 'B', '2', parse)).toBe('A=1\nB=2\n');
    expect(editDotenvText('', 'B', '2', parse)).toBe('B=2\n');
  });

  it('replaces a multi-line quoted value whole', () => {
    const edited = editDotenvText(original, 'MULTI', 'single', parse);
    expect(parse(edited)).toMatchObject({ MULTI: 'single', TELEGRAM_BOT_TOKEN: '123:abc', OPENAI_API_KEY: 'sk-proj-old' });
    expect(edited).not.toContain('line two');
  });

  it('removes a key when the value is undefined', () => {
    expect(parse(editDotenvText(original, 'OPENAI_API_KEY', undefined, parse))).not.toHaveProperty('OPENAI_API_KEY');
  });

  it('keeps CRLF files CRLF', () => {
    expect(editDotenvText('A=1\r\nB=2\r\n', 'A', '3', parse)).toBe('A=3\r\nB=2\r\n');
  });

  it.each(['line\nbreak', 'carriage\rreturn', 'nul\u0000byte'])('refuses a value with a newline or NUL (%j)', (value) => {
    expect(() => editDotenvText('', 'K', value, parse)).toThrow(/line break or NUL/);
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

  it('.env edits keep every other variable after a line with an unterminated quote', () => {
    // dotenv itself reads this as three variables (the lone quote is part of the first value).
    const text = 'ANTHROPIC_API_KEY="old\nOPENAI_API_KEY=sk-proj-keep\nFOO="bar"\n';
    const edited = editDotenvText(text, 'ANTHROPIC_API_KEY', fakeApiKey(), parse);
    expect(edited).toBe(`ANTHROPIC_API_KEY=${fakeApiKey()}\nOPENAI_API_KEY=sk-proj-keep\nFOO="bar"\n`);
    expect(parse(edited)).toEqual({ ANTHROPIC_API_KEY: fakeApiKey(), OPENAI_API_KEY: 'sk-proj-keep', FOO: 'bar' });
  });

  it('.env edits refuse, naming the line, where an open quote makes dotenv read other assignments as part of the value', () => {
    // dotenv reads up to the next quote that ends a line: here OPENAI_API_KEY and FOO become part of the value.
    const text = 'ANTHROPIC_API_KEY="old\nOPENAI_API_KEY=sk-proj-keep\nFOO=bar"\n';
    expect(parse(text)).toEqual({ ANTHROPIC_API_KEY: 'old\nOPENAI_API_KEY=sk-proj-keep\nFOO=bar' });
    expect(() => editDotenvText(text, 'ANTHROPIC_API_KEY', fakeApiKey(), parse)).toThrow(/^line 1: the quote that opens ANTHROPIC_API_KEY's value is not closed on that line, so dotenv reads up to line 3 \(including "OPENAI_API_KEY=…" on line 2\)/);
  });

  it('.env edits leave a matching line inside another variable\'s multi-line quoted value alone', () => {
    const text = 'CERT="-----BEGIN-----\nANTHROPIC_API_KEY=not-a-variable\n-----END-----"\nANTHROPIC_API_KEY=old\n';
    const edited = editDotenvText(text, 'ANTHROPIC_API_KEY', fakeApiKey(), parse);
    expect(edited).toBe(`CERT="-----BEGIN-----\nANTHROPIC_API_KEY=not-a-variable\n-----END-----"\nANTHROPIC_API_KEY=${fakeApiKey()}\n`);
    expect(parse(edited).CERT).toBe(parse(text).CERT);
  });

  it('setDotenvValue refuses an ambiguous file with its path and writes nothing', async () => {
    const home = makeTempHome();
    const text = 'ANTHROPIC_API_KEY="old\nOPENAI_API_KEY=sk-proj-keep\nFOO=bar"\n';
    home.writeFile(home.dotenvPath, text);
    await expect(setDotenvValue(home.dotenvPath, 'ANTHROPIC_API_KEY', fakeApiKey())).rejects.toThrow(`${home.dotenvPath} line 1:`);
    expect(readFileSync(home.dotenvPath, 'utf8')).toBe(text);
  });
});
