/**
 * The one CSV front end (papaparse) for every CSV file a reader imports: glossary files
 * (lib/glossary-io/parse.ts) and reading-list exports (lib/reading-list/formats/csv.ts). It reads
 * records, never meanings: each caller matches its own columns and words its own messages, but
 * both number records the same way and see the same problems.
 *
 * The delimiter is detected (comma, tab, semicolon, pipe…); blank lines are skipped. Each record
 * carries the line of the file where it starts, counted through quoted fields that span lines and
 * through the blank lines skipped, so "line 7" is line 7 in a text editor, and its row: its place
 * among the records, the header being row 1, as a spreadsheet numbers them.
 */
import Papa from 'papaparse';

export interface CsvRecord {
  /** The 1-based line of the file where the record starts. */
  line: number;
  /** The 1-based place of the record among the file's records (blank lines not counted; the header is 1). */
  row: number;
  cells: string[];
  /** What papaparse could not read in this record (its first complaint: an unclosed quote, a stray one). */
  problem?: { code: string; message: string };
}

export interface CsvTable {
  /** The header record's names, as `header` made them, a repeated name suffixed `_1`, `_2`… (papaparse's rule). */
  headers: string[];
  /** The records after the header. */
  records: CsvRecord[];
  /** The header record itself (absent in an empty file). */
  headerRecord?: CsvRecord;
  /** True when reading stopped past `limit` records (the file is longer). */
  truncated: boolean;
}

export interface CsvOptions {
  /** How a header name is normalised (default: trimmed and lower-cased). */
  header?: (name: string) => string;
  /** Stop reading once more than this many records (header included) were read. */
  limit?: number;
}

/** The default header normalisation: trimmed and lower-cased. */
export const plainHeader = (name: string): string => name.trim().toLowerCase();

/** Every record of a CSV text, with its line and row; reading stops once more than `limit` were read. */
export function readCsvRecords(text: string, limit = Infinity): { records: CsvRecord[]; truncated: boolean } {
  const records: CsvRecord[] = [];
  let truncated = false;
  let cursor = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: 'greedy',
    step: (result, parser) => {
      if (records.length > limit) {
        truncated = true;
        return parser.abort();
      }
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
      const record: CsvRecord = { line: recordLine, row: records.length + 1, cells: result.data };
      // The first record also hears that no delimiter stood out (a one-column file): not a problem of the record.
      const error = result.errors.length ? result.errors.find((e) => e.code !== 'UndetectableDelimiter') : undefined;
      if (error) record.problem = { code: error.code, message: error.message };
      records.push(record);
    },
  });
  return { records, truncated };
}

/** Header names made unique as papaparse's header mode does: the second "name" becomes "name_1". */
function uniqueHeaders(names: readonly string[]): string[] {
  const used = new Set(names);
  const count = new Map<string, number>();
  return names.map((name) => {
    const seen = count.get(name);
    if (seen === undefined) {
      count.set(name, 1);
      return name;
    }
    let suffix = seen;
    let renamed: string;
    do renamed = `${name}_${suffix++}`;
    while (used.has(renamed));
    used.add(renamed);
    count.set(name, seen + 1);
    return renamed;
  });
}

/** A CSV text as a header and the records after it. */
export function readCsvTable(text: string, options: CsvOptions = {}): CsvTable {
  const { records, truncated } = readCsvRecords(text, options.limit);
  const headerRecord = records[0];
  const header = options.header ?? plainHeader;
  const headers = uniqueHeaders((headerRecord?.cells ?? []).map((h) => header(h.replace(/^\uFEFF/, ''))));
  return { headers, records: records.slice(1), ...(headerRecord ? { headerRecord } : {}), truncated };
}

/** A record's cells by header name (a missing cell is ""). */
export function recordValues(headers: readonly string[], record: CsvRecord): Record<string, string> {
  const values: Record<string, string> = {};
  headers.forEach((h, j) => (values[h] = record.cells[j] ?? ''));
  return values;
}

/** The header names of a CSV text's first record, normalised by `header` (default: trimmed, lower-cased). */
export function csvHeaders(text: string, header: (name: string) => string = plainHeader): string[] {
  const first = Papa.parse<string[]>(text, { header: false, preview: 1 }).data[0] ?? [];
  return first.map(header);
}
