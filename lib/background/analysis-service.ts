/**
 * The analysis service: seeds the bundled packs, keeps the compiled matcher as a cache keyed by the
 * glossary revision and the reader's match settings, and answers analyse and entry requests. A
 * worker that was stopped restores the compiled matcher stored in the database (match-index.ts)
 * on waking, and compiles only when the glossary or the settings changed.
 */
import type { PackSource } from '../glossary/packs/sources';
import type { GlossaryPack } from '../glossary/types';
import { getEntries, getEntriesWithRows, glossaryRevision, type EffectiveEntry } from '../db/glossary-repo';
import { loadCompiledMatcher, type CompiledGlossary } from '../db/match-index';
import type { BackstoryDb } from '../db/schema';
import { seedPacks } from '../db/seed';
import { articleDay, factsOn, isDated, todayIso } from '../glossary/dated-facts';
import { applyCorrections, type SiteCorrections } from '../glossary/corrections';
import { articleLanguage, nameIn, type ArticleLanguage } from '../glossary/language';
import { bundledNamesUnder, markReaderMentions, type BundledNames } from '../glossary/reader-names';
import type { AnalyseReply, AnalyseRequest, CardEntry } from '../messaging/protocol';
import { matchSettingsKey, type MatchSettings } from '../settings/settings';

/** Facts shown on a card: enough to orient, few enough to read at a glance. */
const CARD_MAX_FACTS = 4;
const CARD_MAX_LINKS = 2;

/** Changes after the article's date, and periods ended before it, a card lists at most: the card stays short. */
const CARD_MAX_CHANGES = 2;
const CARD_MAX_EARLIER = 1;

/** The language the bundled packs' notes are written in. */
const PACK_NOTES_LANG = 'en';
const PACK_ORIGINS = new Set(['storyline', 'news', 'world', 'regions']);

/** Origins of entries the reader made or looked up (every other origin is a bundled pack). */
export const READER_ORIGINS: ReadonlySet<string> = new Set(['user', 'wikipedia']);

/**
 * The card's view of an entry, for an article published on `articleDay` (YYYY-MM-DD; null when
 * the page gave no date, undefined when there is no article, e.g. a look-up by id). Facts true on
 * that day come first; what began since, and what had ended before, are listed apart and dated, so
 * a card never states an ended fact as current. On an article in `lang`, the card names the entry
 * as that language does ("Corée du Nord"). Marked `private` when it holds anything the reader
 * wrote or looked up (notes, an edit, their own or a looked-up entry), and `privateName` when the
 * name itself is the reader's: the router seals such entries before they go to a page
 * (protocol.ts `sealForPage`).
 */
export function toCardEntry(e: EffectiveEntry, articleDay?: string | null, today = todayIso(), lang?: ArticleLanguage): CardEntry {
  const view = factsOn(e.facts, { day: articleDay ?? null, today, asOf: e.asOf });
  const dated = e.facts.some(isDated);
  const readerOwn = READER_ORIGINS.has(e.origin);
  return {
    id: e.id,
    kind: e.kind,
    // An entry the reader edited keeps the name they gave it.
    name: e.edited ? e.name : nameIn(e, lang),
    summary: e.summary,
    note: e.notes.split(/\n\s*\n/)[0]?.trim() ?? '',
    facts: view.then.slice(0, CARD_MAX_FACTS),
    ...(dated
      ? {
          dated: {
            day: view.dateKnown ? view.day : null,
            since: [...view.since, ...view.ended].slice(0, CARD_MAX_CHANGES),
            // An earlier term of what held then (Putin's presidency of 2000–2008) only lengthens the card.
            earlier: view.earlier.filter((f) => !view.then.some((n) => n.label === f.label && n.value === f.value)).slice(0, CARD_MAX_EARLIER),
          },
        }
      : {}),
    links: e.links.slice(0, CARD_MAX_LINKS),
    asOf: e.asOf,
    ...(e.userNotes ? { userNotes: e.userNotes } : {}),
    // Looked-up entries carry Wikipedia's attribution on their cards.
    ...(e.origin === 'wikipedia' ? { origin: e.origin } : {}),
    // The bundled packs' notes are English: on an article in another language the card says so.
    ...(lang && lang !== PACK_NOTES_LANG && !e.edited && PACK_ORIGINS.has(e.origin) ? { notesLang: PACK_NOTES_LANG } : {}),
    ...(readerOwn || e.edited || e.userNotes ? { private: true as const } : {}),
    ...(readerOwn ? { privateName: true as const } : {}),
  };
}

export interface AnalysisService {
  analyse(request: Pick<AnalyseRequest, 'text'> & { meta?: Pick<AnalyseRequest['meta'], 'url'> & Partial<Pick<AnalyseRequest['meta'], 'lang'>> & { publishedTime?: string | null } }): Promise<AnalyseReply>;
  cardEntries(ids: readonly string[]): Promise<CardEntry[]>;
  /**
   * Seeds packs if needed and compiles the matcher of an article language (`declaredLang`, as a
   * page declares it; English when not given). The first call for a language resolves when that
   * matcher is ready to answer; later ones return at once (`analyse` keeps the matcher current).
   */
  warm(declaredLang?: string | null): Promise<void>;
}

/** A sentence with the kinds of names news has (people, places, an organisation), matched once on waking. */
const WARM_UP_TEXT = 'President Vladimir Putin met Kim Jong Un in Moscow on Monday, the Kremlin said, as the United Nations and NATO watched.';

/** The reader's settings that shape matching; all on when not given. */
const ALL_ON: MatchSettings = { demonyms: true, disabledKinds: [], disabledPacks: [] };

export interface AnalysisServiceOptions {
  /** Reads the reader's match settings (kinds, packs, demonyms); a change recompiles the matcher. */
  matchSettings?: () => Promise<MatchSettings>;
  /** The reader's corrections ("not this one", "it is X") for the site of a page URL. */
  correctionsFor?: (url: string) => Promise<SiteCorrections | undefined>;
}

/** Creates the service over a database and the packs bundled with this build. */
export function createAnalysisService(db: BackstoryDb, packs: ReadonlyArray<GlossaryPack | PackSource>, options: AnalysisServiceOptions = {}): AnalysisService {
  let seeding: Promise<unknown> | undefined;
  let seeded = false;
  type Compiled = CompiledGlossary & { revision: string };
  // One compiled matcher per article language (lib/glossary/language.ts), each cached by revision.
  const cache = new Map<ArticleLanguage, Compiled>();
  /** The languages this worker has warmed (`warm`), or is warming. */
  const warmedUp = new Set<ArticleLanguage>();
  const building = new Map<ArticleLanguage, { revision: string; done: Promise<Compiled> }>();

  const compiled = async (lang: ArticleLanguage = 'en'): Promise<Compiled> => {
    // The settings live in extension storage, not the database: read them while the database works.
    const settingsRead = (options.matchSettings?.() ?? Promise.resolve(ALL_ON)).catch(() => ALL_ON);
    await (seeding ??= seedPacks(db, packs).then(() => (seeded = true)));
    let stored = await glossaryRevision(db);
    if (seeded && stored === 0) {
      // The database was emptied ("delete everything"): load the bundled packs again.
      seeding = seedPacks(db, packs);
      await seeding;
      stored = await glossaryRevision(db);
    }
    const settings = await settingsRead;
    const revision = `${stored}|${matchSettingsKey(settings)}`;
    const cached = cache.get(lang);
    if (cached?.revision === revision) return cached;
    const pending = building.get(lang);
    if (pending?.revision === revision) return pending.done;
    const done = (async () => {
      const next = { revision, ...(await loadCompiledMatcher(db, stored, settings, lang)) };
      cache.set(lang, next);
      return next;
    })().finally(() => {
      if (building.get(lang)?.done === done) building.delete(lang);
    });
    building.set(lang, { revision, done });
    return done;
  };

  return {
    async analyse({ text, meta }) {
      // The site's corrections are read while the matcher loads.
      const correctionsRead = meta && options.correctionsFor ? options.correctionsFor(meta.url).catch(() => undefined) : undefined;
      const lang = articleLanguage(meta?.lang, text);
      const { matcher, ids: known } = await compiled(lang);
      const corrections = await correctionsRead;
      const found = applyCorrections(matcher.match(text), text, corrections).filter((m) => !m.entryId || known.has(m.entryId));
      const ids = new Set<string>();
      for (const m of found) {
        if (m.entryId) ids.add(m.entryId);
        m.candidates?.forEach((c) => ids.add(c));
      }
      // Card data is read for the mentioned entries only; the matcher holds names alone.
      // Cards say what was true when the article was published (its own date, never a saved date).
      const day = articleDay(meta?.publishedTime);
      const read = await getEntriesWithRows(db, [...ids].filter((id) => known.has(id)));
      // Mentions matched through names the reader gave a bundled entry are theirs: drawn privately.
      const edited = new Map<string, BundledNames>();
      for (const { row, fields } of read) {
        const bundled = READER_ORIGINS.has(row.origin) ? undefined : bundledNamesUnder(row, fields);
        if (bundled) edited.set(row.id, bundled);
      }
      const mentions = markReaderMentions(found, text, edited);
      return { ok: true, mentions, entries: read.map(({ entry }) => toCardEntry(entry, day, todayIso(), lang)) };
    },
    async cardEntries(ids) {
      await compiled();
      return (await getEntries(db, ids)).map((e) => toCardEntry(e));
    },
    async warm(declaredLang) {
      const lang = declaredLang ? articleLanguage(declaredLang, '') : 'en';
      // Asked for every page that passes its gate, and for each parse the background relays: once
      // this worker has the language's matcher, the analysis that follows checks it is current
      // itself, so warming again would only repeat its reads.
      if (warmedUp.has(lang)) return;
      warmedUp.add(lang);
      try {
        // A woken worker's first match runs in cold code, compiled on its first call: one match on a
        // short sentence now, while the page is still loading, lets the page's own analysis run warm.
        (await compiled(lang)).matcher.match(WARM_UP_TEXT);
      } catch (error) {
        warmedUp.delete(lang); // not ready after all: the next page warms it again
        throw error;
      }
    },
  };
}
