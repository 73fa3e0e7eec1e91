/**
 * Reading-list search. Every clause is answered from an index: the search index in memory
 * (`search-index.ts`, built from `articleTerms` and kept fresh from the change log) marks each
 * clause's articles, included clauses are ANDed, negations subtracted, and only quoted phrases are
 * verified against the text of the few candidates left, in result order. Ordering walks the
 * index's sort order, never the articles; only the page of results shown is read in full. The
 * whole list and a state tab by date saved are read straight from IndexedDB's indexes.
 *
 * Pure apart from the database handle it is given, so a benchmark can call it on any corpus.
 */
import Dexie from 'dexie';
import type { BackstoryDb } from './schema';
import type { EntityResolver } from '../reading-list/entity-resolver';
import { fieldKey, searchIndexFor, searchIndexReady, type Postings, type SearchIndex } from './articles-search-index';
import { parseQuery, type Clause, type ParsedQuery } from '../reading-list/query';
import { foldWords } from '../reading-list/text';
import type { SavedArticle } from '../reading-list/types';

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

/** What resolves entity names to ids (an `EntityResolver` over the glossary). */
type Resolver = Pick<EntityResolver, 'resolve'>;

/** Without a glossary, an entity clause names an entry id exactly ("person:vladimir-putin"). */
const ID_RESOLVER: Resolver = { resolve: (_kind, value) => [value] };

/** Marks the documents of one clause in a fresh mask of the index's size. Phrases mark candidates (all their words). */
function clauseMask(index: SearchIndex, clause: Clause, resolver: Resolver): Uint8Array {
  const mask = new Uint8Array(index.docs.length);
  const mark = (list: Postings) => {
    for (const n of list) mask[n] = 1;
  };
  switch (clause.kind) {
    case 'word':
      if (clause.value.length >= MIN_PREFIX_LENGTH) for (const list of index.prefix(clause.value)) mark(list);
      else mark(index.word(clause.value));
      return mask;
    case 'phrase': {
      // The rarest word first: every other word only clears marks.
      const lists = [...new Set(clause.words)].map((w) => index.word(w)).sort((a, b) => a.length - b.length);
      mark(lists[0] ?? []);
      for (const list of lists.slice(1)) {
        const keep = new Uint8Array(mask.length);
        for (const n of list) if (mask[n]) keep[n] = 1;
        mask.set(keep);
      }
      return mask;
    }
    case 'is':
      mark(index.field(clause.value === 'fav' ? fieldKey.fav : fieldKey.state(clause.value)));
      return mask;
    case 'tag':
      mark(index.field(fieldKey.tag(clause.value)));
      return mask;
    case 'site':
      mark(index.field(fieldKey.site(clause.value)));
      // "site:bbc" also finds bbc.co.uk and bbc.com.
      if (!clause.value.includes('.')) for (const site of index.sites()) if (site.startsWith(`${clause.value}.`)) mark(index.field(fieldKey.site(site)));
      return mask;
    case 'entity':
      for (const id of resolver.resolve(clause.entityKind, clause.value)) mark(index.field(fieldKey.entity(`${clause.entityKind}:${id}`)));
      return mask;
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
 * `exclude` phrase. Reads only those articles' bodies; folded titles come from the index (the
 * title sort key is the folded title).
 */
async function checkPhrases(db: BackstoryDb, ids: readonly string[], foldedTitles: readonly string[], include: readonly string[][], exclude: readonly string[][]): Promise<Set<string>> {
  const bodies = await db.articleBodies.bulkGet([...ids]);
  const out = new Set<string>();
  ids.forEach((id, i) => {
    const folded = `${foldedTitles[i]} | ${foldWords(bodies[i]?.text ?? '').join(' ')}`;
    if (include.every((p) => containsPhrase(folded, p)) && !exclude.some((p) => containsPhrase(folded, p))) out.add(id);
  });
  return out;
}

/**
 * Phrases are checked in batches, in result order, until the page is full: the first batch a
 * little larger than the page, each next one twice as large, up to this many articles.
 */
const PHRASE_BATCH_MAX = 400;
const PHRASE_BATCH_MIN = 20;
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

  // Until the page has built its search index: the whole list and a state tab by date saved come
  // straight from IndexedDB's indexes with offset and limit (the list opens without waiting for
  // the build, which starts meanwhile). Afterwards the index answers those faster too.
  const ready = searchIndexReady(db);
  if (!ready) setTimeout(() => void searchIndexFor(db).catch(() => undefined), 0);
  if (!ready && query.exclude.length === 0 && include.length === 0 && sort !== 'publishedAt') {
    return db.transaction('r', db.articles, async () => {
      const coll = direction === 'desc' ? db.articles.orderBy(index).reverse() : db.articles.orderBy(index);
      const [articles, total] = await Promise.all([coll.offset(offset).limit(limit).toArray(), db.articles.count()]);
      return { query, total, totalIsExact: true, ids: articles.map((a) => a.id), articles };
    });
  }
  if (!ready && query.exclude.length === 0 && include.length === 1 && include[0]!.kind === 'is' && include[0]!.value !== 'fav' && sort === 'savedAt') {
    const state = include[0]!.value;
    return db.transaction('r', db.articles, async () => {
      const range = db.articles.where('[state+savedAt]').between([state, Dexie.minKey], [state, Dexie.maxKey]);
      const coll = direction === 'desc' ? range.reverse() : range;
      const [articles, total] = await Promise.all([coll.offset(offset).limit(limit).toArray(), db.articles.where('state').equals(state).count()]);
      return { query, total, totalIsExact: true, ids: articles.map((a) => a.id), articles };
    });
  }

  // 1. Clauses, from the index in memory: each marks its documents; included clauses are ANDed,
  //    negated ones subtracted. Phrases mark the documents holding all their words; whether the
  //    words stand together is checked last, on those articles' text.
  const searchIndex = await searchIndexFor(db);
  const size = searchIndex.docs.length;
  let matches: Uint8Array | null = null;
  for (const clause of include) {
    const mask = clauseMask(searchIndex, clause, resolver);
    if (matches) for (let n = 0; n < size; n++) matches[n]! &= mask[n]!;
    else matches = mask;
  }
  /** Documents that may hold a negated phrase: they alone need checking for it. */
  const maybeExcluded = new Uint8Array(size);
  for (const clause of query.exclude) {
    const mask = clauseMask(searchIndex, clause, resolver);
    if (isPhrase(clause)) {
      for (let n = 0; n < size; n++) maybeExcluded[n]! |= mask[n]!;
      continue;
    }
    matches ??= new Uint8Array(size).fill(1);
    for (let n = 0; n < size; n++) if (mask[n]) matches[n] = 0;
  }
  matches ??= new Uint8Array(size).fill(1);

  // 2. Order: walk the sort's order (computed once per change), keeping matches. Articles without
  //    a value (no published date) come last in either direction.
  const { present, missing } = searchIndex.order(index);
  let ordered: string[] = [];
  const orderedDocs: number[] = [];
  const excludedIds = new Set<string>();
  const take = (list: readonly number[], reverse: boolean) => {
    for (let i = 0; i < list.length; i++) {
      const n = list[reverse ? list.length - 1 - i : i]!;
      if (!matches[n]) continue;
      const id = searchIndex.docs[n]!.id;
      ordered.push(id);
      orderedDocs.push(n);
      if (maybeExcluded[n]) excludedIds.add(id);
    }
  };
  take(present, direction === 'desc');
  take(missing, direction === 'desc');

  return db.transaction('r', db.articles, db.articleBodies, async () => {
    // 3. Phrases: check in result order, only as far as the page needs.
    const needsCheck = (id: string) => includePhrases.length > 0 || excludedIds.has(id);
    let totalIsExact = true;
    let total = ordered.length;
    if (includePhrases.length > 0 || excludedIds.size > 0) {
      const confirmed: string[] = [];
      const started = Date.now();
      // A longer page ("Show more") may take proportionally longer.
      const budget = (options.phraseBudgetMs ?? PHRASE_BUDGET_MS) * Math.max(1, (offset + limit) / 100);
      let i = 0;
      let batchSize = Math.min(PHRASE_BATCH_MAX, Math.max(PHRASE_BATCH_MIN, Math.ceil((offset + limit) * 1.2)));
      while (i < ordered.length && confirmed.length < offset + limit && (i === 0 || Date.now() - started < budget)) {
        const batch: string[] = [];
        const titles: string[] = [];
        const batchStart = i;
        while (i < ordered.length && batch.length < batchSize) {
          const n = orderedDocs[i]!;
          if (needsCheck(ordered[i]!)) {
            batch.push(ordered[i]!);
            titles.push(searchIndex.docs[n]!.titleSort);
          }
          i++;
        }
        batchSize = Math.min(PHRASE_BATCH_MAX, batchSize * 2);
        const ok = batch.length ? await checkPhrases(db, batch, titles, includePhrases, excludePhrases) : new Set<string>();
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
    const articles = (await db.articles.bulkGet(pageIds)).filter((a): a is SavedArticle => !!a);
    return { query, total, totalIsExact, ids: ordered, articles };
  });
}
