/**
 * CSV reading shared by the CSV importers (papaparse; headers matched by name). Rows carry the
 * line of the file where they start, counted through quoted fields that span lines, so "line 7"
 * in a message is line 7 in a text editor.
 */
import Papa from 'papaparse';
import { checkRowCount, MAX_ROWS } from './limits';
import type { ArticleDraft } from '../types';
import { isAbsent, shownValue, toSavedMs } from './dates';
import { checkUrl, ImportFormatError, urlProblem, type ImportRow, type InvalidRow } from './types';

export interface CsvTable {
  /** Header names, trimmed and lower-cased. */
  headers: string[];
  /** Rows as header → value, with the 1-based line of the file where each starts (the header is line 1). */
  rows: Array<{ line: number; values: Record<string, string> }>;
  /** Rows papaparse could not read (a stray quote, a wrong number of fields), by line. */
  problems: Array<{ line: number; reason: string }>;
}

/** The header names of a CSV text's first record, trimmed and lower-cased. */
export function csvHeaders(text: string): string[] {
  const first = Papa.parse<string[]>(text, { header: false, preview: 1 }).data[0] ?? [];
  return first.map((h) => h.trim().toLowerCase());
}

export function readCsv(text: string, label: string): CsvTable {
  const records: Array<{ line: number; cells: string[]; error?: string }> = [];
  let cursor = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: 'greedy',
    step: (result, parser) => {
      if (records.length > MAX_ROWS) return parser.abort(); // refused below: no need to read on
      // Blank lines skipped before this record still count as lines.
      let start = cursor;
      while (start < text.length && (text[start] === '\n' || text[start] === '\r')) {
        if (text[start] === '\n') line++;
        start++;
      }
      const end = result.meta.cursor;
      const recordLine = line;
      for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10) line++;
      cursor = end;
      const error = result.errors[0];
      records.push({ line: recordLine, cells: result.data, error: error ? (error.code === 'MissingQuotes' ? 'an unclosed quote' : error.message) : undefined });
    },
  });
  if (records.length === 0) throw new ImportFormatError(`This ${label} file is empty.`);
  if (records.length > MAX_ROWS) checkRowCount(records.length, label);
  const headers = records[0]!.cells.map((h) => h.trim().toLowerCase());
  const problems: CsvTable['problems'] = [];
  const rows: CsvTable['rows'] = [];
  for (let i = 1; i < records.length; i++) {
    const { line: at, cells, error } = records[i]!;
    if (error) {
      problems.push({ line: at, reason: error });
      continue;
    }
    if (cells.length !== headers.length) {
      problems.push({ line: at, reason: `${cells.length} fields where the header has ${headers.length}` });
      continue;
    }
    const values: Record<string, string> = {};
    headers.forEach((h, j) => (values[h] = cells[j] ?? ''));
    rows.push({ line: at, values });
  }
  return { headers, rows, problems };
}

/**
 * The import rows of a CSV export, checked the same way for every service: the table's own problems,
 * then each row's `url` and its saved date (column `dateColumn`, named `dateLabel` in messages), an
 * invalid one naming its line; `draft` builds the rest of a valid row. `suffix` follows every reason
 * (the file inside a zip).
 */
export function csvImportRows(
  table: CsvTable,
  date: { column: string; label: string },
  draft: (values: Record<string, string>, url: string) => Omit<ArticleDraft, 'url' | 'savedAt'>,
  suffix = '',
): { rows: ImportRow[]; invalid: InvalidRow[] } {
  const rows: ImportRow[] = [];
  const invalid: InvalidRow[] = table.problems.map((p) => ({ row: p.line, reason: p.reason + suffix }));
  for (const { line, values } of table.rows) {
    const url = checkUrl(values.url);
    if (!url) {
      invalid.push({ row: line, reason: urlProblem(values.url) + suffix });
      continue;
    }
    const raw = values[date.column];
    const savedAt = toSavedMs(raw);
    if (!isAbsent(raw) && savedAt === null) {
      invalid.push({ row: line, reason: `${date.label} is not a date between 1990 and 2100 (${shownValue(raw)})${suffix}` });
      continue;
    }
    rows.push({ row: line, draft: { url, ...draft(values, url), ...(savedAt !== null ? { savedAt } : {}) } });
  }
  invalid.sort((a, b) => a.row - b.row);
  return { rows, invalid };
}
