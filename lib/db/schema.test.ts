import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { entry } from '../glossary/test-helpers';
import { searchArticles } from './articles-search';
import { saveArticle } from './articles-repo';
import { BackstoryDb } from './schema';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('schema migrations', () => {
  it('opens a version-1 database with glossary data at the latest version, data intact', async () => {
    const name = `migrate-${Date.now()}`;
    names.push(name);
    // A database as version 1 of Backstory left it.
    const v1 = new Dexie(name);
    v1.version(1).stores({ glossary: 'id, kind, origin', edits: 'id', packs: 'id', meta: 'key' });
    const putin = entry('vladimir-putin', 'person', ['Vladimir Putin'], { origin: 'storyline' });
    await v1.table('glossary').put(putin);
    await v1.table('edits').put({ id: 'vladimir-putin', userNotes: 'mine', updatedAt: 5 });
    await v1.table('packs').put({ id: 'storyline', version: 3, loadedAt: 1, entryCount: 1 });
    await v1.table('meta').put({ key: 'glossaryRevision', value: 7 });
    v1.close();

    const db = new BackstoryDb(name);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.glossary.get('vladimir-putin')).toEqual(putin);
    expect(await db.edits.get('vladimir-putin')).toEqual({ id: 'vladimir-putin', userNotes: 'mine', updatedAt: 5 });
    expect(await db.packs.get('storyline')).toMatchObject({ version: 3 });
    expect(await db.meta.get('glossaryRevision')).toEqual({ key: 'glossaryRevision', value: 7 });
    expect(await db.articles.count()).toBe(0);
    const saved = await saveArticle(db, { url: 'https://news.example/a', title: 'A', text: 'Putin spoke.' });
    expect(saved.outcome).toBe('created');
    db.close();
  });

  it('version 5 gives the reader’s undated roles an unknown end, in overlays and own entries, and keeps every other fact', async () => {
    const name = `migrate-facts-${Date.now()}`;
    names.push(name);
    const v4 = new Dexie(name);
    v4.version(4).stores({ glossary: 'id, kind, origin', edits: 'id', packs: 'id', meta: 'key' });
    const legacy = [
      { label: 'Born', value: '21 May 1955' },
      { label: 'Office', value: 'Defence Minister of Russia' },
      { label: 'Post', value: 'General', from: '2003' },
    ];
    await v4.table('edits').bulkPut([
      { id: 'sergei-shoigu', fields: { summary: 'Mine', facts: legacy }, updatedAt: 5 },
      { id: 'kim-jong-un', userNotes: 'no facts here', updatedAt: 6 },
    ]);
    const own = entry('user:someone', 'person', ['Someone'], { origin: 'user', facts: [{ label: 'Foreign Minister', value: 'of Somewhere' }] });
    const packRow = entry('sergei-shoigu', 'person', ['Sergei Shoigu'], { origin: 'storyline', facts: [{ label: 'Office', value: 'Defence Minister' }] });
    await v4.table('glossary').bulkPut([own, packRow]);
    v4.close();

    const db = new BackstoryDb(name);
    await db.open();
    expect(db.verno).toBe(6);
    expect((await db.edits.get('sergei-shoigu'))?.fields).toEqual({
      summary: 'Mine',
      facts: [legacy[0], { label: 'Office', value: 'Defence Minister of Russia', to: 'unknown' }, legacy[2]],
    });
    expect(await db.edits.get('kim-jong-un')).toEqual({ id: 'kim-jong-un', userNotes: 'no facts here', updatedAt: 6 });
    expect((await db.glossary.get('user:someone'))?.facts).toEqual([{ label: 'Foreign Minister', value: 'of Somewhere', to: 'unknown' }]);
    // Pack rows are replaced by the pack's next version, not rewritten here.
    expect((await db.glossary.get('sergei-shoigu'))?.facts).toEqual(packRow.facts);
    db.close();
  });

  it('keeps saved articles and their bodies across reopening', async () => {
    const name = `reopen-${Date.now()}`;
    names.push(name);
    const db = new BackstoryDb(name);
    const { article } = await saveArticle(db, { url: 'https://news.example/a', title: 'A', text: 'Text of A.', html: '<p>Text of A.</p>' });
    db.close();
    const again = new BackstoryDb(name);
    expect(await again.articles.get(article.id)).toEqual(article);
    expect(await again.articleBodies.get(article.id)).toMatchObject({ html: '<p>Text of A.</p>', text: 'Text of A.' });
    again.close();
  });

  it('declares the reading-list indexes the queries read, and no other (each is written on every save)', () => {
    const db = new BackstoryDb(`schema-${Date.now()}`);
    names.push(db.name);
    const indexes = db.articles.schema.indexes.map((i) => i.name).sort();
    expect(indexes).toEqual(
      ['canonicalUrl', 'entities', 'publishedAt', 'readingTime', 'savedAt', 'site', 'state', 'tags', 'titleSort', '[state+savedAt]'].sort(),
    );
    expect(db.articles.schema.idxByName.canonicalUrl?.unique).toBe(true);
    // Full text is indexed in memory from `articleTerms`; bodies are read by id only.
    expect(db.articleBodies.schema.indexes).toEqual([]);
    expect(db.articleTerms.schema.primKey.name).toBe('id');
    expect(db.articleChanges.schema.primKey.auto).toBe(true);
  });

  it('opens a version-2 reading list at the latest version with every article, body and index intact, and searchable', async () => {
    const name = `v2-${Date.now()}`;
    names.push(name);
    const v2 = new Dexie(name);
    v2.version(1).stores({ glossary: 'id, kind, origin', edits: 'id', packs: 'id', meta: 'key' });
    v2.version(2).stores({
      articles: 'id, &canonicalUrl, savedAt, publishedAt, titleSort, readingTime, site, *siteKeys, state, favourite, *tags, *entities',
      articleBodies: 'id, *terms',
    });
    const { buildArticle } = await import('./articles-repo');
    const item = buildArticle({ url: 'https://news.example/a', title: 'Kim in Russia', text: 'Kim rolled into Russia.', tags: ['korea'] }, 'a1', 1000);
    await v2.table('articles').put(item.article);
    await v2.table('articleBodies').put(item.body);
    v2.close();
    const db = new BackstoryDb(name);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.articles.get('a1')).toEqual(item.article);
    expect(await db.articleBodies.get('a1')).toEqual(item.body);
    expect(await db.articles.where('[state+savedAt]').between(['unread', Dexie.minKey], ['unread', Dexie.maxKey]).primaryKeys()).toEqual(['a1']);
    expect(await db.articleTerms.get('a1')).toEqual({ id: 'a1', terms: item.body.terms.join(' ') });
    expect((await searchArticles(db, { query: 'russia' })).ids).toEqual(['a1']);
    expect((await searchArticles(db, { query: 'rolled tag:korea' })).ids).toEqual(['a1']);
    // The operators whose database indexes version 6 dropped are answered all the same.
    expect((await searchArticles(db, { query: 'site:news.example' })).ids).toEqual(['a1']);
    expect((await searchArticles(db, { query: 'is:fav' })).ids).toEqual([]);
    db.close();
  });

  it('opens a version-3 reading list at version 4: every article gets its terms row, in batches', async () => {
    const name = `v3-${Date.now()}`;
    names.push(name);
    const v3 = new Dexie(name);
    v3.version(1).stores({ glossary: 'id, kind, origin', edits: 'id', packs: 'id', meta: 'key' });
    v3.version(3).stores({
      articles: 'id, &canonicalUrl, savedAt, publishedAt, titleSort, readingTime, site, *siteKeys, state, favourite, *tags, *entities, [state+savedAt]',
      articleBodies: 'id, *terms',
    });
    const { buildArticle } = await import('./articles-repo');
    // More than one migration batch.
    const items = Array.from({ length: 1203 }, (_, i) => buildArticle({ url: `https://news.example/${i}`, title: `Story ${i}`, text: `Word${i} and common text.` }, `id${String(i).padStart(5, '0')}`, 1000 + i));
    await v3.table('articles').bulkPut(items.map((i) => i.article));
    await v3.table('articleBodies').bulkPut(items.map((i) => i.body));
    v3.close();
    const db = new BackstoryDb(name);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.articles.count()).toBe(1203);
    expect(await db.articleBodies.count()).toBe(1203);
    expect(await db.articleTerms.count()).toBe(1203);
    expect(await db.articleBodies.get('id00042')).toEqual(items[42]!.body);
    expect((await searchArticles(db, { query: 'word1202' })).ids).toEqual(['id01202']);
    expect((await searchArticles(db, { query: 'common', limit: 0 })).total).toBe(1203);
    db.close();
  });
});
