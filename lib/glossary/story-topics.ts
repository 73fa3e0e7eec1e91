/**
 * A bundled storyline's topic ("UN sanctions" on North Korea, matcher.ts `isStoryEntry`) names its story
 * only where the article tells that story: one of the topic's related entries is named too. Where none
 * is, the topic's alias is no name at all and the names inside it count on their own: "the return of
 * U.N. sanctions" in an article on Iran underlines the U.N. The matcher scans again without the untold
 * topics; the context step (context.ts) still drops a told topic whose related names it drops.
 *
 * Shared by the matcher and its reference (the two keep their own representation of entries).
 */

/** The raw hit fields the check reads: the readings a span counts in full and its short readings. */
interface StoryHit<T> {
  full: readonly T[];
  short: readonly T[];
}

/**
 * The storyline topics among `storyHits` (hits whose every full reading is a topic) that no other hit
 * of the article grounds: no hit but a topic's own reads one of the topic's `related` entries.
 */
export function storiesUntold<T>(hits: readonly StoryHit<T>[], storyHits: readonly StoryHit<T>[], related: (topic: T) => readonly T[]): Set<T> {
  const named = new Set<T>();
  for (const h of hits) {
    if (storyHits.includes(h)) continue;
    for (const r of h.full) named.add(r);
    for (const r of h.short) named.add(r);
  }
  const untold = new Set<T>();
  for (const h of storyHits) for (const topic of h.full) if (!related(topic).some((r) => named.has(r))) untold.add(topic);
  return untold;
}
