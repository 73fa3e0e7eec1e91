import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
  it('allows a burst up to the capacity, then refuses until tokens come back', () => {
    let now = 0;
    const limiter = new RateLimiter({ capacity: 3, refillPerSecond: 1 }, () => now);
    expect([1, 2, 3, 4].map(() => limiter.take(7))).toEqual([true, true, true, false]);
    now += 999;
    expect(limiter.take(7)).toBe(false);
    now += 2;
    expect(limiter.take(7)).toBe(true);
  });

  it('keeps one bucket per key: one tab spending its tokens leaves another untouched', () => {
    const limiter = new RateLimiter({ capacity: 1, refillPerSecond: 0.1 }, () => 0);
    expect(limiter.take(1)).toBe(true);
    expect(limiter.take(1)).toBe(false);
    expect(limiter.take(2)).toBe(true);
  });

  it('charges by cost (bytes) and spends nothing on a refusal', () => {
    const limiter = new RateLimiter({ capacity: 10, refillPerSecond: 0 }, () => 0);
    expect(limiter.take('t', 8)).toBe(true);
    expect(limiter.take('t', 5)).toBe(false);
    expect(limiter.take('t', 2)).toBe(true);
    expect(limiter.take('t', 1)).toBe(false);
  });
});
