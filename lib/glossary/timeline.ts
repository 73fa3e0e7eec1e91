/**
 * The story so far: the dated entries (events, treaties) related to an article's names, in order,
 * split at the article's date into what came before and what happened next. Pure.
 */
import { parsePartialDate } from './dated-facts';
import type { GlossaryEntry } from './types';

export interface TimelineEvent {
  id: string;
  name: string;
  summary: string;
  /** When it happened or began (partial date). */
  date: string;
  endDate?: string;
}

export interface Timeline {
  /** Events that began on or before the article's day (all of them when the day is unknown). */
  before: TimelineEvent[];
  /** Events that began after it. */
  after: TimelineEvent[];
}

type Dated = Pick<GlossaryEntry, 'id' | 'name' | 'summary' | 'related' | 'date' | 'endDate'>;

/**
 * The dated entries related to the article: named in it, listing one of its names as related, or
 * listed as related by one of them. Ordered by date (then name), split at `day` (YYYY-MM-DD, or
 * null when the article's date is unknown: everything is "before", nothing is placed after it).
 */
export function storyTimeline(dated: readonly Dated[], named: ReadonlyArray<Pick<GlossaryEntry, 'id' | 'related'>>, day: string | null): Timeline {
  const namedIds = new Set(named.map((e) => e.id));
  const relatedOfNamed = new Set(named.flatMap((e) => e.related));
  const events: Array<TimelineEvent & { start: string }> = [];
  for (const e of dated) {
    const span = e.date ? parsePartialDate(e.date) : null;
    if (!span) continue;
    const related = namedIds.has(e.id) || relatedOfNamed.has(e.id) || e.related.some((id) => namedIds.has(id));
    if (!related) continue;
    events.push({ id: e.id, name: e.name, summary: e.summary, date: e.date!, ...(e.endDate ? { endDate: e.endDate } : {}), start: span.start });
  }
  events.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.name.localeCompare(b.name)));
  const strip = ({ start: _start, ...event }: TimelineEvent & { start: string }): TimelineEvent => event;
  if (day === null) return { before: events.map(strip), after: [] };
  return { before: events.filter((e) => e.start <= day).map(strip), after: events.filter((e) => e.start > day).map(strip) };
}

/** The epoch-millisecond span [start, end) of the days a partial date covers, for finding saved articles from then. */
export function daySpanMs(date: string, endDate?: string): { start: number; end: number } | null {
  const from = parsePartialDate(date);
  if (!from) return null;
  const to = endDate ? (parsePartialDate(endDate) ?? from) : from;
  return { start: Date.parse(`${from.start}T00:00:00Z`), end: Date.parse(`${to.end}T00:00:00Z`) + 86_400_000 };
}
