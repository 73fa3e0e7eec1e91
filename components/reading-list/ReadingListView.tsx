/**
 * The reading list: search with operators, sort, filters, results with highlighted snippets,
 * keyboard navigation (j/k, Enter, e, s, x, #, /), multi-select and delete with undo.
 *
 * Exported for the library page and for the side panel, which hosts it as a tab (`compact`).
 * Its parts: the toolbar (ListToolbar), what it shows, live (use-list-results), the actions on the
 * selection with their undo (use-list-actions, BulkBar), the count and toasts (ListStatus), a row
 * (ArticleItem).
 */
import { Fragment, type JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { fillSlots, t, tSlots } from '@/components/design/i18n';
import type { BackstoryDb } from '@/lib/db/schema';
import { stores } from '@/lib/db/stores';
import { parseQuery, type Clause } from '@/lib/reading-list/query';
import { ArticleItem } from './ArticleItem';
import { BulkBar } from './BulkBar';
import { articles as nArticles } from './format';
import { ListCount, ListToasts } from './ListStatus';
import { INITIAL_LIST_VIEW, ListToolbar, type ListView } from './ListToolbar';
import { useListActions } from './use-list-actions';
import { useListResults } from './use-list-results';
import { PersonTimeline } from './PersonTimeline';

export interface ReadingListViewProps {
  db?: BackstoryDb;
  /** The side panel's narrower layout. */
  compact?: boolean;
  initialQuery?: string;
  /** Opens an article; by default the reader view in this tab. */
  onOpen?: (id: string) => void;
  /** Called when the query changes (the library page keeps it in the address). */
  onQueryChange?: (query: string) => void;
}

const PAGE = 100;

const KIND_OPERATOR: Record<string, string> = { person: 'person', place: 'place', organization: 'org', topic: 'topic', event: 'event' };

/** Quotes an operator value when it holds spaces. */
function operatorValue(value: string): string {
  return /\s/.test(value) ? `"${value.replace(/"/g, '')}"` : value;
}

/** On the library page the reader replaces the list (Back returns); elsewhere (a side panel) it opens in a new tab. */
function defaultOpen(id: string): void {
  const url = `/reader.html?id=${encodeURIComponent(id)}`;
  if (location.pathname.endsWith('/library.html')) location.href = url;
  else window.open(url, '_blank', 'noopener');
}

export function ReadingListView(props: ReadingListViewProps) {
  const store = stores(props.db);
  const [query, setQuery] = useState(props.initialQuery ?? '');
  const [view, setView] = useState<ListView>(INITIAL_LIST_VIEW);
  const changeView = (change: Partial<ListView>) => setView((v) => ({ ...v, ...change }));
  const { sort, direction, state: stateFilter, favOnly, tag, site } = view;
  const [limit, setLimit] = useState(PAGE);
  const [cursor, setCursor] = useState(0);
  /** The article whose tags are being edited in place. */
  const [editingTags, setEditingTags] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const open = props.onOpen ?? defaultOpen;

  const filters = useMemo(() => {
    const f: Clause[] = [];
    if (stateFilter !== 'all') f.push({ kind: 'is', value: stateFilter });
    if (favOnly) f.push({ kind: 'is', value: 'fav' });
    if (tag) f.push({ kind: 'tag', value: tag });
    if (site) f.push({ kind: 'site', value: site });
    return f;
  }, [stateFilter, favOnly, tag, site]);

  const parsed = useMemo(() => parseQuery(query), [query]);
  // An is: in the query overrides the state tabs, so "is:archived" typed on the Unread tab still finds archived articles.
  const effectiveFilters = useMemo(
    () => (parsed.include.some((c) => c.kind === 'is') || parsed.exclude.some((c) => c.kind === 'is') ? filters.filter((c) => c.kind !== 'is' || c.value === 'fav') : filters),
    [filters, parsed],
  );

  const { counts, results, facets, indexing } = useListResults(store, { parsed, filters: effectiveFilters, state: stateFilter, sort, direction, limit });
  const plainList = query.trim() === '' && !favOnly && !tag && !site && counts.value !== null;
  const articles = results.value?.articles ?? [];
  const total = results.value?.total ?? 0;
  const actions = useListActions(store.articles, articles);

  useEffect(() => setCursor((c) => Math.min(c, Math.max(0, articles.length - 1))), [articles.length]);
  useEffect(() => props.onQueryChange?.(query), [query]);
  useEffect(() => setLimit(PAGE), [parsed, effectiveFilters, sort, direction]);

  const targets = (): string[] => (actions.selected.size > 0 ? [...actions.selected] : articles[cursor] ? [articles[cursor]!.id] : []);

  const focusRow = (index: number) => {
    setCursor(index);
    requestAnimationFrame(() => listRef.current?.querySelectorAll<HTMLElement>('.rl-title')[index]?.focus());
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    const typing = target.closest('input, textarea, select, [contenteditable]');
    if (event.key === '/' && !typing) {
      event.preventDefault();
      searchRef.current?.focus();
      searchRef.current?.select();
      return;
    }
    if (typing) {
      if (event.key === 'Escape' && target === searchRef.current) {
        if (query) setQuery('');
        else searchRef.current?.blur();
      }
      if ((event.key === 'ArrowDown' || event.key === 'Enter') && target === searchRef.current && articles.length > 0) {
        event.preventDefault();
        focusRow(0);
      }
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const current = articles[cursor];
    switch (event.key) {
      case 'j':
      case 'ArrowDown':
        event.preventDefault();
        focusRow(Math.min(articles.length - 1, cursor + 1));
        break;
      case 'k':
      case 'ArrowUp':
        event.preventDefault();
        focusRow(Math.max(0, cursor - 1));
        break;
      case 'Enter':
      case 'o':
        if (current && !target.closest('button, a:not(.rl-title)')) {
          event.preventDefault();
          open(current.id);
        }
        break;
      case 'e':
        actions.archive(targets());
        break;
      case 's':
        actions.favourite(targets());
        break;
      case 't':
        if (current) {
          event.preventDefault();
          setEditingTags(current.id);
        }
        break;
      case 'x':
        if (current) actions.toggleSelect(current.id);
        break;
      case '#':
      case 'Delete':
        actions.remove(targets());
        break;
      case 'Escape':
        actions.clearSelection();
        break;
    }
  };

  const addToQuery = (operator: string) => setQuery((q) => (q.includes(operator) ? q : `${q.trim()} ${operator}`.trim()));

  return (
    <section class={`rl ${props.compact ? 'rl-compact' : ''}`} onKeyDown={onKeyDown as unknown as JSX.KeyboardEventHandler<HTMLElement>} aria-label={t('library.label')}>
      <ListToolbar
        searchRef={searchRef}
        query={query}
        onQuery={setQuery}
        view={view}
        onView={changeView}
        tags={facets.value.tags}
        sites={facets.value.sites}
      />
      <ListCount counts={plainList ? counts.value : null} results={results} facets={facets.value} filtered={!!query || filters.length > 0} indexing={indexing} problems={parsed.problems} />
      <PersonTimeline query={query} db={props.db} />
      {actions.selected.size > 0 && <BulkBar actions={actions} />}

      {facets.value.total === 0 && !results.loading ? (
        <div class="rl-empty">
          <h2>{t('library.empty.title')}</h2>
          <p>
            {fillSlots(tSlots('library.empty.text'), [
              <strong key="save">{t('library.empty.save')}</strong>,
              <Fragment key="keys">
                <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>S</kbd>
              </Fragment>,
            ])}
          </p>
        </div>
      ) : articles.length === 0 && results.value && !results.value.totalIsExact ? (
        <div class="rl-empty">
          <p>{t('library.empty.unconfirmed', [nArticles(total)])}</p>
        </div>
      ) : articles.length === 0 && !results.loading ? (
        <div class="rl-empty">
          <p>
            {t('library.empty.nothing')}{' '}
            {stateFilter !== 'all' && (
              <button type="button" class="rl-link-button" onClick={() => changeView({ state: 'all' })}>
                {t('library.empty.searchAll')}
              </button>
            )}
          </p>
        </div>
      ) : (
        <ol class="rl-list" ref={listRef}>
          {articles.map((a, i) => (
            <ArticleItem
              key={a.id}
              article={a}
              current={i === cursor}
              selected={actions.selected.has(a.id)}
              snippet={results.value?.snippets.get(a.id)}
              onFocus={() => setCursor(i)}
              onOpen={() => open(a.id)}
              onSelect={() => actions.toggleSelect(a.id)}
              onArchive={() => actions.archive([a.id])}
              onFavourite={() => actions.favourite([a.id])}
              onDelete={() => actions.remove([a.id])}
              onTag={(name) => changeView({ tag: name })}
              editingTags={editingTags === a.id}
              onEditTags={() => setEditingTags(a.id)}
              onSaveTags={(tags) => {
                setEditingTags(null);
                if (tags !== null) actions.setTags(a.id, tags);
                requestAnimationFrame(() => listRef.current?.querySelectorAll<HTMLElement>('.rl-title')[i]?.focus());
              }}
              onEntity={(kind, name) => addToQuery(`${KIND_OPERATOR[kind] ?? 'topic'}:${operatorValue(name)}`)}
            />
          ))}
        </ol>
      )}
      {total > articles.length && (
        <button type="button" class="rl-more" onClick={() => setLimit((l) => l + PAGE)}>
          {t('library.more', [(total - articles.length).toLocaleString()])}
        </button>
      )}

      <ListToasts actions={actions} />
      {!props.compact && (
        <p class="rl-keys">
          <kbd>/</kbd> {t('library.keys.search')} · <kbd>j</kbd>/<kbd>k</kbd> {t('library.keys.move')} · <kbd>Enter</kbd> {t('library.keys.open')} · <kbd>e</kbd>{' '}
          {t('library.keys.archive')} · <kbd>s</kbd> {t('library.keys.favourite')} · <kbd>t</kbd> {t('library.keys.tags')} · <kbd>x</kbd> {t('library.keys.select')} ·{' '}
          <kbd>#</kbd> {t('library.keys.delete')}
        </p>
      )}
    </section>
  );
}
