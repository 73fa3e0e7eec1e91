/**
 * The reading list's search index, in memory: one per extension page and database, built on the
 * first search from the `articles` rows and the compact `articleTerms` rows (never the bodies),
 * then kept fresh from the `articleChanges` log, which every write adds to in its own transaction.
 * Each search first reads the log past the last entry seen (usually nothing) and re-reads only
 * the articles named there.
 *
 * Postings map each word (and each tag, site key, entity key, state, favourite) to the numbers of
 * the documents holding it; a changed article gets a new number and its old one is marked dead,
 * until enough are dead that a rebuild is cheaper. Answers are sets of document numbers (masks);
 * ordering walks a per-sort order computed once per change. Nothing here scans article text.
 */
import Dexie from 'dexie';
import type { BackstoryDb, SearchSnapshotRow } from './schema';
import type { ArticleTerms, SavedArticle, SearchDoc } from '../reading-list/types';

/** A posting list: document numbers, ascending (an array while it grows, a typed view when loaded). */
export type Postings = readonly number[] | Int32Array;

/** The snapshot format this code writes and reads; others are ignored (rebuilt). */
const SNAPSHOT_FORMAT = 1;
/** The key of the one snapshot row. */
const SNAPSHOT_KEY = 'search';

export type IndexSortField = 'savedAt' | 'publishedAt' | 'titleSort' | 'readingTime';

/** What the index keeps of an article (its snapshot row's shape lives with the other reading-list types). */
export type Doc = SearchDoc;

/** More changed articles than this share of the list (or this many) and a rebuild is cheaper than catching up. */
const REBUILD_SHARE = 0.25;
const REBUILD_MIN = 500;

/** Keys of the non-text postings. */
export const fieldKey = {
  state: (s: string) => `s\u0000${s}`,
  fav: 'f\u0000',
  tag: (t: string) => `t\u0000${t}`,
  site: (s: string) => `h\u0000${s}`,
  entity: (e: string) => `e\u0000${e}`,
};

export class SearchIndex {
  /** Documents by number; null once dead (deleted or replaced). */
  docs: Array<Doc | null> = [];
  private byId = new Map<string, number>();
  private terms = new Map<string, Postings>();
  private fields = new Map<string, Postings>();
  private sortedTerms: string[] | null = null;
  private siteKeys: string[] | null = null;
  private orders = new Map<IndexSortField, { present: number[]; missing: number[] }>();
  private dead = 0;
  /** The last change-log entry this index reflects. */
  private seq = 0;
  /** Whether the index has been built once (it may still need a refresh). */
  built = false;

  constructor(private readonly db: BackstoryDb) {}

  /** Number of live documents. */
  get size(): number {
    return this.byId.size;
  }

  /** Brings the index up to date with the database (builds it the first time). */
  async refresh(): Promise<void> {
    const db = this.db;
    if (!this.built && !(await this.loadSnapshot())) return this.rebuild();
    const changes = await db.articleChanges.where(':id').above(this.seq).toArray();
    if (changes.length === 0) return;
    const first = changes[0]!.seq!;
    // Entries trimmed from the log since this index last looked: it cannot know what changed.
    if (first > this.seq + 1 && ((await db.articleChanges.orderBy(':id').first())?.seq ?? 0) > this.seq + 1) return this.rebuild();
    const ids = [...new Set(changes.flatMap((c) => c.ids ?? [c.id]))];
    if (ids.length > Math.max(REBUILD_MIN, this.size * REBUILD_SHARE)) return this.rebuild();
    const [articles, terms] = await db.transaction('r', db.articles, db.articleTerms, () => Promise.all([db.articles.bulkGet(ids), db.articleTerms.bulkGet(ids)]));
    ids.forEach((id, i) => {
      this.remove(id);
      const a = articles[i];
      if (a) this.add(a, terms[i]);
    });
    this.seq = changes[changes.length - 1]!.seq!;
    this.changed();
    if (this.dead > this.size) await this.rebuild();
  }

  private async rebuild(): Promise<void> {
    const db = this.db;
    const [articles, terms, last] = await db.transaction('r', db.articles, db.articleTerms, db.articleChanges, () =>
      Promise.all([db.articles.toArray(), db.articleTerms.toArray(), db.articleChanges.orderBy(':id').last()]),
    );
    // Building a large index takes the page's thread for a while (seconds for tens of thousands of
    // articles): let what is already answered (the list's count after an import) reach the screen first.
    if (articles.length > 1000) await new Promise((resolve) => setTimeout(resolve, 0));
    this.docs = [];
    this.byId.clear();
    this.terms.clear();
    this.fields.clear();
    this.dead = 0;
    const termsById = new Map(terms.map((t) => [t.id, t]));
    for (const a of articles) this.add(a, termsById.get(a.id));
    this.seq = last?.seq ?? 0;
    this.built = true;
    this.changed();
    // The next page to open loads this instead of reading every article (written after this search).
    setTimeout(() => void this.saveSnapshot().catch(() => undefined), 0);
  }

  /**
   * Loads the snapshot a page saved after its last full build, if any: a few typed arrays instead
   * of every article and terms row. `refresh` then catches up from the change log as usual.
   */
  private async loadSnapshot(): Promise<boolean> {
    const snap = await this.db.searchSnapshots.get(SNAPSHOT_KEY);
    if (!snap || snap.format !== SNAPSHOT_FORMAT) return false;
    this.docs = snap.docs;
    this.byId = new Map(snap.docs.map((d, n) => [d.id, n]));
    this.terms = unpack(snap.terms, snap.termLengths, snap.termPostings);
    this.fields = unpack(snap.fields, snap.fieldLengths, snap.fieldPostings);
    this.dead = 0;
    this.seq = snap.seq;
    this.built = true;
    this.changed();
    return true;
  }

  /** Saves the index as it is now (live documents renumbered), with the change-log position it reflects. */
  async saveSnapshot(): Promise<void> {
    const renumber = new Int32Array(this.docs.length).fill(-1);
    const docs: Doc[] = [];
    this.docs.forEach((d, n) => {
      if (d) renumber[n] = docs.push(d) - 1;
    });
    const row: SearchSnapshotRow<Doc> = { key: SNAPSHOT_KEY, format: SNAPSHOT_FORMAT, seq: this.seq, docs, ...pack(this.terms, renumber, 'term'), ...pack(this.fields, renumber, 'field') };
    await this.db.searchSnapshots.put(row);
  }

  private changed(): void {
    this.sortedTerms = null;
    this.siteKeys = null;
    this.orders.clear();
  }

  private remove(id: string): void {
    const n = this.byId.get(id);
    if (n === undefined) return;
    this.docs[n] = null;
    this.byId.delete(id);
    this.dead++;
  }

  private add(a: SavedArticle, terms: ArticleTerms | undefined): void {
    const n = this.docs.length;
    this.docs.push({ id: a.id, savedAt: a.savedAt, publishedAt: a.publishedAt, titleSort: a.titleSort, readingTime: a.readingTime });
    this.byId.set(a.id, n);
    const post = (map: Map<string, Postings>, key: string) => {
      const list = map.get(key);
      if (!list) map.set(key, [n]);
      else if (list[list.length - 1] !== n) {
        // A loaded (typed) list becomes an array the first time it grows.
        if (Array.isArray(list)) (list as number[]).push(n);
        else map.set(key, [...list, n]);
      }
    };
    if (terms?.terms) for (const t of terms.terms.split(' ')) if (t) post(this.terms, t);
    post(this.fields, fieldKey.state(a.state));
    if (a.favourite === 1) post(this.fields, fieldKey.fav);
    for (const t of a.tags) post(this.fields, fieldKey.tag(t));
    for (const s of a.siteKeys) post(this.fields, fieldKey.site(s));
    for (const e of a.entities) post(this.fields, fieldKey.entity(e));
  }

  /** Documents holding this exact word. */
  word(term: string): Postings {
    return this.terms.get(term) ?? [];
  }

  /** Postings of every word starting with `prefix` (a document may appear in several). */
  prefix(prefix: string): Postings[] {
    const sorted = (this.sortedTerms ??= [...this.terms.keys()].sort());
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: Postings[] = [];
    for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix); i++) out.push(this.terms.get(sorted[i]!)!);
    return out;
  }

  /** Documents with this non-text key (see `fieldKey`). */
  field(key: string): Postings {
    return this.fields.get(key) ?? [];
  }

  /** Site keys ("bbc.co.uk", …) present in the index. */
  sites(): readonly string[] {
    if (!this.siteKeys) {
      const prefix = fieldKey.site('');
      this.siteKeys = [...this.fields.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
    }
    return this.siteKeys;
  }

  /**
   * Live documents in sort order: `present` ascending by the field then id, `missing` (no value)
   * by id. Computed once per change of the index.
   */
  order(field: IndexSortField): { present: number[]; missing: number[] } {
    let o = this.orders.get(field);
    if (!o) {
      const present: number[] = [];
      const missing: number[] = [];
      this.docs.forEach((d, n) => {
        if (!d) return;
        if (d[field] === null || d[field] === undefined) missing.push(n);
        else present.push(n);
      });
      const docs = this.docs as Doc[];
      const byId = (x: number, y: number) => (docs[x]!.id < docs[y]!.id ? -1 : docs[x]!.id > docs[y]!.id ? 1 : 0);
      present.sort((x, y) => {
        const a = docs[x]![field]!;
        const b = docs[y]![field]!;
        return a === b ? byId(x, y) : a < b ? -1 : 1;
      });
      missing.sort(byId);
      o = { present, missing };
      this.orders.set(field, o);
    }
    return o;
  }
}

/** Whether this database's index in this page has been built (searches then need only a refresh). */
export function searchIndexReady(db: BackstoryDb): boolean {
  return indexes.get(db)?.index.built ?? false;
}

/** Packs posting lists (dead documents dropped, live ones renumbered) into keys, lengths and one array. */
function pack<K extends 'term' | 'field'>(map: Map<string, Postings>, renumber: Int32Array, kind: K) {
  const keys: string[] = [];
  const lengths: number[] = [];
  const all: number[] = [];
  for (const [key, list] of map) {
    const before = all.length;
    for (const n of list) if (renumber[n]! >= 0) all.push(renumber[n]!);
    if (all.length === before) continue;
    keys.push(key);
    lengths.push(all.length - before);
  }
  const packed = { keys, lengths: Uint32Array.from(lengths), postings: Int32Array.from(all) };
  return (kind === 'term'
    ? { terms: packed.keys, termLengths: packed.lengths, termPostings: packed.postings }
    : { fields: packed.keys, fieldLengths: packed.lengths, fieldPostings: packed.postings }) as K extends 'term'
    ? { terms: string[]; termLengths: Uint32Array; termPostings: Int32Array }
    : { fields: string[]; fieldLengths: Uint32Array; fieldPostings: Int32Array };
}

/** The posting lists of a snapshot, as views into its one array. */
function unpack(keys: readonly string[], lengths: Uint32Array, postings: Int32Array): Map<string, Postings> {
  const map = new Map<string, Postings>();
  let offset = 0;
  keys.forEach((key, i) => {
    map.set(key, postings.subarray(offset, offset + lengths[i]!));
    offset += lengths[i]!;
  });
  return map;
}

const indexes = new WeakMap<BackstoryDb, { index: SearchIndex; pending: Promise<void> | null }>();

/**
 * The database's search index, up to date. Concurrent callers share one refresh. Must be called
 * outside a transaction (it opens its own read transactions).
 */
export async function searchIndexFor(db: BackstoryDb): Promise<SearchIndex> {
  let entry = indexes.get(db);
  if (!entry) indexes.set(db, (entry = { index: new SearchIndex(db), pending: null }));
  const e = entry;
  // Another caller's refresh is a promise from outside this caller's context: awaited as a native
  // promise, it would drop a live query's context, so nothing the query reads afterwards (the change
  // log above all) would be observed and the query would miss later changes. Dexie.Promise keeps it.
  while (e.pending) await Dexie.Promise.resolve(e.pending);
  // A refresh that takes a moment (a large import to take in) is announced, so the list can say so.
  const slow = setTimeout(() => setIndexing(db, true), INDEXING_VISIBLE_AFTER_MS);
  e.pending = e.index.refresh().finally(() => {
    e.pending = null;
    clearTimeout(slow);
    setIndexing(db, false);
  });
  await Dexie.Promise.resolve(e.pending);
  return e.index;
}

/** A refresh longer than this is shown as "catching up" (shorter ones would only flicker). */
const INDEXING_VISIBLE_AFTER_MS = 150;
const indexingListeners = new Map<BackstoryDb, Set<(busy: boolean) => void>>();
const indexingNow = new Set<BackstoryDb>();

function setIndexing(db: BackstoryDb, busy: boolean): void {
  if (busy === indexingNow.has(db)) return;
  if (busy) indexingNow.add(db);
  else indexingNow.delete(db);
  for (const listener of indexingListeners.get(db) ?? []) listener(busy);
}

/**
 * Calls `listener` with true while this page's search index is catching up with a large change
 * (after an import of thousands of articles), and false once it has. Returns the unsubscribe.
 */
export function watchIndexing(db: BackstoryDb, listener: (busy: boolean) => void): () => void {
  let set = indexingListeners.get(db);
  if (!set) indexingListeners.set(db, (set = new Set()));
  set.add(listener);
  listener(indexingNow.has(db));
  return () => set.delete(listener);
}
