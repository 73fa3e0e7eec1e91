/**
 * What every import format does with one record, written once: check its URL and its saved date,
 * name the row and the field when either is wrong, and build the draft with the fields every
 * format shares (a title that falls back to the URL, the saved date only when the file gave one).
 * Each format keeps only its own fields. csvImportRows (csv.ts) does the same per CSV line.
 */
import type { ArticleDraft } from '../types';
import { isAbsent, shownValue, toSavedMs } from './dates';
import { checkUrl, urlProblem, type ImportRow, type InvalidRow } from './types';

/** The rows and invalid rows an import collects. */
export interface RowSink {
  rows: ImportRow[];
  invalid: InvalidRow[];
}

/** A record's saved date: its raw value and field name; `toMs` reads it (seconds, ms, µs or ISO by default). */
export interface SavedDate {
  value: unknown;
  label: string;
  toMs?: (value: unknown) => number | null;
  /** True for a value that means "no date" (by default: absent, null or blank). */
  absent?: (value: unknown) => boolean;
}

/** Text of a field, trimmed, or null when it is not text or blank. */
export function textOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/**
 * Adds one record as a row of `sink`, or as an invalid row naming its URL or saved date. `draft`
 * gives the format's own fields; `title` falls back to the URL; `urlReason` may explain a refused
 * URL better than the generic message (a bookmarklet, a saved search).
 */
export function pushRecord(
  sink: RowSink,
  row: number,
  rawUrl: unknown,
  date: SavedDate,
  draft: (url: string) => Omit<ArticleDraft, 'url' | 'title' | 'savedAt'> & { title?: unknown },
  urlReason: (raw: unknown) => string = urlProblem,
): void {
  const url = checkUrl(rawUrl);
  if (!url) return void sink.invalid.push({ row, reason: urlReason(rawUrl) });
  const savedAt = (date.toMs ?? toSavedMs)(date.value);
  if (!(date.absent ?? isAbsent)(date.value) && savedAt === null) {
    return void sink.invalid.push({ row, reason: `${date.label} is not a date between 1990 and 2100 (${shownValue(date.value)})` });
  }
  const { title, ...rest } = draft(url);
  sink.rows.push({ row, draft: { url, title: textOf(title) ?? url, ...rest, ...(savedAt !== null ? { savedAt } : {}) } });
}

/** A bookmark file's refusal of a bookmarklet, else the generic URL message. */
export function bookmarkUrlProblem(raw: unknown): string {
  return typeof raw === 'string' && /^javascript:/i.test(raw) ? 'a bookmarklet (javascript:), not a web page' : urlProblem(raw);
}
