import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getEntries, saveEdit, saveUserEntry } from '../db/glossary-repo';
import { saveArticle } from '../db/articles-repo';
import { BackstoryDb } from '../db/schema';
import { loadAll } from '../db/articles-export';
import { searchArticles } from '../db/articles-search';
import { draft, mention } from '../reading-list/test-helpers';
import { seedPacks } from '../db/seed';
import { entry } from '../glossary/test-helpers';
import { getSitePolicy, setSitePolicy } from '../sites/site-settings';
import { buildBackup, deleteEverything, parseBackup, restoreBackup } from './backup';
import { getSettings, updateSettings } from './settings';

let n = 0;
const opened: BackstoryDb[] = [];
function freshDb(): BackstoryDb {
  const db = new BackstoryDb(`backup-test-${Date.now()}-${n++}`);
  opened.push(db);
  return db;
}
beforeEach(() => fakeBrowser.reset());
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const PACK = { id: 'storyline', version: 1, title: 'S', entries: [entry('putin', 'person', ['Vladimir Putin'], { origin: 'storyline' })] };

async function fill(db: BackstoryDb) {
  await seedPacks(db, [PACK]);
  await saveUserEntry(db, entry('user:a', 'topic', ['Alpha'], { origin: 'user' }));
  await saveEdit(db, 'putin', { userNotes: 'mine' });
  await updateSettings({ hoverDelayMs: 700, highlightStyle: 'first' });
  await setSitePolicy({ mode: 'allowed', allowed: ['apnews.com'], blocked: ['x.example'] });
}

describe('backup', () => {
  it('export everything → import everything restores glossary, settings and sites', async () => {
    const db = freshDb();
    await fill(db);
    const backup = await buildBackup(db);
    expect(backup.glossary.entries.map((e) => e.id)).toEqual(['user:a']);
    const text = JSON.stringify(backup);

    fakeBrowser.reset();
    const other = freshDb();
    await seedPacks(other, [PACK]);
    const parsed = await parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.error);
    await restoreBackup(other, parsed);
    const [a, putin] = await getEntries(other, ['user:a', 'putin']);
    expect(a?.name).toBe('Alpha');
    expect(putin?.userNotes).toBe('mine');
    expect(await getSettings()).toMatchObject({ hoverDelayMs: 700, highlightStyle: 'first' });
    expect(await getSitePolicy()).toEqual({ mode: 'allowed', allowed: ['apnews.com'], blocked: ['x.example'] });
  });

  it('refuses files that are not backups, and writes nothing', async () => {
    const db = freshDb();
    await saveArticle(db, draft('https://news.example/kept', 'Kept', 'Kept text'));
    expect(await parseBackup('not json')).toMatchObject({ ok: false });
    expect(await parseBackup('{"entries": []}')).toMatchObject({ ok: false, error: expect.stringMatching(/not a Backstory backup/) });
    expect(await parseBackup(JSON.stringify({ format: 'backstory-backup', formatVersion: 1, tables: { evil: [] } }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/unknown table/),
    });
    expect(await parseBackup(JSON.stringify({ format: 'backstory-backup', formatVersion: 2, readingList: { format: 'other' } }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/reading list in this backup is damaged/),
    });
    expect(await db.articles.count()).toBe(1);
  });

  it('export everything → delete everything → import everything gives back the same reading list, searchable', async () => {
    const db = freshDb();
    await saveArticle(db, draft('https://news.example/a?utm_source=x', 'Kim meets Putin', 'They met in Ussuriysk.', { tags: ['asia'], mentions: [mention('putin', 'person', 'Vladimir Putin', 2)], progress: 0.4 }));
    await saveArticle(db, draft('https://other.example/b', 'Second', 'Another story.', { state: 'archived', favourite: true }));
    const before = await loadAll(db);
    const text = JSON.stringify(await buildBackup(db));
    await deleteEverything(db);
    expect(await db.articles.count()).toBe(0);

    const parsed = await parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.counts.articles).toBe(2);
    expect(parsed.errors).toEqual([]);
    await restoreBackup(db, parsed);
    expect(await loadAll(db)).toEqual(before);
    expect((await searchArticles(db, { query: 'ussuriysk' })).ids).toEqual([before[0]!.article.id]);
    expect((await searchArticles(db, { query: 'person:putin is:unread' })).ids).toEqual([before[0]!.article.id]);
  });

  it('checks every article of a backup like an import: bad ones are listed and skipped, the rest replace the list', async () => {
    const db = freshDb();
    await saveArticle(db, draft('https://news.example/one', 'One', 'First text'));
    await saveArticle(db, draft('https://news.example/two', 'Two', 'Second text'));
    const backup = await buildBackup(db);
    const [good, bad] = backup.readingList.articles;
    const tampered = { ...backup, readingList: { ...backup.readingList, articles: [good, { ...bad!, url: 'javascript:alert(1)' }, { ...good!, id: 'copy' }, { nonsense: true }] } };
    await saveArticle(db, draft('https://news.example/three', 'Three', 'Saved after the backup'));

    const parsed = await parseBackup(JSON.stringify(tampered));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.counts.articles).toBe(1);
    expect(parsed.errors.map((e) => [e.row, e.message])).toEqual([
      [2, expect.stringMatching(/reading-list article: url: not a web address/)],
      [3, 'reading-list article: the same article again'],
      [4, expect.stringMatching(/reading-list article: /)],
    ]);
    expect(await db.articles.count()).toBe(3); // nothing written while reading
    expect((await searchArticles(db, { query: 'saved' })).ids).toHaveLength(1); // the search index is built
    await restoreBackup(db, parsed);
    expect((await loadAll(db)).map((i) => i.article.title)).toEqual(['One']);
    // The search index follows the restore: the cleared article is gone from it, the restored one found.
    expect((await searchArticles(db, { query: 'saved' })).ids).toEqual([]);
    expect((await searchArticles(db, { query: 'first' })).articles.map((a) => a.title)).toEqual(['One']);
  });

  it('still reads a version 1 backup (raw rows), through the same checks', async () => {
    const db = freshDb();
    await saveArticle(db, draft('https://news.example/old', 'Old format', 'Saved with an older Backstory'));
    const [item] = await loadAll(db);
    const v1 = { format: 'backstory-backup', formatVersion: 1, exportedAt: '2026-11-01T00:00:00.000Z', glossary: { entries: [] }, tables: { articles: [item!.article, { ...item!.article, id: 'x', canonicalUrl: 'ftp://no' }], articleBodies: [item!.body] } };
    await deleteEverything(db);
    const parsed = await parseBackup(JSON.stringify(v1));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.errors).toHaveLength(1);
    await restoreBackup(db, parsed);
    expect(await loadAll(db)).toEqual([item]);
  });

  it('delete everything leaves an empty database and default settings', async () => {
    const db = freshDb();
    await fill(db);
    await deleteEverything(db);
    for (const t of db.tables) expect(await t.count()).toBe(0);
    expect((await getSettings()).hoverDelayMs).toBe(400);
    expect((await getSitePolicy()).blocked).toEqual([]);
  });
});
