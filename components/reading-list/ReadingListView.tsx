/**
 * The reading list: search with operators, sort, filters, results with highlighted snippets,
 * keyboard navigation (j/k, Enter, e, s, x, #, /), multi-select and delete with undo.
 *
 * Exported for the library page and for the side panel, which hosts it as a tab (`compact`).
 * Reads the database directly with liveQuery, so saves made elsewhere appear at once.
 */
import { Fragment, type JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { fillSlots, t, tSlots } from '@/components/design/i18n';
import { addTags, deleteArticles, restoreArticles, setFavourite, setState, setTags, type StoredArticle } from '@/lib/db/articles-repo';
import { getDb, type BackstoryDb } from '@/lib/db/schema';
import { EntityResolver } from '@/lib/reading-list/entity-resolver';
import { highlightTerms, parseQuery, type Clause } from '@/lib/reading-list/query';
import { searchArticles, type SortDirection, type SortKey } from '@/lib/db/articles-search';
import { watchIndexing } from '@/lib/db/articles-search-index';
import { makeSnippet, type SnippetPart } from '@/lib/reading-list/snippet';
import type { SavedArticle } from '@/lib/reading-list/types';
import { articles as nArticles, formatDate, formatReadingTime } from './format';
import { useLive } from '../design/use-live';
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

type StateFilter = 'all' | 'unread' | 'archived';

const PAGE = 100;
const UNDO_MS = 10_000;

const SORTS: readonly SortKey[] = ['savedAt', 'publishedAt', 'title', 'readingTime'];

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
  const db = props.db ?? getDb();
  const [query, setQuery] = useState(props.initialQuery ?? '');
  const [sort, setSort] = useState<SortKey>('savedAt');
  const [direction, setDirection] = useState<SortDirection>('desc');
  const [stateFilter, setStateFilter] = useState<StateFilter>('unread');
  const [favOnly, setFavOnly] = useState(false);
  const [tag, setTag] = useState('');
  const [site, setSite] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const [cursor, setCursor] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [undo, setUndo] = useState<{ items: StoredArticle[]; message: string } | null>(null);
  const [notice, setNotice] = useState('');
  const [tagging, setTagging] = useState(false);
  /** The article whose tags are being edited in place. */
  const [editingTags, setEditingTags] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const open = props.onOpen ?? defaultOpen;

  // The glossary, for resolving person:/place:/org:/topic: names to entry ids.
  const glossary = useLive(() => db.glossary.toArray(), [db], []);
  const resolver = useMemo(() => new EntityResolver(glossary.value), [glossary.value]);

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

  // Counted from the database's own index, not the search index: right at once after a large
  // import, while search catches up (and says so). Subscribed first, so it is answered first.
  const counts = useLive(
    async () => ({ all: await db.articles.count(), shown: stateFilter === 'all' ? null : await db.articles.where('state').equals(stateFilter).count() }),
    [db, stateFilter],
    null as { all: number; shown: number | null } | null,
  );
  const results = useLive(
    async () => {
      const result = await searchArticles(db, { query: parsed, filters: effectiveFilters, sort, direction, limit, resolver });
      const terms = highlightTerms(parsed);
      const wantSnippets = terms.prefixes.length > 0 || terms.phrases.length > 0;
      const bodies = wantSnippets ? await db.articleBodies.bulkGet(result.articles.map((a) => a.id)) : [];
      const snippets = new Map<string, SnippetPart[]>();
      result.articles.forEach((a, i) => {
        const text = bodies[i]?.text;
        if (wantSnippets && text) snippets.set(a.id, makeSnippet(text, terms));
      });
      return { ...result, snippets };
    },
    [db, parsed, effectiveFilters, sort, direction, limit, resolver],
    null,
  );

  const facets = useLive(
    async () => ({
      tags: (await db.articles.orderBy('tags').uniqueKeys()) as string[],
      sites: (await db.articles.orderBy('site').uniqueKeys()) as string[],
      total: await db.articles.count(),
    }),
    [db],
    { tags: [], sites: [], total: 0 },
  );

  const plainList = query.trim() === '' && !favOnly && !tag && !site && counts.value !== null;
  const [indexing, setIndexing] = useState(false);
  useEffect(() => watchIndexing(db, setIndexing), [db]);

  const articles = results.value?.articles ?? [];
  const total = results.value?.total ?? 0;

  useEffect(() => setCursor((c) => Math.min(c, Math.max(0, articles.length - 1))), [articles.length]);
  useEffect(() => props.onQueryChange?.(query), [query]);
  useEffect(() => setLimit(PAGE), [parsed, effectiveFilters, sort, direction]);
  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [undo]);

  const targets = (): string[] => (selected.size > 0 ? [...selected] : articles[cursor] ? [articles[cursor]!.id] : []);

  const act = async (label: string, fn: () => Promise<unknown>) => {
    try {
      await fn();
      setNotice(label);
    } catch (error) {
      setNotice(t('library.done.failed', [label.toLocaleLowerCase(), error instanceof Error ? error.message : String(error)]));
    }
  };

  const archive = (ids: string[]) => {
    if (ids.length === 0) return;
    const all = ids.map((id) => articles.find((a) => a.id === id)).filter((a): a is SavedArticle => !!a);
    const toArchived = all.some((a) => a.state !== 'archived');
    void act(toArchived ? t('library.done.archived', [nArticles(ids.length)]) : t('library.done.unarchived', [nArticles(ids.length)]), () =>
      setState(db, ids, toArchived ? 'archived' : 'unread'),
    );
  };
  const favourite = (ids: string[]) => {
    if (ids.length === 0) return;
    const all = ids.map((id) => articles.find((a) => a.id === id)).filter((a): a is SavedArticle => !!a);
    const on = all.some((a) => a.favourite !== 1);
    void act(on ? t('library.done.favourite') : t('library.done.unfavourite'), () => setFavourite(db, ids, on));
  };
  const remove = (ids: string[]) => {
    if (ids.length === 0) return;
    void (async () => {
      const items = await deleteArticles(db, ids);
      setSelected(new Set());
      setUndo({ items, message: t('library.done.deleted', [nArticles(items.length)]) });
    })();
  };
  const undoDelete = () => {
    if (!undo) return;
    const items = undo.items;
    setUndo(null);
    void act(t('library.done.restored', [nArticles(items.length)]), () => restoreArticles(db, items));
  };
  const toggleSelect = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

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
        archive(targets());
        break;
      case 's':
        favourite(targets());
        break;
      case 't':
        if (current) {
          event.preventDefault();
          setEditingTags(current.id);
        }
        break;
      case 'x':
        if (current) toggleSelect(current.id);
        break;
      case '#':
      case 'Delete':
        remove(targets());
        break;
      case 'Escape':
        setSelected(new Set());
        break;
    }
  };

  const addToQuery = (operator: string) => setQuery((q) => (q.includes(operator) ? q : `${q.trim()} ${operator}`.trim()));

  const stateTabs: Array<{ key: StateFilter; label: string }> = [
    { key: 'unread', label: t('library.tabs.unread') },
    { key: 'archived', label: t('library.tabs.archive') },
    { key: 'all', label: t('library.tabs.all') },
  ];

  return (
    <section class={`rl ${props.compact ? 'rl-compact' : ''}`} onKeyDown={onKeyDown as unknown as JSX.KeyboardEventHandler<HTMLElement>} aria-label={t('library.label')}>
      <div class="rl-toolbar">
        <label class="rl-search">
          <span class="rl-sr-only">{t('library.searchLabel')}</span>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" stroke-width="1.6" />
            <path d="M10.5 10.5L14 14" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
          </svg>
          <input
            ref={searchRef}
            type="search"
            value={query}
            placeholder={t('library.searchPlaceholder')}
            onInput={(e) => setQuery(e.currentTarget.value)}
            aria-describedby="rl-count"
            spellcheck={false}
            autocomplete="off"
          />
        </label>
        <div class="rl-controls">
          <div class="rl-tabs" role="group" aria-label={t('library.tabs.label')}>
            {stateTabs.map((tab) => (
              <button key={tab.key} type="button" class="rl-tab" aria-pressed={stateFilter === tab.key} onClick={() => setStateFilter(tab.key)}>
                {tab.label}
              </button>
            ))}
          </div>
          <button type="button" class="rl-chip-toggle" aria-pressed={favOnly} onClick={() => setFavOnly((f) => !f)} title={t('library.favouritesOnly')}>
            {t('library.favourites')}
          </button>
          <label class="rl-select">
            <span class="rl-sr-only">{t('library.tag')}</span>
            <select value={tag} onChange={(e) => setTag(e.currentTarget.value)}>
              <option value="">{t('library.allTags')}</option>
              {facets.value.tags.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <label class="rl-select">
            <span class="rl-sr-only">{t('library.site')}</span>
            <select value={site} onChange={(e) => setSite(e.currentTarget.value)}>
              <option value="">{t('library.allSites')}</option>
              {facets.value.sites.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <label class="rl-select">
            <span class="rl-sr-only">{t('library.sortBy')}</span>
            <select value={sort} onChange={(e) => setSort(e.currentTarget.value as SortKey)}>
              {SORTS.map((key) => (
                <option key={key} value={key}>
                  {t(`library.sort.${key}`)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            class="rl-icon-button"
            onClick={() => setDirection((d) => (d === 'asc' ? 'desc' : 'asc'))}
            aria-label={direction === 'asc' ? t('library.toDescending') : t('library.toAscending')}
            title={direction === 'asc' ? t('library.ascending') : t('library.descending')}
          >
            {direction === 'asc' ? '↑' : '↓'}
          </button>
        </div>
      </div>

      <p id="rl-count" class="rl-count" role="status" data-indexing={indexing ? 'true' : undefined}>
        {plainList && counts.value!.all > 0
          ? counts.value!.shown === null
            ? nArticles(counts.value!.all)
            : t('library.countOf', [nArticles(counts.value!.shown), counts.value!.all.toLocaleString()])
          : results.loading && !results.value
          ? t('common.loading')
          : facets.value.total === 0
            ? ''
            : results.value && !results.value.totalIsExact
              ? t('library.countInexact', [results.value.ids.length.toLocaleString(), total.toLocaleString(), facets.value.total.toLocaleString()])
              : query || filters.length
                ? t('library.countOf', [nArticles(total), facets.value.total.toLocaleString()])
                : nArticles(total)}
        {indexing && <span class="rl-indexing"> {t('library.indexing')}</span>}
        {parsed.problems.map((p) => (
          <span key={p} class="rl-problem">
            {' '}
            {p}
          </span>
        ))}
      </p>

      <PersonTimeline query={query} db={db} />
      {selected.size > 0 && (
        <div class="rl-bulk" role="toolbar" aria-label={t('library.bulk.label')}>
          <span>{t('library.bulk.count', selected.size, [selected.size.toLocaleString()])}</span>
          <button type="button" onClick={() => archive([...selected])}>
            {t('library.bulk.archive')}
          </button>
          <button type="button" onClick={() => favourite([...selected])}>
            {t('library.bulk.favourite')}
          </button>
          {tagging ? (
            <input
              class="rl-tag-input"
              placeholder={t('library.bulk.tagsPlaceholder')}
              autoFocus
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  const tags = e.currentTarget.value.split(',');
                  setTagging(false);
                  void act(t('library.done.tagged'), () => addTags(db, [...selected], tags));
                } else if (e.key === 'Escape') setTagging(false);
              }}
            />
          ) : (
            <button type="button" onClick={() => setTagging(true)}>
              {t('library.bulk.addTags')}
            </button>
          )}
          <button type="button" class="rl-danger" onClick={() => remove([...selected])}>
            {t('library.bulk.delete')}
          </button>
          <button type="button" onClick={() => setSelected(new Set())}>
            {t('library.bulk.clear')}
          </button>
        </div>
      )}

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
              <button type="button" class="rl-link-button" onClick={() => setStateFilter('all')}>
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
              selected={selected.has(a.id)}
              snippet={results.value?.snippets.get(a.id)}
              onFocus={() => setCursor(i)}
              onOpen={() => open(a.id)}
              onSelect={() => toggleSelect(a.id)}
              onArchive={() => archive([a.id])}
              onFavourite={() => favourite([a.id])}
              onDelete={() => remove([a.id])}
              onTag={(name) => setTag(name)}
              editingTags={editingTags === a.id}
              onEditTags={() => setEditingTags(a.id)}
              onSaveTags={(tags) => {
                setEditingTags(null);
                if (tags !== null) void act(t('library.done.tagsSaved'), () => setTags(db, a.id, tags));
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

      <div class="rl-toast-region" aria-live="polite">
        {undo ? (
          <div class="rl-toast" role="alert">
            {undo.message}{' '}
            <button type="button" onClick={undoDelete}>
              {t('common.undo')}
            </button>
          </div>
        ) : notice ? (
          <div class="rl-toast rl-toast-quiet">{notice}</div>
        ) : null}
      </div>
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

interface ArticleItemProps {
  article: SavedArticle;
  current: boolean;
  selected: boolean;
  snippet?: SnippetPart[];
  onFocus(): void;
  onOpen(): void;
  onSelect(): void;
  onArchive(): void;
  onFavourite(): void;
  onDelete(): void;
  onTag(tag: string): void;
  onEntity(kind: string, name: string): void;
  editingTags: boolean;
  onEditTags(): void;
  /** The new tags, or null to cancel. */
  onSaveTags(tags: string[] | null): void;
}

function ArticleItem(props: ArticleItemProps) {
  const a = props.article;
  // Enter or Escape ends the edit; the blur that follows must not end it again.
  const tagsDone = useRef(false);
  if (!props.editingTags) tagsDone.current = false;
  const finishTags = (tags: string[] | null) => {
    if (tagsDone.current) return;
    tagsDone.current = true;
    props.onSaveTags(tags);
  };
  const date = formatDate(a.publishedAt) || formatDate(a.savedAt);
  return (
    <li class="rl-item" data-current={props.current} data-selected={props.selected} data-state={a.state} data-id={a.id}>
      <input type="checkbox" class="rl-check" checked={props.selected} onChange={props.onSelect} aria-label={t('library.item.select', [a.title])} />
      <div class="rl-main">
        <a
          class="rl-title"
          href={`/reader.html?id=${encodeURIComponent(a.id)}`}
          onFocus={props.onFocus}
          onClick={(e) => {
            if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
            e.preventDefault();
            props.onOpen();
          }}
          aria-current={props.current ? 'true' : undefined}
        >
          {a.title}
        </a>
        <p class="rl-meta">
          <span>{a.siteName || a.site}</span>
          {date && <span>{date}</span>}
          {a.readingTime > 0 && <span>{formatReadingTime(a.readingTime)}</span>}
          {!a.downloaded && <span class="rl-badge">{t('library.item.notDownloaded')}</span>}
          {a.state === 'archived' && <span class="rl-badge">{t('library.item.archived')}</span>}
          {a.progress > 0.02 && a.progress < 0.98 && <span>{t('library.item.progress', [Math.round(a.progress * 100).toLocaleString()])}</span>}
        </p>
        {props.snippet && props.snippet.length > 0 ? (
          <p class="rl-snippet">{props.snippet.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : p.text))}</p>
        ) : a.excerpt ? (
          <p class="rl-snippet">{a.excerpt}</p>
        ) : null}
        {props.editingTags && (
          <input
            class="rl-tag-input rl-tag-edit"
            aria-label={t('library.item.tagsLabel', [a.title])}
            defaultValue={a.tags.join(', ')}
            autoFocus
            onKeyDown={(e) => {
              e.stopPropagation();
              if (e.key === 'Enter') finishTags(e.currentTarget.value.split(','));
              else if (e.key === 'Escape') finishTags(null);
            }}
            onBlur={(e) => finishTags(e.currentTarget.value.split(','))}
          />
        )}
        {(a.tags.length > 0 || a.mentions.length > 0) && (
          <p class="rl-chips">
            {a.tags.map((name) => (
              <button key={name} type="button" class="rl-chip rl-chip-tag" onClick={() => props.onTag(name)} tabIndex={-1} title={t('library.item.tagTitle', [name])}>
                #{name}
              </button>
            ))}
            {a.mentions.slice(0, 4).map((m) => (
              <button
                key={m.id}
                type="button"
                class="rl-chip"
                data-kind={m.kind}
                onClick={() => props.onEntity(m.kind, m.name)}
                tabIndex={-1}
                title={t('library.item.entityTitle', m.count, [m.count.toLocaleString(), m.name])}
              >
                {m.name}
              </button>
            ))}
          </p>
        )}
      </div>
      <div class="rl-actions">
        <button type="button" class="rl-icon-button" onClick={props.onEditTags} aria-label={t('library.item.editTags')} title={t('library.item.editTagsTitle')}>
          <Icon name="tag" />
        </button>
        <button type="button" class="rl-icon-button" aria-pressed={a.favourite === 1} onClick={props.onFavourite} aria-label={t('library.item.favourite')} title={t('library.item.favouriteTitle')}>
          <Icon name={a.favourite === 1 ? 'star-filled' : 'star'} />
        </button>
        <button type="button" class="rl-icon-button" onClick={props.onArchive} aria-label={a.state === 'archived' ? t('library.item.unarchive') : t('library.item.archive')} title={t('library.item.archiveTitle')}>
          <Icon name={a.state === 'archived' ? 'unarchive' : 'archive'} />
        </button>
        <button type="button" class="rl-icon-button" onClick={props.onDelete} aria-label={t('library.item.delete')} title={t('library.item.deleteTitle')}>
          <Icon name="trash" />
        </button>
      </div>
    </li>
  );
}

const ICONS: Record<string, string> = {
  star: 'M8 1.8l1.9 3.9 4.3.6-3.1 3 .7 4.3L8 11.6l-3.8 2 .7-4.3-3.1-3 4.3-.6z',
  'star-filled': 'M8 1.8l1.9 3.9 4.3.6-3.1 3 .7 4.3L8 11.6l-3.8 2 .7-4.3-3.1-3 4.3-.6z',
  archive: 'M2.5 3.5h11v3h-11zM3.5 6.5v6h9v-6M6.5 9h3',
  unarchive: 'M2.5 3.5h11v3h-11zM3.5 6.5v6h9v-6M8 12V8.5M6.3 10.2L8 8.5l1.7 1.7',
  trash: 'M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.6 8.5h5.8l.6-8.5M6.8 7v4M9.2 7v4',
  tag: 'M2.5 2.5h5l6 6-5 5-6-6zM5.2 5.2h.01',
};

/** Small line icons (the system's emoji fonts are not everywhere). */
function Icon(props: { name: keyof typeof ICONS }) {
  const filled = props.name === 'star-filled';
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <path d={ICONS[props.name]} fill={filled ? 'currentColor' : 'none'} stroke="currentColor" stroke-width="1.4" stroke-linejoin="round" stroke-linecap="round" />
    </svg>
  );
}
