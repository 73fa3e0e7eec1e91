// @vitest-environment jsdom
/**
 * One real-format sample per service (fixtures/, written from each service's documented format and
 * the importers that read it): detected by content, imported with the count, states, tags and dates
 * a person would count by hand, then exported and imported again unchanged (the round trip).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeAll, freshDb } from '../test-helpers';
import { commitImport, readImportFile } from '../../db/articles-import';
import { loadAll } from '../../db/articles-export';
import { toBackstoryJson } from './backstory-json';
import { detectFormat, type FormatId } from './index';

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', name)));
const iso = (s: string) => Date.parse(s);
const AP = 'https://apnews.com/article/kim-putin-summit';

afterEach(closeAll);

interface Expected {
  file: string;
  format: FormatId;
  /** Articles added, and invalid rows, as counted by hand. */
  fresh: number;
  invalid: Array<{ row: number; reason: RegExp }>;
  /** Some of the stored articles, by URL. */
  articles: Record<string, Partial<{ title: string; state: string; favourite: 0 | 1; tags: string[]; savedAt: number; excerpt: string | null; notes: string; downloaded: boolean; progress: number }>>;
}

const SAMPLES: Expected[] = [
  {
    file: 'pocket-export.zip',
    format: 'pocket-zip',
    fresh: 5,
    invalid: [{ row: 8, reason: /not a valid URL/ }],
    articles: {
      'https://apnews.com/article/kim-putin-summit?utm_source=pocket_saves': { state: 'unread', tags: ['korea', 'russia'], savedAt: iso('2023-09-12T06:34:00Z') },
      'http://lifehacker.com/#!5190354/ten-ways-to-keep-your-inbox-clean': { state: 'archived', tags: ['email'], savedAt: 1297166400_000 },
      'http://lifehacker.com/#!5780111/another-story': { state: 'archived' },
      'https://groups.google.com/forum/#!topic/jupyter/A1b2C3d4': { title: 'A title over two lines', tags: ['jupyter'] },
      'https://groups.google.com/forum/#!topic/emacs-helm/Z9y8X7w6': { state: 'unread' },
    },
  },
  {
    file: 'wallabag-v1.json',
    format: 'wallabag-json',
    fresh: 3,
    invalid: [],
    articles: {
      'http://www.framablog.org/index.php/post/2014/02/05/Framabag-service-libre-gratuit-interview-developpeur': { state: 'archived', favourite: 0, tags: ['framasoft', 'tag'], downloaded: true },
      'https://www.wallabag.org/features/': { state: 'unread', favourite: 1, tags: [] },
      'http://gilbert.pellegrom.me/recreating-the-square-slider': { tags: ['web', 'design'], savedAt: iso('2014-02-07 21:40:12') },
    },
  },
  {
    file: 'wallabag.json',
    format: 'wallabag-json',
    fresh: 2,
    invalid: [
      { row: 3, reason: /no URL/ },
      { row: 4, reason: /not an entry/ },
    ],
    articles: { [AP]: { state: 'unread', favourite: 1, tags: ['korea', 'russia'], savedAt: iso('2023-09-12T08:14:00+02:00'), notes: '> The train was seen in Ussuriysk.\nCheck the route' }, 'https://example.org/no-content': { state: 'archived', downloaded: false } },
  },
  {
    file: 'pinboard.json',
    format: 'pinboard-json',
    fresh: 5,
    invalid: [{ row: 6, reason: /not a web address/ }],
    articles: {
      [AP]: { state: 'unread', tags: ['korea', 'russia'], excerpt: 'Kim rolled into Russia on an armored train.', savedAt: iso('2023-09-12T06:34:00Z') },
      'https://groups.google.com/forum/#!topic/jupyter/A1b2C3d4': { state: 'archived', tags: ['jupyter'] },
      'https://groups.google.com/forum/#!topic/emacs-helm/Z9y8X7w6': { state: 'archived' },
      'http://lifehacker.com/#!5780111/another-story': { title: 'Another Lifehacker story' },
    },
  },
  {
    file: 'raindrop.csv',
    format: 'raindrop-csv',
    fresh: 2,
    invalid: [
      { row: 5, reason: /not a valid URL/ },
      { row: 6, reason: /created is not a date/ },
    ],
    articles: {
      [AP]: { favourite: 1, tags: ['korea', 'russia'], excerpt: 'My note on the summit', notes: 'My note on the summit\n\n> Kim rolled into Russia', savedAt: iso('2023-09-12T06:34:00Z') },
      'https://example.org/multiline': { title: 'A title with a line break', tags: [], favourite: 0 },
    },
  },
  {
    file: 'karakeep.json',
    format: 'karakeep-json',
    fresh: 2,
    invalid: [
      { row: 3, reason: /a text bookmark, not a web page/ },
      { row: 4, reason: /not a web page/ },
    ],
    articles: {
      [AP]: { state: 'unread', tags: ['korea', 'russia', 'summits'], excerpt: 'Read before the summit', notes: 'Read before the summit', savedAt: 1694500440_000 },
      'https://example.org/archived': { state: 'archived', title: 'https://example.org/archived' },
    },
  },
  {
    file: 'linkwarden.json',
    format: 'linkwarden-json',
    fresh: 2,
    invalid: [{ row: 3, reason: /no URL/ }],
    articles: {
      [AP]: { favourite: 1, tags: ['korea', 'russia'], excerpt: 'Kim rolled into Russia on an armored train.', savedAt: iso('2023-09-12T06:34:00.000Z') },
      'https://example.org/research': { favourite: 0, tags: ['research'] },
    },
  },
  {
    file: 'readeck-export.zip',
    format: 'readeck-zip',
    fresh: 2,
    invalid: [],
    articles: {
      [AP]: { state: 'unread', favourite: 1, tags: ['korea', 'russia'], progress: 0.4, downloaded: true, savedAt: iso('2023-09-12T06:34:00Z') },
      'https://example.org/archived': { state: 'archived', progress: 1, downloaded: false },
    },
  },
  {
    file: 'firefox-backup.json',
    format: 'firefox-json',
    fresh: 3,
    invalid: [{ row: 2, reason: /place:/ }],
    articles: {
      [AP]: { tags: ['korea', 'russia'], excerpt: 'Kim rolled into Russia on an armored train.', savedAt: iso('2023-09-12T06:34:00Z') },
      'https://example.org/toolbar': { tags: [], savedAt: 1500000000_000 },
      'https://example.org/unsorted': { tags: [] },
    },
  },
  {
    file: 'chrome-Bookmarks',
    format: 'chrome-json',
    fresh: 3,
    invalid: [{ row: 3, reason: /bookmarklet/ }],
    articles: {
      [AP]: { tags: [], savedAt: iso('2023-09-12T06:34:00Z') },
      'https://example.org/korea-one': { tags: ['korea'], savedAt: iso('2023-09-12T06:35:00Z') },
      'https://example.org/other': { tags: [] },
    },
  },
  {
    file: 'bookmarks-firefox-described.html',
    format: 'netscape-html',
    fresh: 4,
    invalid: [],
    articles: {
      [AP]: { tags: ['korea', 'russia'], excerpt: 'Kim rolled into Russia on an armored train.' },
      'https://example.org/sanctions': { tags: ['korea', 'sanctions'], excerpt: null },
      'https://example.org/toolbar': { tags: [] },
      'https://example.org/unsorted': { tags: [] },
    },
  },
  {
    file: 'bookmarks-safari.html',
    format: 'netscape-html',
    fresh: 3,
    invalid: [],
    articles: { 'https://www.apple.com/': { tags: [] }, [AP]: { tags: ['news'] }, 'https://example.org/read-later': { tags: [], excerpt: 'A preview of the page, as Safari keeps it.' } },
  },
  {
    file: 'bookmarks-shaarli.html',
    format: 'netscape-html',
    fresh: 2,
    invalid: [],
    articles: { [AP]: { tags: ['korea', 'russia'], excerpt: 'Kim rolled into Russia on an armored train.', savedAt: 1694500440_000 }, 'https://example.org/private': { tags: [] } },
  },
  {
    file: 'bookmarks-linkace.html',
    format: 'netscape-html',
    fresh: 2,
    invalid: [],
    articles: { [AP]: { tags: ['korea', 'russia'] }, 'https://example.org/linkace': { tags: ['self-hosted'], savedAt: 1700000000_000 } },
  },
  {
    file: 'bookmarks-linkding.html',
    format: 'netscape-html',
    fresh: 2,
    invalid: [],
    articles: { [AP]: { tags: ['korea', 'russia'], savedAt: 1694500440123 }, 'https://example.org/linkding': { savedAt: 1700000000_000 } },
  },
];

describe.each(SAMPLES)('$file', (sample) => {
  it(`is recognised by its content as ${sample.format}`, () => {
    expect(detectFormat('download', fixture(sample.file))).toBe(sample.format);
  });

  it('imports exactly what a person would count by hand, and survives an export and import unchanged', async () => {
    const db = freshDb();
    const plan = await readImportFile(db, sample.file, fixture(sample.file));
    expect(plan.format).toBe(sample.format);
    expect(plan.invalid).toEqual(sample.invalid.map((r) => ({ row: r.row, reason: expect.stringMatching(r.reason) })));
    expect(plan.fresh).toHaveLength(sample.fresh);
    await commitImport(db, plan);
    expect(await db.articles.count()).toBe(sample.fresh);
    for (const [url, want] of Object.entries(sample.articles)) {
      const found = await db.articles.filter((a) => a.url === url).first();
      expect(found, url).toBeDefined();
      expect(found, url).toMatchObject(want);
    }

    // Round trip: Backstory's own export of what was imported restores it exactly.
    const exported = toBackstoryJson(await loadAll(db));
    const again = freshDb();
    const replan = await readImportFile(again, 'backstory.json', new TextEncoder().encode(exported));
    expect(replan.invalid).toEqual([]);
    await commitImport(again, replan);
    const before = (await loadAll(db)).map((i) => i.article);
    const after = (await loadAll(again)).map((i) => i.article);
    expect(after).toEqual(before);
  });
});
