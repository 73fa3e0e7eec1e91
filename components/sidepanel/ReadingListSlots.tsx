/**
 * Slots for the reading list, which is being built separately (a Dexie `articles` table with a
 * multi-entry entity index in lib/db). The panel already places them; they render nothing until
 * the reading list fills them in:
 *
 * - `SaveArticleSlot`, in the header: a "Save" button for the tab's article that shows "Saved" when
 *   the article (by canonical URL) is already in the list. Saving needs the article's text and HTML,
 *   which live in the content script: ask it through a `TabMessage`, as "article-text" does.
 * - `SavedArticlesSlot`, in an entity's detail: "Also in N saved articles" and the list of them,
 *   from the entity index (live, with Dexie `liveQuery`), leaving out the current article.
 */
import type { TabArticleMeta } from '@/lib/background/tab-analysis';

export interface SaveArticleSlotProps {
  tabId: number;
  meta: TabArticleMeta;
}

export function SaveArticleSlot(_props: SaveArticleSlotProps) {
  return null;
}

export interface SavedArticlesSlotProps {
  entryId: string;
  /** The current article's URL, to leave it out of "also in". */
  currentUrl?: string;
}

export function SavedArticlesSlot(_props: SavedArticlesSlotProps) {
  return null;
}
