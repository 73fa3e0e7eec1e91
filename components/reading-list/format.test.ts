import { describe, expect, it } from 'vitest';
import { formatDate } from './format';

describe('formatDate', () => {
  it('shows a date, and nothing (never "Invalid Date", never a throw) for a number that is no date', () => {
    expect(formatDate(Date.UTC(2023, 8, 12))).toMatch(/2023/);
    for (const bad of [1e300, -1e300, Number.NaN, Number.POSITIVE_INFINITY, null, undefined]) expect(formatDate(bad)).toBe('');
  });
});
