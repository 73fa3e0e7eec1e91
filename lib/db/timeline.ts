/** The story timeline's data: dated glossary entries and the saved articles published on their days. */
import { daySpanMs } from '../glossary/timeline';
import type { SavedArticle } from '../reading-list/types';
import { loadDatedEntries } from './articles-timeline';
import type { EffectiveEntry } from './glossary-repo';
import type { BackstoryDb } from './schema';

export interface TimelineData {
  dated: EffectiveEntry[];
  saved: Map<string, SavedArticle[]>;
}

/**
 * Dated entries (events, treaties) that are switched on, with the reader's edits applied, and up to
 * `maxSaved` saved articles published on each one's days.
 */
export async function loadTimeline(db: BackstoryDb, maxSaved: number): Promise<TimelineData> {
  const dated = await loadDatedEntries(db);
  const saved = new Map<string, SavedArticle[]>();
  for (const e of dated) {
    const span = daySpanMs(e.date!, e.endDate);
    if (!span) continue;
    const found = await db.articles.where('publishedAt').between(span.start, span.end, true, false).limit(maxSaved).toArray();
    if (found.length > 0) saved.set(e.id, found);
  }
  return { dated, saved };
}
