// @vitest-environment jsdom
import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { closeAll, freshDb } from '../test-helpers';
import { commitImport, planImport, readImportFile } from '../../db/articles-import';
import { detectFormat, ImportFormatError, parseImport, type FormatId } from './index';
import { parseBackstoryJson } from './backstory-json';
import { parseInstapaperCsv } from './instapaper-csv';
import { parseNetscapeHtml } from './netscape-html';
import { parseOmnivoreZip } from './omnivore-zip';
import { parsePocketCsv } from './pocket-csv';
import { parsePocketHtml } from './pocket-html';
import { parseWallabagJson } from './wallabag-json';

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', name)));
const text = (s: string) => new TextEncoder().encode(s);

afterEach(closeAll);

describe('Pocket CSV', () => {
  const parsed = parsePocketCsv(fixture('pocket.csv'));

  it('reads columns by header name: title, url, time_added (seconds), pipe-separated tags, status', () => {
    expect(parsed.rows.map((r) => r.draft.url)).toEqual([
      'https://apnews.com/article/kim-putin-summit?utm_source=pocket_saves',
      'https://simple.example.com/a',
      'https://example.org/quotes',
      'https://example.org/untitled',
    ]);
    expect(parsed.rows[0]!.draft).toMatchObject({
      title: 'North Korea’s Kim is in Russia to meet Putin, as both are locked in standoffs',
      savedAt: 1694498040_000,
      tags: ['korea', 'russia', 'long reads'],
      state: 'unread',
      source: 'pocket',
    });
    expect(parsed.rows[1]!.draft.state).toBe('archived');
    expect(parsed.rows[2]!.draft).toMatchObject({ title: 'Titles, with commas and "quotes"', tags: ['äÄöÖ', 'tag with space'] });
    expect(parsed.rows[3]!.draft.title).toBe('https://example.org/untitled');
  });

  it('reports bad rows by line with a reason', () => {
    expect(parsed.invalid).toEqual([
      { row: 6, reason: 'not a valid URL (not-a-url)' },
      { row: 7, reason: 'not a web address (javascript:alert(1))' },
      { row: 8, reason: 'time_added is not a date between 1990 and 2100 (yesterday)' },
      { row: 9, reason: expect.stringMatching(/fields|TooManyFields|Too many fields/) },
    ]);
  });

  it('finds columns in any order and case', () => {
    const p = parsePocketCsv(text('STATUS,Tags,URL,Title,Time_Added\narchive,a|b,https://x.example/1,One,1700000000\n'));
    expect(p.rows[0]!.draft).toMatchObject({ url: 'https://x.example/1', title: 'One', tags: ['a', 'b'], state: 'archived', savedAt: 1700000000_000 });
  });

  it('refuses a CSV without a url column', () => {
    expect(() => parsePocketCsv(text('name,address\na,b\n'))).toThrow(ImportFormatError);
  });
});

describe('Pocket HTML (older export)', () => {
  const parsed = parsePocketHtml(fixture('pocket.html'));
  it('reads both lists, comma-separated tags and time_added', () => {
    expect(parsed.rows.map((r) => [r.draft.url, r.draft.state, r.draft.tags, r.draft.savedAt])).toEqual([
      ['https://apnews.com/article/kim-putin-summit', 'unread', ['korea', 'russia'], 1694498040_000],
      ['https://example.org/no-tags', 'unread', [''], 1694498100_000],
      ['https://example.org/old', 'archived', ['old'], 1500000000_000],
    ]);
    expect(parsed.invalid).toEqual([{ row: 3, reason: 'not a web address (ftp://example.org/file)' }]);
  });
  it('refuses other HTML', () => {
    expect(() => parsePocketHtml(text('<html><body><h1>Hello</h1></body></html>'))).toThrow(ImportFormatError);
  });
});

describe('Instapaper CSV', () => {
  it('reads the older column set: URL, Title, Selection, Folder', () => {
    const p = parseInstapaperCsv(fixture('instapaper-old.csv'));
    expect(p.rows.map((r) => r.draft)).toEqual([
      expect.objectContaining({ url: 'https://apnews.com/article/kim-putin-summit', excerpt: 'Kim rolled into Russia on an armored train', state: 'unread', favourite: false, tags: [] }),
      expect.objectContaining({ url: 'https://example.org/archived', state: 'archived' }),
      expect.objectContaining({ url: 'https://example.org/starred', state: 'unread', favourite: true }),
      expect.objectContaining({ url: 'https://example.org/foldered', tags: ['Korea reading'] }),
    ]);
    expect(p.invalid).toEqual([{ row: 6, reason: 'not a valid URL (not a url)' }]);
  });

  it('reads the newer column set with Timestamp (seconds) and Tags', () => {
    const p = parseInstapaperCsv(fixture('instapaper-new.csv'));
    expect(p.rows[0]!.draft).toMatchObject({ savedAt: 1694498040_000, tags: ['korea', 'russia'] });
    expect(p.rows[1]!.draft).toMatchObject({ state: 'archived', savedAt: 1600000000_000 });
    expect(p.invalid).toEqual([{ row: 4, reason: 'Timestamp is not a date between 1990 and 2100 (soon)' }]);
  });
});

describe('Omnivore zip', () => {
  it('reads every metadata_*.json and the content/<slug>.html files', () => {
    const p = parseOmnivoreZip(fixture('omnivore.zip'));
    expect(p.rows.map((r) => r.draft.url)).toEqual(['https://apnews.com/article/kim-putin-summit', 'https://example.org/no-content', 'https://example.org/second']);
    expect(p.rows[0]!.draft).toMatchObject({
      title: 'North Korea’s Kim is in Russia to meet Putin',
      excerpt: 'Kim rolled into Russia.',
      byline: 'Wire Staff',
      state: 'archived',
      tags: ['korea', 'Russia'],
      progress: 0.45,
      savedAt: Date.parse('2023-09-12T08:00:00.000Z'),
      publishedAt: Date.parse('2023-09-12T06:14:00.000Z'),
    });
    expect(p.rows[0]!.draft.html).toContain('Vladimir Putin');
    // Its highlights file (highlights/<slug>.md) becomes the notes; the others have none.
    expect(p.rows[0]!.draft.notes).toBe('> a highlight');
    expect(p.rows.slice(1).map((r) => r.draft.notes)).toEqual([undefined, undefined]);
    expect(p.rows[1]!.draft.html).toBe('');
    expect(p.rows[2]!.draft).toMatchObject({ tags: ['labelled'], progress: 1 });
    expect(p.invalid).toEqual([{ row: 3, reason: 'not a web address (mailto:someone@example.org)' }]);
  });

  it('takes highlights with their annotations from the metadata when it lists them', () => {
    const metadata = strToU8(JSON.stringify([{ url: 'https://example.org/a', slug: 'a', title: 'A', savedAt: '2023-09-12T00:00:00Z', highlights: [{ quote: 'Quoted', annotation: 'Mine' }, { quote: 'Bare' }] }]));
    const p = parseOmnivoreZip(zipSync({ 'metadata_0_to_1.json': metadata, 'highlights/a.md': strToU8('> Quoted\n\n> Bare') }));
    expect(p.rows[0]!.draft.notes).toBe('> Quoted\nMine\n\n> Bare');
  });

  it('reports a metadata file that is not JSON', () => {
    expect(parseOmnivoreZip(fixture('omnivore-bad-json.zip')).invalid[0]!.reason).toMatch(/metadata_0_to_1\.json is not valid JSON/);
  });

  it('refuses a zip without metadata, and a file that is not a zip', () => {
    expect(() => parseOmnivoreZip(fixture('not-omnivore.zip'))).toThrow(/no metadata_\*\.json/);
    expect(() => parseOmnivoreZip(text('hello'))).toThrow(/not a zip/);
    const truncated = fixture('omnivore.zip').slice(0, 200);
    expect(() => parseOmnivoreZip(truncated)).toThrow(ImportFormatError);
  });
});

describe('Wallabag JSON', () => {
  it('reads entries with content, flags, tags and dates', () => {
    const p = parseWallabagJson(fixture('wallabag.json'));
    expect(p.rows[0]!.draft).toMatchObject({
      url: 'https://apnews.com/article/kim-putin-summit',
      title: 'North Korea’s Kim is in Russia to meet Putin',
      state: 'unread',
      favourite: true,
      tags: ['korea', 'russia'],
      byline: 'Wire Staff',
      lang: 'en',
      savedAt: Date.parse('2023-09-12T08:14:00+02:00'),
      publishedAt: Date.parse('2023-09-12T06:14:00+00:00'),
    });
    expect(p.rows[1]!.draft).toMatchObject({ url: 'https://example.org/no-content', title: 'https://example.org/no-content', state: 'archived', html: '' });
    expect(p.invalid).toEqual([
      { row: 3, reason: 'no URL' },
      { row: 4, reason: 'not an entry' },
    ]);
  });
  it('refuses JSON that is not a list of entries', () => {
    expect(() => parseWallabagJson(text('{"a":1}'))).toThrow(ImportFormatError);
    expect(() => parseWallabagJson(text('[{"name":"x"}]'))).toThrow(/no url, content or is_archived/);
  });
});

describe('Netscape bookmarks', () => {
  it('reads Chrome’s file: folders become tags, the roots do not, bookmarklets are refused', () => {
    const p = parseNetscapeHtml(fixture('bookmarks-chrome.html'));
    expect(p.rows.map((r) => [r.draft.url, r.draft.tags, r.draft.savedAt])).toEqual([
      ['https://apnews.com/article/kim-putin-summit', [''], 1694498040_000],
      ['https://example.org/korea-one', ['', 'Korea'], 1694498050_000],
      ['https://example.org/other', [''], 1694498060_000],
    ]);
    expect(p.invalid).toEqual([{ row: 3, reason: 'a bookmarklet (javascript:), not a web page' }]);
  });

  it('reads Firefox’s file: TAGS, descriptions, place: queries refused', () => {
    const p = parseNetscapeHtml(fixture('bookmarks-firefox.html'));
    const ap = p.rows.find((r) => r.draft.url === 'https://apnews.com/article/kim-putin-summit')!;
    expect(ap.draft).toMatchObject({ tags: ['korea', 'russia'], excerpt: 'Kim rolled into Russia on an armored train.', title: 'North Korea’s Kim is in Russia to meet Putin' });
    expect(p.rows.find((r) => r.draft.url === 'https://support.mozilla.org/products/firefox')!.draft.tags).toEqual(['', 'Mozilla Firefox']);
    expect(p.rows.find((r) => r.draft.url === 'https://example.org/toolbar')!.draft.tags).toEqual(['']);
    expect(p.invalid).toEqual([{ row: 2, reason: 'a saved search of the browser (place:), not a web page' }]);
  });
});

describe('Backstory JSON', () => {
  it('refuses other JSON, newer versions, and reports bad articles', () => {
    expect(() => parseBackstoryJson(text('{"format":"x"}'))).toThrow(/not a Backstory/);
    expect(() => parseBackstoryJson(text('{"format":"backstory-reading-list","version":99,"articles":[]}'))).toThrow(/newer Backstory/);
    const p = parseBackstoryJson(text('{"format":"backstory-reading-list","version":1,"articles":[{"id":"x","url":"javascript:1"}]}'));
    expect(p.rows).toEqual([]);
    expect(p.invalid[0]).toMatchObject({ row: 1 });
  });
});

describe('detectFormat', () => {
  it.each<[string, FormatId]>([
    ['pocket.csv', 'pocket-csv'],
    ['pocket.html', 'pocket-html'],
    ['instapaper-old.csv', 'instapaper-csv'],
    ['instapaper-new.csv', 'instapaper-csv'],
    ['omnivore.zip', 'omnivore-zip'],
    ['wallabag.json', 'wallabag-json'],
    ['bookmarks-chrome.html', 'netscape-html'],
    ['bookmarks-firefox.html', 'netscape-html'],
  ])('recognises %s', (name, format) => {
    expect(detectFormat(name, fixture(name))).toBe(format);
  });

  it.each([
    ['empty.csv', ''],
    ['other.csv', 'a,b,c\n1,2,3\n'],
    ['other.json', '{"hello": "world"}'],
    ['page.html', '<!doctype html><html><body><p>Hi</p></body></html>'],
    ['notes.txt', 'just some notes'],
  ])('explains why %s cannot be imported', (name, content) => {
    expect(() => detectFormat(name, text(content))).toThrow(ImportFormatError);
  });
});

const PARSERS = [parsePocketCsv, parsePocketHtml, parseInstapaperCsv, parseOmnivoreZip, parseWallabagJson, parseNetscapeHtml, parseBackstoryJson];

describe('random bytes', () => {
  it('every parser refuses them with a clear error, never a crash', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 2048 }), fc.integer({ min: 0, max: PARSERS.length - 1 }), (bytes, i) => {
        try {
          PARSERS[i]!(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportFormatError);
          expect((error as Error).message.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('random bytes behind a known file name write nothing', async () => {
    const db = freshDb();
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 1024 }), fc.constantFrom('pocket.csv', 'export.zip', 'wallabag.json', 'bookmarks.html'), async (bytes, name) => {
        const plan = await readImportFile(db, name, bytes).catch((e: unknown) => e);
        expect(plan).toBeInstanceOf(ImportFormatError);
      }),
      { numRuns: 100 },
    );
    expect(await db.articles.count()).toBe(0);
  });

  it('a zip of random bytes with a zip signature is refused', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 30, maxLength: 512 }), (bytes) => {
        const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]);
        expect(() => parseOmnivoreZip(zip)).toThrow(ImportFormatError);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the import pipeline', () => {
  it('previews new, already saved, repeated and invalid rows before writing anything', async () => {
    const db = freshDb();
    const first = await readImportFile(db, 'pocket.csv', fixture('pocket.csv'));
    expect(first).toMatchObject({ label: 'Pocket CSV', alreadySaved: 0, repeated: 0, rows: 8 });
    expect(first.fresh).toHaveLength(4);
    expect(first.invalid).toHaveLength(4);
    expect(await db.articles.count()).toBe(0); // a preview writes nothing

    const progress: string[] = [];
    await commitImport(db, first, { onProgress: (phase, done, total) => progress.push(`${phase} ${done}/${total}`) });
    expect(progress).toEqual(['writing 4/4']);
    expect(await db.articles.count()).toBe(4);
    const ap = await db.articles.where('canonicalUrl').equals('https://apnews.com/article/kim-putin-summit').first();
    expect(ap).toMatchObject({ downloaded: false, source: 'pocket', tags: ['korea', 'russia', 'long reads'], savedAt: 1694498040_000 });

    // The same article from another service is "already saved"; within one file, a repeat is counted once.
    const again = await readImportFile(db, 'pocket.html', fixture('pocket.html'));
    expect(again.alreadySaved).toBe(1);
    expect(again.fresh.map((f) => f.article.url)).toEqual(['https://example.org/no-tags', 'https://example.org/old']);
    const doubled = parseImport('pocket-csv', text('title,url,time_added,tags,status\nA,https://x.example/a,1700000000,,unread\nA again,https://x.example/a?utm_source=y,1700000001,,unread\n'));
    expect((await planImport(db, doubled)).repeated).toBe(1);
  });

  it('keeps imported content, sanitised at render, and counts its entities', async () => {
    const db = freshDb();
    const plan = await readImportFile(db, 'wallabag.json', fixture('wallabag.json'));
    await commitImport(db, plan, {
      findEntities: async (t) => (t.includes('Putin') ? [{ id: 'vladimir-putin', kind: 'person', name: 'Vladimir Putin', count: 1 }] : []),
    });
    const ap = await db.articles.where('canonicalUrl').equals('https://apnews.com/article/kim-putin-summit').first();
    expect(ap).toMatchObject({ downloaded: true, favourite: 1, entities: ['vladimir-putin', 'person:vladimir-putin'] });
    const body = await db.articleBodies.get(ap!.id);
    expect(body!.text).toContain('Ussuriysk');
    expect(body!.terms).toContain('ussuriysk');
    expect(body!.text).not.toContain('alert');
  });
});
