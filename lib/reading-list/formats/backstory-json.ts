/**
 * Backstory's own export: every stored field of every article, body included, so that export,
 * wipe and import give back identical data. Only the full-text terms are left out: they are
 * derived from title and text and rebuilt on import.
 *
 *   { "format": "backstory-reading-list", "version": 1, "exportedAt": "…", "articles": [ {…}, … ] }
 */
import * as v from 'valibot';
import { canonicalizeUrl } from '../canonical-url';
import { termsOf } from '../text';
import type { SavedArticle, StoredArticle } from '../types';
import { MAX_DATE_MS, MIN_PUBLISHED_MS, MIN_SAVED_MS } from './dates';
import { decodeText, ImportFormatError, parseJson, type ImportRow, type InvalidRow, type ParsedImport } from './types';

export const BACKSTORY_FORMAT = 'backstory-reading-list';
export const BACKSTORY_VERSION = 1;
const LABEL = 'Backstory export';

const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nullableStr = (max: number) => v.nullable(str(max));
const kind = v.picklist(['person', 'place', 'organization', 'topic', 'event']);
/** A date in epoch milliseconds within a sane range: a date that cannot be shown is refused here, not in the reader. */
const date = (min: number, from: string) =>
  v.pipe(v.number(), v.check((ms) => Number.isFinite(ms) && ms >= min && ms <= MAX_DATE_MS, `not a date between ${from} and 2100`));

const ArticleSchema = v.strictObject({
  id: str(100),
  url: v.pipe(str(4096), v.regex(/^https?:\/\//i, 'not a web address')),
  canonicalUrl: v.pipe(str(4096), v.regex(/^https?:\/\//i, 'not a web address')),
  title: str(2000),
  titleSort: str(2000),
  byline: nullableStr(2000),
  siteName: nullableStr(2000),
  site: str(300),
  siteKeys: v.array(str(300)),
  excerpt: nullableStr(5000),
  notes: v.optional(str(100_000)),
  lang: nullableStr(35),
  dir: v.nullable(v.picklist(['ltr', 'rtl', 'auto'])),
  publishedAt: v.nullable(date(MIN_PUBLISHED_MS, '1800')),
  savedAt: date(MIN_SAVED_MS, '1990'),
  updatedAt: date(MIN_SAVED_MS, '1990'),
  wordCount: v.pipe(v.number(), v.minValue(0)),
  readingTime: v.pipe(v.number(), v.minValue(0)),
  tags: v.array(str(64)),
  state: v.picklist(['unread', 'archived']),
  favourite: v.picklist([0, 1]),
  progress: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  downloaded: v.boolean(),
  entities: v.array(str(300)),
  mentions: v.array(v.strictObject({ id: str(200), kind, name: str(500), count: v.pipe(v.number(), v.integer(), v.minValue(0)) })),
  source: str(50),
  html: str(8_000_000),
  text: str(2_000_000),
});

export type ExportedArticle = SavedArticle & { html: string; text: string };

export interface BackstoryExport {
  format: typeof BACKSTORY_FORMAT;
  version: typeof BACKSTORY_VERSION;
  exportedAt: string;
  articles: ExportedArticle[];
}

/** The export document for some stored articles, as an object ("Export everything" embeds it). */
export function backstoryExport(items: readonly StoredArticle[], exportedAt = new Date()): BackstoryExport {
  const articles: ExportedArticle[] = items.map(({ article, body }) => ({ ...article, html: body.html, text: body.text }));
  return { format: BACKSTORY_FORMAT, version: BACKSTORY_VERSION, exportedAt: exportedAt.toISOString(), articles };
}

/** The export document for some stored articles, as the file's text. */
export function toBackstoryJson(items: readonly StoredArticle[], exportedAt = new Date()): string {
  return JSON.stringify(backstoryExport(items, exportedAt), null, 1);
}

/** Reads a Backstory export. */
export function parseBackstoryJson(bytes: Uint8Array): ParsedImport {
  return parseBackstoryDocument(parseJson(decodeText(bytes, LABEL), LABEL));
}

/**
 * Checks an already parsed export document, article by article: every field is validated and the
 * full-text terms rebuilt, so nothing from the file is stored unchecked. Throws when the document
 * as a whole is not an export.
 */
export function parseBackstoryDocument(doc: unknown): ParsedImport {
  const d = doc as { format?: unknown; version?: unknown; articles?: unknown };
  if (!d || typeof d !== 'object' || d.format !== BACKSTORY_FORMAT) throw new ImportFormatError('This JSON file is not a Backstory reading-list export.');
  if (typeof d.version !== 'number' || d.version > BACKSTORY_VERSION) {
    throw new ImportFormatError(`This export was written by a newer Backstory (format version ${String(d.version)}); update Backstory to import it.`);
  }
  if (!Array.isArray(d.articles)) throw new ImportFormatError('This Backstory export has no list of articles.');
  const rows: ImportRow[] = [];
  const invalid: InvalidRow[] = [];
  d.articles.forEach((raw, i) => {
    const result = v.safeParse(ArticleSchema, raw);
    if (!result.success) {
      const issue = result.issues[0];
      const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      invalid.push({ row: i + 1, reason: `${path ? `${path}: ` : ''}${issue.message}` });
      return;
    }
    const { html, text: bodyText, ...article } = result.output;
    if (canonicalizeUrl(article.canonicalUrl) === null) {
      invalid.push({ row: i + 1, reason: 'canonicalUrl: not a web address' });
      return;
    }
    const exact: StoredArticle = { article: article as SavedArticle, body: { id: article.id, html, text: bodyText, terms: termsOf(article.title, bodyText) } };
    rows.push({ row: i + 1, draft: { url: article.url, title: article.title, html, text: bodyText }, exact });
  });
  return { format: 'backstory-json', label: LABEL, unit: 'entry', rows, invalid };
}
