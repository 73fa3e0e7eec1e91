import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addTags,
  buildArticle,
  deleteArticles,
  insertArticles,
  newArticleId,
  restoreArticles,
  saveArticle,
  setContent,
  setFavourite,
  setState,
  setTags,
} from './articles-repo';
import { BackstoryDb } from './schema';
import { commitImport, readImportFile } from './articles-import';
import { parseQuery, type Clause } from '../reading-list/query';
import { reindexEntities } from './articles-reindex';
import { containsPhrase, rowMatches, searchArticles, SORT_INDEX, type SortDirection, type SortKey } from './articles-search';
import { SearchIndex, searchIndexFor } from './articles-search-index';
import { closeAll, draft, freshDb, mention } from '../reading-list/test-helpers';
import { foldWords, termsOf } from '../reading-list/text';
import type { SavedArticle } from '../reading-list/types';

afterEach(closeAll);

const ID_RESOLVER = { resolve: (_kind: string, value: string) => [value] };

/**
 * The reference: every article read in full and every clause checked on it, the way the search
 * language is defined (words as prefixes from three letters, phrases in order, operators on rows).
 */
async function naiveSearch(db: BackstoryDb, query: string, sort: SortKey, direction: SortDirection): Promise<string[]> {
  const q = parseQuery(query);
  const articles = await db.articles.toArray();
  const bodies = new Map((await db.articleBodies.toArray()).map((b) => [b.id, b]));
  const holds = (a: SavedArticle, c: Clause): boolean => {
    const text = bodies.get(a.id)?.text ?? '';
    if (c.kind === 'word') return termsOf(a.title, text).some((t) => (c.value.length >= 3 ? t.startsWith(c.value) : t === c.value));
    if (c.kind === 'phrase') {
      if (c.words.length === 1) return termsOf(a.title, text).includes(c.words[0]!);
      return containsPhrase(`${foldWords(a.title).join(' ')} | ${foldWords(text).join(' ')}`, c.words);
    }
    return rowMatches(a, c, ID_RESOLVER);
  };
  const field = SORT_INDEX[sort];
  const hits = articles.filter((a) => q.include.every((c) => holds(a, c)) && !q.exclude.some((c) => holds(a, c)));
  const present = hits.filter((a) => a[field] !== null).sort((x, y) => (x[field] === y[field] ? (x.id < y.id ? -1 : 1) : x[field]! < y[field]! ? -1 : 1));
  const missing = hits.filter((a) => a[field] === null).sort((x, y) => (x.id < y.id ? -1 : 1));
  if (direction === 'desc') {
    present.reverse();
    missing.reverse();
  }
  return [...present, ...missing].map((a) => a.id);
}

/** The ids a search finds, all of them (no page limit, no phrase time budget). */
async function fast(db: BackstoryDb, query: string, sort: SortKey = 'savedAt', direction: SortDirection = 'desc'): Promise<string[]> {
  const r = await searchArticles(db, { query, sort, direction, limit: 10_000, phraseBudgetMs: 1e9 });
  return r.ids;
}

const QUERIES = ['', 'kim', 'train', '"armored train"', 'is:archived', 'is:fav', 'tag:korea', 'site:bbc', 'person:kim-jong-un', '-is:archived', 'train -tag:korea', '-"armored train"', 'sanctions -kim'];

/** Every query answered by the live index equals the naive answer (so a stale index fails here). */
async function expectConsistent(db: BackstoryDb): Promise<void> {
  for (const q of QUERIES) expect(await fast(db, q, 'title', 'asc'), q).toEqual(await naiveSearch(db, q, 'title', 'asc'));
}

describe('search index consistency', () => {
  it('follows saves, updates, state, favourite and tag changes, deletes, undo, content fetches and reindexing', async () => {
    const db = freshDb('index-consistency');
    const summit = await saveArticle(db, draft('https://apnews.example/a', 'Kim meets Putin', 'Kim rolled in on an armored train.', { mentions: [mention('kim-jong-un', 'person', 'Kim Jong Un')] }), 1000);
    await expectConsistent(db); // builds the index
    const bbc = await saveArticle(db, draft('https://news.bbc.co.uk/b', 'Sanctions tightened', 'The train carried munitions, KCNA denied it.'), 2000);
    await expectConsistent(db);
    await saveArticle(db, draft('https://apnews.example/a', 'Kim meets Putin again', 'Now by plane, no train at all.'), 3000); // an update
    await expectConsistent(db);
    await setState(db, [bbc.article.id], 'archived');
    await setFavourite(db, [summit.article.id], true);
    await setTags(db, summit.article.id, ['korea']);
    await addTags(db, [bbc.article.id], ['korea', 'later']);
    await expectConsistent(db);
    const removed = await deleteArticles(db, [summit.article.id]);
    await expectConsistent(db);
    await restoreArticles(db, removed);
    await expectConsistent(db);
    const stub = await saveArticle(db, { url: 'https://x.example/stub', title: 'Imported without text' });
    await expectConsistent(db);
    await setContent(db, stub.article.id, { html: '<p>An armored train story</p>', text: 'An armored train story' });
    await expectConsistent(db);
    await reindexEntities(db, { findEntities: async (text) => (text.includes('train') ? [mention('kim-jong-un', 'person', 'Kim Jong Un')] : []) });
    await expectConsistent(db);
  });

  it('follows an import (one transaction of many articles) and a bulk insert', async () => {
    const db = freshDb('index-import');
    await saveArticle(db, draft('https://apnews.example/a', 'Kim meets Putin', 'Kim rolled in on an armored train.'));
    await expectConsistent(db);
    const rows = Array.from({ length: 40 }, (_, i) => `Story ${i} about trains,https://site${i % 3}.example/${i},${1_700_000_000 + i},,${i % 2 ? 'korea' : ''},${i % 4 ? 'unread' : 'archive'}`);
    const plan = await readImportFile(db, 'ril_export.csv', new TextEncoder().encode(['title,url,time_added,cursor,tags,status', ...rows].join('\n')));
    expect(await commitImport(db, plan)).toBe(40);
    await expectConsistent(db);
    expect((await searchArticles(db, { query: 'trains tag:korea', limit: 0 })).total).toBe(20);
    const items = Array.from({ length: 600 }, (_, i) => buildArticle(draft(`https://bulk.example/${i}`, `Bulk ${i}`, i % 2 ? 'kim train' : 'sanctions'), newArticleId(5000 + i), 5000 + i));
    await insertArticles(db, items);
    await expectConsistent(db);
  });

  it('rebuilds when the change log was trimmed past what it had seen', async () => {
    const db = freshDb('index-trim');
    await saveArticle(db, draft('https://a.example/1', 'One', 'alpha'));
    const index = new SearchIndex(db);
    await index.refresh();
    await saveArticle(db, draft('https://a.example/2', 'Two', 'alpha beta'));
    await saveArticle(db, draft('https://a.example/3', 'Three', 'beta'));
    // As trimming would: the oldest entries, including ones the index never read, are gone.
    const last = (await db.articleChanges.orderBy(':id').last())!.seq!;
    await db.articleChanges.where(':id').below(last).delete();
    await index.refresh();
    expect(index.size).toBe(3);
    expect(index.word('beta')).toHaveLength(2);
  });

  it('compacts after many replacements and keeps answering the same', async () => {
    const db = freshDb('index-compact');
    const a = await saveArticle(db, draft('https://a.example/1', 'One', 'alpha'));
    await saveArticle(db, draft('https://a.example/2', 'Two', 'beta'));
    const index = await searchIndexFor(db);
    for (let i = 0; i < 6; i++) {
      await setTags(db, a.article.id, [`t${i}`]);
      await searchIndexFor(db);
    }
    expect(index.size).toBe(2);
    expect(index.docs.length).toBeLessThanOrEqual(4); // dead documents were dropped by a rebuild
    expect(await fast(db, 'tag:t5')).toEqual([a.article.id]);
    expect(await fast(db, 'tag:t4')).toEqual([]);
  });
});

describe('search index snapshots', () => {
  it('lets another page load the saved index and catch up from the change log', async () => {
    const db = freshDb('index-snapshot');
    const a = await saveArticle(db, draft('https://apnews.example/a', 'Kim meets Putin', 'Kim rolled in on an armored train.', { tags: ['korea'] }), 1000);
    const b = await saveArticle(db, draft('https://news.bbc.co.uk/b', 'Sanctions tightened', 'The train carried munitions.'), 2000);
    await (await searchIndexFor(db)).saveSnapshot();
    expect(await db.searchSnapshots.count()).toBe(1);
    // Changes after the snapshot: a new article, a state change, a delete.
    await saveArticle(db, draft('https://x.example/c', 'Armored train again', 'Another armored train.'), 3000);
    await setState(db, [b.article.id], 'archived');
    await deleteArticles(db, [a.article.id]);
    // Another page: the same database opened again, its own index loaded from the snapshot.
    const other = new BackstoryDb(db.name);
    await expectConsistent(other);
    const index = await searchIndexFor(other);
    expect(index.size).toBe(2);
    expect(index.docs.length).toBe(3 + 1); // the two of the snapshot, the deleted one dead, one added
    other.close();
  });

  it('ignores a snapshot of another format and rebuilds', async () => {
    const db = freshDb('index-snapshot-format');
    await saveArticle(db, draft('https://apnews.example/a', 'Kim meets Putin', 'Kim rolled in.'));
    await (await searchIndexFor(db)).saveSnapshot();
    await db.searchSnapshots.toCollection().modify({ format: -1, docs: [] });
    const other = new BackstoryDb(db.name);
    await expectConsistent(other);
    expect((await searchIndexFor(other)).size).toBe(1);
    other.close();
  });
});

describe('search equals a naive filter (property)', () => {
  const WORDS = ['kim', 'putin', 'train', 'trains', 'armored', 'sanctions', 'the', 'of', 'seoul', 'un', 'war'];
  const article = fc.record({
    title: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')),
    text: fc.array(fc.constantFrom(...WORDS), { maxLength: 25 }).map((w) => w.join(' ')),
    site: fc.constantFrom('apnews.com', 'news.bbc.co.uk', 'bbc.com', 'example.org'),
    tags: fc.subarray(['korea', 'russia', 'later']),
    archived: fc.boolean(),
    fav: fc.boolean(),
    people: fc.subarray(['kim-jong-un', 'vladimir-putin']),
    published: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
  });
  const term = fc.oneof(
    fc.constantFrom(...WORDS, 'arm', 'sanc', 'tra', 'xyz'),
    fc.constantFrom(...WORDS).chain((a) => fc.constantFrom(...WORDS).map((b) => `"${a} ${b}"`)),
    fc.constantFrom('is:archived', 'is:unread', 'is:fav', 'tag:korea', 'tag:later', 'site:bbc', 'site:apnews.com', 'person:kim-jong-un', 'person:vladimir-putin'),
  );
  const query = fc.array(fc.tuple(fc.boolean(), term), { maxLength: 3 }).map((parts) => parts.map(([neg, t]) => `${neg ? '-' : ''}${t}`).join(' '));

  it('gives the same ids in the same order, for random lists, queries and sorts, as the list changes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(article, { minLength: 1, maxLength: 25 }),
        fc.array(fc.tuple(query, fc.constantFrom<SortKey>('savedAt', 'publishedAt', 'title', 'readingTime'), fc.constantFrom<SortDirection>('asc', 'desc')), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 24 }),
        async (list, queries, victim) => {
          const db = freshDb('index-property');
          const saved: string[] = [];
          for (const [i, a] of list.entries()) {
            const r = await saveArticle(
              db,
              {
                ...draft(`https://${a.site}/${i}`, a.title, a.text),
                tags: a.tags,
                state: a.archived ? 'archived' : 'unread',
                favourite: a.fav,
                publishedAt: a.published,
                mentions: a.people.map((p) => mention(p, 'person', p)),
              },
              1000 + i,
            );
            saved.push(r.article.id);
          }
          const check = async () => {
            for (const [q, sort, dir] of queries) expect(await fast(db, q, sort, dir), `${q} by ${sort} ${dir}`).toEqual(await naiveSearch(db, q, sort, dir));
          };
          await check();
          await (await searchIndexFor(db)).saveSnapshot();
          // The index follows a delete and a state change; so does another page's, loaded from the snapshot.
          await deleteArticles(db, [saved[victim % saved.length]!]);
          if (saved.length > 1) await setState(db, [saved[(victim + 1) % saved.length]!], 'archived');
          await check();
          const other = new BackstoryDb(db.name);
          for (const [q, sort, dir] of queries) expect(await fast(other, q, sort, dir), `snapshot: ${q} by ${sort} ${dir}`).toEqual(await naiveSearch(db, q, sort, dir));
          other.close();
          await db.delete();
        },
      ),
      { numRuns: 40 },
    );
    // Forty random histories, each on its own IndexedDB: about 2 s on a quiet machine, past the default 5 s when the cores are shared.
  }, 30_000);
});
