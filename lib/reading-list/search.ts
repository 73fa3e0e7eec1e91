/**
 * Reading-list search. Every clause is answered from an index (see `lib/db/schema.ts`, version 2):
 * each yields a set of article ids, the sets are intersected, negations are subtracted, and only
 * quoted phrases are verified against the text of the few candidates left. Ordering reads the sort
 * index's keys, never the articles; only the page of results shown is read in full.
 *
 * Pure apart from the database handle it is given, so a benchmark can call it on any corpus.
 */
import type { BackstoryDb } from '../db/schema';
import { EntityResolver } from './entity-resolver';
import { parseQuery, type Clause, type ParsedQuery } from './query';
import { foldWords } from './text';
import type { SavedArticle } from './types';

export type SortKey = 'savedAt' | 'publishedAt' | 'title' | 'readingTime';
export type SortDirection = 'asc' | 'desc';

export const SORT_INDEX: Record<SortKey, 'savedAt' | 'publishedAt' | 'titleSort' | 'readingTime'> = {
  savedAt: 'savedAt',
  publishedAt: 'publishedAt',
  title: 'titleSort',
  readingTime: 'readingTime',
};

export interface SearchOptions {
  /** The reader's query, or an already parsed one. */
  query: string | ParsedQuery;
  /** Extra clauses from the view's filter controls, ANDed with the query. */
  filters?: readonly Clause[];
  sort?: SortKey;
  direction?: SortDirection;
  offset?: number;
  /** Articles to return in full (the page shown). The total is always counted. */
  limit?: number;
  /** Resolves entity names; without one, entity clauses match exact entry ids only. */
  resolver?: EntityResolver;
}

export interface SearchResult {
  query: ParsedQuery;
  /** Number of matching articles. */
  total: number;
  /** Every matching id, in order. */
  ids: string[];
  /** The requested page, in order. */
  articles: SavedArticle[];
}

/** Words shorter than this match exactly, not as a prefix: "a" would otherwise match most of the index. */
const MIN_PREFIX_LENGTH = 3;
/** Up to this many candidates are ordered in memory from their rows; above it, from the sort index. */
const IN_MEMORY_SORT_LIMIT = 1500;

const EMPTY_RESOLVER = new EntityResolver([]);

function intersect(a: Set<string>, b: Set<string>): Set<string> {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const out = new Set<string>();
  for (const x of small) if (large.has(x)) out.add(x);
  return out;
}

async function keysOf(collection: { primaryKeys(): Promise<unknown[]> }): Promise<Set<string>> {
  return new Set((await collection.primaryKeys()) as string[]);
}

/** Ids of articles containing a word (as a prefix when long enough). */
async function wordSet(db: BackstoryDb, word: string): Promise<Set<string>> {
  const where = db.articleBodies.where('terms');
  return keysOf(word.length >= MIN_PREFIX_LENGTH ? where.startsWith(word) : where.equals(word));
}

/** Ids of articles containing every word of a phrase (the order is verified later). */
async function phraseCandidates(db: BackstoryDb, words: readonly string[]): Promise<Set<string>> {
  const sets = await Promise.all([...new Set(words)].map((w) => keysOf(db.articleBodies.where('terms').equals(w))));
  return sets.reduce((acc, s) => intersect(acc, s));
}

/** The ids one clause selects, from indexes only. Phrases return candidates still to be verified. */
async function clauseSet(db: BackstoryDb, clause: Clause, resolver: EntityResolver): Promise<Set<string>> {
  switch (clause.kind) {
    case 'word':
      return wordSet(db, clause.value);
    case 'phrase':
      return phraseCandidates(db, clause.words);
    case 'is':
      if (clause.value === 'fav') return keysOf(db.articles.where('favourite').equals(1));
      return keysOf(db.articles.where('state').equals(clause.value));
    case 'tag':
      return keysOf(db.articles.where('tags').equals(clause.value));
    case 'site': {
      const exact = await keysOf(db.articles.where('siteKeys').equals(clause.value));
      // "site:bbc" also finds bbc.co.uk and bbc.com.
      if (!clause.value.includes('.')) for (const id of await keysOf(db.articles.where('siteKeys').startsWith(`${clause.value}.`))) exact.add(id);
      return exact;
    }
    case 'entity': {
      const ids = resolver.resolve(clause.entityKind, clause.value);
      if (ids.length === 0) return new Set();
      return keysOf(db.articles.where('entities').anyOf(ids.map((id) => `${clause.entityKind}:${id}`)));
    }
  }
}

/** Whether folded `text` holds the phrase's words consecutively. */
export function containsPhrase(foldedText: string, words: readonly string[]): boolean {
  return ` ${foldedText} `.includes(` ${words.join(' ')} `);
}

/** Keeps the candidates whose title or text holds every phrase (reads only those bodies). */
async function verifyPhrases(db: BackstoryDb, candidates: Set<string>, phrases: readonly string[][]): Promise<Set<string>> {
  if (phrases.length === 0 || candidates.size === 0) return candidates;
  const ids = [...candidates];
  const [bodies, articles] = await Promise.all([db.articleBodies.bulkGet(ids), db.articles.bulkGet(ids)]);
  const out = new Set<string>();
  ids.forEach((id, i) => {
    const folded = `${foldWords(articles[i]?.title ?? '').join(' ')} | ${foldWords(bodies[i]?.text ?? '').join(' ')}`;
    if (phrases.every((p) => containsPhrase(folded, p))) out.add(id);
  });
  return out;
}

function compareArticles(sort: SortKey): (a: SavedArticle, b: SavedArticle) => number {
  const field = SORT_INDEX[sort];
  return (a, b) => {
    const x = a[field];
    const y = b[field];
    if (x === y) return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    return x < y ? -1 : 1;
  };
}

/** Runs a search. */
export async function searchArticles(db: BackstoryDb, options: SearchOptions): Promise<SearchResult> {
  const query = typeof options.query === 'string' ? parseQuery(options.query) : options.query;
  const resolver = options.resolver ?? EMPTY_RESOLVER;
  const sort = options.sort ?? 'savedAt';
  const direction = options.direction ?? (sort === 'title' ? 'asc' : 'desc');
  const offset = Math.max(0, options.offset ?? 0);
  const limit = Math.max(0, options.limit ?? 50);
  const include = [...query.include, ...(options.filters ?? [])];

  return db.transaction('r', db.articles, db.articleBodies, async () => {
    // 1. Positive clauses: intersect their id sets, smallest first.
    let candidates: Set<string> | null = null;
    if (include.length > 0) {
      const sets = await Promise.all(include.map((c) => clauseSet(db, c, resolver)));
      sets.sort((a, b) => a.size - b.size);
      candidates = sets.reduce((acc, s) => intersect(acc, s));
      candidates = await verifyPhrases(db, candidates, include.flatMap((c) => (c.kind === 'phrase' && c.words.length > 1 ? [c.words] : [])));
    }

    // 2. Negations: subtract. A negated phrase subtracts only the candidates that really hold it.
    for (const clause of query.exclude) {
      let minus = await clauseSet(db, clause, resolver);
      if (clause.kind === 'phrase' && clause.words.length > 1) {
        minus = await verifyPhrases(db, candidates ? intersect(candidates, minus) : minus, [clause.words]);
      }
      if (candidates === null) candidates = new Set(await db.articles.toCollection().primaryKeys());
      for (const id of minus) candidates.delete(id);
    }

    // 3. Order.
    let ordered: string[];
    const index = SORT_INDEX[sort];
    if (candidates !== null && candidates.size <= IN_MEMORY_SORT_LIMIT) {
      const rows = (await db.articles.bulkGet([...candidates])).filter((a): a is SavedArticle => !!a);
      const cmp = compareArticles(sort);
      rows.sort((a, b) => {
        // Missing values (no published date) go last in either direction.
        const aMissing = a[index] === null;
        const bMissing = b[index] === null;
        if (aMissing !== bMissing) return aMissing ? 1 : -1;
        return direction === 'asc' ? cmp(a, b) : -cmp(a, b);
      });
      ordered = rows.map((r) => r.id);
      const page = rows.slice(offset, offset + limit);
      return { query, total: ordered.length, ids: ordered, articles: page };
    }
    const byIndex = db.articles.orderBy(index);
    const keys = (await (direction === 'desc' ? byIndex.reverse() : byIndex).primaryKeys()) as string[];
    if (candidates === null) {
      ordered = keys;
      // Articles absent from the sort index (no published date) come last.
      if (sort === 'publishedAt') {
        const inIndex = new Set(keys);
        const rest = ((await db.articles.orderBy('savedAt').reverse().primaryKeys()) as string[]).filter((id) => !inIndex.has(id));
        ordered = [...keys, ...rest];
      }
    } else {
      const set: Set<string> = candidates;
      ordered = keys.filter((id) => set.has(id));
      if (ordered.length < set.size) {
        const seen = new Set(ordered);
        ordered.push(...[...set].filter((id) => !seen.has(id)).sort());
      }
    }
    const pageIds = ordered.slice(offset, offset + limit);
    const articles = (await db.articles.bulkGet(pageIds)).filter((a): a is SavedArticle => !!a);
    return { query, total: ordered.length, ids: ordered, articles };
  });
}
