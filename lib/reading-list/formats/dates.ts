/**
 * Dates in import files: seconds, milliseconds or microseconds since 1970 (told apart by size),
 * Chrome's microseconds since 1601, and ISO strings, each checked for a sane range so that a
 * microsecond `ADD_DATE` (linkding) is not the year 53189 and `savedAt: 1e300` is refused.
 */

/** Earliest believable saved or bookmarked date: 1 January 1990 (the Web is younger). */
export const MIN_SAVED_MS = Date.UTC(1990, 0, 1);
/** Earliest believable publication date: 1 January 1800 (archives hold old articles). */
export const MIN_PUBLISHED_MS = Date.UTC(1800, 0, 1);
/** Latest believable date of any kind: 1 January 2100. */
export const MAX_DATE_MS = Date.UTC(2100, 0, 1);

/** Microseconds between 1601-01-01 (Chrome's and Windows' epoch) and 1970-01-01. */
const CHROME_EPOCH_OFFSET_US = 11_644_473_600_000_000;

/**
 * A date string in the shape every browser's `Date.parse` reads: "2016-09-08 11:55:58" gets its
 * "T", and Wallabag's "+0200" offset its colon (Firefox refuses both forms as written).
 */
function isoish(value: string): string {
  return value
    .trim()
    .replace(/^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})/, '$1T$2')
    .replace(/(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)([+-]\d{2})(\d{2})$/, '$1$2:$3');
}

/** Whether a date field is missing (absent, null or blank): not an error, there is just no date. */
export function isAbsent(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * Epoch milliseconds from a number (seconds below 1e11, milliseconds below 1e14, microseconds
 * below 1e17) or a numeric or ISO string; null when absent, unreadable, or outside
 * [`min`, `MAX_DATE_MS`].
 */
export function toEpochMs(value: unknown, min = MIN_PUBLISHED_MS): number | null {
  if (isAbsent(value)) return null;
  let ms: number;
  if (typeof value === 'number' || (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value))) {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) return null;
    if (n < 1e11) ms = n * 1000;
    else if (n < 1e14) ms = n;
    else if (n < 1e17) ms = n / 1000;
    else return null;
  } else if (typeof value === 'string') {
    ms = Date.parse(isoish(value));
  } else {
    return null;
  }
  if (!Number.isFinite(ms) || ms < min || ms > MAX_DATE_MS) return null;
  return Math.round(ms);
}

/** A saved/bookmarked date: like `toEpochMs` with the 1990 lower bound. */
export function toSavedMs(value: unknown): number | null {
  return toEpochMs(value, MIN_SAVED_MS);
}

/** Chrome's `date_added` (a string of microseconds since 1601) to epoch milliseconds, range-checked. */
export function chromeTimeToMs(value: unknown): number | null {
  if (isAbsent(value)) return null;
  const text = String(value).trim();
  if (!/^\d{1,20}$/.test(text)) return null;
  const us = Number(text) - CHROME_EPOCH_OFFSET_US;
  const ms = Math.round(us / 1000);
  return ms >= MIN_SAVED_MS && ms <= MAX_DATE_MS ? ms : null;
}

/** The value shown in a message about a bad date (cut short). */
export function shownValue(value: unknown): string {
  return String(value).slice(0, 40);
}

/** Whether epoch milliseconds can be shown as a date (finite and within JavaScript's Date range). */
export function isDisplayableMs(ms: unknown): ms is number {
  return typeof ms === 'number' && Number.isFinite(ms) && Math.abs(ms) <= 8.64e15;
}

/** ISO string of epoch milliseconds, or null when it is no date (never throws, unlike `toISOString`). */
export function safeIso(ms: number | null | undefined): string | null {
  return isDisplayableMs(ms) ? new Date(ms).toISOString() : null;
}
