/**
 * The Backstory database (IndexedDB through Dexie). The background owns it; extension pages open
 * the same database through this module. Every schema change adds a version here, never edits one.
 */
import Dexie, { type EntityTable } from 'dexie';
import { isDated, isTimeBoundLabel } from '../glossary/dated-facts';
import { UNKNOWN_END, type Fact, type GlossaryEntry } from '../glossary/types';
import type { ArticleBody, ArticleChange, ArticleTerms, SavedArticle, SearchDoc } from '../reading-list/types';

/** A glossary row: a pack entry or a reader-made entry (`origin: 'user'`). */
export type GlossaryRow = GlossaryEntry;

/**
 * The reader's overlay on an entry. Pack updates replace `glossary` rows but never touch this
 * table, which is how a reader's edit survives every update.
 */
export interface EditRow {
  id: string;
  /** Fields the reader changed, applied over the pack entry. */
  fields?: Partial<Omit<GlossaryEntry, 'id' | 'origin'>>;
  /** The reader's own notes, shown on the card. */
  userNotes?: string;
  disabled?: boolean;
  updatedAt: number;
}

/** Which version of each bundled pack is loaded. */
export interface PackRow {
  id: string;
  version: number;
  loadedAt: number;
  entryCount: number;
  /** The latest as-of date of its entries (YYYY-MM-DD): the options page says when it is over a year old. */
  asOf?: string;
}

/**
 * The reading list's search index as a page last built it (lib/db/articles-search-index.ts):
 * documents, and posting lists packed as keys, lengths and one array of document numbers. Only a
 * cache: `seq` says which change-log entries it reflects, and it can always be rebuilt.
 */
export interface SearchSnapshotRow<D = unknown> {
  key: string;
  format: number;
  seq: number;
  docs: D[];
  terms: string[];
  termLengths: Uint32Array;
  termPostings: Int32Array;
  fields: string[];
  fieldLengths: Uint32Array;
  fieldPostings: Int32Array;
}

/**
 * Small key/value facts about the database, such as the glossary revision counter; objects hold
 * structured-clone data such as the compiled matcher (lib/db/match-index.ts).
 */
export interface MetaRow {
  key: string;
  value: number | string | object;
}

export const DEFAULT_DB_NAME = 'backstory';

/** Articles read per step when a migration rewrites every article (bounded memory). */
const MIGRATION_BATCH = 500;

export class BackstoryDb extends Dexie {
  glossary!: EntityTable<GlossaryRow, 'id'>;
  edits!: EntityTable<EditRow, 'id'>;
  packs!: EntityTable<PackRow, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  /** Saved articles' metadata (version 2). */
  articles!: EntityTable<SavedArticle, 'id'>;
  /** Saved articles' HTML, text and full-text terms, by article id (version 2). */
  articleBodies!: EntityTable<ArticleBody, 'id'>;
  /** Each article's full-text terms, compact, for building the search index (version 4). */
  articleTerms!: EntityTable<ArticleTerms, 'id'>;
  /** Which articles changed, in order: how search indexes in memory catch up (version 4). */
  articleChanges!: EntityTable<ArticleChange, 'seq'>;
  /** The search index saved by the last page that built it, so the next one opens fast (version 4). */
  searchSnapshots!: EntityTable<SearchSnapshotRow<SearchDoc>, 'key'>;

  constructor(name: string = DEFAULT_DB_NAME) {
    super(name);
    this.version(1).stores({
      glossary: 'id, kind, origin',
      edits: 'id',
      packs: 'id',
      meta: 'key',
    });
    // Version 2: the reading list. Every search operator is answered from an index: `canonicalUrl`
    // (unique) deduplicates, the sort keys order, `state`/`favourite`/`*tags`/`*siteKeys`/`*entities`
    // filter, and `articleBodies.*terms` is the full-text index. Bodies sit in their own table so
    // listing and sorting never read article HTML.
    this.version(2).stores({
      articles: 'id, &canonicalUrl, savedAt, publishedAt, titleSort, readingTime, site, *siteKeys, state, favourite, *tags, *entities',
      articleBodies: 'id, *terms',
    });
    // Version 3: a compound index for the list's default view (one state, newest first), so its
    // first page is read straight from the index with a limit instead of ordering every id.
    this.version(3).stores({
      articles: 'id, &canonicalUrl, savedAt, publishedAt, titleSort, readingTime, site, *siteKeys, state, favourite, *tags, *entities, [state+savedAt]',
    });
    // Version 4: search runs on an index in memory (lib/db/articles-search-index.ts), built from
    // `articleTerms` (one small row per article, instead of reading bodies) and kept fresh from
    // `articleChanges`, a log every write adds to in its own transaction; `searchSnapshots` keeps the
    // last built index so the next page loads it instead of every row. The multi-entry
    // `articleBodies.*terms` index, some 300 entries per article written on every save, is dropped.
    this.version(4)
      .stores({ articleBodies: 'id', articleTerms: 'id', articleChanges: '++seq', searchSnapshots: 'key' })
      .upgrade(async (tx) => {
        const bodies = tx.table<ArticleBody, string>('articleBodies');
        const ids = (await bodies.toCollection().primaryKeys()) as string[];
        for (let i = 0; i < ids.length; i += MIGRATION_BATCH) {
          const batch = await bodies.bulkGet(ids.slice(i, i + MIGRATION_BATCH));
          await tx.table<ArticleTerms, string>('articleTerms').bulkPut(batch.filter((b): b is ArticleBody => !!b).map((b) => ({ id: b.id, terms: (b.terms ?? []).join(' ') })));
        }
      });
    // Version 5: facts carry periods (`from`/`to`). The reader's overlays and own entries written
    // before then hold undated roles and offices; each gets an unknown end (dateLegacyFacts), so a
    // reader's edit of "Office: Defence Minister" is kept but no longer shown as true today. Pack
    // rows are not touched: the packs' new versions replace them with dated facts.
    this.version(5)
      .stores({})
      .upgrade(async (tx) => {
        await tx
          .table<EditRow, string>('edits')
          .toCollection()
          .modify((edit) => {
            const facts = dateLegacyFacts(edit.fields?.facts);
            if (facts && edit.fields) edit.fields.facts = facts;
          });
        await tx
          .table<GlossaryRow, string>('glossary')
          .where('origin')
          .anyOf('user', 'wikipedia')
          .modify((row) => {
            const facts = dateLegacyFacts(row.facts);
            if (facts) row.facts = facts;
          });
      });
    // Version 6: the indexes nothing reads any more are dropped (`*siteKeys` and `favourite`: the
    // site: and is:fav operators are answered by the search index in memory since version 4). Every
    // index is written on every article write; an import of 10,000 articles wrote some 30,000
    // entries into these two.
    this.version(6).stores({
      articles: 'id, &canonicalUrl, savedAt, publishedAt, titleSort, readingTime, site, state, *tags, *entities, [state+savedAt]',
    });
  }
}

/**
 * Version 5's rule for facts written before facts had dates: a role, office, membership or status
 * with no period held when it was written and may have ended since, so it gets an unknown end
 * (the card then never states it as current after the entry's as-of date). Other facts are kept
 * as they are. Returns null when nothing changes.
 */
export function dateLegacyFacts(facts: readonly Fact[] | undefined): Fact[] | null {
  if (!facts || !facts.some((f) => !isDated(f) && isTimeBoundLabel(f.label))) return null;
  return facts.map((f) => (!isDated(f) && isTimeBoundLabel(f.label) ? { ...f, to: UNKNOWN_END } : f));
}

let shared: BackstoryDb | undefined;

/** The database every extension context uses. */
export function getDb(): BackstoryDb {
  return (shared ??= new BackstoryDb());
}
