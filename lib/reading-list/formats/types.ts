/** What every import format produces: drafts to store, and the rows it could not read, with reasons. */
import type { ArticleDraft, StoredArticle } from '../types';

export type FormatId = 'backstory-json' | 'pocket-csv' | 'pocket-html' | 'instapaper-csv' | 'omnivore-zip' | 'wallabag-json' | 'netscape-html';

export interface ImportRow {
  /** 1-based row (CSV line, array index + 1, bookmark number) for messages. */
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

/** Seconds or milliseconds since the epoch, or an ISO date, to epoch milliseconds; null when absent or absurd. */
export function toEpochMs(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' || (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim()))) {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) return null;
    const ms = n < 1e11 ? n * 1000 : n; // seconds until the year 5138
    return ms > 8.64e15 ? null : Math.round(ms);
  }
  if (typeof value === 'string') {
    const t = Date.parse(value.trim());
    return Number.isFinite(t) ? t : null;
  }
  return null;
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
