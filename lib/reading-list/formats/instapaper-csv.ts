/**
 * Instapaper's CSV export, in both column sets it has used: `URL, Title, Selection, Folder` and
 * `URL, Title, Selection, Folder, Timestamp` (newer exports may add `Tags`, a JSON list). The folder
 * `Unread` is unread, `Archive` is archived, `Starred` is a favourite; any other folder becomes a tag.
 * `Timestamp` is in seconds; `Selection` (the reader's highlighted text or the summary) becomes the excerpt.
 */
import { readCsv } from './csv';
import { isAbsent, shownValue, toSavedMs } from './dates';
import { checkUrl, decodeText, ImportFormatError, urlProblem, type ImportRow, type InvalidRow, type ParsedImport } from './types';

const LABEL = 'Instapaper CSV';

export function looksLikeInstapaperCsv(headers: readonly string[]): boolean {
  return headers.includes('url') && headers.includes('folder');
}

function parseTags(raw: string | undefined): string[] {
  const value = (raw ?? '').trim();
  if (!value) return [];
  if (value.startsWith('[')) {
    try {
      const list: unknown = JSON.parse(value);
      if (Array.isArray(list)) return list.filter((t): t is string => typeof t === 'string');
    } catch {
      // fall through: comma-separated
    }
  }
  return value.split(',');
}

export function parseInstapaperCsv(bytes: Uint8Array): ParsedImport {
  const table = readCsv(decodeText(bytes, LABEL), LABEL);
  if (!looksLikeInstapaperCsv(table.headers)) throw new ImportFormatError('This CSV file has no “URL” and “Folder” columns: it is not an Instapaper export.');
  const rows: ImportRow[] = [];
  const invalid: InvalidRow[] = table.problems.map((p) => ({ row: p.line, reason: p.reason }));
  for (const { line, values } of table.rows) {
    const url = checkUrl(values.url);
    if (!url) {
      invalid.push({ row: line, reason: urlProblem(values.url) });
      continue;
    }
    const folder = (values.folder ?? '').trim();
    const key = folder.toLowerCase();
    const savedAt = toSavedMs(values.timestamp);
    if (!isAbsent(values.timestamp) && savedAt === null) {
      invalid.push({ row: line, reason: `Timestamp is not a date between 1990 and 2100 (${shownValue(values.timestamp)})` });
      continue;
    }
    const tags = parseTags(values.tags);
    if (folder && !['unread', 'archive', 'starred'].includes(key)) tags.push(folder);
    rows.push({
      row: line,
      draft: {
        url,
        title: values.title?.trim() || url,
        excerpt: values.selection?.trim() || null,
        state: key === 'archive' ? 'archived' : 'unread',
        favourite: key === 'starred',
        tags,
        ...(savedAt !== null ? { savedAt } : {}),
        source: 'instapaper',
      },
    });
  }
  invalid.sort((a, b) => a.row - b.row);
  return { format: 'instapaper-csv', label: LABEL, unit: 'line', rows, invalid };
}
