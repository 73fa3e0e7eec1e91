/**
 * Import limits: how big a file, an unpacked zip, one zip entry and each field of a row may be.
 * A file over a limit is refused as a whole with a message naming it (or the entry); a row with a
 * field over its limit, or with a saved date outside 1990–2100, is an invalid row naming the field.
 * Checked for every format in one place (`checkRows`), so a new parser cannot forget them.
 */
import { MAX_DATE_MS, MIN_PUBLISHED_MS, MIN_SAVED_MS } from './dates';
import { ImportFormatError, type ImportRow, type InvalidRow, type ParsedImport } from './types';

/** The largest file Backstory reads (a 10,000-article Wallabag export with its text is ~150 MB). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
/** The most a zip may unpack to, all entries read together. */
export const MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;
/** The most one zip entry may unpack to. */
export const MAX_ENTRY_BYTES = 32 * 1024 * 1024;
/** The most rows one file may hold. */
export const MAX_ROWS = 200_000;

/** Per-field limits, in characters. */
export const FIELD_LIMITS = {
  url: 4096,
  title: 2000,
  byline: 2000,
  siteName: 2000,
  excerpt: 5000,
  notes: 100_000,
  lang: 35,
  tag: 200,
  tags: 500,
  html: 8_000_000,
  text: 2_000_000,
} as const;

const MB = (n: number) => `${Math.round(n / (1024 * 1024)).toLocaleString('en')} MB`;
const n = (x: number) => x.toLocaleString('en');

/** Refuses a file too large to read, before it is read. */
export function checkFileSize(name: string, bytes: number): void {
  if (bytes > MAX_FILE_BYTES) throw new ImportFormatError(`“${name}” is ${MB(bytes)}: Backstory imports files up to ${MB(MAX_FILE_BYTES)}.`);
}

/** Refuses a file with more rows than Backstory imports at once. */
export function checkRowCount(count: number, label: string): void {
  if (count > MAX_ROWS) throw new ImportFormatError(`This ${label} file holds ${n(count)} rows: Backstory imports up to ${n(MAX_ROWS)} at once.`);
}

/** Why a row cannot be imported as it is, or null when it is within every limit. */
export function rowProblem(row: ImportRow): string | null {
  const d = row.draft;
  const long = (field: keyof typeof FIELD_LIMITS, value: string | null | undefined) =>
    typeof value === 'string' && value.length > FIELD_LIMITS[field] ? `${field} is ${n(value.length)} characters long (at most ${n(FIELD_LIMITS[field])})` : null;
  const problem =
    long('url', d.url) ??
    long('title', d.title) ??
    long('byline', d.byline) ??
    long('siteName', d.siteName) ??
    long('excerpt', d.excerpt) ??
    long('notes', d.notes) ??
    long('lang', d.lang) ??
    long('html', d.html) ??
    long('text', d.text);
  if (problem) return problem;
  const tags = d.tags ?? [];
  if (tags.length > FIELD_LIMITS.tags) return `${n(tags.length)} tags (at most ${n(FIELD_LIMITS.tags)})`;
  const longTag = tags.find((t) => t.length > FIELD_LIMITS.tag);
  if (longTag !== undefined) return `a tag is ${n(longTag.length)} characters long (at most ${n(FIELD_LIMITS.tag)})`;
  if (d.savedAt !== undefined && !(Number.isFinite(d.savedAt) && d.savedAt >= MIN_SAVED_MS && d.savedAt <= MAX_DATE_MS)) return 'the saved date is not between 1990 and 2100';
  if (typeof d.publishedAt === 'number' && !(Number.isFinite(d.publishedAt) && d.publishedAt >= MIN_PUBLISHED_MS && d.publishedAt <= MAX_DATE_MS)) {
    return 'the published date is not between 1800 and 2100';
  }
  return null;
}

/**
 * Applies the per-row limits to a parsed file: rows over a limit move to the invalid rows with
 * the reason. Exact rows (a Backstory export) are checked the same way on their stored fields.
 */
export function checkRows(parsed: ParsedImport): ParsedImport {
  checkRowCount(parsed.rows.length + parsed.invalid.length, parsed.label);
  const rows: ImportRow[] = [];
  const invalid: InvalidRow[] = [...parsed.invalid];
  for (const row of parsed.rows) {
    const problem = rowProblem(row);
    if (problem) invalid.push({ row: row.row, reason: problem });
    else rows.push(row);
  }
  if (invalid.length !== parsed.invalid.length) invalid.sort((a, b) => a.row - b.row);
  return { ...parsed, rows, invalid };
}
