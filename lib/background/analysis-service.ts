/**
 * The analysis service: seeds the bundled packs, keeps the compiled matcher as a cache keyed by the
 * glossary revision, and answers analyse and entry requests. The compiled matcher lives only in
 * memory: a worker that was stopped rebuilds it on the first request after waking.
 */
import { compileMatcher, type Matcher } from '../glossary/matcher';
import type { GlossaryPack } from '../glossary/types';
import { getEntries, glossaryRevision, loadEnabledEntries, type EffectiveEntry } from '../db/glossary-repo';
import type { BackstoryDb } from '../db/schema';
import { seedPacks } from '../db/seed';
import type { AnalyseReply, AnalyseRequest, CardEntry } from '../messaging/protocol';

/** Facts shown on a card: enough to orient, few enough to read at a glance. */
const CARD_MAX_FACTS = 4;
const CARD_MAX_LINKS = 2;

/** The card's view of an entry. */
export function toCardEntry(e: EffectiveEntry): CardEntry {
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    summary: e.summary,
    note: e.notes.split(/\n\s*\n/)[0]?.trim() ?? '',
    facts: e.facts.slice(0, CARD_MAX_FACTS),
    links: e.links.slice(0, CARD_MAX_LINKS),
    asOf: e.asOf,
    ...(e.userNotes ? { userNotes: e.userNotes } : {}),
  };
}

export interface AnalysisService {
  analyse(request: Pick<AnalyseRequest, 'text'>): Promise<AnalyseReply>;
  cardEntries(ids: readonly string[]): Promise<CardEntry[]>;
  /** Seeds packs if needed and compiles the matcher; resolves when ready to answer. */
  warm(): Promise<void>;
}

/** Creates the service over a database and the packs bundled with this build. */
export function createAnalysisService(db: BackstoryDb, packs: readonly GlossaryPack[]): AnalysisService {
  let seeding: Promise<unknown> | undefined;
  let cache: { revision: number; matcher: Matcher; entries: Map<string, EffectiveEntry> } | undefined;
  let building: Promise<NonNullable<typeof cache>> | undefined;

  const compiled = async (): Promise<NonNullable<typeof cache>> => {
    await (seeding ??= seedPacks(db, packs));
    const revision = await glossaryRevision(db);
    if (cache?.revision === revision) return cache;
    building ??= (async () => {
      const entries = await loadEnabledEntries(db);
      const next = { revision, matcher: compileMatcher(entries), entries: new Map(entries.map((e) => [e.id, e])) };
      cache = next;
      return next;
    })().finally(() => {
      building = undefined;
    });
    return building;
  };

  return {
    async analyse({ text }) {
      const { matcher, entries } = await compiled();
      const mentions = matcher.match(text);
      const ids = new Set<string>();
      for (const m of mentions) {
        if (m.entryId) ids.add(m.entryId);
        m.candidates?.forEach((c) => ids.add(c));
      }
      const cards: CardEntry[] = [];
      for (const id of ids) {
        const e = entries.get(id);
        if (e) cards.push(toCardEntry(e));
      }
      return { ok: true, mentions, entries: cards };
    },
    async cardEntries(ids) {
      await compiled();
      return (await getEntries(db, ids)).map(toCardEntry);
    },
    async warm() {
      await compiled();
    },
  };
}
