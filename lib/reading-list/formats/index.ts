/**
 * Import formats: detection from the file's name and first bytes, and one parser per format.
 * Every parser turns bytes into rows and invalid rows (with reasons) and writes nothing; a file
 * in no known format gets an `ImportFormatError` with a clear message.
 */
import { parseBackstoryJson, BACKSTORY_FORMAT } from './backstory-json';
import { readCsv } from './csv';
import { looksLikeInstapaperCsv, parseInstapaperCsv } from './instapaper-csv';
import { looksLikeNetscapeBookmarks, parseNetscapeHtml } from './netscape-html';
import { isZip, parseOmnivoreZip } from './omnivore-zip';
import { looksLikePocketCsv, parsePocketCsv } from './pocket-csv';
import { looksLikePocketHtml, parsePocketHtml } from './pocket-html';
import { decodeText, ImportFormatError, type FormatId, type ParsedImport } from './types';
import { looksLikeWallabag, parseWallabagJson } from './wallabag-json';

export { ImportFormatError };
export type { FormatId, ParsedImport };

export const FORMAT_LABELS: Record<FormatId, string> = {
  'backstory-json': 'Backstory export (JSON)',
  'pocket-csv': 'Pocket CSV',
  'pocket-html': 'Pocket HTML (older export)',
  'instapaper-csv': 'Instapaper CSV',
  'omnivore-zip': 'Omnivore export (zip)',
  'wallabag-json': 'Wallabag JSON',
  'netscape-html': 'Browser bookmarks (HTML)',
};

/** File types the import button accepts. */
export const IMPORT_ACCEPT = '.json,.csv,.html,.htm,.zip,application/json,text/csv,text/html,application/zip';

const PARSERS: Record<FormatId, (bytes: Uint8Array) => ParsedImport> = {
  'backstory-json': parseBackstoryJson,
  'pocket-csv': parsePocketCsv,
  'pocket-html': parsePocketHtml,
  'instapaper-csv': parseInstapaperCsv,
  'omnivore-zip': parseOmnivoreZip,
  'wallabag-json': parseWallabagJson,
  'netscape-html': parseNetscapeHtml,
};

/** Which format a file is in, from its content (the name only breaks ties). */
export function detectFormat(name: string, bytes: Uint8Array): FormatId {
  if (bytes.length === 0) throw new ImportFormatError('This file is empty.');
  if (isZip(bytes)) return 'omnivore-zip';
  const text = decodeText(bytes.subarray(0, Math.min(bytes.length, 1 << 20)), 'supported').trimStart();
  if (text.startsWith('{') || text.startsWith('[')) {
    if (text.includes(`"${BACKSTORY_FORMAT}"`)) return 'backstory-json';
    try {
      if (looksLikeWallabag(JSON.parse(decodeText(bytes, 'JSON')))) return 'wallabag-json';
    } catch {
      // not JSON after all: fall through to the other checks
    }
    throw new ImportFormatError('This JSON file is neither a Backstory nor a Wallabag export.');
  }
  if (looksLikePocketHtml(text)) return 'pocket-html';
  if (looksLikeNetscapeBookmarks(text)) return 'netscape-html';
  if (/<html|<!doctype/i.test(text.slice(0, 2000))) throw new ImportFormatError('This HTML file is neither a browser bookmarks export nor a Pocket export.');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.includes(',')) {
    const headers = readCsv(firstLine, 'CSV').headers;
    if (looksLikeInstapaperCsv(headers)) return 'instapaper-csv';
    if (looksLikePocketCsv(headers) || (headers.includes('url') && /pocket/i.test(name))) return 'pocket-csv';
    throw new ImportFormatError(`This CSV file is neither a Pocket nor an Instapaper export (its columns are: ${headers.slice(0, 8).join(', ')}).`);
  }
  throw new ImportFormatError(`“${name}” is not in a format Backstory can import: Pocket (CSV or HTML), Instapaper (CSV), Omnivore (zip), Wallabag (JSON), browser bookmarks (HTML) or a Backstory export (JSON).`);
}

/** Parses a file in a known format. */
export function parseImport(format: FormatId, bytes: Uint8Array): ParsedImport {
  return PARSERS[format](bytes);
}
