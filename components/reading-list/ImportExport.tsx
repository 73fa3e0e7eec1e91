/**
 * Import and export for the reading list. Import: choose a file → a preview of what it holds (new,
 * already saved, repeated, invalid with reasons) → the reader confirms → one transaction with a
 * progress bar. Export: lossless JSON, bookmarks HTML, or a zip of Markdown files.
 */
import { useState } from 'preact/hooks';
import { fillSlots, t, tSlots } from '@/components/design/i18n';
import type { BackstoryDb } from '@/lib/db/schema';
import { ImportFormatError } from '@/lib/reading-list/formats';
import { checkFileSize } from '@/lib/reading-list/formats/limits';
import type { ImportPlan } from '@/lib/db/articles-import';
import { stores } from '@/lib/db/stores';
import { countEntities } from '@/lib/reading-list/entities';
import { requestPersistence } from '@/lib/db/persistence';
import { download } from '@/components/design/download';
import { sendToBackground } from '@/lib/client/send';
import { articles as nArticles } from './format';

type Stage =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'preview'; name: string; plan: ImportPlan }
  | { kind: 'importing'; phase: 'names' | 'writing'; done: number; total: number }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

/** Finds an imported text's entities with the background's matcher (the same one saving uses). */
async function findEntities(text: string, url: string) {
  const reply = await sendToBackground({
      type: 'analyse',
      text: text.slice(0, 2_000_000),
      meta: { url: /^https?:\/\//i.test(url) ? url.slice(0, 4096) : 'https://import.invalid/', canonicalUrl: null, title: '', byline: null, siteName: null, excerpt: null, lang: null, dir: null, publishedTime: null },
  });
  return reply.ok ? countEntities(reply.mentions, reply.entries) : [];
}

const today = () => new Date().toISOString().slice(0, 10);

export function ImportExport(props: { db?: BackstoryDb }) {
  const articles = stores(props.db).articles;
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [exporting, setExporting] = useState('');
  const [reindex, setReindex] = useState<{ done: number; total: number; message?: string } | null>(null);

  const findNamesAgain = async () => {
    setReindex({ done: 0, total: 0 });
    try {
      const changed = await articles.reindexEntities({ findEntities, onProgress: (done, total) => setReindex({ done, total }) });
      setReindex((r) => ({ done: r?.total ?? 0, total: r?.total ?? 0, message: changed === 0 ? t('library.io.upToDate') : t('library.io.updated', [nArticles(changed)]) }));
    } catch (error) {
      setReindex({ done: 0, total: 0, message: t('library.io.couldNotFinish', [error instanceof Error ? error.message : String(error)]) });
    }
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setStage({ kind: 'reading', name: file.name });
    try {
      checkFileSize(file.name, file.size); // before reading it into memory
      const bytes = new Uint8Array(await file.arrayBuffer());
      const plan = await articles.readImportFile(file.name, bytes);
      setStage({ kind: 'preview', name: file.name, plan });
    } catch (error) {
      setStage({
        kind: 'error',
        message: error instanceof ImportFormatError ? error.message : t('library.io.unreadable', [file.name, error instanceof Error ? error.message : String(error)]),
      });
    }
  };

  const confirm = async (plan: ImportPlan) => {
    setStage({ kind: 'importing', phase: 'writing', done: 0, total: plan.fresh.length });
    try {
      // Asked, not awaited: Firefox may hold the answer behind a prompt, and the import must not wait on it.
      void requestPersistence();
      const n = await articles.commitImport(plan, {
        findEntities,
        onProgress: (phase, done, total) => setStage({ kind: 'importing', phase, done, total }),
      });
      setStage({ kind: 'done', message: t('library.io.imported', [nArticles(n), plan.label]) });
    } catch (error) {
      setStage({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const runExport = async (kind: 'json' | 'html' | 'md') => {
    setExporting(kind);
    try {
      if (kind === 'json') download(`backstory-reading-list-${today()}.json`, await articles.exportJson(), 'application/json');
      else if (kind === 'html') download(`backstory-bookmarks-${today()}.html`, await articles.exportBookmarksHtml(), 'text/html');
      else download(`backstory-reading-list-${today()}.zip`, (await articles.exportMarkdownZip()) as BlobPart, 'application/zip');
    } catch (error) {
      setStage({ kind: 'error', message: t('library.io.exportFailed', [error instanceof Error ? error.message : String(error)]) });
    } finally {
      setExporting('');
    }
  };

  return (
    <section class="rl-io" aria-label={t('library.io.label')}>
      <div class="rl-io-col">
        <h2>{t('library.io.import')}</h2>
        <p class="rl-muted">{t('library.io.importHint')}</p>
        <label class="rl-button">
          {t('library.io.choose')}
          <input
            type="file"
            class="rl-sr-only"
            onChange={(e) => {
              void onFile(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
            disabled={stage.kind === 'importing' || stage.kind === 'reading'}
          />
        </label>
        <div role="status" aria-live="polite" class="rl-io-status">
          {stage.kind === 'reading' && <p>{t('library.io.reading', [stage.name])}</p>}
          {stage.kind === 'preview' && <Preview name={stage.name} plan={stage.plan} onConfirm={() => void confirm(stage.plan)} onCancel={() => setStage({ kind: 'idle' })} />}
          {stage.kind === 'importing' && (
            <div>
              <p>
                {stage.phase === 'names' ? t('library.io.findingNames') : t('library.io.writing')} {stage.total > 0 ? t('library.io.progress', [stage.done.toLocaleString(), stage.total.toLocaleString()]) : ''}
              </p>
              <progress max={Math.max(1, stage.total)} value={stage.done} aria-label={t('library.io.progressLabel')} />
            </div>
          )}
          {stage.kind === 'done' && <p class="rl-ok">{stage.message}</p>}
          {stage.kind === 'error' && (
            <p class="rl-error" role="alert">
              {stage.message}
            </p>
          )}
        </div>
      </div>
      <div class="rl-io-col">
        <h2>{t('library.io.export')}</h2>
        <p class="rl-muted">{t('library.io.exportHint')}</p>
        <div class="rl-io-buttons">
          <button type="button" class="rl-button" disabled={!!exporting} onClick={() => void runExport('json')}>
            {exporting === 'json' ? t('library.io.exporting') : t('library.io.json')}
          </button>
          <button type="button" class="rl-button" disabled={!!exporting} onClick={() => void runExport('html')}>
            {exporting === 'html' ? t('library.io.exporting') : t('library.io.html')}
          </button>
          <button type="button" class="rl-button" disabled={!!exporting} onClick={() => void runExport('md')}>
            {exporting === 'md' ? t('library.io.exporting') : t('library.io.md')}
          </button>
        </div>
        <h2 class="rl-io-sub">{t('library.io.names')}</h2>
        <p class="rl-muted">{t('library.io.namesHint')}</p>
        <button type="button" class="rl-button" disabled={!!reindex && !reindex.message} onClick={() => void findNamesAgain()}>
          {t('library.io.findAgain')}
        </button>
        {reindex && (
          <div role="status" aria-live="polite" class="rl-io-status">
            {reindex.message ? <p class="rl-ok">{reindex.message}</p> : <progress max={Math.max(1, reindex.total)} value={reindex.done} aria-label={t('library.io.findingLabel')} />}
          </div>
        )}
      </div>
    </section>
  );
}

/** "Line 7: …" for CSV, "Entry 7: …" for JSON lists, "Bookmark 7: …" for bookmark files. */
const ROW_KEYS = { line: 'library.io.rowLine', entry: 'library.io.rowEntry', bookmark: 'library.io.rowBookmark' } as const;

function Preview(props: { name: string; plan: ImportPlan; onConfirm(): void; onCancel(): void }) {
  const { plan } = props;
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? plan.invalid : plan.invalid.slice(0, 10);
  return (
    <div class="rl-preview">
      <p>
        {fillSlots(tSlots('library.io.summary'), [<strong key="name">{props.name}</strong>, plan.label, t('library.io.rows', plan.rows, [plan.rows.toLocaleString()])])}
      </p>
      <ul class="rl-preview-counts">
        <li>
          {fillSlots(tSlots('library.io.fresh'), [<strong key="n">{plan.fresh.length.toLocaleString()}</strong>])}
          {plan.fresh.some((f) => !f.article.downloaded) ? t('library.io.withoutText', [plan.fresh.filter((f) => !f.article.downloaded).length.toLocaleString()]) : ''}
        </li>
        <li>
          {fillSlots(tSlots('library.io.alreadySaved'), [<strong key="n">{plan.alreadySaved.toLocaleString()}</strong>])}
        </li>
        {plan.repeated > 0 && (
          <li>
            {fillSlots(tSlots('library.io.repeated'), [<strong key="n">{plan.repeated.toLocaleString()}</strong>])}
          </li>
        )}
        <li>
          {fillSlots(tSlots('library.io.invalid'), [<strong key="n">{plan.invalid.length.toLocaleString()}</strong>])}
        </li>
      </ul>
      {plan.invalid.length > 0 && (
        <ul class="rl-invalid" aria-label={t('library.io.invalidLabel')}>
          {shown.map((r) => (
            <li key={`${r.row}-${r.reason}`}>
              {t(ROW_KEYS[plan.unit], [r.row.toLocaleString(), r.reason])}
            </li>
          ))}
          {plan.invalid.length > shown.length && (
            <li>
              <button type="button" class="rl-link-button" onClick={() => setShowAll(true)}>
                {t('library.io.showAll', [plan.invalid.length.toLocaleString()])}
              </button>
            </li>
          )}
        </ul>
      )}
      <div class="rl-io-buttons">
        <button type="button" class="rl-button rl-primary" disabled={plan.fresh.length === 0} onClick={props.onConfirm}>
          {t('library.io.importN', [nArticles(plan.fresh.length)])}
        </button>
        <button type="button" class="rl-button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
