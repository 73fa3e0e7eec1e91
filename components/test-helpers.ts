import { act } from 'preact/test-utils';

/** Waits (rendering between polls) until a live query has drawn what `check` looks for; a loaded machine may take a while. */
export async function until(check: () => boolean, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!check() && Date.now() < end) await act(() => new Promise((r) => setTimeout(r, 20)));
}
