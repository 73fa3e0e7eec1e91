/**
 * Import formats: detection from the file's content (the name only breaks ties), and one parser per
 * format. Every parser turns bytes into rows and invalid rows (with reasons) and writes nothing; a
 * file in no known format gets an `ImportFormatError` naming what it looks like.
 */
import { BACKSTORY_FORMAT, parseBackstoryDocument, parseBackstoryJson } from './backstory-json';
import { looksLikeChromeJson, parseChromeDocument, parseChromeJson } from './chrome-json';
import { csvHeaders } from '../../csv/csv';
import { describeUnknown } from './describe';
import { looksLikeFirefoxJson, parseFirefoxDocument, parseFirefoxJson } from './firefox-json';
import { looksLikeInstapaperCsv, parseInstapaperCsv } from './instapaper-csv';
import { looksLikeKarakeep, parseKarakeepDocument, parseKarakeepJson } from './karakeep-json';
import { checkRows } from './limits';
import { looksLikeLinkwarden, parseLinkwardenDocument, parseLinkwardenJson } from './linkwarden-json';
import { looksLikeNetscapeBookmarks, parseNetscapeHtml } from './netscape-html';
import { looksLikeOmnivoreZip, parseOmnivoreZip } from './omnivore-zip';
import { looksLikePinboard, parsePinboardDocument, parsePinboardJson } from './pinboard-json';
import { looksLikePocketCsv, parsePocketCsv } from './pocket-csv';
import { looksLikePocketHtml, parsePocketHtml } from './pocket-html';
import { looksLikePocketZip, parsePocketZip } from './pocket-zip';
import { looksLikeRaindropCsv, parseRaindropCsv } from './raindrop-csv';
import { looksLikeReadeckZip, parseReadeckZip } from './readeck-zip';
import { decodeHead, decodeText, ImportFormatError, parseJson, type FormatId, type ParsedImport } from './types';
import { looksLikeWallabag, parseWallabagDocument, parseWallabagJson } from './wallabag-json';
import { isZip, listZip } from './zip';

export { ImportFormatError };
export type { FormatId, ParsedImport };

export const FORMAT_LABELS: Record<FormatId, string> = {
  'backstory-json': 'Backstory export (JSON)',
  'pocket-csv': 'Pocket CSV',
  'pocket-zip': 'Pocket export (zip)',
  'pocket-html': 'Pocket HTML (older export)',
  'instapaper-csv': 'Instapaper CSV',
  'omnivore-zip': 'Omnivore export (zip)',
  'wallabag-json': 'Wallabag JSON (v1 or v2)',
  'netscape-html': 'Bookmarks HTML (browsers, Shaarli, LinkAce, linkding, Pinboard…)',
  'pinboard-json': 'Pinboard JSON',
  'raindrop-csv': 'Raindrop.io CSV',
  'karakeep-json': 'Karakeep / Hoarder export (JSON)',
  'linkwarden-json': 'Linkwarden export (JSON)',
  'readeck-zip': 'Readeck export (zip)',
  'firefox-json': 'Firefox bookmark backup (JSON)',
  'chrome-json': 'Chrome Bookmarks file',
};

/**
 * File types the import button offers. Empty: every file, because detection is by content and some
 * exports have no extension at all (Chrome's `Bookmarks`).
 */
export const IMPORT_ACCEPT = '';

const PARSERS: Record<FormatId, (bytes: Uint8Array) => ParsedImport> = {
  'backstory-json': parseBackstoryJson,
  'pocket-csv': parsePocketCsv,
  'pocket-zip': parsePocketZip,
  'pocket-html': parsePocketHtml,
  'instapaper-csv': parseInstapaperCsv,
  'omnivore-zip': parseOmnivoreZip,
  'wallabag-json': parseWallabagJson,
  'netscape-html': parseNetscapeHtml,
  'pinboard-json': parsePinboardJson,
  'raindrop-csv': parseRaindropCsv,
  'karakeep-json': parseKarakeepJson,
  'linkwarden-json': parseLinkwardenJson,
  'readeck-zip': parseReadeckZip,
  'firefox-json': parseFirefoxJson,
  'chrome-json': parseChromeJson,
};

/** JSON shapes, most specific first: the first whose test accepts the document is its format. */
const JSON_SHAPES: Array<[FormatId, (doc: unknown) => boolean, (doc: unknown) => ParsedImport]> = [
  ['backstory-json', (d) => !!d && typeof d === 'object' && (d as { format?: unknown }).format === BACKSTORY_FORMAT, parseBackstoryDocument],
  ['firefox-json', looksLikeFirefoxJson, parseFirefoxDocument],
  ['chrome-json', looksLikeChromeJson, parseChromeDocument],
  ['karakeep-json', looksLikeKarakeep, parseKarakeepDocument],
  ['linkwarden-json', looksLikeLinkwarden, parseLinkwardenDocument],
  ['pinboard-json', looksLikePinboard, parsePinboardDocument],
  ['wallabag-json', looksLikeWallabag, parseWallabagDocument],
];

/** What a sniff found: the format, and for JSON the already parsed document (parsed once only). */
interface Sniffed {
  format: FormatId;
  doc?: unknown;
}

function sniff(name: string, bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) throw new ImportFormatError(`“${name}” is empty.`);
  if (isZip(bytes)) {
    const names = listZip(bytes).map((e) => e.name);
    if (looksLikePocketZip(names)) return { format: 'pocket-zip' };
    if (looksLikeOmnivoreZip(names)) return { format: 'omnivore-zip' };
    if (looksLikeReadeckZip(names)) return { format: 'readeck-zip' };
    throw new ImportFormatError(describeUnknown(name, bytes, names));
  }
  const head = decodeHead(bytes)?.trimStart();
  if (head === undefined) throw new ImportFormatError(describeUnknown(name, bytes));
  if (head.startsWith('{') || head.startsWith('[')) {
    let doc: unknown;
    try {
      doc = parseJson(decodeText(bytes, 'JSON'), 'JSON');
    } catch {
      throw new ImportFormatError(`“${name}” looks like JSON but is not valid JSON (cut short or damaged?).`);
    }
    const shape = JSON_SHAPES.find(([, test]) => test(doc));
    if (shape) return { format: shape[0], doc };
    throw new ImportFormatError(describeUnknown(name, bytes, undefined, doc));
  }
  if (looksLikePocketHtml(head)) return { format: 'pocket-html' };
  if (looksLikeNetscapeBookmarks(head)) return { format: 'netscape-html' };
  if (/^<(\?xml|!doctype|html|opml|rss|feed)/i.test(head)) throw new ImportFormatError(describeUnknown(name, bytes));
  const headers = head.includes(',') ? csvHeaders(head.slice(0, 4096)) : [];
  if (headers.length > 1) {
    if (looksLikeRaindropCsv(headers)) return { format: 'raindrop-csv' };
    if (looksLikeInstapaperCsv(headers)) return { format: 'instapaper-csv' };
    if (looksLikePocketCsv(headers) || (headers.includes('url') && /pocket/i.test(name))) return { format: 'pocket-csv' };
  }
  throw new ImportFormatError(describeUnknown(name, bytes));
}

/** Which format a file is in, from its content. Throws `ImportFormatError` saying what it looks like otherwise. */
export function detectFormat(name: string, bytes: Uint8Array): FormatId {
  return sniff(name, bytes).format;
}

/** Parses a file in a known format, with every import limit applied. */
export function parseImport(format: FormatId, bytes: Uint8Array): ParsedImport {
  return checkRows(PARSERS[format](bytes));
}

/** Detects a file's format and parses it (JSON is parsed once), with every import limit applied. */
export function sniffAndParse(name: string, bytes: Uint8Array): ParsedImport {
  const found = sniff(name, bytes);
  const shape = found.doc !== undefined ? JSON_SHAPES.find(([id]) => id === found.format) : undefined;
  return checkRows(shape ? shape[2](found.doc) : PARSERS[found.format](bytes));
}
