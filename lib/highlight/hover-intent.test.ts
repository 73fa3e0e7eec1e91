import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_HOVER_TIMINGS, HoverIntent } from './hover-intent';

describe('HoverIntent', () => {
  let shown: string[];
  let hidden: number;
  let intent: HoverIntent<string>;
  beforeEach(() => {
    vi.useFakeTimers();
    shown = [];
    hidden = 0;
    intent = new HoverIntent<string>({ show: (t) => shown.push(t), hide: () => hidden++ });
  });
  afterEach(() => vi.useRealTimers());
  const { showDelayMs, graceMs } = DEFAULT_HOVER_TIMINGS;

  it('opens nothing before the pointer has rested, then opens after the delay', () => {
    intent.move(10, 10, 'A');
    vi.advanceTimersByTime(150);
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(showDelayMs - 150);
    expect(shown).toEqual(['A']);
  });

  it('opens nothing while the pointer sweeps across mentions', () => {
    for (let i = 0; i < 30; i++) {
      intent.move(10 + i * 20, 10, i % 2 ? 'A' : 'B');
      vi.advanceTimersByTime(40);
    }
    expect(shown).toEqual([]);
  });

  it('treats jitter of a few pixels as rest', () => {
    intent.move(10, 10, 'A');
    for (let i = 0; i < 8; i++) {
      vi.advanceTimersByTime(50);
      intent.move(10 + (i % 2), 10, 'A');
    }
    expect(shown).toEqual(['A']);
  });

  it('keeps the card for the grace period after leaving, so it can be entered', () => {
    intent.move(10, 10, 'A');
    vi.advanceTimersByTime(showDelayMs);
    intent.move(10, 40, null);
    vi.advanceTimersByTime(graceMs - 50);
    expect(hidden).toBe(0);
    intent.enterCard();
    vi.advanceTimersByTime(1000);
    expect(hidden).toBe(0);
    intent.leave();
    vi.advanceTimersByTime(graceMs);
    expect(hidden).toBe(1);
  });

  it('closes after the grace period when the pointer leaves', () => {
    intent.move(10, 10, 'A');
    vi.advanceTimersByTime(showDelayMs);
    intent.leave();
    vi.advanceTimersByTime(graceMs - 1);
    expect(hidden).toBe(0);
    vi.advanceTimersByTime(1);
    expect(hidden).toBe(1);
  });

  it('a pinned card stays until closed; close reports whether one was open', () => {
    intent.move(10, 10, 'A');
    vi.advanceTimersByTime(showDelayMs);
    intent.setPinned(true);
    intent.leave();
    vi.advanceTimersByTime(5000);
    expect(hidden).toBe(0);
    expect(intent.close()).toBe(true);
    expect(hidden).toBe(1);
    expect(intent.close()).toBe(false);
  });

  it('open() shows a card at once, for the keyboard', () => {
    intent.open('B');
    expect(shown).toEqual(['B']);
    expect(intent.current).toBe('B');
  });
  it('keeps a pending rest across a re-analysis: the successor opens when the rest completes', () => {
    intent.move(10, 10, 'A');
    vi.advanceTimersByTime(showDelayMs - 100);
    intent.retarget((t) => `${t}2`);
    vi.advanceTimersByTime(100);
    expect(shown).toEqual(['A2']);
    expect(intent.current).toBe('A2');
  });

  it('keeps an open card on its successor, and closes it when its mention is gone', () => {
    intent.move(10, 10, 'A');
    vi.advanceTimersByTime(showDelayMs);
    intent.retarget((t) => `${t}2`);
    expect(intent.current).toBe('A2');
    expect(hidden).toBe(0);
    // The pointer still rests on the successor: nothing closes or reopens.
    intent.move(10, 10, 'A2');
    vi.advanceTimersByTime(graceMs + showDelayMs);
    expect(shown).toEqual(['A']);
    expect(hidden).toBe(0);
    intent.retarget(() => null);
    expect(intent.current).toBeNull();
    expect(hidden).toBe(1);
  });

  it('drops a pending rest whose mention is gone after a re-analysis', () => {
    intent.move(10, 10, 'A');
    intent.retarget(() => null);
    vi.advanceTimersByTime(showDelayMs * 2);
    expect(shown).toEqual([]);
  });
});
