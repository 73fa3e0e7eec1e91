/**
 * Dexie `liveQuery` as a Preact hook: re-runs when the data it read changes, in any extension page or
 * the background. The one live-query hook of the UI (options, side panel, reading list, reader).
 *
 * While the answer for new `deps` loads, `loading` is true and the last value stays, unless
 * `stillFits` is given and rejects it: then `initial` stands in, so a view never pairs new data with
 * the answer to another question (the side panel's entries after a tab switch).
 *
 * A query must stay inside Dexie's context to be observed: a store function that awaits a promise
 * from outside it (another caller's refresh) awaits it as `Dexie.Promise.resolve(p)`, not natively,
 * or the query stops seeing later changes (lib/db/articles-search-index.ts `searchIndexFor`; its
 * regression test is lib/db/articles-search-live.test.ts).
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export interface LiveOptions<T> {
  /** Whether an answer computed for earlier deps may stand in while the new one loads (default: yes). */
  stillFits?(stale: T): boolean;
}

export interface Live<T> {
  value: T;
  error: unknown;
  /** No answer yet for the current deps. */
  loading: boolean;
}

export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[], initial: T, options: LiveOptions<T> = {}): Live<T> {
  const [state, setState] = useState<{ value: T; error: unknown; deps: readonly unknown[] | null }>({ value: initial, error: null, deps: null });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: null, deps }),
      error: (error: unknown) => {
        console.warn('Backstory: query failed', error);
        setState((s) => ({ ...s, error, deps }));
      },
    });
    return () => subscription.unsubscribe();
  }, deps);
  const fresh = state.deps !== null && sameDeps(state.deps, deps);
  const stale = !fresh && state.deps !== null;
  const value = stale && options.stillFits && !options.stillFits(state.value) ? initial : state.value;
  return { value, error: state.error, loading: !fresh };
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}
