import { describe, expect, it } from 'vitest';
import { eventually } from './eventually';

describe('eventually', () => {
  it('returns the first accepted value', async () => {
    let n = 0;
    expect(await eventually(() => ++n, (v) => v >= 3, { interval: 1 })).toBe(3);
  });

  it('fails with the last value it saw, so a failed wait says what was there', async () => {
    await expect(eventually(() => ['Alpha', 'Beta'], (titles) => titles.length === 1, { timeout: 30, interval: 5, what: 'one title' })).rejects.toThrow(
      'one title not met within 30 ms; last seen: ["Alpha","Beta"]',
    );
  });

  it('reports the error of a read that keeps failing', async () => {
    await expect(eventually(() => Promise.reject(new Error('no tab')), undefined, { timeout: 20, interval: 5 })).rejects.toThrow('last seen: an error: no tab');
  });
});
