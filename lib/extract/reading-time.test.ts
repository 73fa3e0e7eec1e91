import { describe, expect, it } from 'vitest';
import { formatReadingTime, readingSpeedFor, readingTime } from './reading-time';

describe('reading time (Firefox Reader View rates)', () => {
  it('uses the per-language characters per minute', () => {
    expect(readingSpeedFor('en')).toEqual({ cpm: 987, variance: 118 });
    expect(readingSpeedFor('zh')).toEqual({ cpm: 255, variance: 29 });
    // Japanese as pages tag it (Firefox's own table has it under `jw`, which no page uses).
    expect(readingSpeedFor('ja-JP')).toEqual({ cpm: 357, variance: 56 });
  });

  it('reduces regional tags to the language and falls back to English', () => {
    expect(readingSpeedFor('pt-BR')).toEqual(readingSpeedFor('pt'));
    expect(readingSpeedFor('DE_at')).toEqual(readingSpeedFor('de'));
    expect(readingSpeedFor('xx')).toEqual(readingSpeedFor('en'));
    expect(readingSpeedFor(null)).toEqual(readingSpeedFor('en'));
  });

  it('a page whose lang names an Object.prototype member ("constructor") reads at the English rate', () => {
    expect(readingSpeedFor('constructor')).toEqual(readingSpeedFor('en'));
    expect(readingSpeedFor('__proto__')).toEqual(readingSpeedFor('en'));
  });

  it('computes fast and slow minutes as Firefox does (Math.ceil of length / (cpm ± variance))', () => {
    // 2,400 English characters: 2400/1105 = 2.17 -> 3, 2400/869 = 2.76 -> 3
    expect(readingTime(2400, 'en')).toEqual({ fast: 3, slow: 3 });
    // 5,000: 4.52 -> 5, 5.75 -> 6
    expect(readingTime(5000, 'en-US')).toEqual({ fast: 5, slow: 6 });
    // Chinese reads far fewer characters per minute.
    expect(readingTime(1000, 'zh-Hans')).toEqual({ fast: 4, slow: 5 });
    expect(readingTime(0, 'en')).toEqual({ fast: 0, slow: 0 });
  });

  it('formats a range, a single value, or under a minute', () => {
    expect(formatReadingTime({ fast: 5, slow: 6 })).toBe('5–6 min');
    expect(formatReadingTime({ fast: 3, slow: 3 })).toBe('3 min');
    expect(formatReadingTime({ fast: 1, slow: 1 })).toBe('1 min');
    expect(formatReadingTime({ fast: 0, slow: 0 })).toBe('Under a minute');
  });
});
