// @vitest-environment jsdom
/**
 * Detection by content: the file's name never decides, and a file Backstory cannot import gets a
 * message naming what it looks like. And whatever a file holds, an import never merges two URLs
 * that differ in a `#!` route, the path or a meaningful query parameter.
 */
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { closeAll, freshDb } from '../test-helpers';
import { planImport } from '../../db/articles-import';
import { detectFormat, sniffAndParse } from './index';

afterEach(closeAll);

describe('an unsupported file is named for what it looks like', () => {
  it.each<[string, Uint8Array, RegExp]>([
    ['report.csv', strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /“report\.csv” looks like a PDF document\. Backstory imports Pocket/],
    ['photo.json', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /looks like a PNG image/],
    ['places.sqlite', strToU8('SQLite format 3\u0000\u0010\u0000'), /looks like an SQLite database/],
    ['bookmarks.jsonlz4', new Uint8Array([...strToU8('mozLz40'), 0, 1, 2, 3, 4]), /compressed Firefox bookmark backup/],
    ['feeds.opml', strToU8('<?xml version="1.0"?>\n<opml version="2.0"><body><outline text="x"/></body></opml>'), /looks like an OPML list of feeds/],
    ['page.html', strToU8('<!doctype html><html><body><p>Hi</p></body></html>'), /looks like an ordinary web page, not a bookmarks export/],
    ['goodreads.csv', strToU8('Book Id,Title,Author,ISBN\n1,Dune,Frank Herbert,123\n'), /looks like a table \(CSV\) with the columns “book id”, “title”, “author”, “isbn”, which is not a Pocket, Instapaper or Raindrop\.io export/],
    ['other.json', strToU8('{"hello": "world", "n": 1}'), /looks like a JSON object with the fields “hello”, “n”/],
    ['list.json', strToU8('[{"name": "x", "size": 2}]'), /looks like a JSON list of 1 items with the fields “name”, “size”/],
    ['notes.txt', strToU8('just some notes'), /looks like plain text/],
    ['book.zip', zipSync({ mimetype: strToU8('application/epub+zip'), 'OEBPS/content.opf': strToU8('<package/>') }), /looks like an EPUB e-book/],
    ['photos.zip', zipSync({ 'a.jpg': new Uint8Array([1]), 'b.jpg': new Uint8Array([2]) }), /looks like a zip holding “a\.jpg”, “b\.jpg”, which is not a Pocket, Omnivore or Readeck export/],
    ['highlights.zip', zipSync({ 'annotations/part_000000.json': strToU8('[]') }), /Pocket highlights only, without the part_000000\.csv/],
    ['broken.json', strToU8('[{"url": "https://x.example/a", '), /looks like JSON but is not valid JSON/],
    ['empty.csv', new Uint8Array(), /“empty\.csv” is empty/],
  ])('%s', (name, bytes, message) => {
    expect(() => detectFormat(name, bytes)).toThrow(message);
  });

  it('the name never decides: a Pocket CSV called bookmarks.html is a Pocket CSV', () => {
    expect(detectFormat('bookmarks.html', strToU8('title,url,time_added,cursor,tags,status\nA,https://x.example/a,1700000000,1,,unread\n'))).toBe('pocket-csv');
    expect(detectFormat('Bookmarks', strToU8('{"checksum":"x","roots":{"bookmark_bar":{"children":[],"type":"folder"}},"version":1}'))).toBe('chrome-json');
  });
});

describe('an import never merges different articles', () => {
  const segment = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,9}$/);
  const url = fc
    .tuple(
      fc.constantFrom('https://groups.google.com/forum/', 'http://lifehacker.com/', 'https://news.example/'),
      fc.array(segment, { maxLength: 3 }),
      fc.array(fc.tuple(fc.constantFrom('id', 'p', 'story', 'q'), segment), { maxLength: 2 }),
      fc.option(fc.array(segment, { minLength: 1, maxLength: 3 }), { nil: null }),
    )
    .map(([base, path, query, route]) => `${base}${path.join('/')}${query.length ? `?${query.map(([k, v]) => `${k}=${v}`).join('&')}` : ''}${route ? `#!${route.join('/')}` : ''}`);

  it('distinct route, path or query: one article each (Pocket CSV through the whole pipeline)', async () => {
    const db = freshDb();
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(url, { minLength: 2, maxLength: 12 }), async (urls) => {
        // URLs that differ only in a trailing slash or the order of their parameters are the same page: keep one of each.
        const key = (u: string) => {
          const parsed = new URL(u);
          parsed.searchParams.sort();
          return parsed.href.replace(/\/(?=\?|#|$)/, '');
        };
        const distinct = [...new Map(urls.map((u) => [key(u), u])).values()];
        const csv = `title,url,time_added,cursor,tags,status\n${distinct.map((u, i) => `T${i},${u},1700000000,${i},,unread`).join('\n')}\n`;
        const plan = await planImport(db, sniffAndParse('pocket.csv', strToU8(csv)));
        expect(plan.invalid).toEqual([]);
        expect(plan.repeated).toBe(0);
        expect(plan.fresh).toHaveLength(distinct.length);
      }),
      { numRuns: 150 },
    );
  });
});
