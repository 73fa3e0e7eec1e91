/**
 * The reading list in the side panel: the header's Save button (the reading list's own
 * `SaveButton`, which shows "Saved" when the page is already in the list), and in an entity's
 * detail "Also in N saved articles" with the list, from the articles' multi-entry `entities`
 * index, live.
 */
import { t } from '@/components/design/i18n';
import { SaveButton } from '@/components/reading-list/SaveButton';
import { useLive } from '@/components/design/use-live';
import type { TabArticleMeta } from '@/lib/background/tab-analysis';
import type { BackstoryDb } from '@/lib/db/schema';
import { stores } from '@/lib/db/stores';
import { readerUrl } from '@/lib/client/reading-list';
import type { SavedArticle } from '@/lib/reading-list/types';
import { Subsection } from './Section';

export interface SaveArticleSlotProps {
  tabId: number;
  meta: TabArticleMeta;
}

export function SaveArticleSlot({ tabId, meta }: SaveArticleSlotProps) {
  return (
    <div class="sp-save">
      <SaveButton tabId={tabId} url={meta.url} canonicalUrl={meta.canonicalUrl ?? null} />
    </div>
  );
}

export interface SavedArticlesSlotProps {
  entryId: string;
  /** The current article, to leave it out of "also in". */
  currentUrl?: string;
  canonicalUrl?: string | null;
  db?: BackstoryDb;
}

/** At most this many saved articles are listed under an entity. */
const MAX_LISTED = 8;

export function SavedArticlesSlot(props: SavedArticlesSlotProps) {
  const store = stores(props.db).articles;
  const { value: articles } = useLive(
    () => store.mentioning(props.entryId, props.currentUrl, props.canonicalUrl),
    [store, props.entryId, props.currentUrl, props.canonicalUrl],
    [] as SavedArticle[],
  );
  if (articles.length === 0) return null;
  return (
    <Subsection id="saved" class="sp-saved" title={t('sidepanel.detail.savedIn', articles.length, [articles.length.toLocaleString()])}>
      <ul class="sp-saved-list">
        {articles.slice(0, MAX_LISTED).map((a) => (
          <li key={a.id}>
            <a class="sp-link" href={readerUrl(a.id)} target="_blank" rel="noopener noreferrer">
              {a.title || a.url}
            </a>
            <span class="sp-muted"> · {a.siteName ?? a.site}</span>
          </li>
        ))}
      </ul>
    </Subsection>
  );
}
