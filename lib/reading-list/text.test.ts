import { describe, expect, it } from 'vitest';
import { readingSpeedFor } from '../extract/reading-time';
import { readingTime } from './text';

describe('a saved article’s reading time', () => {
  it('reads Japanese at the Japanese rate, as the side panel does (not 2.8 times faster at the English one)', () => {
    const japanese = 'あ'.repeat(3570);
    expect(readingTime(japanese, 'ja')).toBe(10); // 3,570 / 357 characters a minute
    expect(readingTime(japanese, 'ja')).toBe(Math.round(3570 / readingSpeedFor('ja').cpm));
    expect(readingTime('x'.repeat(3570), 'en')).toBe(4);
  });

  it('is at least a minute for any text and zero for none', () => {
    expect(readingTime('Kim met Putin.', 'en')).toBe(1);
    expect(readingTime('   ', 'en')).toBe(0);
  });
});
