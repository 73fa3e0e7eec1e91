import { afterEach, describe, expect, it } from 'vitest';
import { saveArticle } from './articles-repo';
import { reindexEntities } from './articles-reindex';
import { searchArticles } from './articles-search';
import { closeAll, draft, freshDb, mention } from '../reading-list/test-helpers';

afterEach(closeAll);

describe('reindexEntities', () => {
  it('finds names the glossary learned after the article was saved, and drops ones it forgot', async () => {
    const db = freshDb('reindex');
    const a = await saveArticle(db, draft('https://x.example/a', 'A', 'Jo Chun Ryong went to Ussuriysk.', { mentions: [mention('ussuriysk', 'place', 'Ussuriysk')] }));
    await saveArticle(db, { url: 'https://x.example/stub', title: 'Imported without text' });
    expect((await searchArticles(db, { query: 'person:jo-chun-ryong' })).total).toBe(0);

    const progress: number[] = [];
    const changed = await reindexEntities(db, {
      findEntities: async (text) => (text.includes('Jo Chun Ryong') ? [mention('jo-chun-ryong', 'person', 'Jo Chun Ryong')] : []),
      onProgress: (done) => progress.push(done),
    });
    expect(changed).toBe(1);
    expect(progress).toEqual([1]); // the article without text is skipped
    expect((await searchArticles(db, { query: 'person:jo-chun-ryong' })).ids).toEqual([a.article.id]);
    expect((await searchArticles(db, { query: 'place:ussuriysk' })).total).toBe(0);
    // Running it again changes nothing.
    expect(await reindexEntities(db, { findEntities: async () => [mention('jo-chun-ryong', 'person', 'Jo Chun Ryong')] })).toBe(0);
  });
});
