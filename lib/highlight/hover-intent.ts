/**
 * Hover intent, with Wikipedia Page Previews' timings: a card opens only after the pointer has
 * rested on a mention, stays a moment after the pointer leaves so it can be entered, and a pointer
 * sweeping across the text opens nothing. Pure logic with injectable timers, so it is unit-tested
 * without a browser.
 */

export interface HoverTimings {
  /** Pointer rest before the card opens (measured from the last real movement). */
  showDelayMs: number;
  /** How long the card stays after the pointer leaves the mention and the card. */
  graceMs: number;
  /** Movement under this many pixels is jitter, not movement. */
  jitterPx: number;
}

/** Page Previews: the card appears ~400-500 ms after dwell begins and lingers 300 ms. */
export const DEFAULT_HOVER_TIMINGS: HoverTimings = { showDelayMs: 400, graceMs: 300, jitterPx: 4 };

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export interface HoverIntentCallbacks<T> {
  show(target: T): void;
  hide(): void;
}

/** Tracks the pointer and decides when a target's card opens and closes. */
export class HoverIntent<T> {
  private pending: T | null = null;
  private shown: T | null = null;
  private pinned = false;
  private inCard = false;
  private anchor: { x: number; y: number } | null = null;
  private showTimer: unknown = null;
  private hideTimer: unknown = null;

  constructor(
    private readonly callbacks: HoverIntentCallbacks<T>,
    private readonly timings: HoverTimings = DEFAULT_HOVER_TIMINGS,
    private readonly timers: Timers = realTimers,
  ) {}

  /** The pointer moved to (x, y) over `target` (null: over no mention). */
  move(x: number, y: number, target: T | null): void {
    this.inCard = false;
    const moved = !this.anchor || Math.hypot(x - this.anchor.x, y - this.anchor.y) > this.timings.jitterPx;
    if (moved) this.anchor = { x, y };

    if (target === null) {
      this.cancelShow();
      this.pending = null;
      this.scheduleHide();
      return;
    }
    if (target === this.shown) {
      this.cancelHide();
      this.cancelShow();
      this.pending = null;
      return;
    }
    if (this.shown !== null) this.scheduleHide();
    if (target !== this.pending || moved) {
      // A new target, or real movement over the same one: the rest starts again.
      this.pending = target;
      this.restartShow();
    }
  }

  /** The pointer is over the card. */
  enterCard(): void {
    this.inCard = true;
    this.cancelShow();
    this.pending = null;
    this.cancelHide();
  }

  /** The pointer left the page or the card for somewhere that is not a mention. */
  leave(): void {
    this.inCard = false;
    this.cancelShow();
    this.pending = null;
    this.scheduleHide();
  }

  /** Opens a card at once (keyboard), replacing any other. */
  open(target: T): void {
    this.cancelShow();
    this.cancelHide();
    this.pending = null;
    this.shown = target;
    this.callbacks.show(target);
  }

  /** Keeps the card open until closed explicitly. */
  setPinned(pinned: boolean): void {
    this.pinned = pinned;
    if (pinned) this.cancelHide();
  }

  get isPinned(): boolean {
    return this.pinned;
  }

  get current(): T | null {
    return this.shown;
  }

  /** Closes the card now (Escape, close button). Returns whether a card was open. */
  close(): boolean {
    this.cancelShow();
    this.cancelHide();
    this.pending = null;
    this.pinned = false;
    if (this.shown === null) return false;
    this.shown = null;
    this.callbacks.hide();
    return true;
  }

  /**
   * The targets were replaced by equivalent ones (the page was analysed again): `map` gives each
   * target's successor, or null when it is gone. A pending rest keeps its timer and an open card
   * stays open on its successor; a card whose mention is gone closes.
   */
  retarget(map: (target: T) => T | null): void {
    if (this.pending !== null) {
      this.pending = map(this.pending);
      if (this.pending === null) this.cancelShow();
    }
    if (this.shown === null) return;
    const next = map(this.shown);
    if (next !== null) {
      this.shown = next;
      return;
    }
    this.cancelHide();
    this.pinned = false;
    this.shown = null;
    this.callbacks.hide();
  }

  /** Stops every timer; used on teardown. */
  dispose(): void {
    this.cancelShow();
    this.cancelHide();
  }

  private restartShow(): void {
    this.cancelShow();
    if (this.pending === null) return;
    // The timer reads `pending` when it fires: `retarget` may have replaced it meanwhile.
    this.showTimer = this.timers.set(() => {
      this.showTimer = null;
      const target = this.pending;
      if (target === null) return;
      this.pending = null;
      this.cancelHide();
      this.shown = target;
      this.callbacks.show(target);
    }, this.timings.showDelayMs);
  }

  private scheduleHide(): void {
    if (this.shown === null || this.pinned || this.inCard || this.hideTimer !== null) return;
    this.hideTimer = this.timers.set(() => {
      this.hideTimer = null;
      if (this.pinned || this.inCard) return;
      this.shown = null;
      this.callbacks.hide();
    }, this.timings.graceMs);
  }

  private cancelShow(): void {
    if (this.showTimer !== null) this.timers.clear(this.showTimer);
    this.showTimer = null;
  }

  private cancelHide(): void {
    if (this.hideTimer !== null) this.timers.clear(this.hideTimer);
    this.hideTimer = null;
  }
}
