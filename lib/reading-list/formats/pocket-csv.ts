/**
 * Pocket's CSV export (2024–2025): columns by header name `title, url, time_added, cursor, tags,
 * status`. `time_added` is in seconds since the epoch; tags are pipe-separated; `status` is `unread`
 * or `archive` (`read` taken as archived too). Pocket mailed it zipped, as `part_000000.csv` and
 * further parts: see pocket-zip.ts.
 */
import { readCsv } from './csv';
import { isAbsent, shownValue, toSavedMs } from './dates';
import { checkUrl, decodeText, ImportFormatError, urlProblem, type ImportRow, type InvalidRow, type ParsedImport } from './types';

const LABEL = 'Pocket CSV';

export function looksLikePocketCsv(headers: readonly string[]): boolean {
  return headers.includes('url') && headers.includes('time_added');
}

/**
 * The rows of one Pocket CSV text. `where` names the file inside a zip, for messages
 * ("line 7 of part_000001.csv").
 */
export function pocketCsvRows(text: string, where = ''): { rows: ImportRow[]; invalid: InvalidRow[] } {
  const table = readCsv(text, LABEL);
  if (!table.headers.includes('url')) throw new ImportFormatError(`This CSV file${where ? ` (${where})` : ''} has no “url” column: it is not a Pocket export.`);
  const suffix = where ? ` (in ${where})` : '';
  const rows: ImportRow[] = [];
  const invalid: InvalidRow[] = table.problems.map((p) => ({ row: p.line, reason: p.reason + suffix }));
  for (const { line, values } of table.rows) {
    const url = checkUrl(values.url);
    if (!url) {
      invalid.push({ row: line, reason: urlProblem(values.url) + suffix });
      continue;
    }
    const status = (values.status ?? '').trim().toLowerCase();
    const savedAt = toSavedMs(values.time_added);
    if (!isAbsent(values.time_added) && savedAt === null) {
      invalid.push({ row: line, reason: `time_added is not a date between 1990 and 2100 (${shownValue(values.time_added)})${suffix}` });
      continue;
    }
    rows.push({
      row: line,
      draft: {
        url,
        title: values.title?.trim() || url,
        tags: (values.tags ?? '').split('|'),
        state: status === 'archive' || status === 'archived' || status === 'read' ? 'archived' : 'unread',
        ...(savedAt !== null ? { savedAt } : {}),
        source: 'pocket',
      },
    });
  }
  invalid.sort((a, b) => a.row - b.row);
  return { rows, invalid };
}

export function parsePocketCsv(bytes: Uint8Array): ParsedImport {
  const { rows, invalid } = pocketCsvRows(decodeText(bytes, LABEL));
  return { format: 'pocket-csv', label: LABEL, unit: 'line', rows, invalid };
}
