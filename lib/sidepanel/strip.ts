/**
 * Mention-strip geometry (Kindle X-Ray's position bar): a bar the length of the article with one
 * tick per mention at the place the mention starts. Pure functions: no DOM, no browser APIs.
 */

export interface Span {
  start: number;
  end: number;
}

/** One tick: which mention (index into the sorted list), where it starts, and its place along the bar. */
export interface Tick {
  index: number;
  start: number;
  end: number;
  /** 0 at the article's first character, 1 at its end. */
  fraction: number;
}

/**
 * One tick per mention, in reading order. `fraction` is the mention's start over the text length,
 * clamped to [0, 1]; an empty text puts every tick at 0.
 */
export function stripTicks(mentions: readonly Span[], textLength: number): Tick[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.map((m, index) => ({
    index,
    start: m.start,
    end: m.end,
    fraction: textLength > 0 ? Math.min(1, Math.max(0, m.start / textLength)) : 0,
  }));
}

/**
 * A tick's left edge in a bar `width` wide when ticks are `tickWidth` wide: the last character's
 * tick ends flush with the bar's end instead of overflowing it.
 */
export function tickLeft(fraction: number, width: number, tickWidth: number): number {
  return Math.max(0, fraction * Math.max(0, width - tickWidth));
}

/** The same position as a CSS length, so the bar reflows with the panel's width without measuring. */
export function tickLeftCss(fraction: number, tickWidth: number): string {
  const pct = Math.round(fraction * 10_000) / 100;
  const px = Math.round(fraction * tickWidth * 100) / 100;
  return `calc(${pct}% - ${px}px)`;
}

/** The tick nearest to a point along the bar (a click between ticks lands on the closest mention). */
export function nearestTick(ticks: readonly Tick[], fraction: number): Tick | undefined {
  if (ticks.length === 0) return undefined;
  let lo = 0;
  let hi = ticks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ticks[mid]!.fraction < fraction) lo = mid + 1;
    else hi = mid;
  }
  const after = ticks[lo]!;
  const before = ticks[lo - 1];
  return before && fraction - before.fraction <= after.fraction - fraction ? before : after;
}

/** Which tick a key moves to from `current` (roving focus inside a strip); null for other keys. */
export function stepTick(current: number, count: number, key: string): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(count - 1, current + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** Percentage through the article, for labels ("24% through the article"). */
export function percentThrough(fraction: number): number {
  return Math.round(fraction * 100);
}

/** The words around a mention, for a tick's label: at most `radius` characters each side, cut at word boundaries. */
export function mentionContext(text: string, span: Span, radius = 48): { before: string; match: string; after: string } {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  const clean = (s: string) => s.replace(/\s+/g, ' ');
  return {
    before: (from > 0 ? '…' : '') + clean(text.slice(from, start)).trimStart(),
    match: clean(text.slice(start, end)),
    after: clean(text.slice(end, to)).trimEnd() + (to < text.length ? '…' : ''),
  };
}
