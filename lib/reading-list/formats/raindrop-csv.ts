/**
 * Raindrop.io's CSV export (Settings → Backups / Export → CSV): columns by header name
 * `id, title, note, excerpt, url, folder, tags, created, cover, highlights, favorite`. `created` is an
 * ISO date; tags are comma-separated; `favorite` is "true"/"false"; the folder becomes a tag (not
 * "Unsorted"); the reader's own note, else the page's excerpt, becomes the excerpt.
 */
import { readCsv } from './csv';
import { isAbsent, shownValue, toSavedMs } from './dates';
import { checkUrl, decodeText, ImportFormatError, urlProblem, type ImportRow, type InvalidRow, type ParsedImport } from './types';

const LABEL = 'Raindrop.io CSV';

export function looksLikeRaindropCsv(headers: readonly string[]): boolean {
  return headers.includes('url') && headers.includes('folder') && headers.includes('created') && (headers.includes('favorite') || headers.includes('cover') || headers.includes('highlights'));
}

export function parseRaindropCsv(bytes: Uint8Array): ParsedImport {
  const table = readCsv(decodeText(bytes, LABEL), LABEL);
  if (!looksLikeRaindropCsv(table.headers)) throw new ImportFormatError('This CSV file has no “url”, “folder” and “created” columns: it is not a Raindrop.io export.');
  const rows: ImportRow[] = [];
  const invalid: InvalidRow[] = table.problems.map((p) => ({ row: p.line, reason: p.reason }));
  for (const { line, values } of table.rows) {
    const url = checkUrl(values.url);
    if (!url) {
      invalid.push({ row: line, reason: urlProblem(values.url) });
      continue;
    }
    const savedAt = toSavedMs(values.created);
    if (!isAbsent(values.created) && savedAt === null) {
      invalid.push({ row: line, reason: `created is not a date between 1990 and 2100 (${shownValue(values.created)})` });
      continue;
    }
    const folder = (values.folder ?? '').trim();
    const note = (values.note ?? '').trim() || (values.excerpt ?? '').trim();
    rows.push({
      row: line,
      draft: {
        url,
        title: values.title?.trim() || url,
        excerpt: note || null,
        tags: [...(values.tags ?? '').split(','), ...(folder && !/^unsorted$/i.test(folder) ? [folder] : [])],
        favourite: /^(true|1|yes)$/i.test((values.favorite ?? '').trim()),
        ...(savedAt !== null ? { savedAt } : {}),
        source: 'raindrop',
      },
    });
  }
  invalid.sort((a, b) => a.row - b.row);
  return { format: 'raindrop-csv', label: LABEL, unit: 'line', rows, invalid };
}
