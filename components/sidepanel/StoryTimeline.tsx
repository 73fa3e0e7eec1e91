/**
 * The story so far: the dated events of the storyline related to the article's names, before the
 * article, a "you are here" mark at its published date, and, collapsed under "What happened next",
 * what came after. Each event opens its entry; saved articles published in its days are linked.
 * Drawn from the local database only (a few dozen rows), no network.
 */
import { useMemo } from 'preact/hooks';
import { t } from '@/components/design/i18n';
import { useLive } from '@/components/design/use-live';
import type { EffectiveEntry } from '@/lib/db/glossary-repo';
import type { BackstoryDb } from '@/lib/db/schema';
import { stores } from '@/lib/db/stores';
import type { TimelineData } from '@/lib/db/timeline';
import { articleDay, formatPartialDate } from '@/lib/glossary/dated-facts';
import { storyTimeline, type TimelineEvent } from '@/lib/glossary/timeline';
import { readerUrl } from '@/lib/client/reading-list';
import type { SavedArticle } from '@/lib/reading-list/types';
import { Subsection } from './Section';

/** Saved articles listed under one event, at most. */
const MAX_SAVED = 3;

export interface StoryTimelineProps {
  /** The entries the article names (their `related` lists count too). */
  named: readonly EffectiveEntry[];
  /** The article's published time as the page gave it; never a saved date. */
  publishedTime: string | null;
  /** Opens an event's entry in the panel. */
  onOpen(entry: EffectiveEntry): void;
  db?: BackstoryDb;
}

function EventItem(props: { event: TimelineEvent; saved: SavedArticle[] | undefined; onOpen(): void }) {
  const { event } = props;
  const when = event.endDate ? t('dated.period', [formatPartialDate(event.date), formatPartialDate(event.endDate)]) : formatPartialDate(event.date);
  return (
    <li class="sp-timeline-event" data-event={event.id}>
      <time class="sp-timeline-date" dateTime={event.date}>
        {when}
      </time>
      <button type="button" class="sp-link sp-timeline-open" onClick={props.onOpen}>
        {event.name}
      </button>
      {props.saved && (
        <ul class="sp-timeline-saved">
          {props.saved.map((a) => (
            <li key={a.id}>
              <a class="sp-link" href={readerUrl(a.id)} target="_blank" rel="noopener noreferrer">
                {t('timeline.saved', [a.title || a.url])}
              </a>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function StoryTimeline(props: StoryTimelineProps) {
  const glossary = stores(props.db).glossary;
  const { value: loaded } = useLive(() => glossary.timeline(MAX_SAVED), [glossary], null as TimelineData | null);
  const day = articleDay(props.publishedTime);
  const timeline = useMemo(() => (loaded ? storyTimeline(loaded.dated, props.named, day) : null), [loaded, props.named, day]);
  if (!loaded || !timeline) return null;
  const byId = new Map(loaded.dated.map((e) => [e.id, e]));
  const item = (e: TimelineEvent) => <EventItem key={e.id} event={e} saved={loaded.saved.get(e.id)} onOpen={() => props.onOpen(byId.get(e.id)!)} />;
  const empty = timeline.before.length === 0 && timeline.after.length === 0;
  return (
    <Subsection id="timeline" class="sp-timeline" title={t('timeline.title')}>
      {empty ? (
        <p class="sp-muted">{t('timeline.empty')}</p>
      ) : (
        <>
          <ol class="sp-timeline-list">
            {timeline.before.map(item)}
            {day ? (
              <li class="sp-timeline-here" aria-current="date">
                {t('timeline.here', [formatPartialDate(day)])}
              </li>
            ) : (
              <li class="sp-timeline-here sp-muted">{t('timeline.hereUnknown')}</li>
            )}
          </ol>
          {timeline.after.length > 0 && (
            <details class="sp-timeline-next">
              <summary>{t('timeline.next', timeline.after.length, [timeline.after.length.toLocaleString()])}</summary>
              <ol class="sp-timeline-list">{timeline.after.map(item)}</ol>
            </details>
          )}
        </>
      )}
    </Subsection>
  );
}
