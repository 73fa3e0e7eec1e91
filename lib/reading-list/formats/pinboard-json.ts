/**
 * Pinboard's JSON export (`pinboard_export.json`, also written by linkding's and Shaarli's API
 * tools): a list of `{ href, description (the title), extended (the note), meta, hash, time (ISO),
 * shared: "yes"|"no", toread: "yes"|"no", tags: "space separated" }`. As in Wallabag's Pinboard
 * importer, a bookmark not marked "to read" counts as read (archived).
 */
import { isAbsent, shownValue, toSavedMs } from './dates';
import { checkUrl, decodeText, ImportFormatError, parseJson, urlProblem, type ImportRow, type InvalidRow, type ParsedImport } from './types';

const LABEL = 'Pinboard JSON';

const isPin = (x: unknown) => !!x && typeof x === 'object' && Object.hasOwn(x, 'href') && (Object.hasOwn(x, 'toread') || Object.hasOwn(x, 'hash') || Object.hasOwn(x, 'extended'));

export function looksLikePinboard(doc: unknown): boolean {
  return Array.isArray(doc) && doc.length > 0 && doc.slice(0, 5).some(isPin);
}

export function parsePinboardJson(bytes: Uint8Array): ParsedImport {
  return parsePinboardDocument(parseJson(decodeText(bytes, LABEL), LABEL));
}

export function parsePinboardDocument(doc: unknown): ParsedImport {
  if (!Array.isArray(doc)) throw new ImportFormatError('This JSON file is not a Pinboard export (a list of bookmarks with “href”).');
  const rows: ImportRow[] = [];
  const invalid: InvalidRow[] = [];
  doc.forEach((raw: unknown, i) => {
    const row = i + 1;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return void invalid.push({ row, reason: 'not a bookmark' });
    const e = raw as Record<string, unknown>;
    const url = checkUrl(e.href);
    if (!url) return void invalid.push({ row, reason: urlProblem(e.href) });
    const savedAt = toSavedMs(e.time);
    if (!isAbsent(e.time) && savedAt === null) return void invalid.push({ row, reason: `time is not a date between 1990 and 2100 (${shownValue(e.time)})` });
    const title = typeof e.description === 'string' ? e.description.trim() : '';
    rows.push({
      row,
      draft: {
        url,
        title: title || url,
        excerpt: typeof e.extended === 'string' && e.extended.trim() ? e.extended.trim() : null,
        tags: typeof e.tags === 'string' ? e.tags.split(/\s+/) : [],
        state: e.toread === 'yes' ? 'unread' : 'archived',
        ...(savedAt !== null ? { savedAt } : {}),
        source: 'pinboard',
      },
    });
  });
  return { format: 'pinboard-json', label: LABEL, unit: 'entry', rows, invalid };
}
