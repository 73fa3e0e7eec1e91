/**
 * The reader's glossary: browse and search by kind and pack, open an entry, add one, switch entries,
 * kinds and packs off, import and export.
 */
import { t } from '@/components/design/i18n';
import { useMemo, useState } from 'preact/hooks';
import type { ListedEntry } from '@/lib/db/glossary-repo';
import { Select } from '@/components/design/Select';
import { useLive } from '@/components/design/use-live';
import { stores } from '@/lib/db/stores';
import { buildGlossaryExport, exportFileName } from '@/lib/glossary-io/export';
import { ENTRY_KINDS, type EntryKind } from '@/lib/glossary/types';
import { EntryEditor } from './EntryEditor';
import { ImportPanel } from './ImportPanel';
import { entryHash, type Route } from './route';
import { KindsAndPacks } from './SettingsSection';
import { TableHead, ViewHeading, download, fold, kindName, packTitle, useSettings, type ToastMessage } from './shared';

const PAGE = 100;

type StatusFilter = 'all' | 'edited' | 'notes' | 'off' | 'user';

export function GlossarySection(props: { route: Extract<Route, { section: 'glossary' }>; notify(m: ToastMessage): void }) {
  const { route } = props;
  if (route.view === 'new') return <EntryEditor key={`new-${route.name}`} mode={{ kind: 'new', name: route.name, context: route.context }} notify={props.notify} />;
  if (route.view === 'entry') return <EntryEditor key={route.id} mode={{ kind: 'edit', id: route.id }} notify={props.notify} />;
  return <GlossaryList notify={props.notify} />;
}

function GlossaryList(props: { notify(m: ToastMessage): void }) {
  const entries = useLive(() => stores().glossary.list(), [], undefined).value;
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
    const mine = await stores().glossary.export();
    download(exportFileName('backstory-glossary'), JSON.stringify(buildGlossaryExport(mine.entries, mine.edits), null, 2));
    props.notify({ text: t('options.glossary.exported', [mine.entries.length, mine.edits.length]) });
  };

  return (
    <section aria-labelledby="glossary-title">
      <div class="section-head">
        <ViewHeading id="glossary-title">{t('options.glossary.title')}</ViewHeading>
        <div class="actions">
          <a class="button button-primary" href="#glossary/new">
            {t('options.glossary.add')}
          </a>
          <button type="button" class="button" aria-expanded={importing} aria-controls="import-panel" onClick={() => setImporting(!importing)}>
            {t('options.glossary.import')}
          </button>
          <button type="button" class="button" onClick={() => void exportMine()}>
            {t('options.glossary.export')}
          </button>
        </div>
      </div>
      <p class="lead">{t('options.glossary.lead')}</p>
      {importing && <ImportPanel onClose={() => setImporting(false)} notify={props.notify} />}

      {settings && (
        <details class="panel details">
          <summary>{t('options.glossary.toggles')}</summary>
          <div class="details-body">
            <KindsAndPacks settings={settings} update={update} compact />
          </div>
        </details>
      )}

      <form class="filters" role="search" aria-label={t('options.glossary.searchLabel')} onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="glossary-search">{t('options.glossary.search')}</label>
          <input id="glossary-search" type="search" placeholder={t('options.glossary.searchPlaceholder')} value={query} onInput={(e) => (setQuery(e.currentTarget.value), setShown(PAGE))} />
        </div>
        <SelectField id="glossary-kind" label={t('options.glossary.kind')} value={kind} onChange={(v) => (setKind(v as '' | EntryKind), setShown(PAGE))} options={[['', t('options.glossary.allKinds')], ...ENTRY_KINDS.map((k) => [k, kindName(k)] as const)]} />
        <SelectField id="glossary-pack" label={t('options.glossary.pack')} value={pack} onChange={(v) => (setPack(v), setShown(PAGE))} options={[['', t('options.glossary.allPacks')], ...packs.map((p) => [p, packTitle(p)] as const)]} />
        <SelectField
          id="glossary-status"
          label={t('options.glossary.show')}
          value={status}
          onChange={(v) => (setStatus(v as StatusFilter), setShown(PAGE))}
          options={[
            ['all', t('options.glossary.everything')],
            ['user', t('options.glossary.yours')],
            ['edited', t('options.glossary.edited')],
            ['notes', t('options.glossary.notes')],
            ['off', t('options.glossary.off')],
          ]}
        />
      </form>

      <p class="result-count" role="status" aria-live="polite">
        {entries === undefined ? t('options.glossary.loadingList') : t('options.glossary.count', [filtered.length.toLocaleString(), entries.length.toLocaleString()])}
      </p>
      {filtered.length > 0 && (
        <table class="entries">
          <TableHead caption={t('options.glossary.caption')} hideCaption columns={[t('options.glossary.colName'), t('options.glossary.colKind'), t('options.glossary.colPack'), t('options.glossary.colOn')]} />
          <tbody>
            {filtered.slice(0, shown).map((e) => (
              <EntryRow key={e.id} entry={e} />
            ))}
          </tbody>
        </table>
      )}
      {filtered.length > shown && (
        <button type="button" class="button" onClick={() => setShown(shown + PAGE * 5)}>
          {t('options.glossary.more', [(filtered.length - shown).toLocaleString()])}
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
        {entry.edited && <span class="badge">{entry.origin === 'user' ? t('options.glossary.badgeYours') : t('options.glossary.badgeChanged')}</span>}
        {entry.origin === 'user' && !entry.edited && <span class="badge">{t('options.glossary.badgeYours')}</span>}
        <span class="entry-summary">{entry.summary}</span>
      </td>
      <td>
        <span class={`kind-dot kind-${entry.kind}`} aria-hidden="true" />
        {kindName(entry.kind)}
      </td>
      <td>{packTitle(entry.origin)}</td>
      <td>
        <input
          type="checkbox"
          checked={!entry.disabled}
          aria-label={t('options.glossary.highlight', [entry.name])}
          onChange={(e) => void stores().glossary.setDisabled(entry.id, !e.currentTarget.checked)}
        />
      </td>
    </tr>
  );
}

/** A labelled select of [value, text] options. */
function SelectField(props: { id: string; label: string; value: string; onChange(value: string): void; options: ReadonlyArray<readonly [string, string]> }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <Select id={props.id} value={props.value} onChange={props.onChange} options={props.options} />
    </div>
  );
}
