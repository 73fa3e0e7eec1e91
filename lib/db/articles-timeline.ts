/**
 * Reads a person's timeline for the reading list: the person's entry (the reader's edits applied),
 * the storyline's dated events, and the saved articles that mention the person (by the entity
 * index, at most `MAX_ARTICLES`). A few hundred rows from the local database; no network.
 */
import { todayIso } from '../glossary/dated-facts';
import { EntityResolver } from '../reading-list/entity-resolver';
import { personTimeline, type PersonTimeline } from '../reading-list/person-timeline';
import { applyEdit, getEntries, type EffectiveEntry } from './glossary-repo';
import type { BackstoryDb } from './schema';

/** Saved articles placed on one person's timeline, at most. */
export const MAX_ARTICLES = 300;

/** The dated entries (events, treaties) that make up timelines, the reader's edits applied, disabled ones left out. */
export async function loadDatedEntries(db: BackstoryDb): Promise<EffectiveEntry[]> {
  const rows = (await db.glossary.where('kind').anyOf('event', 'topic').toArray()).filter((r) => r.date);
  const edits = new Map((await db.edits.bulkGet(rows.map((r) => r.id))).filter((e) => !!e).map((e) => [e!.id, e!]));
  return rows.filter((r) => !edits.get(r.id)?.disabled).map((r) => applyEdit(r, edits.get(r.id)));
}

/** The timeline of the person entry `id`, or null when there is no such person. */
export async function loadPersonTimeline(db: BackstoryDb, id: string, today = todayIso()): Promise<{ person: EffectiveEntry; timeline: PersonTimeline } | null> {
  const [person] = await getEntries(db, [id]);
  if (!person || person.kind !== 'person') return null;
  const [events, articles] = await Promise.all([loadDatedEntries(db), db.articles.where('entities').equals(`person:${id}`).limit(MAX_ARTICLES).toArray()]);
  return { person, timeline: personTimeline(person, articles, events, today) };
}

/** The timeline of the person a search names (`person:Shoigu`), resolved as the reading list resolves names, or null. */
export async function loadPersonTimelineByName(db: BackstoryDb, name: string, today = todayIso()): ReturnType<typeof loadPersonTimeline> {
  const [id] = new EntityResolver(await db.glossary.where('kind').equals('person').toArray()).resolve('person', name);
  return id ? loadPersonTimeline(db, id, today) : null;
}
