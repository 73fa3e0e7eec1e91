// @vitest-environment jsdom
/**
 * Import limits (#18 point 5): hostile files end in a clear error, fast, without the memory a zip
 * bomb asks for, and nothing is written. The hostile zips are built here, byte by byte, so the
 * sizes they declare can lie.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { crc32 } from 'node:zlib';
import { deflateSync, strToU8 } from 'fflate';
import { closeAll, freshDb } from '../test-helpers';
import { readImportFile } from '../../db/articles-import';
import { parseBackstoryJson } from './backstory-json';
import { checkFileSize, checkRowCount, checkRows, FIELD_LIMITS, MAX_ENTRY_BYTES, MAX_FILE_BYTES, MAX_ROWS, MAX_UNZIPPED_BYTES } from './limits';
import { ImportFormatError, sniffAndParse } from './index';
import { readZip } from './zip';
import { rawZip, type RawEntry } from './test-zips';

afterEach(closeAll);

const metadata = strToU8(JSON.stringify([{ url: 'https://example.org/a', slug: 'a', title: 'A', savedAt: '2023-09-12T00:00:00Z', labels: [] }]));
const metadataEntry = (): RawEntry => ({ name: 'metadata_0_to_1.json', data: deflateSync(metadata), crc: crc32(metadata), declared: metadata.length });

/** Peak memory of this process in MB so far (max resident set size). */
const peakMb = () => process.resourceUsage().maxRSS / 1024;

/** Runs a hostile import: it must fail with a clear message, in under 5 s, within 300 MB more memory, writing nothing. */
async function refuses(name: string, bytes: Uint8Array, message: RegExp): Promise<void> {
  const db = freshDb();
  const before = peakMb();
  const started = performance.now();
  const error = await readImportFile(db, name, bytes).catch((e: unknown) => e);
  const elapsed = performance.now() - started;
  expect(error).toBeInstanceOf(ImportFormatError);
  expect((error as Error).message).toMatch(message);
  expect(elapsed).toBeLessThan(5000);
  expect(peakMb() - before).toBeLessThan(300);
  expect(await db.articles.count()).toBe(0);
  expect(await db.articleBodies.count()).toBe(0);
}

describe('zip bombs and lying zips', () => {
  // 20 MB of one byte deflates to ~20 KB; the same compressed block stands for 80 entries.
  const block = new Uint8Array(20 * 1024 * 1024).fill(0x20);
  const deflated = deflateSync(block, { level: 9 });
  const blockCrc = crc32(block);

  it('an Omnivore zip of under 2 MB that unpacks to 1.6 GB is refused from its directory, before inflating', async () => {
    const entries = [metadataEntry(), ...Array.from({ length: 80 }, (_, i) => ({ name: `content/page-${i}.html`, data: deflated, crc: blockCrc, declared: block.length }))];
    const zip = rawZip(entries);
    expect(zip.length).toBeLessThan(2 * 1024 * 1024);
    await refuses('omnivore-bomb.zip', zip, /This zip unpacks to 1,600 MB: Backstory reads zips that unpack to at most 256 MB\. Nothing was imported\./);
  });

  it('a 339-byte-class zip that claims one entry of 1.4 GB is refused without allocating it', async () => {
    const tiny = strToU8('<p>hello</p>');
    const zip = rawZip([metadataEntry(), { name: 'content/a.html', data: deflateSync(tiny), crc: crc32(tiny), declared: 1_400_000_000 }]);
    expect(zip.length).toBeLessThan(400);
    await refuses('liar.zip', zip, /The zip entry “content\/a\.html” unpacks to 1,335 MB: Backstory reads entries up to 32 MB/);
  });

  it('an entry that claims 100 bytes but inflates to 20 MB is stopped as soon as it passes its claim', async () => {
    const zip = rawZip([metadataEntry(), { name: 'content/a.html', data: deflated, crc: blockCrc, declared: 100 }]);
    await refuses('small-liar.zip', zip, /The zip entry “content\/a\.html” unpacks to more than the 100 bytes it declares: the zip is damaged or forged/);
  });

  it('a Pocket zip whose part claims a small size but is a bomb is refused the same way', async () => {
    const zip = rawZip([{ name: 'part_000000.csv', data: deflated, crc: blockCrc, declared: 4096 }]);
    await refuses('pocket-bomb.zip', zip, /“part_000000\.csv” unpacks to more than the 4,096 bytes it declares/);
  });

  it('entries the import does not read cost nothing, whatever they claim', () => {
    const zip = rawZip([metadataEntry(), { name: 'images/huge.png', data: deflated, crc: blockCrc, declared: 100 }]);
    const files = readZip(zip, (n) => n.endsWith('.json'));
    expect([...files.keys()]).toEqual(['metadata_0_to_1.json']);
  });

  it('the limits are what the messages say', () => {
    expect(MAX_ENTRY_BYTES).toBe(32 * 1024 * 1024);
    expect(MAX_UNZIPPED_BYTES).toBe(256 * 1024 * 1024);
  });
});

describe('file size and row count', () => {
  it('a file over the size limit is refused by name before it is read', () => {
    expect(() => checkFileSize('huge-export.json', MAX_FILE_BYTES + 1)).toThrow(/“huge-export\.json” is 200 MB: Backstory imports files up to 200 MB/);
    expect(() => checkFileSize('ok.json', MAX_FILE_BYTES)).not.toThrow();
  });

  it('a file with more rows than the limit is refused with the count', () => {
    expect(() => checkRowCount(MAX_ROWS + 1, 'Pocket CSV')).toThrow(/holds 200,001 rows: Backstory imports up to 200,000/);
    // Every format goes through the same check (parseImport → checkRows).
    const invalid = Array.from({ length: MAX_ROWS + 1 }, (_, i) => ({ row: i + 1, reason: 'no URL' }));
    expect(() => checkRows({ format: 'pocket-csv', label: 'Pocket CSV', unit: 'line', rows: [], invalid })).toThrow(/This Pocket CSV file holds 200,001 rows/);
  });
});

describe('per-field limits: the row is refused, naming the field; the other rows import', () => {
  const wallabag = (entry: Record<string, unknown>) =>
    strToU8(JSON.stringify([{ url: 'https://example.org/fine', title: 'Fine', is_archived: 0, content: '' }, { url: 'https://example.org/bad', is_archived: 0, ...entry }]));

  it.each([
    ['title', { title: 'x'.repeat(FIELD_LIMITS.title + 1) }, /^title is 2,001 characters long \(at most 2,000\)$/],
    ['content (Wallabag)', { content: `<p>${'x'.repeat(FIELD_LIMITS.html)}</p>` }, /^html is 8,000,007 characters long \(at most 8,000,000\)$/],
    ['a tag', { tags: ['ok', 't'.repeat(FIELD_LIMITS.tag + 1)] }, /^a tag is 201 characters long \(at most 200\)$/],
    ['the number of tags', { tags: Array.from({ length: FIELD_LIMITS.tags + 1 }, (_, i) => `t${i}`) }, /^501 tags \(at most 500\)$/],
    ['the URL', { url: `https://example.org/${'p'.repeat(FIELD_LIMITS.url)}` }, /^url is 4,116 characters long \(at most 4,096\)$/],
  ])('%s', async (_, entry, reason) => {
    const db = freshDb();
    const plan = await readImportFile(db, 'wallabag.json', wallabag(entry));
    expect(plan.invalid).toEqual([{ row: 2, reason: expect.stringMatching(reason) }]);
    expect(plan.fresh.map((f) => f.article.url)).toEqual(['https://example.org/fine']);
  });

  it('an excerpt over the limit (Pinboard’s extended note)', () => {
    const parsed = sniffAndParse('pinboard.json', strToU8(JSON.stringify([{ href: 'https://example.org/a', description: 'A', extended: 'e'.repeat(5001), toread: 'yes', time: '2020-01-01T00:00:00Z' }])));
    expect(parsed.invalid).toEqual([{ row: 1, reason: 'excerpt is 5,001 characters long (at most 5,000)' }]);
  });
});

describe('dates in a Backstory export (#18 point 6)', () => {
  const article = (over: Record<string, unknown>) => ({
    id: 'lqxyz0000-0123456789ab', url: 'https://news.example/a', canonicalUrl: 'https://news.example/a', title: 'A', titleSort: 'a', byline: null, siteName: null,
    site: 'news.example', siteKeys: ['news.example'], excerpt: null, lang: null, dir: null, publishedAt: null, savedAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000,
    wordCount: 0, readingTime: 0, tags: [], state: 'unread', favourite: 0, progress: 0, downloaded: false, entities: [], mentions: [], source: 'web', html: '', text: '', ...over,
  });
  const file = (...articles: object[]) => strToU8(JSON.stringify({ format: 'backstory-reading-list', version: 1, exportedAt: '2024-01-01T00:00:00Z', articles }));

  it.each([
    ['savedAt: 1e300', { savedAt: 1e300 }, 'savedAt: not a date between 1990 and 2100'],
    ['savedAt before 1990', { savedAt: 0 }, 'savedAt: not a date between 1990 and 2100'],
    ['updatedAt: -1e20', { updatedAt: -1e20 }, 'updatedAt: not a date between 1990 and 2100'],
    ['publishedAt: 1e300', { publishedAt: 1e300 }, 'publishedAt: not a date between 1800 and 2100'],
  ])('%s is refused with a clear row error', (_, over, reason) => {
    const parsed = parseBackstoryJson(file(article({}), article({ id: 'lqxyz0001-0123456789ab', url: 'https://news.example/b', canonicalUrl: 'https://news.example/b', ...over })));
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.invalid).toEqual([{ row: 2, reason }]);
  });
});
