import { describe, expect, it } from 'vitest';
import { formatRemainingShort, parseDuration } from '../../src/duration.js';

describe('parseDuration (OpenClaw grammar, days by default)', () => {
  it.each([
    ['365d', 365 * 86_400_000],
    ['30', 30 * 86_400_000],
    ['12h', 12 * 3_600_000],
    ['30m', 30 * 60_000],
    ['1w', 7 * 86_400_000],
    ['1.5h', 90 * 60_000],
  ])('%s', (input, ms) => expect(parseDuration(input)).toBe(ms));

  it.each(['bogus', '', '-1d', '0', '5x'])('rejects %j with an example', (input) => {
    expect(() => parseDuration(input)).toThrow(/invalid duration.*365d, 12h, 30m/);
  });
});

describe('formatRemainingShort', () => {
  it.each([
    [30_000, '1m'],
    [59 * 60_000, '59m'],
    [60 * 60_000, '1h'],
    [47 * 3_600_000, '47h'],
    [48 * 3_600_000, '2d'],
    [365 * 86_400_000, '365d'],
  ])('%d ms → %s', (ms, text) => expect(formatRemainingShort(ms)).toBe(text));
});
