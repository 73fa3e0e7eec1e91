// @vitest-environment jsdom
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { saveArticle, setFavourite, setProgress, setState, setTags } from './articles-repo';
import type { BackstoryDb } from './schema';
import { exportBookmarksHtml, exportJson, exportMarkdownZip, slugify, toMarkdown, loadAll } from './articles-export';
import { commitImport, readImportFile } from './articles-import';
import { parseNetscapeHtml } from '../reading-list/formats/netscape-html';
import { closeAll, draft, freshDb, mention } from '../reading-list/test-helpers';

afterEach(closeAll);

async function fill(db: BackstoryDb) {
  const a = await saveArticle(
    db,
    draft('https://apnews.example/kim-putin?utm_source=x', 'Kim is in Russia to meet Putin', 'Kim Jong Un rolled into Russia.\n\nThe train was seen in Ussuriysk.', {
      html: '<h2>Summit</h2><p>Kim Jong Un rolled into <a href="https://apnews.example/russia">Russia</a>.</p><p>The train was seen in <em>Ussuriysk</em>.</p>',
      canonicalHint: 'https://apnews.example/kim-putin',
      byline: 'Wire Staff',
      siteName: 'AP',
      excerpt: 'Kim rolled into Russia',
      lang: 'en',
      dir: 'ltr',
      publishedAt: Date.UTC(2023, 8, 12, 6, 14),
      mentions: [mention('kim-jong-un', 'person', 'Kim Jong Un', 2), mention('ussuriysk', 'place', 'Ussuriysk')],
    }),
    1_694_500_000_000,
  );
  const b = await saveArticle(db, { url: 'https://example.org/stub', title: 'A "quoted" <title> & more', tags: ['imported'], source: 'pocket', savedAt: 1_600_000_000_000 }, 1_700_000_000_000);
  await setTags(db, a.article.id, ['korea', 'russia']);
  await setFavourite(db, [a.article.id], true);
  await setProgress(db, a.article.id, 0.42);
  await setState(db, [b.article.id], 'archived');
}

async function snapshot(db: BackstoryDb) {
  const byId = (x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id);
  return { articles: (await db.articles.toArray()).sort(byId), bodies: (await db.articleBodies.toArray()).sort(byId) };
}

describe('lossless JSON export', () => {
  it('export, wipe, import gives identical data', async () => {
    const db = freshDb();
    await fill(db);
    const before = await snapshot(db);
    const json = await exportJson(db);

    await db.articles.clear();
    await db.articleBodies.clear();
    expect(await db.articles.count()).toBe(0);

    const plan = await readImportFile(db, 'backstory.json', new TextEncoder().encode(json));
    expect(plan).toMatchObject({ format: 'backstory-json', alreadySaved: 0, invalid: [] });
    expect(plan.fresh).toHaveLength(2);
    await commitImport(db, plan, { findEntities: async () => [mention('should-not-be-used', 'person', 'X')] });
    expect(await snapshot(db)).toEqual(before);
  });

  it('importing an export into the same list adds nothing', async () => {
    const db = freshDb();
    await fill(db);
    const plan = await readImportFile(db, 'b.json', new TextEncoder().encode(await exportJson(db)));
    expect(plan.fresh).toHaveLength(0);
    expect(plan.alreadySaved).toBe(2);
  });
});

describe('bookmarks HTML export', () => {
  it('writes a Netscape file that browsers (and Backstory) read back', async () => {
    const db = freshDb();
    await fill(db);
    const html = await exportBookmarksHtml(db);
    expect(html.startsWith('<!DOCTYPE NETSCAPE-Bookmark-file-1>')).toBe(true);
    expect(html).toContain('A &quot;quoted&quot; &lt;title&gt; &amp; more');
    const back = parseNetscapeHtml(new TextEncoder().encode(html));
    expect(back.invalid).toEqual([]);
    const ap = back.rows.find((r) => r.draft.url.startsWith('https://apnews.example'))!;
    expect(ap.draft).toMatchObject({ title: 'Kim is in Russia to meet Putin', savedAt: 1_694_500_000_000, excerpt: 'Kim rolled into Russia' });
    expect(ap.draft.tags).toEqual(expect.arrayContaining(['korea', 'russia', 'Reading list']));
    const stub = back.rows.find((r) => r.draft.url === 'https://example.org/stub')!;
    expect(stub.draft.title).toBe('A "quoted" <title> & more');
    expect(stub.draft.tags).toEqual(expect.arrayContaining(['imported', 'Reading list archive']));
  });
});

describe('Markdown zip export', () => {
  it('writes one Markdown file per article with front matter', async () => {
    const db = freshDb();
    await fill(db);
    const files = unzipSync(await exportMarkdownZip(db));
    const names = Object.keys(files).sort();
    expect(names).toEqual(['backstory-reading-list/2020-09-13-a-quoted-title-more.md', 'backstory-reading-list/2023-09-12-kim-is-in-russia-to-meet-putin.md']);
    const md = strFromU8(files[names[1]!]!);
    expect(md).toMatch(/^---\ntitle: "Kim is in Russia to meet Putin"\nurl: "https:\/\/apnews.example\/kim-putin\?utm_source=x"\n/);
    expect(md).toContain('tags: ["korea", "russia"]');
    expect(md).toContain('entities: ["Kim Jong Un", "Ussuriysk"]');
    expect(md).toContain('favourite: true');
    expect(md).toContain('## Summit');
    expect(md).toContain('[Russia](https://apnews.example/russia)');
    expect(md).toContain('*Ussuriysk*');
    const stub = strFromU8(files[names[0]!]!);
    expect(stub).toContain('title: "A \\"quoted\\" <title> & more"');
    expect(stub).toContain('downloaded: false');
  });

  it('keeps an article’s notes and highlights: under "Notes" in Markdown, as they are through JSON and back', async () => {
    const db = freshDb();
    const notes = 'My note\n\n> Kim rolled into Russia\nCheck the route';
    await saveArticle(db, { url: 'https://x.example/noted', title: 'Noted', text: 'body', notes });
    const [item] = await loadAll(db);
    expect(item!.article.notes).toBe(notes);
    expect(toMarkdown(item!)).toMatch(/body\n\n## Notes\n\nMy note\n\n> Kim rolled into Russia\nCheck the route\n$/);
    const json = await exportJson(db);
    await db.articles.clear();
    await db.articleBodies.clear();
    await commitImport(db, await readImportFile(db, 'backstory.json', strToU8(json)));
    expect((await loadAll(db))[0]!.article.notes).toBe(notes);
  });

  it('never lets a title break the front matter or the file name', async () => {
    const db = freshDb();
    await saveArticle(db, { url: 'https://x.example/a', title: 'Evil\n---\nlayout: "x"', text: 'body' });
    const [item] = await loadAll(db);
    const md = toMarkdown(item!);
    expect(md.split('\n').filter((l) => l === '---')).toHaveLength(2);
    const taken = new Set<string>();
    expect(slugify('../../etc/passwd', taken)).toBe('etc-passwd');
    expect(slugify('../../etc/passwd', taken)).toBe('etc-passwd-2');
    expect(slugify('', taken)).toBe('article');
  });
});

describe('a stored date that is no date (#18 point 6)', () => {
  it('Markdown, bookmarks and JSON export never throw on it: the date is left out', async () => {
    const db = freshDb();
    await fill(db);
    const [first] = await db.articles.toArray();
    // As an older Backstory could have stored it from an unchecked import.
    await db.articles.update(first!.id, { savedAt: 1e300, publishedAt: -1e300, updatedAt: Number.NaN });
    const items = await loadAll(db);
    const broken = items.find((i) => i.article.id === first!.id)!;
    const md = toMarkdown(broken);
    expect(md).toMatch(/^saved: null$/m);
    expect(md).toMatch(/^published: null$/m);
    const zip = unzipSync(await exportMarkdownZip(db));
    expect(Object.keys(zip).some((n) => n.startsWith('backstory-reading-list/undated-'))).toBe(true);
    const html = await exportBookmarksHtml(db);
    expect(html).toContain('ADD_DATE=""');
    await expect(exportJson(db)).resolves.toContain('"format": "backstory-reading-list"');
  });
});
