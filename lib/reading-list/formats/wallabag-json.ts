/**
 * Wallabag's JSON exports, both generations:
 *  - v2 (wallabag 2.x): a list of `{ title, url, content (HTML), is_archived, is_starred, tags[],
 *    created_at, updated_at, published_at, published_by[], language, reading_time, domain_name,
 *    annotations[ { quote, text } ], … }` (annotations become the article's notes: the quote, then
 *    the reader's text on it);
 *  - v1 (wallabag/poche 1.x): a list of `{ id, title, url, is_read, is_fav, content, user_id, tags }`
 *    with numbered duplicates ("0": id, "1": title, …), flags as "0"/"1" strings and tags as one
 *    comma-separated string ("framasoft,tag"); some v1 installs add `date`/`created_at`.
 * Content, when present, is kept (sanitised before it is stored).
 */
import { highlightsOf, notesText } from './notes';
import { toEpochMs } from './dates';
import { decodeText, ImportFormatError, parseJson, type ImportRow, type InvalidRow, type ParsedImport } from './types';
import { pushRecord } from './rows';

const LABEL = 'Wallabag JSON';

const has = (x: object, key: string) => Object.hasOwn(x, key);

function isEntryLike(x: unknown): boolean {
  return (
    !!x &&
    typeof x === 'object' &&
    has(x, 'url') &&
    (has(x, 'is_archived') || has(x, 'is_starred') || has(x, 'is_read') || has(x, 'is_fav') || has(x, 'content') || has(x, 'domain_name'))
  );
}

export function looksLikeWallabag(doc: unknown): boolean {
  return Array.isArray(doc) && doc.length > 0 && doc.slice(0, 5).some(isEntryLike);
}

const truthy = (v: unknown) => v === 1 || v === true || v === '1' || v === 'true';

/** Tags as a list of names: v2 strings or `{ label }` objects, v1 one comma-separated string. */
function tagsOf(raw: unknown): string[] {
  if (typeof raw === 'string') return raw.split(',');
  if (!Array.isArray(raw)) return [];
  return raw.map((t) => (typeof t === 'string' ? t : typeof (t as { label?: unknown })?.label === 'string' ? (t as { label: string }).label : ''));
}

export function parseWallabagJson(bytes: Uint8Array): ParsedImport {
  return parseWallabagDocument(parseJson(decodeText(bytes, LABEL), LABEL));
}

export function parseWallabagDocument(doc: unknown): ParsedImport {
  if (!Array.isArray(doc)) throw new ImportFormatError('This JSON file is not a Wallabag export (a Wallabag export is a list of entries).');
  if (doc.length > 0 && !doc.some(isEntryLike)) throw new ImportFormatError('This JSON file is not a Wallabag export: its entries have no url, content or is_archived fields.');
  const rows: ImportRow[] = [];
  const invalid: InvalidRow[] = [];
  doc.forEach((raw: unknown, i) => {
    const row = i + 1;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      invalid.push({ row, reason: 'not an entry' });
      return;
    }
    const e = raw as Record<string, unknown>;
    const notes = notesText(null, highlightsOf(e.annotations, 'quote', 'text'));
    const authors = Array.isArray(e.published_by) ? e.published_by.filter((a): a is string => typeof a === 'string') : [];
    pushRecord({ rows, invalid }, row, e.url, { value: e.created_at ?? e.date ?? e.insert_date, label: 'created_at' }, () => ({
      title: e.title,
      html: typeof e.content === 'string' ? e.content : '',
      ...(notes ? { notes } : {}),
      byline: authors.length ? authors.join(', ') : null,
      lang: typeof e.language === 'string' ? e.language.slice(0, 35) : null,
      publishedAt: toEpochMs(e.published_at),
      state: truthy(e.is_archived) || truthy(e.is_read) ? 'archived' : 'unread',
      favourite: truthy(e.is_starred) || truthy(e.is_fav),
      tags: tagsOf(e.tags),
      source: 'wallabag',
    }));
  });
  return { format: 'wallabag-json', label: LABEL, unit: 'entry', rows, invalid };
}
