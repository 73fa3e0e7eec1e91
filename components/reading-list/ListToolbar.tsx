/** The reading list's toolbar: the search box, the state tabs, favourites, tag, site and sort. */
import type { Ref } from 'preact';
import { t } from '@/components/design/i18n';
import { Select } from '@/components/design/Select';
import type { SortDirection, SortKey } from '@/lib/db/articles-search';

export type StateFilter = 'all' | 'unread' | 'archived';

const SORTS: readonly SortKey[] = ['savedAt', 'publishedAt', 'title', 'readingTime'];

/** What the list shows besides the query: its filters and its order, one object the toolbar changes. */
export interface ListView {
  state: StateFilter;
  favOnly: boolean;
  /** A tag to show only ('' for all). */
  tag: string;
  /** A site to show only ('' for all). */
  site: string;
  sort: SortKey;
  direction: SortDirection;
}

/** The list as it first opens: unread articles, the last saved first. */
export const INITIAL_LIST_VIEW: ListView = { state: 'unread', favOnly: false, tag: '', site: '', sort: 'savedAt', direction: 'desc' };

export interface ListToolbarProps {
  searchRef: Ref<HTMLInputElement>;
  query: string;
  onQuery(query: string): void;
  view: ListView;
  /** Changes part of the view. */
  onView(change: Partial<ListView>): void;
  /** The tags and sites there are to choose from. */
  tags: readonly string[];
  sites: readonly string[];
}

export function ListToolbar(props: ListToolbarProps) {
  const stateTabs: Array<{ key: StateFilter; label: string }> = [
    { key: 'unread', label: t('library.tabs.unread') },
    { key: 'archived', label: t('library.tabs.archive') },
    { key: 'all', label: t('library.tabs.all') },
  ];
  const { view, onView } = props;
  const { direction } = view;
  return (
    <div class="rl-toolbar">
      <label class="rl-search">
        <span class="rl-sr-only">{t('library.searchLabel')}</span>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" stroke-width="1.6" />
          <path d="M10.5 10.5L14 14" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
        </svg>
        <input
          ref={props.searchRef}
          type="search"
          value={props.query}
          placeholder={t('library.searchPlaceholder')}
          onInput={(e) => props.onQuery(e.currentTarget.value)}
          aria-describedby="rl-count"
          spellcheck={false}
          autocomplete="off"
        />
      </label>
      <div class="rl-controls">
        <div class="rl-tabs" role="group" aria-label={t('library.tabs.label')}>
          {stateTabs.map((tab) => (
            <button key={tab.key} type="button" class="rl-tab" aria-pressed={view.state === tab.key} onClick={() => onView({ state: tab.key })}>
              {tab.label}
            </button>
          ))}
        </div>
        <button type="button" class="rl-chip-toggle" aria-pressed={view.favOnly} onClick={() => onView({ favOnly: !view.favOnly })} title={t('library.favouritesOnly')}>
          {t('library.favourites')}
        </button>
        <FilterSelect label={t('library.tag')} value={view.tag} onChange={(tag) => onView({ tag })} options={[['', t('library.allTags')], ...props.tags.map((n) => [n, n] as const)]} />
        <FilterSelect label={t('library.site')} value={view.site} onChange={(site) => onView({ site })} options={[['', t('library.allSites')], ...props.sites.map((s) => [s, s] as const)]} />
        <FilterSelect label={t('library.sortBy')} value={view.sort} onChange={(v) => onView({ sort: v as SortKey })} options={SORTS.map((key) => [key, t(`library.sort.${key}`)] as const)} />
        <button
          type="button"
          class="rl-icon-button"
          onClick={() => onView({ direction: direction === 'asc' ? 'desc' : 'asc' })}
          aria-label={direction === 'asc' ? t('library.toDescending') : t('library.toAscending')}
          title={direction === 'asc' ? t('library.ascending') : t('library.descending')}
        >
          {direction === 'asc' ? '↑' : '↓'}
        </button>
      </div>
    </div>
  );
}

/** A labelled select of [value, text] options. */
function FilterSelect(props: { label: string; value: string; onChange(value: string): void; options: ReadonlyArray<readonly [string, string]> }) {
  return (
    <label class="rl-select">
      <span class="rl-sr-only">{props.label}</span>
      <Select value={props.value} onChange={props.onChange} options={props.options} />
    </label>
  );
}
