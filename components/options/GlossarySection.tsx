/**
 * The reader's glossary: browse and search by kind and pack, open an entry, add one, switch entries,
 * kinds and packs off, import and export.
 */
import { useMemo, useState } from 'preact/hooks';
import { announceGlossaryChange } from '@/lib/db/glossary-events';
import { exportGlossary, listGlossary, replaceEdit, type ListedEntry } from '@/lib/db/glossary-repo';
import { getDb } from '@/lib/db/schema';
import { buildGlossaryExport, exportFileName } from '@/lib/glossary-io/export';
import { ENTRY_KINDS, type EntryKind } from '@/lib/glossary/types';
import { EntryEditor } from './EntryEditor';
import { ImportPanel } from './ImportPanel';
import { entryHash, type Route } from './OptionsApp';
import { KindsAndPacks } from './SettingsSection';
import { KIND_SINGULAR, download, fold, packTitle, useLiveQuery, useSettings, type ToastMessage } from './shared';

const PAGE = 100;

type StatusFilter = 'all' | 'edited' | 'notes' | 'off' | 'user';

export function GlossarySection(props: { route: Extract<Route, { section: 'glossary' }>; notify(m: ToastMessage): void }) {
  const { route } = props;
  if (route.view === 'new') return <EntryEditor key={`new-${route.name}`} mode={{ kind: 'new', name: route.name, context: route.context }} notify={props.notify} />;
  if (route.view === 'entry') return <EntryEditor key={route.id} mode={{ kind: 'edit', id: route.id }} notify={props.notify} />;
  return <GlossaryList notify={props.notify} />;
}

function GlossaryList(props: { notify(m: ToastMessage): void }) {
  const entries = useLiveQuery(() => listGlossary(getDb()), []);
  const [settings, update] = useSettings();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<'' | EntryKind>('');
  const [pack, setPack] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const [shown, setShown] = useState(PAGE);
  const [importing, setImporting] = useState(false);

  const packs = useMemo(() => [...new Set((entries ?? []).map((e) => e.origin))].sort(), [entries]);
  const filtered = useMemo(() => {
    const q = fold(query.trim());
    const out = (entries ?? []).filter((e) => {
      if (kind && e.kind !== kind) return false;
      if (pack && e.origin !== pack) return false;
      if (status === 'edited' && !e.edited) return false;
      if (status === 'notes' && !e.userNotes) return false;
      if (status === 'off' && !e.disabled) return false;
      if (status === 'user' && e.origin !== 'user') return false;
      if (!q) return true;
      return fold(e.name).includes(q) || e.aliases.some((a) => fold(a).includes(q)) || fold(e.summary).includes(q);
    });
    // Names that start with the query first, then alphabetical.
    return out.sort((a, b) => {
      if (q) {
        const pa = fold(a.name).startsWith(q) ? 0 : 1;
        const pb = fold(b.name).startsWith(q) ? 0 : 1;
        if (pa !== pb) return pa - pb;
      }
      return a.name.localeCompare(b.name, 'en');
    });
  }, [entries, query, kind, pack, status]);

  const exportMine = async () => {
    const mine = await exportGlossary(getDb());
    download(exportFileName('backstory-glossary'), JSON.stringify(buildGlossaryExport(mine.entries, mine.edits), null, 2));
    props.notify({ text: `Exported ${mine.entries.length} of your entries and ${mine.edits.length} changes.` });
  };

  return (
    <section aria-labelledby="glossary-title">
      <div class="section-head">
        <h2 id="glossary-title" tabIndex={-1} data-view-heading>
          Glossary
        </h2>
        <div class="actions">
          <a class="button button-primary" href="#glossary/new">
            Add an entry
          </a>
          <button type="button" class="button" aria-expanded={importing} aria-controls="import-panel" onClick={() => setImporting(!importing)}>
            Import…
          </button>
          <button type="button" class="button" onClick={() => void exportMine()}>
            Export my glossary
          </button>
        </div>
      </div>
      <p class="lead">What Backstory knows. Your changes and notes are kept apart from the packs, so a pack update never overwrites them.</p>
      {importing && <ImportPanel onClose={() => setImporting(false)} notify={props.notify} />}

      {settings && (
        <details class="panel details">
          <summary>Switch kinds and packs on or off</summary>
          <div class="details-body">
            <KindsAndPacks settings={settings} update={update} compact />
          </div>
        </details>
      )}

      <form class="filters" role="search" aria-label="Glossary" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="glossary-search">Search</label>
          <input id="glossary-search" type="search" placeholder="Name, alias or summary" value={query} onInput={(e) => (setQuery(e.currentTarget.value), setShown(PAGE))} />
        </div>
        <div class="field">
          <label for="glossary-kind">Kind</label>
          <select id="glossary-kind" value={kind} onChange={(e) => (setKind(e.currentTarget.value as '' | EntryKind), setShown(PAGE))}>
            <option value="">All kinds</option>
            {ENTRY_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_SINGULAR[k]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="glossary-pack">Pack</label>
          <select id="glossary-pack" value={pack} onChange={(e) => (setPack(e.currentTarget.value), setShown(PAGE))}>
            <option value="">All packs</option>
            {packs.map((p) => (
              <option key={p} value={p}>
                {packTitle(p)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="glossary-status">Show</label>
          <select id="glossary-status" value={status} onChange={(e) => (setStatus(e.currentTarget.value as StatusFilter), setShown(PAGE))}>
            <option value="all">Everything</option>
            <option value="user">Your own entries</option>
            <option value="edited">Changed by you</option>
            <option value="notes">With your notes</option>
            <option value="off">Switched off</option>
          </select>
        </div>
      </form>

      <p class="result-count" role="status" aria-live="polite">
        {entries === undefined ? 'Loading the glossary…' : `${filtered.length.toLocaleString('en')} of ${entries.length.toLocaleString('en')} entries`}
      </p>
      {filtered.length > 0 && (
        <table class="entries">
          <caption class="visually-hidden">Glossary entries</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">Pack</th>
              <th scope="col">On</th>
            </tr>
          </thead>
          <tbody>
            {filtered.slice(0, shown).map((e) => (
              <EntryRow key={e.id} entry={e} />
            ))}
          </tbody>
        </table>
      )}
      {filtered.length > shown && (
        <button type="button" class="button" onClick={() => setShown(shown + PAGE * 5)}>
          Show more ({(filtered.length - shown).toLocaleString('en')} left)
        </button>
      )}
    </section>
  );
}

function EntryRow({ entry }: { entry: ListedEntry }) {
  return (
    <tr class={entry.disabled ? 'is-off' : undefined}>
      <td>
        <a class="entry-link" href={entryHash(entry.id)}>
          {entry.name}
        </a>
        {entry.edited && <span class="badge">{entry.origin === 'user' ? 'yours' : 'changed'}</span>}
        {entry.origin === 'user' && !entry.edited && <span class="badge">yours</span>}
        <span class="entry-summary">{entry.summary}</span>
      </td>
      <td>
        <span class={`kind-dot kind-${entry.kind}`} aria-hidden="true" />
        {KIND_SINGULAR[entry.kind]}
      </td>
      <td>{packTitle(entry.origin)}</td>
      <td>
        <input
          type="checkbox"
          checked={!entry.disabled}
          aria-label={`Highlight ${entry.name}`}
          onChange={async (e) => {
            const db = getDb();
            const edit = await db.edits.get(entry.id);
            await replaceEdit(db, entry.id, { fields: edit?.fields, userNotes: edit?.userNotes, disabled: !e.currentTarget.checked });
            await announceGlossaryChange();
          }}
        />
      </td>
    </tr>
  );
}
