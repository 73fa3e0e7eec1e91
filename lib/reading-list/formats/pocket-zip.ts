/**
 * Pocket's export as Pocket delivered it: a zip holding `part_000000.csv` (and `part_000001.csv`, …
 * for long lists; 2025 exports may add `annotations/part_000000.json`, which is not read), each a
 * Pocket CSV (see pocket-csv.ts). Rows are numbered by line within their part, and a message names
 * the part when there are several.
 */
import { pocketCsvRows } from './pocket-csv';
import { decodeText, ImportFormatError, type ImportRow, type InvalidRow, type ParsedImport } from './types';
import { baseName, readZip } from './zip';

const LABEL = 'Pocket export (zip)';
const PART = /(^|\/)part_\d+\.csv$/i;

/** Whether a zip's entry names are a Pocket export's. */
export function looksLikePocketZip(names: readonly string[]): boolean {
  return names.some((n) => PART.test(n) && !/(^|\/)annotations\//i.test(n));
}

export function parsePocketZip(bytes: Uint8Array): ParsedImport {
  const files = readZip(bytes, (n) => PART.test(n) && !/(^|\/)annotations\//i.test(n), LABEL);
  const names = [...files.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (names.length === 0) throw new ImportFormatError('This zip file is not a Pocket export: it has no part_000000.csv file.');
  const rows: ImportRow[] = [];
  const invalid: InvalidRow[] = [];
  // Line numbers stay those of each part's own file; with several parts, messages name the part.
  for (const name of names) {
    const part = pocketCsvRows(decodeText(files.get(name)!, 'Pocket CSV'), names.length > 1 ? baseName(name) : '');
    rows.push(...part.rows);
    invalid.push(...part.invalid);
  }
  return { format: 'pocket-zip', label: LABEL, unit: 'line', rows, invalid };
}
