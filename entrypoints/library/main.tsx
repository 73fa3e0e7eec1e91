/** The reading-list page: the list, with import and export. `?q=` opens it on a search. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/components/design/i18n';
import { mountPage } from '@/components/design/page';
import { ImportExport } from '@/components/reading-list/ImportExport';
import { ReadingListView } from '@/components/reading-list/ReadingListView';
import { requestPersistence, type PersistenceState } from '@/lib/db/persistence';
import '@/components/design/tokens.css';
import '@/components/reading-list/reading-list.css';

function LibraryApp() {
  const [showIo, setShowIo] = useState(false);
  const [persistence, setPersistence] = useState<PersistenceState | null>(null);
  const initial = new URLSearchParams(location.search).get('q') ?? '';

  useEffect(() => {
    void requestPersistence().then(setPersistence);
  }, []);

  return (
    <div class="rl-page">
      <header class="rl-page-head">
        <img src="/icons/32.png" alt="" width="24" height="24" />
        <h1>{t('library.title')}</h1>
        <button type="button" class="rl-button" aria-expanded={showIo} aria-controls="rl-io" onClick={() => setShowIo((s) => !s)}>
          {t('library.importExport')}
        </button>
      </header>
      <div id="rl-io" hidden={!showIo}>
        {showIo && <ImportExport />}
      </div>
      <ReadingListView
        initialQuery={initial}
        onQueryChange={(q) => {
          const url = new URL(location.href);
          if (q) url.searchParams.set('q', q);
          else url.searchParams.delete('q');
          history.replaceState(null, '', url);
        }}
      />
      <footer class="rl-foot">
        {t('library.foot')}
        {persistence === 'best-effort' && t('library.footBestEffort')}
      </footer>
    </div>
  );
}

mountPage(<LibraryApp />, { title: `${t('library.title')} · ${t('ext.name')}`, theme: true });
