/**
 * Pocket's CSV export (2024–2025): columns by header name `title, url, time_added, cursor, tags,
 * status`. `time_added` is in seconds since the epoch; tags are pipe-separated; `status` is `unread`
 * or `archive` (`read` taken as archived too). Pocket mailed it zipped, as `part_000000.csv` and
 * further parts: see pocket-zip.ts.
 */
import { csvImportRows, readCsv } from './csv';
import { decodeText, ImportFormatError, type ImportRow, type InvalidRow, type ParsedImport } from './types';

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
  return csvImportRows(
    table,
    { column: 'time_added', label: 'time_added' },
    (values, url) => {
      const status = (values.status ?? '').trim().toLowerCase();
      return {
        title: values.title?.trim() || url,
        tags: (values.tags ?? '').split('|'),
        state: status === 'archive' || status === 'archived' || status === 'read' ? 'archived' : 'unread',
        source: 'pocket',
      };
    },
    where ? ` (in ${where})` : '',
  );
}

export function parsePocketCsv(bytes: Uint8Array): ParsedImport {
  const { rows, invalid } = pocketCsvRows(decodeText(bytes, LABEL));
  return { format: 'pocket-csv', label: LABEL, unit: 'line', rows, invalid };
}
