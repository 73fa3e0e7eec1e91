import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeAll, draft, freshDb, mention } from '../reading-list/test-helpers';
import {
  addTags,
  buildArticle,
  deleteArticles,
  findSaved,
  getArticle,
  insertArticles,
  isQuotaError,
  isTimeOrderedId,
  newArticleId,
  restoreArticles,
  saveArticle,
  setContent,
  setFavourite,
  setProgress,
  setState,
  setTags,
} from './articles-repo';

afterEach(closeAll);

const AP = 'https://news.example/article/north-korea-russia-kim-putin-summit';

describe('saveArticle', () => {
  it('stores the article with derived fields', async () => {
    const db = freshDb();
    const { outcome, article } = await saveArticle(
      db,
      draft('https://m.news.example/ap-kim-putin.html?utm_source=x', '  North Korea’s Kim is in Russia ', 'Kim Jong Un rolled into Russia. '.repeat(200), {
        canonicalHint: AP,
        lang: 'en',
        mentions: [mention('kim-jong-un', 'person', 'Kim Jong Un', 200)],
        publishedAt: Date.UTC(2023, 8, 12),
      }),
      1000,
    );
    expect(outcome).toBe('created');
    expect(article).toMatchObject({
      canonicalUrl: AP,
      url: 'https://m.news.example/ap-kim-putin.html?utm_source=x',
      title: 'North Korea’s Kim is in Russia',
      titleSort: 'north korea kim is in russia',
      site: 'm.news.example',
      savedAt: 1000,
      state: 'unread',
      favourite: 0,
      progress: 0,
      downloaded: true,
      wordCount: 1200,
      entities: ['kim-jong-un', 'person:kim-jong-un'],
      source: 'web',
    });
    expect(article.readingTime).toBe(6);
    const stored = await getArticle(db, article.id);
    expect(stored?.body.terms).toEqual(expect.arrayContaining(['north', 'korea', 'kim', 'jong', 'un', 'rolled']));
  });

  it('saving the same article again updates it and keeps the reader’s data: never a duplicate', async () => {
    const db = freshDb();
    const first = await saveArticle(db, draft('https://news.example/a?utm_source=x', 'Old title', 'old text', { canonicalHint: AP }), 1000);
    await setTags(db, first.article.id, ['korea']);
    await setState(db, [first.article.id], 'archived');
    await setFavourite(db, [first.article.id], true);
    await setProgress(db, first.article.id, 0.5);
    const second = await saveArticle(db, draft('https://news.example/a#comments', 'New title', 'new text', { canonicalHint: AP, tags: ['Russia'] }), 2000);
    expect(second.outcome).toBe('updated');
    expect(second.article).toMatchObject({
      id: first.article.id,
      title: 'New title',
      savedAt: 1000,
      updatedAt: 2000,
      tags: ['korea', 'russia'],
      state: 'archived',
      favourite: 1,
      progress: 0.5,
    });
    expect(await db.articles.count()).toBe(1);
    expect(await db.articleBodies.count()).toBe(1);
    expect((await getArticle(db, first.article.id))?.body.text).toBe('new text');
  });

  it('never duplicates under concurrent saves of the same page', async () => {
    const db = freshDb();
    const results = await Promise.all(Array.from({ length: 5 }, (_, i) => saveArticle(db, draft(`https://news.example/a?fbclid=${i}`, 'T', 'x'))));
    expect(results.filter((r) => r.outcome === 'created')).toHaveLength(1);
    expect(await db.articles.count()).toBe(1);
  });

  it('refuses a non-web URL and writes nothing', async () => {
    const db = freshDb();
    await expect(saveArticle(db, draft('javascript:alert(1)', 'T', 'x'))).rejects.toThrow(/Not a web address/);
    expect(await db.articles.count()).toBe(0);
  });

  it('finds a saved page by any of its URLs', async () => {
    const db = freshDb();
    await saveArticle(db, draft('https://news.example/a/', 'T', 'x'));
    expect(await findSaved(db, 'https://news.example/a?utm_campaign=c#x')).toBeDefined();
    expect(await findSaved(db, 'https://news.example/b')).toBeUndefined();
  });
});

describe('newArticleId', () => {
  it('makes ids whose order is the saved order', () => {
    const times = [0, 1, 59_999, 1_600_000_000_000, 1_700_000_000_000, 4_102_444_800_000];
    const ids = times.map((t) => newArticleId(t));
    expect([...ids].sort()).toEqual(ids);
    expect(ids.every(isTimeOrderedId)).toBe(true);
    expect(new Set(Array.from({ length: 1000 }, () => newArticleId(5))).size).toBe(1000);
    expect(isTimeOrderedId('9f1c2b3a-0000-4000-8000-000000000000')).toBe(false);
  });
});

describe('editing the list', () => {
  it('deletes with bodies and restores exactly (undo)', async () => {
    const db = freshDb();
    const a = await saveArticle(db, draft('https://news.example/a', 'A', 'alpha'));
    const b = await saveArticle(db, draft('https://news.example/b', 'B', 'beta'));
    const before = await db.articles.toArray();
    const removed = await deleteArticles(db, [a.article.id, b.article.id]);
    expect(removed).toHaveLength(2);
    expect(await db.articles.count()).toBe(0);
    expect(await db.articleBodies.count()).toBe(0);
    expect(await restoreArticles(db, removed)).toBe(2);
    expect((await db.articles.toArray()).sort((x, y) => x.id.localeCompare(y.id))).toEqual(before.sort((x, y) => x.id.localeCompare(y.id)));
    expect((await getArticle(db, a.article.id))?.body.text).toBe('alpha');
  });

  it('undo skips an article saved again meanwhile', async () => {
    const db = freshDb();
    const a = await saveArticle(db, draft('https://news.example/a', 'A', 'alpha'));
    const removed = await deleteArticles(db, [a.article.id]);
    await saveArticle(db, draft('https://news.example/a', 'A again', 'alpha'));
    expect(await restoreArticles(db, removed)).toBe(0);
    expect(await db.articles.count()).toBe(1);
  });

  it('adds tags to many', async () => {
    const db = freshDb();
    const a = await saveArticle(db, draft('https://news.example/a', 'A', 'alpha', { tags: ['x'] }));
    await addTags(db, [a.article.id], ['Y ', 'x']);
    expect((await db.articles.get(a.article.id))?.tags).toEqual(['x', 'y']);
  });

  it('fills in a not-downloaded item and keeps the reader’s data', async () => {
    const db = freshDb();
    const a = await saveArticle(db, { url: 'https://news.example/a', title: 'A', tags: ['t'], source: 'pocket' });
    expect(a.article.downloaded).toBe(false);
    const filled = await setContent(db, a.article.id, { html: '<p>Hello world</p>', text: 'Hello world' });
    expect(filled).toMatchObject({ downloaded: true, tags: ['t'], source: 'pocket', canonicalUrl: a.article.canonicalUrl, wordCount: 2 });
  });
});

describe('insertArticles', () => {
  it('writes all in one transaction and reports progress', async () => {
    const db = freshDb();
    const items = Array.from({ length: 7 }, (_, i) => buildArticle(draft(`https://news.example/${i}`, `T${i}`, 'x'), `id${i}`, 1));
    const progress: number[] = [];
    await insertArticles(db, items, (done) => progress.push(done), 3);
    expect(progress).toEqual([3, 6, 7]);
    expect(await db.articles.count()).toBe(7);
  });

  it('writes nothing when the disk is full midway, and the error is recognisable', async () => {
    const db = freshDb();
    const items = Array.from({ length: 6 }, (_, i) => buildArticle(draft(`https://news.example/${i}`, `T${i}`, 'x'), `id${i}`, 1));
    const real = db.articleBodies.bulkAdd.bind(db.articleBodies);
    let calls = 0;
    vi.spyOn(db.articleBodies, 'bulkAdd').mockImplementation(((rows: never[]) => {
      if (++calls === 2) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      return real(rows);
    }) as never);
    const error = await insertArticles(db, items, undefined, 3).catch((e: unknown) => e);
    expect(isQuotaError(error)).toBe(true);
    expect(await db.articles.count()).toBe(0);
    expect(await db.articleBodies.count()).toBe(0);
  });

  it('recognises quota errors however they are wrapped', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', new DOMException('x', 'QuotaExceededError')))).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });
});
