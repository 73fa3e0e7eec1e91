/**
 * Per-key token buckets, for the background's per-tab limits: a page cannot make Backstory parse
 * megabytes of HTML in a loop, or send look-ups to Wikipedia faster than a reader clicks. Pure:
 * the clock is injected, so it is tested without timers.
 */

export interface RateLimit {
  /** Tokens a key may spend at once (the burst). */
  capacity: number;
  /** Tokens given back per second. */
  refillPerSecond: number;
}

/**
 * A page's off-page parses, per tab, wherever they run (the background relays them; Chrome's
 * offscreen document also takes them straight from the page): a page that re-renders parses again,
 * but not in a loop.
 */
export const PARSE_LIMITS = {
  /** Parses: eight at once, then one every two seconds. */
  parses: { capacity: 8, refillPerSecond: 0.5 },
  /** Characters of HTML parsed: three maximal pages at once, then a megabyte a second. */
  parseChars: { capacity: 24_000_000, refillPerSecond: 1_000_000 },
} satisfies Record<string, RateLimit>;

/** Keys with full buckets are forgotten after this many idle milliseconds, so closed tabs cost nothing. */
const FORGET_AFTER_MS = 10 * 60_000;

/** Token buckets per key (a tab id); `take` spends `cost` tokens or refuses without spending any. */
export class RateLimiter {
  private readonly buckets = new Map<string | number, { tokens: number; at: number }>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Spends `cost` tokens of `key`'s bucket; false (nothing spent) when the bucket has fewer. */
  take(key: string | number, cost = 1): boolean {
    const now = this.now();
    this.sweep(now);
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.capacity, at: now };
    const tokens = Math.min(this.limit.capacity, bucket.tokens + ((now - bucket.at) / 1000) * this.limit.refillPerSecond);
    if (cost > tokens) {
      this.buckets.set(key, { tokens, at: now });
      return false;
    }
    this.buckets.set(key, { tokens: tokens - cost, at: now });
    return true;
  }

  private sweep(now: number): void {
    if (this.buckets.size < 256) return;
    for (const [key, b] of this.buckets) if (now - b.at > FORGET_AFTER_MS) this.buckets.delete(key);
  }
}
