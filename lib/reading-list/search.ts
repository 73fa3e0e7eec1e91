/**
 * Reading-list search. Every clause is answered from an index (see `lib/db/schema.ts`, version 2):
 * each yields a set of article ids, the sets are intersected, negations are subtracted, and only
 * quoted phrases are verified against the text of the few candidates left. Ordering reads the sort
 * index's keys, never the articles; only the page of results shown is read in full.
 *
 * Pure apart from the database handle it is given, so a benchmark can call it on any corpus.
 */
import Dexie from 'dexie';
import { isTimeOrderedId } from '../db/articles-repo';
import type { BackstoryDb } from '../db/schema';
import type { EntityResolver } from './entity-resolver';
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
  /** Time allowed for checking phrases before returning a partial (not exact) answer. */
  phraseBudgetMs?: number;
}

export interface SearchResult {
  query: ParsedQuery;
  /** Number of matching articles (an upper bound when `totalIsExact` is false). */
  total: number;
  /**
   * False when quoted phrases were checked only as far as the requested page needed: `total` then
   * counts articles holding all the phrase's words, of which at least `ids.length` hold the phrase.
   */
  totalIsExact: boolean;
  /** Matching ids in order: all of them, or (when not exact) those confirmed so far. */
  ids: string[];
  /** The requested page, in order. */
  articles: SavedArticle[];
}

/** Words shorter than this match exactly, not as a prefix: "a" would otherwise match most of the index. */
const MIN_PREFIX_LENGTH = 3;
/** Up to this many candidates are ordered in memory from their rows; above it, from the sort index. */
const IN_MEMORY_SORT_LIMIT = 1500;

/** What resolves entity names to ids (an `EntityResolver` over the glossary). */
type Resolver = Pick<EntityResolver, 'resolve'>;

/** Without a glossary, an entity clause names an entry id exactly ("person:vladimir-putin"). */
const ID_RESOLVER: Resolver = { resolve: (_kind, value) => [value] };

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
async function clauseSet(db: BackstoryDb, clause: Clause, resolver: Resolver): Promise<Set<string>> {
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

/** Whether an article's row satisfies a non-text clause: the same answer as the clause's index. */
export function rowMatches(a: SavedArticle, clause: Clause, resolver: Resolver): boolean {
  switch (clause.kind) {
    case 'is':
      return clause.value === 'fav' ? a.favourite === 1 : a.state === clause.value;
    case 'tag':
      return a.tags.includes(clause.value);
    case 'site':
      return a.siteKeys.includes(clause.value) || (!clause.value.includes('.') && a.siteKeys.some((k) => k.startsWith(`${clause.value}.`)));
    case 'entity':
      return resolver.resolve(clause.entityKind, clause.value).some((id) => a.entities.includes(`${clause.entityKind}:${id}`));
    default:
      return true;
  }
}

/** Whether folded `text` holds the phrase's words consecutively. */
export function containsPhrase(foldedText: string, words: readonly string[]): boolean {
  return ` ${foldedText} `.includes(` ${words.join(' ')} `);
}

/**
 * Phrase checks for some candidates: true when the article holds every `include` phrase and no
 * `exclude` phrase. Reads only those articles' titles and bodies.
 */
async function checkPhrases(db: BackstoryDb, ids: readonly string[], include: readonly string[][], exclude: readonly string[][]): Promise<Set<string>> {
  const [bodies, articles] = await Promise.all([db.articleBodies.bulkGet([...ids]), db.articles.bulkGet([...ids])]);
  const out = new Set<string>();
  ids.forEach((id, i) => {
    const folded = `${foldWords(articles[i]?.title ?? '').join(' ')} | ${foldWords(bodies[i]?.text ?? '').join(' ')}`;
    if (include.every((p) => containsPhrase(folded, p)) && !exclude.some((p) => containsPhrase(folded, p))) out.add(id);
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

/** Phrases are checked in batches of this many articles, in result order, until the page is full. */
const PHRASE_BATCH = 150;
/**
 * After this long checking phrases, a search returns what it confirmed so far (marked not exact)
 * rather than read every candidate: a phrase of very common words ("of the") could otherwise make
 * one keystroke read the whole list. "Show more" asks again for further results.
 */
const PHRASE_BUDGET_MS = 250;

/** Runs a search. */
export async function searchArticles(db: BackstoryDb, options: SearchOptions): Promise<SearchResult> {
  const query = typeof options.query === 'string' ? parseQuery(options.query) : options.query;
  const resolver: Resolver = options.resolver ?? ID_RESOLVER;
  const sort = options.sort ?? 'savedAt';
  const direction = options.direction ?? (sort === 'title' ? 'asc' : 'desc');
  const offset = Math.max(0, options.offset ?? 0);
  const limit = Math.max(0, options.limit ?? 50);
  const include = [...query.include, ...(options.filters ?? [])];
  const index = SORT_INDEX[sort];
  const isPhrase = (c: Clause): c is Extract<Clause, { kind: 'phrase' }> => c.kind === 'phrase' && c.words.length > 1;
  const includePhrases = include.filter(isPhrase).map((c) => c.words);
  const excludePhrases = query.exclude.filter(isPhrase).map((c) => c.words);

  return db.transaction('r', db.articles, db.articleBodies, async () => {
    // Fast paths, straight from one index with offset and limit: the whole list, and a state tab by date saved.
    if (query.exclude.length === 0 && include.length === 0 && sort !== 'publishedAt') {
      const coll = direction === 'desc' ? db.articles.orderBy(index).reverse() : db.articles.orderBy(index);
      const [articles, total] = await Promise.all([coll.offset(offset).limit(limit).toArray(), db.articles.count()]);
      return { query, total, totalIsExact: true, ids: articles.map((a) => a.id), articles };
    }
    if (query.exclude.length === 0 && include.length === 1 && include[0]!.kind === 'is' && include[0]!.value !== 'fav' && sort === 'savedAt') {
      const state = include[0]!.value;
      const range = db.articles.where('[state+savedAt]').between([state, Dexie.minKey], [state, Dexie.maxKey]);
      const coll = direction === 'desc' ? range.reverse() : range;
      const [articles, total] = await Promise.all([coll.offset(offset).limit(limit).toArray(), db.articles.where('state').equals(state).count()]);
      return { query, total, totalIsExact: true, ids: articles.map((a) => a.id), articles };
    }

    // 1. Clauses: intersect their id sets (smallest first), subtract the negated ones. Phrases give
    //    the articles holding all their words; whether the words stand together is checked last.
    //    When the text clauses alone leave few articles, the other clauses (state, tag, site, entity)
    //    are checked on those articles' rows instead of reading their (larger) indexes.
    const textual = (c: Clause) => c.kind === 'word' || c.kind === 'phrase';
    let candidates: Set<string> | null = null;
    let rowIncludes: Clause[] = [];
    let rowExcludes: Clause[] = [];
    const textIncludes = include.filter(textual);
    if (textIncludes.length > 0) {
      const sets = await Promise.all(textIncludes.map((c) => clauseSet(db, c, resolver)));
      sets.sort((a, b) => a.size - b.size);
      candidates = sets.reduce((acc, s) => intersect(acc, s));
    }
    const deferToRows = candidates !== null && candidates.size <= IN_MEMORY_SORT_LIMIT;
    if (deferToRows) {
      rowIncludes = include.filter((c) => !textual(c));
      rowExcludes = query.exclude.filter((c) => !textual(c));
    } else {
      const others = include.filter((c) => !textual(c));
      if (others.length > 0) {
        const sets = await Promise.all(others.map((c) => clauseSet(db, c, resolver)));
        if (candidates) sets.push(candidates);
        sets.sort((a, b) => a.size - b.size);
        candidates = sets.reduce((acc, s) => intersect(acc, s));
      }
    }
    /** Articles that may hold a negated phrase: they alone need checking for it. */
    const maybeExcluded = new Set<string>();
    for (const clause of query.exclude) {
      if (candidates !== null && candidates.size === 0) break;
      if (rowExcludes.includes(clause)) continue;
      const minus = await clauseSet(db, clause, resolver);
      if (isPhrase(clause)) {
        for (const id of minus) maybeExcluded.add(id);
        continue;
      }
      if (candidates === null) candidates = new Set((await db.articles.toCollection().primaryKeys()) as string[]);
      for (const id of minus) candidates.delete(id);
    }
    if (candidates === null) candidates = new Set((await db.articles.toCollection().primaryKeys()) as string[]);
    const set: Set<string> = candidates;

    // 2. Order the candidates: from their rows when few, else from the sort index's keys.
    let ordered: string[];
    let rows: Map<string, SavedArticle> | null = null;
    if (set.size <= IN_MEMORY_SORT_LIMIT) {
      const list = (await db.articles.bulkGet([...set])).filter(
        (a): a is SavedArticle => !!a && rowIncludes.every((c) => rowMatches(a, c, resolver)) && !rowExcludes.some((c) => rowMatches(a, c, resolver)),
      );
      const cmp = compareArticles(sort);
      list.sort((a, b) => {
        // Missing values (no published date) go last in either direction.
        const aMissing = a[index] === null;
        const bMissing = b[index] === null;
        if (aMissing !== bMissing) return aMissing ? 1 : -1;
        return direction === 'asc' ? cmp(a, b) : -cmp(a, b);
      });
      ordered = list.map((r) => r.id);
      rows = new Map(list.map((r) => [r.id, r]));
    } else if (sort === 'savedAt' && [...set].every(isTimeOrderedId)) {
      // Ids begin with the saved time: their order is the saved order (ties by id, as in the index).
      ordered = [...set].sort();
      if (direction === 'desc') ordered.reverse();
    } else {
      const byIndex = db.articles.orderBy(index);
      const keys = (await (direction === 'desc' ? byIndex.reverse() : byIndex).primaryKeys()) as string[];
      ordered = keys.filter((id) => set.has(id));
      if (ordered.length < set.size) {
        // Articles absent from the sort index (no published date) come last.
        const seen = new Set(ordered);
        ordered.push(...[...set].filter((id) => !seen.has(id)).sort());
      }
    }

    // 3. Phrases: check in result order, only as far as the page needs.
    const needsCheck = (id: string) => includePhrases.length > 0 || maybeExcluded.has(id);
    let totalIsExact = true;
    let total = ordered.length;
    if (includePhrases.length > 0 || maybeExcluded.size > 0) {
      const confirmed: string[] = [];
      const started = Date.now();
      // A longer page ("Show more") may take proportionally longer.
      const budget = (options.phraseBudgetMs ?? PHRASE_BUDGET_MS) * Math.max(1, (offset + limit) / 100);
      let i = 0;
      while (i < ordered.length && confirmed.length < offset + limit && (i === 0 || Date.now() - started < budget)) {
        const batch: string[] = [];
        const batchStart = i;
        while (i < ordered.length && batch.length < PHRASE_BATCH) {
          if (needsCheck(ordered[i]!)) batch.push(ordered[i]!);
          i++;
        }
        const ok = batch.length ? await checkPhrases(db, batch, includePhrases, excludePhrases) : new Set<string>();
        for (let j = batchStart; j < i; j++) {
          const id = ordered[j]!;
          if (!needsCheck(id) || ok.has(id)) confirmed.push(id);
        }
      }
      const unchecked = ordered.slice(i);
      totalIsExact = !unchecked.some(needsCheck);
      total = confirmed.length + unchecked.length;
      ordered = totalIsExact ? [...confirmed, ...unchecked] : confirmed;
    }

    const pageIds = ordered.slice(offset, offset + limit);
    const articles = rows ? pageIds.map((id) => rows.get(id)!) : (await db.articles.bulkGet(pageIds)).filter((a): a is SavedArticle => !!a);
    return { query, total, totalIsExact, ids: ordered, articles };
  });
}
