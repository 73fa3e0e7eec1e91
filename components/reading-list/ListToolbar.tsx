/** The reading list's toolbar: the search box, the state tabs, favourites, tag, site and sort. */
import type { Ref } from 'preact';
import { t } from '@/components/design/i18n';
import { Select } from '@/components/design/Select';
import type { SortDirection, SortKey } from '@/lib/db/articles-search';

export type StateFilter = 'all' | 'unread' | 'archived';

const SORTS: readonly SortKey[] = ['savedAt', 'publishedAt', 'title', 'readingTime'];

export interface ListToolbarProps {
  searchRef: Ref<HTMLInputElement>;
  query: string;
  onQuery(query: string): void;
  state: StateFilter;
  onState(state: StateFilter): void;
  favOnly: boolean;
  onFavOnly(on: boolean): void;
  tags: readonly string[];
  tag: string;
  onTag(tag: string): void;
  sites: readonly string[];
  site: string;
  onSite(site: string): void;
  sort: SortKey;
  onSort(sort: SortKey): void;
  direction: SortDirection;
  onDirection(direction: SortDirection): void;
}

export function ListToolbar(props: ListToolbarProps) {
  const stateTabs: Array<{ key: StateFilter; label: string }> = [
    { key: 'unread', label: t('library.tabs.unread') },
    { key: 'archived', label: t('library.tabs.archive') },
    { key: 'all', label: t('library.tabs.all') },
  ];
  const { direction } = props;
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
            <button key={tab.key} type="button" class="rl-tab" aria-pressed={props.state === tab.key} onClick={() => props.onState(tab.key)}>
              {tab.label}
            </button>
          ))}
        </div>
        <button type="button" class="rl-chip-toggle" aria-pressed={props.favOnly} onClick={() => props.onFavOnly(!props.favOnly)} title={t('library.favouritesOnly')}>
          {t('library.favourites')}
        </button>
        <FilterSelect label={t('library.tag')} value={props.tag} onChange={props.onTag} options={[['', t('library.allTags')], ...props.tags.map((n) => [n, n] as const)]} />
        <FilterSelect label={t('library.site')} value={props.site} onChange={props.onSite} options={[['', t('library.allSites')], ...props.sites.map((s) => [s, s] as const)]} />
        <FilterSelect label={t('library.sortBy')} value={props.sort} onChange={(v) => props.onSort(v as SortKey)} options={SORTS.map((key) => [key, t(`library.sort.${key}`)] as const)} />
        <button
          type="button"
          class="rl-icon-button"
          onClick={() => props.onDirection(direction === 'asc' ? 'desc' : 'asc')}
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
