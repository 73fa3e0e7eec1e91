/**
 * Dexie `liveQuery` as a Preact hook: re-runs when the data it read changes, in any extension page or
 * the background. The one live-query hook of the UI: while new deps load, the last value stays.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[], initial: T): { value: T; error: unknown; loading: boolean } {
  const [state, setState] = useState<{ value: T; error: unknown; loading: boolean }>({ value: initial, error: null, loading: true });
  useEffect(() => {
    setState((s) => ({ ...s, loading: true }));
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: null, loading: false }),
      error: (error: unknown) => {
        console.warn('Backstory: query failed', error);
        setState((s) => ({ ...s, error, loading: false }));
      },
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}
