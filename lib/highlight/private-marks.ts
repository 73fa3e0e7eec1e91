/**
 * Private marks: the underlines of names the reader made or looked up, drawn inside Backstory's
 * closed shadow root instead of `CSS.highlights`, which every page script can read (a page could
 * write "Jane Doe" into its text and see whether Backstory marks it). Each mention's client
 * rectangles become thin boxes in a fixed, click-through layer, redrawn (once per frame at most)
 * when the page scrolls, resizes or reflows, which is followed only while something is marked. The
 * page sees none of it: the layer lives in the closed root, and `pointer-events: none` keeps it out
 * of `elementFromPoint`.
 */

/** A mention to mark: its live range and its group (the colour). */
export interface PrivateMark {
  range: Range;
  group: string;
}

/** Viewport boxes of an underline under each of `rects` (empty rectangles dropped). */
export function underlineBoxes(rects: Iterable<{ left: number; bottom: number; width: number; height: number }>, thickness = 2): Array<{ x: number; y: number; w: number; h: number }> {
  const out: Array<{ x: number; y: number; w: number; h: number }> = [];
  for (const r of rects) {
    if (r.width <= 0 || r.height <= 0) continue;
    out.push({ x: r.left, y: r.bottom - thickness, w: r.width, h: thickness });
  }
  return out;
}

/** Marks past this many are not drawn (no real article names this many of the reader's own entries). */
export const MAX_PRIVATE_MARKS = 2_000;

/** Draws private marks into `container` (inside the closed shadow root) and keeps them in place. */
export class PrivateMarks {
  private marks: PrivateMark[] = [];
  private active: Range | null = null;
  private frame = 0;
  /**
   * The scroll, resize and reflow watchers, only while there is something to keep in place: most
   * pages have no private name, and a page's scrolling should cost nothing there.
   */
  private watching: { listeners: AbortController; resize: ResizeObserver | null } | null = null;

  constructor(private readonly container: HTMLElement) {}

  /** Replaces the marked mentions. */
  set(marks: readonly PrivateMark[]): void {
    this.marks = marks.slice(0, MAX_PRIVATE_MARKS);
    this.changed();
  }

  /** Tints the mention whose card is open (a private one), or none. */
  setActive(range: Range | null): void {
    this.active = range;
    this.changed();
  }

  /** Whether scrolling, resizing and reflow are being followed (something is marked), for tests. */
  get following(): boolean {
    return this.watching !== null;
  }

  /** Follows the page while anything is marked, stops when nothing is, and redraws (clearing the old marks) once. */
  private changed(): void {
    if (this.marks.length > 0 || this.active) this.follow();
    else this.unfollow();
    this.schedule();
  }

  private follow(): void {
    if (this.watching) return;
    const redraw = (event?: Event) => {
      if (event && !event.isTrusted) return;
      this.schedule();
    };
    const listeners = new AbortController();
    const opts = { capture: true, passive: true, signal: listeners.signal } as const;
    window.addEventListener('scroll', redraw, opts);
    window.addEventListener('resize', redraw, opts);
    // Reflow: the article's box changes size when fonts load, images arrive or text is inserted.
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(() => this.schedule()) : null;
    if (document.body) resize?.observe(document.body);
    this.watching = { listeners, resize };
  }

  private unfollow(): void {
    this.watching?.listeners.abort();
    this.watching?.resize?.disconnect();
    this.watching = null;
  }

  /** Draws now (tests, and the first paint after an analysis). */
  draw(): void {
    this.frame = 0;
    const doc = this.container.ownerDocument;
    const parts: HTMLElement[] = [];
    const vh = innerHeight;
    const vw = innerWidth;
    const box = (cls: string, b: { x: number; y: number; w: number; h: number }) => {
      if (b.y + b.h < 0 || b.y > vh || b.x + b.w < 0 || b.x > vw) return;
      const el = doc.createElement('div');
      el.className = cls;
      el.style.cssText = `transform:translate(${b.x}px,${b.y}px);width:${b.w}px;height:${b.h}px`;
      parts.push(el);
    };
    for (const m of this.marks) {
      if (!m.range.startContainer.isConnected) continue;
      for (const b of underlineBoxes(m.range.getClientRects())) box(`bs-mark bs-mark-${m.group}`, b);
    }
    if (this.active?.startContainer.isConnected) {
      for (const r of this.active.getClientRects()) if (r.width > 0) box('bs-mark-active', { x: r.left, y: r.top, w: r.width, h: r.height });
    }
    this.container.replaceChildren(...parts);
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => this.draw());
  }

  /** Removes every mark and listener. */
  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.unfollow();
    this.container.replaceChildren();
  }
}
