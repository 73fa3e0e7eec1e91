/** One article in the reading list: title, meta, snippet, tags and names, and its actions. */
import { useRef } from 'preact/hooks';
import { t } from '@/components/design/i18n';
import type { SnippetPart } from '@/lib/reading-list/snippet';
import type { SavedArticle } from '@/lib/reading-list/types';
import { formatDate, formatReadingTime } from './format';

export interface ArticleItemProps {
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

/** A row of the list; its keyboard commands live on the list (ReadingListView). */
export function ArticleItem(props: ArticleItemProps) {
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
