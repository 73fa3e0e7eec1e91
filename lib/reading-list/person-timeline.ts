/**
 * A person's timeline for the reading list (`person:Shoigu`): the saved articles that mention them,
 * placed by their published dates among the storyline's dated events and the person's own role
 * changes (a role, office or post beginning or ending), each article with the roles that held on
 * its day. The saved date never stands in for a published date: articles without one are listed
 * apart. Pure: the caller reads the rows.
 */
import { articleDay, factsOn, isDated, isTimeBoundLabel, parsePartialDate, type ShownFact } from '../glossary/dated-facts';
import { storyTimeline, type TimelineEvent } from '../glossary/timeline';
import { UNKNOWN_END, type Fact, type GlossaryEntry } from '../glossary/types';
import type { SavedArticle } from './types';

export type TimelineArticle = Pick<SavedArticle, 'id' | 'title' | 'url' | 'publishedAt'>;

export type PersonTimelineItem =
  | { kind: 'event'; day: string; event: TimelineEvent }
  | { kind: 'role'; day: string; date: string; change: 'began' | 'ended'; fact: Fact }
  | { kind: 'article'; day: string; article: TimelineArticle; roles: ShownFact[] };

export interface PersonTimeline {
  /** Everything with a date, oldest first; on one day: events, then role changes, then articles. */
  items: PersonTimelineItem[];
  /** Saved articles with no published date, as saved (never placed by their saved date). */
  undated: TimelineArticle[];
}

type Person = Pick<GlossaryEntry, 'id' | 'related' | 'facts' | 'asOf'>;
type Dated = Parameters<typeof storyTimeline>[0][number];

const ORDER: Record<PersonTimelineItem['kind'], number> = { event: 0, role: 1, article: 2 };

/** The role changes of a person: each dated role beginning, and ending unless a role of the same label begins that day. */
function roleChanges(facts: readonly Fact[]): PersonTimelineItem[] {
  const roles = facts.filter((f) => isTimeBoundLabel(f.label) && isDated(f));
  const begins = new Set(roles.filter((f) => f.from).map((f) => `${f.label}|${f.from}`));
  const items: PersonTimelineItem[] = [];
  for (const fact of roles) {
    const from = fact.from ? parsePartialDate(fact.from) : null;
    if (from) items.push({ kind: 'role', day: from.start, date: fact.from!, change: 'began', fact });
    const to = fact.to && fact.to !== UNKNOWN_END ? parsePartialDate(fact.to) : null;
    if (to && !begins.has(`${fact.label}|${fact.to}`)) items.push({ kind: 'role', day: to.start, date: fact.to!, change: 'ended', fact });
  }
  return items;
}

/**
 * Lays out `articles` (those mentioning `person`) among the storyline `events` related to the person
 * and the person's role changes. `today` (YYYY-MM-DD) decides which roles count as current.
 */
export function personTimeline(person: Person, articles: readonly TimelineArticle[], events: readonly Dated[], today: string): PersonTimeline {
  const items: PersonTimelineItem[] = [];
  const undated: TimelineArticle[] = [];
  for (const event of storyTimeline(events, [person], null).before) {
    const span = parsePartialDate(event.date);
    if (span) items.push({ kind: 'event', day: span.start, event });
  }
  items.push(...roleChanges(person.facts));
  for (const article of articles) {
    const day = articleDay(article.publishedAt);
    if (!day) {
      undated.push(article);
      continue;
    }
    const roles = factsOn(person.facts, { day, today, asOf: person.asOf }).then.filter((f) => isTimeBoundLabel(f.label));
    items.push({ kind: 'article', day, article, roles });
  }
  items.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : ORDER[a.kind] - ORDER[b.kind]));
  return { items, undated };
}
