/**
 * Import and export for the reading list. Import: choose a file → a preview of what it holds (new,
 * already saved, repeated, invalid with reasons) → the reader confirms → one transaction with a
 * progress bar. Export: lossless JSON, bookmarks HTML, or a zip of Markdown files.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { BackstoryDb } from '@/lib/db/schema';
import { exportBookmarksHtml, exportJson, exportMarkdownZip } from '@/lib/reading-list/export';
import { IMPORT_ACCEPT, ImportFormatError } from '@/lib/reading-list/formats';
import { commitImport, readImportFile, type ImportPlan } from '@/lib/reading-list/import';
import { countEntities } from '@/lib/reading-list/entities';
import { reindexEntities } from '@/lib/reading-list/reindex';
import { requestPersistence } from '@/lib/reading-list/storage';
import type { AnalyseReply, ErrorReply } from '@/lib/messaging/protocol';
import { plural } from './format';

type Stage =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'preview'; name: string; plan: ImportPlan }
  | { kind: 'importing'; phase: 'names' | 'writing'; done: number; total: number }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

/** Finds an imported text's entities with the background's matcher (the same one saving uses). */
async function findEntities(text: string, url: string) {
  const reply = (await browser.runtime
    .sendMessage({
      type: 'analyse',
      text: text.slice(0, 2_000_000),
      meta: { url: /^https?:\/\//i.test(url) ? url.slice(0, 4096) : 'https://import.invalid/', canonicalUrl: null, title: '', byline: null, siteName: null, excerpt: null, lang: null, dir: null, publishedTime: null },
    })
    .catch(() => null)) as AnalyseReply | ErrorReply | null;
  return reply?.ok ? countEntities(reply.mentions, reply.entries) : [];
}

function download(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const today = () => new Date().toISOString().slice(0, 10);

export function ImportExport(props: { db: BackstoryDb }) {
  const { db } = props;
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [exporting, setExporting] = useState('');
  const [reindex, setReindex] = useState<{ done: number; total: number; message?: string } | null>(null);

  const findNamesAgain = async () => {
    setReindex({ done: 0, total: 0 });
    try {
      const changed = await reindexEntities(db, { findEntities, onProgress: (done, total) => setReindex({ done, total }) });
      setReindex((r) => ({ done: r?.total ?? 0, total: r?.total ?? 0, message: changed === 0 ? 'Every article’s names were already up to date.' : `Names updated in ${plural(changed, 'article')}.` }));
    } catch (error) {
      setReindex({ done: 0, total: 0, message: `Could not finish: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setStage({ kind: 'reading', name: file.name });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const plan = await readImportFile(db, file.name, bytes);
      setStage({ kind: 'preview', name: file.name, plan });
    } catch (error) {
      setStage({
        kind: 'error',
        message: error instanceof ImportFormatError ? error.message : `“${file.name}” could not be read: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };

  const confirm = async (plan: ImportPlan) => {
    setStage({ kind: 'importing', phase: 'writing', done: 0, total: plan.fresh.length });
    try {
      await requestPersistence();
      const n = await commitImport(db, plan, {
        findEntities,
        onProgress: (phase, done, total) => setStage({ kind: 'importing', phase, done, total }),
      });
      setStage({ kind: 'done', message: `Imported ${plural(n, 'article')} from ${plan.label}.` });
    } catch (error) {
      setStage({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const runExport = async (kind: 'json' | 'html' | 'md') => {
    setExporting(kind);
    try {
      if (kind === 'json') download(`backstory-reading-list-${today()}.json`, await exportJson(db), 'application/json');
      else if (kind === 'html') download(`backstory-bookmarks-${today()}.html`, await exportBookmarksHtml(db), 'text/html');
      else download(`backstory-reading-list-${today()}.zip`, (await exportMarkdownZip(db)) as BlobPart, 'application/zip');
    } catch (error) {
      setStage({ kind: 'error', message: `Export failed: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setExporting('');
    }
  };

  return (
    <section class="rl-io" aria-label="Import and export">
      <div class="rl-io-col">
        <h2>Import</h2>
        <p class="rl-muted">Pocket (CSV or the older HTML), Instapaper (CSV), Omnivore (zip), Wallabag (JSON), browser bookmarks (HTML), or a Backstory export.</p>
        <label class="rl-button">
          Choose a file…
          <input
            type="file"
            accept={IMPORT_ACCEPT}
            class="rl-sr-only"
            onChange={(e) => {
              void onFile(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
            disabled={stage.kind === 'importing' || stage.kind === 'reading'}
          />
        </label>
        <div role="status" aria-live="polite" class="rl-io-status">
          {stage.kind === 'reading' && <p>Reading “{stage.name}”…</p>}
          {stage.kind === 'preview' && <Preview name={stage.name} plan={stage.plan} onConfirm={() => void confirm(stage.plan)} onCancel={() => setStage({ kind: 'idle' })} />}
          {stage.kind === 'importing' && (
            <div>
              <p>{stage.phase === 'names' ? 'Finding the names each article mentions…' : 'Writing…'} {stage.total > 0 ? `${stage.done.toLocaleString()} of ${stage.total.toLocaleString()}` : ''}</p>
              <progress max={Math.max(1, stage.total)} value={stage.done} aria-label="Import progress" />
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
        <h2>Export</h2>
        <p class="rl-muted">Everything stays yours. The JSON export holds every field and every article’s text: importing it restores the list exactly.</p>
        <div class="rl-io-buttons">
          <button type="button" class="rl-button" disabled={!!exporting} onClick={() => void runExport('json')}>
            {exporting === 'json' ? 'Exporting…' : 'JSON (complete)'}
          </button>
          <button type="button" class="rl-button" disabled={!!exporting} onClick={() => void runExport('html')}>
            {exporting === 'html' ? 'Exporting…' : 'Bookmarks HTML'}
          </button>
          <button type="button" class="rl-button" disabled={!!exporting} onClick={() => void runExport('md')}>
            {exporting === 'md' ? 'Exporting…' : 'Markdown (zip)'}
          </button>
        </div>
        <h2 class="rl-io-sub">Names</h2>
        <p class="rl-muted">After adding or editing glossary entries, find the names in every saved article again, so person:, place:, org: and topic: know about them.</p>
        <button type="button" class="rl-button" disabled={!!reindex && !reindex.message} onClick={() => void findNamesAgain()}>
          Find names again
        </button>
        {reindex && (
          <div role="status" aria-live="polite" class="rl-io-status">
            {reindex.message ? <p class="rl-ok">{reindex.message}</p> : <progress max={Math.max(1, reindex.total)} value={reindex.done} aria-label="Finding names" />}
          </div>
        )}
      </div>
    </section>
  );
}

function Preview(props: { name: string; plan: ImportPlan; onConfirm(): void; onCancel(): void }) {
  const { plan } = props;
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? plan.invalid : plan.invalid.slice(0, 10);
  return (
    <div class="rl-preview">
      <p>
        <strong>{props.name}</strong> ({plan.label}): {plural(plan.rows, 'row')}.
      </p>
      <ul class="rl-preview-counts">
        <li>
          <strong>{plan.fresh.length.toLocaleString()}</strong> new
          {plan.fresh.some((f) => !f.article.downloaded) ? ` (${plan.fresh.filter((f) => !f.article.downloaded).length.toLocaleString()} without their text: kept as “not downloaded”)` : ''}
        </li>
        <li>
          <strong>{plan.alreadySaved.toLocaleString()}</strong> already saved (left as they are)
        </li>
        {plan.repeated > 0 && (
          <li>
            <strong>{plan.repeated.toLocaleString()}</strong> repeated in the file
          </li>
        )}
        <li>
          <strong>{plan.invalid.length.toLocaleString()}</strong> invalid
        </li>
      </ul>
      {plan.invalid.length > 0 && (
        <ul class="rl-invalid" aria-label="Invalid rows">
          {shown.map((r) => (
            <li key={`${r.row}-${r.reason}`}>
              Row {r.row}: {r.reason}
            </li>
          ))}
          {plan.invalid.length > shown.length && (
            <li>
              <button type="button" class="rl-link-button" onClick={() => setShowAll(true)}>
                Show all {plan.invalid.length.toLocaleString()}
              </button>
            </li>
          )}
        </ul>
      )}
      <div class="rl-io-buttons">
        <button type="button" class="rl-button rl-primary" disabled={plan.fresh.length === 0} onClick={props.onConfirm}>
          Import {plural(plan.fresh.length, 'article')}
        </button>
        <button type="button" class="rl-button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
