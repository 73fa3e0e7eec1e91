/**
 * "Save to reading list" for a tab: shows "Saved" when the tab's page (by canonical URL) is already
 * in the list, live. Used by the toolbar popup; the side panel can place it too (its
 * `SaveArticleSlot`). Saving goes through the background, which owns new articles.
 */
import { useState } from 'preact/hooks';
import { t } from '@/components/design/i18n';
import type { BackstoryDb } from '@/lib/db/schema';
import { stores } from '@/lib/db/stores';
import { describeSave, libraryUrl, readerUrl, requestSaveTab } from '@/lib/client/reading-list';
import { requestPersistence } from '@/lib/db/persistence';
import { useLive } from '../design/use-live';
import './save-button.css';

export interface SaveButtonProps {
  tabId: number;
  /** The page's address and its canonical link, as the content script reports them. */
  url?: string | null;
  canonicalUrl?: string | null;
  db?: BackstoryDb;
}

export function SaveButton(props: SaveButtonProps) {
  const articles = stores(props.db).articles;
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const saved = useLive(async () => (props.url ? ((await articles.findSaved(props.url, props.canonicalUrl)) ?? null) : null), [articles, props.url, props.canonicalUrl], null);
  const article = saved.value;

  const save = async () => {
    setBusy(true);
    // A reading list should survive the disk running low: ask once, from the click (pages can, the worker cannot).
    void requestPersistence();
    const reply = await requestSaveTab(props.tabId);
    setBusy(false);
    setMessage({ text: describeSave(reply), ok: reply.ok });
  };

  return (
    <div class="bs-save">
      <div class="bs-save-row">
        <button type="button" class="bs-save-button" data-saved={!!article} disabled={busy} onClick={() => void save()} aria-describedby="bs-save-status">
          {busy ? t('library.save.saving') : article ? t('library.save.again') : t('library.save.save')}
        </button>
        {article ? (
          <a class="bs-save-link" href={readerUrl(article.id)} target="_blank" rel="noopener">
            {t('library.save.read')}
          </a>
        ) : null}
        <a class="bs-save-link" href={libraryUrl()} target="_blank" rel="noopener">
          {t('library.save.list')}
        </a>
      </div>
      <p id="bs-save-status" class="bs-save-status" role="status" data-ok={message?.ok}>
        {message?.text ?? (article ? t('library.save.inList') : '')}
      </p>
    </div>
  );
}
