import { act } from 'preact/test-utils';
import { eventually as eventuallyAnywhere, type EventuallyOptions } from '@/tests/eventually';

/**
 * `eventually` for component tests: renders (`act`) between reads, so what a live query delivered
 * is on screen when read. Throws with the last value seen when it never comes.
 */
export function eventually<T>(read: () => T | Promise<T>, accept?: (value: T) => boolean, options: EventuallyOptions = {}): Promise<T> {
  return eventuallyAnywhere(read, accept, { pause: (ms) => act(() => new Promise((r) => setTimeout(r, ms))), ...options });
}
