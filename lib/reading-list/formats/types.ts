/** What every import format produces: drafts to store, and the rows it could not read, with reasons. */
import type { ArticleDraft, StoredArticle } from '../types';

export type FormatId =
  | 'backstory-json'
  | 'pocket-csv'
  | 'pocket-zip'
  | 'pocket-html'
  | 'instapaper-csv'
  | 'omnivore-zip'
  | 'wallabag-json'
  | 'netscape-html'
  | 'pinboard-json'
  | 'raindrop-csv'
  | 'karakeep-json'
  | 'linkwarden-json'
  | 'readeck-zip'
  | 'firefox-json'
  | 'chrome-json';

/**
 * What a row number counts, so a message says "Line 7" only where 7 is a line of the file:
 * CSV lines (a quoted field may span lines), entries of a JSON list, bookmarks of an HTML file.
 */
export type RowUnit = 'line' | 'entry' | 'bookmark';

export interface ImportRow {
  /** 1-based row (CSV line, array index + 1, bookmark number; see `ParsedImport.unit`) for messages. */
  row: number;
  draft: ArticleDraft;
  /** A Backstory export restores the stored rows exactly (ids, dates, progress). */
  exact?: StoredArticle;
}

export interface InvalidRow {
  row: number;
  reason: string;
}

export interface ParsedImport {
  format: FormatId;
  /** Human name of the format ("Pocket CSV"). */
  label: string;
  /** What `row` counts in this file. */
  unit: RowUnit;
  rows: ImportRow[];
  invalid: InvalidRow[];
}

/** The file is not in the format (or any format): nothing can be imported from it. */
export class ImportFormatError extends Error {
  override name = 'ImportFormatError';
}

/** Only http(s) addresses are imported. */
export function checkUrl(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const url = raw.trim();
  if (!/^https?:\/\//i.test(url)) return null;
  try {
    new URL(url);
    return url;
  } catch {
    return null;
  }
}

/** Why a URL was refused, for the preview. */
export function urlProblem(raw: unknown): string {
  if (typeof raw !== 'string' || raw.trim() === '') return 'no URL';
  const shown = raw.trim().slice(0, 80);
  return /^[a-z][a-z0-9+.-]*:/i.test(raw.trim()) && !/^https?:/i.test(raw.trim()) ? `not a web address (${shown})` : `not a valid URL (${shown})`;
}


/** Parses JSON text, or explains that the file is not JSON. */
export function parseJson(text: string, formatLabel: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ImportFormatError(`This file is not a ${formatLabel} file: it is not valid JSON.`);
  }
}

/** Decodes bytes as UTF-8 text (BOM dropped); refuses binary data. */
export function decodeText(bytes: Uint8Array, formatLabel: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFormatError(`This file is not a ${formatLabel} file: it is not text (UTF-8).`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x08\x0E-\x1F]/.test(text.slice(0, 4096))) throw new ImportFormatError(`This file is not a ${formatLabel} file: it holds binary data.`);
  return text;
}

/**
 * The first `max` bytes decoded as UTF-8 (BOM dropped), a character cut at the end forgiven; null
 * when they are not text.
 */
export function decodeHead(bytes: Uint8Array, max = 1 << 16): string | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, max), { stream: bytes.length > max });
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x08\x0E-\x1F]/.test(text.slice(0, 4096))) return null;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return null;
  }
}
