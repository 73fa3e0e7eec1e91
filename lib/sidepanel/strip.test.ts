import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mentionContext, nearestTick, percentThrough, stepTick, stripTicks, tickLeft, tickLeftCss } from './strip';

describe('mention strip geometry', () => {
  it('puts one tick per mention, in reading order, at start / length', () => {
    const ticks = stripTicks(
      [
        { start: 500, end: 505 },
        { start: 0, end: 3 },
        { start: 250, end: 260 },
      ],
      1000,
    );
    expect(ticks.map((t) => [t.index, t.start, t.fraction])).toEqual([
      [0, 0, 0],
      [1, 250, 0.25],
      [2, 500, 0.5],
    ]);
  });

  it('clamps out-of-range offsets and survives an empty text', () => {
    expect(stripTicks([{ start: 1200, end: 1205 }], 1000)[0]!.fraction).toBe(1);
    expect(stripTicks([{ start: -4, end: 2 }], 1000)[0]!.fraction).toBe(0);
    expect(stripTicks([{ start: 3, end: 4 }], 0)[0]!.fraction).toBe(0);
  });

  it('keeps every tick inside the bar, the last one flush with its end', () => {
    expect(tickLeft(0, 300, 3)).toBe(0);
    expect(tickLeft(1, 300, 3)).toBe(297);
    expect(tickLeft(0.5, 300, 3)).toBe(148.5);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 12 }), (f, w, t) => {
        const x = tickLeft(f, w, t);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x + t).toBeLessThanOrEqual(Math.max(w, t) + 1e-9);
      }),
    );
  });

  it('expresses the position as a CSS length that needs no measuring', () => {
    expect(tickLeftCss(0, 3)).toBe('calc(0% - 0px)');
    expect(tickLeftCss(0.5, 3)).toBe('calc(50% - 1.5px)');
    expect(tickLeftCss(1, 3)).toBe('calc(100% - 3px)');
  });

  it('finds the tick nearest to a click along the bar', () => {
    const ticks = stripTicks([{ start: 100, end: 101 }, { start: 400, end: 401 }, { start: 900, end: 901 }], 1000);
    expect(nearestTick(ticks, 0)?.start).toBe(100);
    expect(nearestTick(ticks, 0.24)?.start).toBe(100);
    expect(nearestTick(ticks, 0.26)?.start).toBe(400);
    expect(nearestTick(ticks, 0.66)?.start).toBe(900);
    expect(nearestTick(ticks, 1)?.start).toBe(900);
    expect(nearestTick([], 0.5)).toBeUndefined();
  });

  it('moves focus between ticks with arrows, Home and End, and stops at the ends', () => {
    expect(stepTick(0, 5, 'ArrowRight')).toBe(1);
    expect(stepTick(4, 5, 'ArrowRight')).toBe(4);
    expect(stepTick(0, 5, 'ArrowLeft')).toBe(0);
    expect(stepTick(2, 5, 'Home')).toBe(0);
    expect(stepTick(2, 5, 'End')).toBe(4);
    expect(stepTick(2, 5, 'Enter')).toBeNull();
    expect(stepTick(0, 0, 'ArrowRight')).toBeNull();
  });

  it('labels positions in whole percent', () => {
    expect(percentThrough(0.244)).toBe(24);
  });

  it('quotes the words around a mention, cut at word boundaries', () => {
    const text = 'Many had assumed Kim and Putin would meet in Vladisvostok, a Russian city close to the border.';
    const start = text.indexOf('Putin');
    const ctx = mentionContext(text, { start, end: start + 5 }, 20);
    expect(ctx.match).toBe('Putin');
    expect(ctx.before).toBe('…assumed Kim and ');
    expect(ctx.after).toBe(' would meet in…');
    expect(mentionContext('Kim left.', { start: 0, end: 3 })).toEqual({ before: '', match: 'Kim', after: ' left.' });
  });
});
