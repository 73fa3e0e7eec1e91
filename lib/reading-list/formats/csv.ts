/** CSV reading shared by the Pocket and Instapaper importers (papaparse; headers matched by name). */
import Papa from 'papaparse';
import { ImportFormatError } from './types';

export interface CsvTable {
  /** Header names, trimmed and lower-cased. */
  headers: string[];
  /** Rows as header → value, with their 1-based line number in the file (the header is line 1). */
  rows: Array<{ line: number; values: Record<string, string> }>;
  /** Rows papaparse could not read (a stray quote, a wrong number of fields). */
  problems: Array<{ line: number; reason: string }>;
}

export function readCsv(text: string, label: string): CsvTable {
  const result = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy' });
  const data = result.data;
  if (data.length === 0) throw new ImportFormatError(`This ${label} file is empty.`);
  const headers = (data[0] ?? []).map((h) => h.trim().toLowerCase());
  const problems: CsvTable['problems'] = [];
  const badRows = new Set<number>();
  for (const e of result.errors) {
    if (e.row === undefined) continue;
    badRows.add(e.row);
    problems.push({ line: e.row + 1, reason: e.code === 'MissingQuotes' ? 'an unclosed quote' : e.message });
  }
  const rows: CsvTable['rows'] = [];
  for (let i = 1; i < data.length; i++) {
    if (badRows.has(i)) continue;
    const cells = data[i]!;
    if (cells.length !== headers.length) {
      problems.push({ line: i + 1, reason: `${cells.length} fields where the header has ${headers.length}` });
      continue;
    }
    const values: Record<string, string> = {};
    headers.forEach((h, j) => (values[h] = cells[j] ?? ''));
    rows.push({ line: i + 1, values });
  }
  problems.sort((a, b) => a.line - b.line);
  return { headers, rows, problems };
}
