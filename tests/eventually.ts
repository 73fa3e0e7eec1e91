/**
 * Waiting on a condition in tests, instead of sleeping: `eventually` reads a value until it is
 * accepted and returns it, or throws with the last value it saw, so a failed wait says what the
 * test found instead of timing out silently. No test framework is imported: unit, component and
 * browser tests all use it.
 */

export interface EventuallyOptions {
  /** Give up after this long (ms). Generous by default: CI machines run browsers beside the tests. */
  timeout?: number;
  /** Time between reads (ms). */
  interval?: number;
  /** What was awaited, for the error. */
  what?: string;
  /** Waits between reads; component tests pass one that renders (`act`). */
  pause?: (ms: number) => Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function show(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_k, v: unknown) => (v instanceof Map ? [...v.entries()] : v instanceof Set ? [...v] : v));
    return text === undefined ? String(value) : text.length > 500 ? `${text.slice(0, 500)}…` : text;
  } catch {
    return String(value);
  }
}

/**
 * Reads `read()` until `accept` holds for its value (by default: the value is truthy), and returns
 * that value. Throws, naming the last value read (or the last error `read` threw), after `timeout`.
 */
export async function eventually<T>(read: () => T | Promise<T>, accept: (value: T) => boolean = (value) => Boolean(value), options: EventuallyOptions = {}): Promise<T> {
  const { timeout = 10_000, interval = 20, what = 'condition', pause = wait } = options;
  const end = Date.now() + timeout;
  let last: { value: T } | { error: unknown };
  for (;;) {
    try {
      const value = await read();
      if (accept(value)) return value;
      last = { value };
    } catch (error) {
      last = { error };
    }
    if (Date.now() > end) break;
    await pause(interval);
  }
  const seen = 'value' in last ? show(last.value) : `an error: ${last.error instanceof Error ? last.error.message : String(last.error)}`;
  throw new Error(`${what} not met within ${timeout} ms; last seen: ${seen}`);
}
