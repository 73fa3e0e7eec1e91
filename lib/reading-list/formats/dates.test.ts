import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chromeTimeToMs, isAbsent, MAX_DATE_MS, safeIso, toEpochMs, toSavedMs } from './dates';

const AT = Date.parse('2023-09-12T06:34:00Z');

describe('dates in import files', () => {
  it.each([
    ['seconds', 1694500440, AT],
    ['seconds as a string', '1694500440', AT],
    ['milliseconds', 1694500440000, AT],
    ['microseconds (linkding’s ADD_DATE, Firefox’s dateAdded)', 1694500440000000, AT],
    ['microseconds as a string', '1694500440000000', AT],
    ['an ISO string', '2023-09-12T06:34:00Z', AT],
    ['an ISO string with an offset', '2023-09-12T08:34:00+02:00', AT],
    ['Wallabag’s offset without a colon', '2023-09-12T08:34:00+0200', AT],
    ['a space instead of the T (UTC offset given)', '2023-09-12 06:34:00Z', AT],
  ])('reads %s', (_, value, expected) => {
    expect(toEpochMs(value)).toBe(expected);
  });

  it('a microsecond ADD_DATE is no longer the year 53189', () => {
    const ms = toSavedMs('1694500440123456')!;
    expect(new Date(ms).getUTCFullYear()).toBe(2023);
  });

  it.each([
    ['1e300', 1e300],
    ['a year past 2100', Date.UTC(2150, 0, 1)],
    ['nanoseconds', 1694500440000000000],
    ['zero', 0],
    ['negative', -5],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['not a date', 'yesterday'],
    ['an object', { a: 1 }],
  ])('refuses %s', (_, value) => {
    expect(toEpochMs(value)).toBeNull();
  });

  it('a saved date must be from 1990 on; a published date may be older', () => {
    expect(toSavedMs('1985-06-01T00:00:00Z')).toBeNull();
    expect(toEpochMs('1985-06-01T00:00:00Z')).toBe(Date.parse('1985-06-01T00:00:00Z'));
    expect(toEpochMs('1700-01-01T00:00:00Z')).toBeNull();
  });

  it('absent is not invalid', () => {
    for (const v of [null, undefined, '', '  ']) expect(isAbsent(v)).toBe(true);
    expect(isAbsent('0')).toBe(false);
  });

  it('reads Chrome’s microseconds since 1601', () => {
    expect(chromeTimeToMs('13338974040000000')).toBe(AT);
    expect(chromeTimeToMs('0')).toBeNull();
    expect(chromeTimeToMs('not a number')).toBeNull();
  });

  it('any number gives a date in range or null, never a date that cannot be shown', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.string()), (value) => {
        const ms = toEpochMs(value);
        if (ms !== null) {
          expect(ms).toBeLessThanOrEqual(MAX_DATE_MS);
          expect(() => new Date(ms).toISOString()).not.toThrow();
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('safeIso never throws', () => {
    expect(safeIso(1e300)).toBeNull();
    expect(safeIso(Number.NaN)).toBeNull();
    expect(safeIso(null)).toBeNull();
    expect(safeIso(AT)).toBe('2023-09-12T06:34:00.000Z');
  });
});
