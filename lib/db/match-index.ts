/**
 * The matcher's view of the glossary, kept as two compact rows in `meta` per glossary revision.
 *
 * A worker that wakes must have a matcher before its first answer. Reading every full entry
 * (notes, facts, links) to get at the names was most of that cost, and compiling the names again
 * on every wake was most of the rest. So two rows are kept:
 * - `matchIndex`: the enabled entries' names alone (JSON), rebuilt only when the revision moved;
 * - `matcherCompiled`: the compiled matcher for one revision and one set of match settings, as
 *   structured-clone data (typed arrays), restored without compiling (`matcherFromData`).
 * Both carry `MATCH_INDEX_FORMAT`; a row of another format is rebuilt, never misread.
 */
import { compileMatcher, MATCHER_DATA_FORMAT, matcherFromData, type Matcher, type MatcherData } from '../glossary/matcher';
import { entriesForLanguage, type ArticleLanguage } from '../glossary/language';
import type { GlossaryEntry } from '../glossary/types';
import { matchSettingsKey, type MatchSettings } from '../settings/settings';
import { loadEnabledEntries } from './glossary-repo';
import type { BackstoryDb } from './schema';

/** The fields the matcher reads. */
export type MatchEntry = Pick<
  GlossaryEntry,
  | 'id'
  | 'kind'
  | 'name'
  | 'aliases'
  | 'shortNames'
  | 'related'
  | 'origin'
  | 'demonyms'
  | 'commonWordAliases'
  | 'sameAs'
  | 'summary'
  | 'notes'
  | 'facts'
  | 'links'
  | 'asOf'
  | 'lang'
  | 'localNames'
  | 'towns'
  | 'wellKnown'
>;

/**
 * Version of both rows' layout. 2: rows carry this number, and the compiled matcher is stored
 * (version 1 rows had no number and only the names). 3: names carry their language (`lang`,
 * `localNames`), and a compiled matcher is stored per article language. 4: names carry a region's
 * `towns` and a person's `wellKnown`.
 */
export const MATCH_INDEX_FORMAT = 4;

const KEY = 'matchIndex';
const COMPILED_KEY = 'matcherCompiled';

interface StoredNames {
  format: number;
  revision: number;
  entries: MatchEntry[];
}

interface StoredCompiled {
  format: number;
  revision: number;
  settings: string;
  /** Ids of every entry compiled, including those with no usable name. */
  ids: string[];
  data: MatcherData;
}

function compact(e: GlossaryEntry): MatchEntry {
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    aliases: e.aliases,
    ...(e.shortNames ? { shortNames: e.shortNames } : {}),
    related: e.related,
    origin: e.origin,
    ...(e.demonyms ? { demonyms: e.demonyms } : {}),
    ...(e.commonWordAliases ? { commonWordAliases: e.commonWordAliases } : {}),
    ...(e.sameAs ? { sameAs: e.sameAs } : {}),
    ...(e.lang ? { lang: e.lang } : {}),
    ...(e.localNames ? { localNames: e.localNames } : {}),
    ...(e.towns ? { towns: e.towns } : {}),
    ...(e.wellKnown ? { wellKnown: e.wellKnown } : {}),
    // Not needed for matching: left empty so the row stays small.
    summary: '',
    notes: '',
    facts: [],
    links: [],
    asOf: '',
  };
}

/** The enabled entries' names at `revision`, from the stored row when it is current. */
export async function loadMatchIndex(db: BackstoryDb, revision: number): Promise<MatchEntry[]> {
  const row = await db.meta.get(KEY);
  if (typeof row?.value === 'string') {
    try {
      const stored = JSON.parse(row.value) as Partial<StoredNames>;
      if (stored.format === MATCH_INDEX_FORMAT && stored.revision === revision && Array.isArray(stored.entries)) return stored.entries;
    } catch {
      // a damaged row is rebuilt below
    }
  }
  const entries = (await loadEnabledEntries(db)).map(compact);
  const stored: StoredNames = { format: MATCH_INDEX_FORMAT, revision, entries };
  await db.meta.put({ key: KEY, value: JSON.stringify(stored) });
  return entries;
}

/** A compiled matcher and the ids of the entries it was compiled from. */
export interface CompiledGlossary {
  matcher: Matcher;
  ids: Set<string>;
}

/**
 * The matcher for `revision` under the reader's match `settings` (kinds, packs, demonyms), for articles
 * in `lang` (the names of that language and the language-neutral ones, lib/glossary/language.ts):
 * restored from the stored compiled row when it is current, otherwise compiled from the names and
 * stored for the next wake (the write is not awaited: the answer does not wait for it). Each language
 * has its own row, so a French article does not evict the English matcher.
 */
export async function loadCompiledMatcher(db: BackstoryDb, revision: number, settings: MatchSettings, lang: ArticleLanguage = 'en'): Promise<CompiledGlossary> {
  const settingsKey = matchSettingsKey(settings);
  const key = lang === 'en' ? COMPILED_KEY : `${COMPILED_KEY}:${lang}`;
  const row = await db.meta.get(key);
  const stored = row?.value as Partial<StoredCompiled> | undefined;
  if (stored && typeof stored === 'object' && stored.format === MATCH_INDEX_FORMAT && stored.revision === revision && stored.settings === settingsKey && stored.data?.format === MATCHER_DATA_FORMAT && Array.isArray(stored.ids)) {
    try {
      return { matcher: matcherFromData(stored.data), ids: new Set(stored.ids) };
    } catch {
      // a damaged row is rebuilt below
    }
  }
  const kindsOff = new Set<string>(settings.disabledKinds);
  const packsOff = new Set(settings.disabledPacks);
  const entries = entriesForLanguage(
    (await loadMatchIndex(db, revision)).filter((e) => !kindsOff.has(e.kind) && !packsOff.has(e.origin)),
    lang,
  );
  const matcher = compileMatcher(entries, { demonyms: settings.demonyms, language: lang });
  const ids = entries.map((e) => e.id);
  const next: StoredCompiled = { format: MATCH_INDEX_FORMAT, revision, settings: settingsKey, ids, data: matcher.data };
  db.meta.put({ key, value: next }).catch(() => {
    // Not stored: the next wake compiles again, nothing is lost.
  });
  return { matcher, ids: new Set(ids) };
}
