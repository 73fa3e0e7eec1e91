/**
 * Pocket's CSV export (the zipped e-mail export of 2024–2025): columns by header name
 * `title, url, time_added, cursor, tags, status`. `time_added` is in seconds since the epoch; tags
 * are pipe-separated; `status` is `unread` or `archive` (`read` taken as archived too).
 */
import { readCsv } from './csv';
import { checkUrl, decodeText, ImportFormatError, toEpochMs, urlProblem, type ImportRow, type InvalidRow, type ParsedImport } from './types';

const LABEL = 'Pocket CSV';

export function looksLikePocketCsv(headers: readonly string[]): boolean {
  return headers.includes('url') && headers.includes('time_added');
}

export function parsePocketCsv(bytes: Uint8Array): ParsedImport {
  const table = readCsv(decodeText(bytes, LABEL), LABEL);
  if (!table.headers.includes('url')) throw new ImportFormatError('This CSV file has no “url” column: it is not a Pocket export.');
  const rows: ImportRow[] = [];
  const invalid: InvalidRow[] = table.problems.map((p) => ({ row: p.line, reason: p.reason }));
  for (const { line, values } of table.rows) {
    const url = checkUrl(values.url);
    if (!url) {
      invalid.push({ row: line, reason: urlProblem(values.url) });
      continue;
    }
    const status = (values.status ?? '').trim().toLowerCase();
    const timeAdded = values.time_added?.trim();
    const savedAt = timeAdded ? toEpochMs(timeAdded) : null;
    if (timeAdded && savedAt === null) {
      invalid.push({ row: line, reason: `time_added is not a time (${timeAdded.slice(0, 40)})` });
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
  return { format: 'pocket-csv', label: LABEL, rows, invalid };
}
