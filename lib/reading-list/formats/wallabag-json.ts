/**
 * Wallabag's JSON export: an array of entries with `title, url, content (HTML), is_archived,
 * is_starred, tags[], created_at, updated_at, published_at, published_by[], language, reading_time,
 * domain_name, preview_picture, …`. Content, when present, is kept (sanitised when rendered).
 */
import { checkUrl, decodeText, ImportFormatError, toEpochMs, urlProblem, type ImportRow, type InvalidRow, type ParsedImport } from './types';

const LABEL = 'Wallabag JSON';

function isEntryLike(x: unknown): boolean {
  return !!x && typeof x === 'object' && 'url' in x && ('is_archived' in x || 'is_starred' in x || 'content' in x || 'domain_name' in x);
}

export function looksLikeWallabag(doc: unknown): boolean {
  return Array.isArray(doc) && doc.length > 0 && doc.slice(0, 5).some(isEntryLike);
}

const truthy = (v: unknown) => v === 1 || v === true || v === '1' || v === 'true';

export function parseWallabagJson(bytes: Uint8Array): ParsedImport {
  const text = decodeText(bytes, LABEL);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new ImportFormatError('This file is not a Wallabag export: it is not valid JSON.');
  }
  if (!Array.isArray(doc)) throw new ImportFormatError('This JSON file is not a Wallabag export (a Wallabag export is a list of entries).');
  if (doc.length > 0 && !doc.some(isEntryLike)) throw new ImportFormatError('This JSON file is not a Wallabag export: its entries have no url, content or is_archived fields.');
  const rows: ImportRow[] = [];
  const invalid: InvalidRow[] = [];
  doc.forEach((raw: unknown, i) => {
    const row = i + 1;
    if (!raw || typeof raw !== 'object') {
      invalid.push({ row, reason: 'not an entry' });
      return;
    }
    const e = raw as Record<string, unknown>;
    const url = checkUrl(e.url);
    if (!url) {
      invalid.push({ row, reason: urlProblem(e.url) });
      return;
    }
    const content = typeof e.content === 'string' ? e.content : '';
    const tags = Array.isArray(e.tags) ? e.tags.map((t) => (typeof t === 'string' ? t : typeof (t as { label?: unknown })?.label === 'string' ? (t as { label: string }).label : '')) : [];
    const savedAt = toEpochMs(e.created_at);
    const authors = Array.isArray(e.published_by) ? e.published_by.filter((a): a is string => typeof a === 'string') : [];
    rows.push({
      row,
      draft: {
        url,
        title: typeof e.title === 'string' && e.title.trim() ? e.title.trim() : url,
        html: content,
        byline: authors.length ? authors.join(', ') : null,
        lang: typeof e.language === 'string' ? e.language.slice(0, 35) : null,
        publishedAt: toEpochMs(e.published_at),
        state: truthy(e.is_archived) ? 'archived' : 'unread',
        favourite: truthy(e.is_starred),
        tags,
        ...(savedAt !== null ? { savedAt } : {}),
        source: 'wallabag',
      },
    });
  });
  return { format: 'wallabag-json', label: LABEL, rows, invalid };
}
