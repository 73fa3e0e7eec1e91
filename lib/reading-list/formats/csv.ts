/**
 * The reading-list side of CSV imports: a table read by the one CSV front end (lib/csv/csv.ts),
 * headers matched by name. Rows carry the line of the file where they start, counted through
 * quoted fields that span lines, so "line 7" in a message is line 7 in a text editor.
 */
import { readCsvTable, recordValues } from '../../csv/csv';
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

/** A CSV export as a table; an empty file or one with too many rows is refused (`label` names the format). */
export function readCsv(text: string, label: string): CsvTable {
  const { headers, records, headerRecord } = readCsvTable(text, { limit: MAX_ROWS });
  if (!headerRecord) throw new ImportFormatError(`This ${label} file is empty.`);
  if (records.length + 1 > MAX_ROWS) checkRowCount(records.length + 1, label);
  const problems: CsvTable['problems'] = [];
  const rows: CsvTable['rows'] = [];
  for (const record of records) {
    if (record.problem) {
      problems.push({ line: record.line, reason: record.problem.code === 'MissingQuotes' ? 'an unclosed quote' : record.problem.message });
      continue;
    }
    if (record.cells.length !== headers.length) {
      problems.push({ line: record.line, reason: `${record.cells.length} fields where the header has ${headers.length}` });
      continue;
    }
    rows.push({ line: record.line, values: recordValues(headers, record) });
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
