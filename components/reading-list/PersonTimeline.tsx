/**
 * The reading list's timeline for one person (`person:Shoigu`): the saved articles that mention
 * them, placed by their published dates among the storyline's events and the person's role
 * changes, each article with the roles that held on its day. Articles with no published date are
 * listed apart, never placed by their saved date. Drawn from the local database only.
 */
import { useMemo } from 'preact/hooks';
import { t } from '@/components/design/i18n';
import { useLive } from '@/components/design/use-live';
import { periodText } from '@/components/card/DatedFacts';
import { readerUrl } from '@/lib/client/reading-list';
import type { BackstoryDb } from '@/lib/db/schema';
import { stores } from '@/lib/db/stores';
import { formatPartialDate } from '@/lib/glossary/dated-facts';
import type { PersonTimelineItem, TimelineArticle } from '@/lib/reading-list/person-timeline';
import { parseQuery } from '@/lib/reading-list/query';
import './person-timeline.css';

export interface PersonTimelineProps {
  /** The reading list's search as typed; the timeline shows when it names one person (`person:…`). */
  query: string;
  db?: BackstoryDb;
}

/** The one person a query names (`person:Shoigu`), or null when it names none or several. */
export function personOfQuery(query: string): string | null {
  const people = parseQuery(query).include.flatMap((c) => (c.kind === 'entity' && c.entityKind === 'person' ? [c.value] : []));
  return people.length === 1 ? people[0]! : null;
}

function ArticleLink(props: { article: TimelineArticle }) {
  return (
    <a class="rl-ptl-link" href={readerUrl(props.article.id)}>
      {props.article.title || props.article.url}
    </a>
  );
}

function Item(props: { item: PersonTimelineItem }) {
  const { item } = props;
  const when = item.kind === 'role' ? formatPartialDate(item.date) : item.kind === 'event' ? formatPartialDate(item.event.date) : formatPartialDate(item.day);
  return (
    <li class={`rl-ptl-item rl-ptl-${item.kind}`} data-day={item.day}>
      <time class="rl-ptl-date" dateTime={item.day}>
        {when}
      </time>{' '}
      <span class="rl-ptl-body">
        {item.kind === 'event' && <span class="rl-ptl-event">{item.event.name}</span>}
        {item.kind === 'role' && (
          <span class="rl-ptl-role">
            {t(item.change === 'began' ? 'library.timeline.began' : 'library.timeline.ended', [item.fact.value])}
            {periodText(item.fact) && <span class="rl-ptl-period"> ({periodText(item.fact)})</span>}
          </span>
        )}
        {item.kind === 'article' && (
          <>
            <ArticleLink article={item.article} />
            {item.roles.length > 0 && (
              <span class="rl-ptl-then">
                {' '}
                {t('library.timeline.then', [item.roles.map((r) => (r.uncertain ? `${r.value} (${t('dated.uncertain')})` : r.value)).join('; ')])}
              </span>
            )}
          </>
        )}
      </span>
    </li>
  );
}

export function PersonTimeline(props: PersonTimelineProps) {
  const store = stores(props.db);
  const name = useMemo(() => personOfQuery(props.query), [props.query]);
  const { value } = useLive(
    async () => (name ? store.glossary.personTimeline(name) : null),
    [store, name],
    null,
  );
  if (!name || !value) return null;
  const { person, timeline } = value;
  const articles = timeline.items.filter((i) => i.kind === 'article').length + timeline.undated.length;
  return (
    <section class="rl-ptl" aria-labelledby="rl-ptl-title">
      <h2 class="rl-ptl-title" id="rl-ptl-title">
        {t('library.timeline.title', [person.name])}
      </h2>
      {articles === 0 && <p class="rl-ptl-muted">{t('library.timeline.none', [person.name])}</p>}
      <ol class="rl-ptl-list">
        {timeline.items.map((item) => (
          <Item key={`${item.kind}:${item.day}:${item.kind === 'article' ? item.article.id : item.kind === 'event' ? item.event.id : `${item.change}:${item.fact.value}`}`} item={item} />
        ))}
      </ol>
      {timeline.undated.length > 0 && (
        <div class="rl-ptl-undated">
          <p class="rl-ptl-muted">{t('library.timeline.undated', timeline.undated.length, [timeline.undated.length.toLocaleString()])}</p>
          <ul>
            {timeline.undated.map((a) => (
              <li key={a.id}>
                <ArticleLink article={a} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
