import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteArticles, saveArticle } from './articles-repo';
import { searchArticles } from './articles-search';
import { searchIndexFor } from './articles-search-index';
import { closeAll, draft, freshDb } from '../reading-list/test-helpers';
import { eventually } from '@/tests/eventually';

afterEach(closeAll);

describe('a live search', () => {
  it('sees a deletion even when its first run waited on another search’s refresh of the index', async () => {
    const db = freshDb('live');
    const ids: string[] = [];
    for (const [i, title] of ['Alpha', 'Beta', 'Gamma'].entries()) ids.push((await saveArticle(db, draft(`https://x.example/${i}`, title, `${title} text.`), 1000 + i)).article.id);
    await searchIndexFor(db); // built: searches go through the index
    await saveArticle(db, draft('https://x.example/9', 'Delta', 'Delta text.'), 5000); // the next search has a change to catch up on
    const refreshing = searchIndexFor(db); // another page's search, refreshing the shared index right now

    let titles: string[] = [];
    const subscription = liveQuery(() => searchArticles(db, { query: '', sort: 'savedAt' })).subscribe({
      next: (r) => (titles = r.articles.map((a) => a.title)),
    });
    try {
      await refreshing;
      await eventually(() => titles, (t) => t.length === 4, { timeout: 3000 });
      await deleteArticles(db, ids.slice(0, 2));
      expect(await eventually(() => titles, (t) => t.length === 2, { timeout: 3000, what: 'the deletion reaching the live query' })).toEqual(['Delta', 'Gamma']);
    } finally {
      subscription.unsubscribe();
    }
  });
});
