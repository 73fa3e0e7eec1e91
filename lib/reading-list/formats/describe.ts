/**
 * What an unsupported file looks like, for the message that refuses it: "“x.pdf” looks like a PDF
 * document, not a reading-list export." Named from the file's bytes, never from its extension.
 */
import { csvHeaders } from '../../csv/csv';
import { decodeHead } from './types';

const SUPPORTED =
  'Backstory imports Pocket (zip, CSV or HTML), Instapaper (CSV), Omnivore (zip), Wallabag (JSON), Readeck (zip), Karakeep/Hoarder, Linkwarden and Pinboard (JSON), Raindrop.io (CSV), browser bookmarks (HTML, Firefox JSON backup, Chrome’s Bookmarks file) and its own exports.';

const starts = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);
const ascii = (bytes: Uint8Array, n: number) => String.fromCharCode(...bytes.subarray(0, n));
const list = (items: readonly string[], max = 6) =>
  items
    .slice(0, max)
    .map((s) => `“${s.slice(0, 40)}”`)
    .join(', ') + (items.length > max ? ` and ${items.length - max} more` : '');

function looksOfZip(names: readonly string[]): string {
  if (names.some((n) => n === 'mimetype') && names.some((n) => /\.opf$/i.test(n))) return 'an EPUB e-book';
  if (names.some((n) => n.startsWith('word/'))) return 'a Word document';
  if (names.some((n) => n.startsWith('xl/'))) return 'an Excel workbook';
  if (names.some((n) => /(^|\/)annotations\/part_\d+\.json$/i.test(n))) return 'a zip of Pocket highlights only, without the part_000000.csv list of articles';
  const files = names.filter((n) => !n.endsWith('/'));
  if (files.length === 0) return 'an empty zip';
  return `a zip holding ${list(files)}, which is not a Pocket, Omnivore or Readeck export`;
}

function looksOfJson(doc: unknown): string {
  if (Array.isArray(doc)) {
    const first = doc.find((x) => x && typeof x === 'object' && !Array.isArray(x)) as object | undefined;
    return first ? `a JSON list of ${doc.length.toLocaleString('en')} items with the fields ${list(Object.keys(first))}` : `a JSON list of ${doc.length.toLocaleString('en')} items`;
  }
  if (doc && typeof doc === 'object') return `a JSON object with the fields ${list(Object.keys(doc))}`;
  return 'a single JSON value';
}

function looksOfText(text: string): string {
  const head = text.trimStart().slice(0, 2000);
  if (/^<\?xml[^>]*>\s*<opml|^<opml/i.test(head)) return 'an OPML list of feeds (subscriptions, not saved articles)';
  if (/<rss[\s>]|<feed[\s>][^]*xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/i.test(head)) return 'an RSS or Atom feed';
  if (/^<\?xml/i.test(head)) return 'an XML document';
  if (/^<(!doctype html|html)/i.test(head)) return 'an ordinary web page, not a bookmarks export (those start with <!DOCTYPE NETSCAPE-Bookmark-file-1>)';
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  if (/[,;\t]/.test(firstLine)) {
    const headers = csvHeaders(firstLine).filter(Boolean);
    if (headers.length > 1) return `a table (CSV) with the columns ${list(headers, 8)}, which is not a Pocket, Instapaper or Raindrop.io export`;
  }
  return 'plain text';
}

/** A sentence refusing an unsupported file and naming what it looks like. */
export function describeUnknown(name: string, bytes: Uint8Array, zipNames?: readonly string[], jsonDoc?: unknown): string {
  let looks: string;
  if (zipNames) looks = looksOfZip(zipNames);
  else if (jsonDoc !== undefined) looks = looksOfJson(jsonDoc);
  else if (ascii(bytes, 5) === '%PDF-') looks = 'a PDF document';
  else if (starts(bytes, 0x89, 0x50, 0x4e, 0x47)) looks = 'a PNG image';
  else if (starts(bytes, 0xff, 0xd8, 0xff)) looks = 'a JPEG image';
  else if (ascii(bytes, 4) === 'GIF8') looks = 'a GIF image';
  else if (starts(bytes, 0x1f, 0x8b)) looks = 'a gzip-compressed file (unpack it first)';
  else if (ascii(bytes, 15) === 'SQLite format 3') looks = 'an SQLite database (a browser profile’s own database: export the bookmarks from the browser instead)';
  else if (ascii(bytes, 8) === 'mozLz40\0') looks = 'a compressed Firefox bookmark backup (.jsonlz4: in Firefox use Library → Import and Backup → Backup… or Export Bookmarks to HTML…)';
  else {
    const text = decodeHead(bytes);
    looks = text === null ? 'a binary file' : looksOfText(text);
  }
  return `“${name.slice(0, 120)}” looks like ${looks}. ${SUPPORTED}`;
}
