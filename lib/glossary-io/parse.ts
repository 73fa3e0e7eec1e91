/**
 * Reading glossary files the reader imports: JSON (the pack schema, a Backstory glossary export, or
 * a bare array of entries) and CSV (columns name, kind, aliases, summary, notes; optional id, asOf,
 * link). Every row is validated and every problem reported with its row before anything is
 * written; the caller decides what to do with the result. Pure: no browser API, no database.
 */
import * as v from 'valibot';
import { readCsvTable, recordValues } from '../csv/csv';
import { factDateProblems, isPartialDate } from '../glossary/dated-facts';
import { ENTRY_KINDS, UNKNOWN_END, type EntryKind, type GlossaryEntry } from '../glossary/types';
import { userEntryId } from './ids';

export { slugify, userEntryId } from './ids';

/** Files above this size are refused before parsing. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** Rows are validated in slices of this size, yielding to the page between slices. */
const SLICE = 500;

export const USER_ORIGIN = 'user';
/** Entries looked up on Wikipedia keep their origin through export and import (they have their own pack switch). */
export const WIKIPEDIA_ORIGIN = 'wikipedia';

/** The reader's overlay on an entry, as exported (the `edits` table row without its timestamp). */
export interface EditExport {
  id: string;
  fields?: Partial<Omit<GlossaryEntry, 'id' | 'origin'>>;
  userNotes?: string;
  disabled?: boolean;
}

export interface RowError {
  /** 1-based: the entry's position in a JSON file, or the spreadsheet row in a CSV file (header = row 1). */
  row: number;
  /** What the row calls itself, to help find it. */
  label?: string;
  message: string;
}

export type ParseResult =
  | { ok: true; format: 'json' | 'csv'; entries: GlossaryEntry[]; edits: EditExport[]; errors: RowError[]; rows: number }
  | { ok: false; error: string };

export type Progress = (done: number, total: number) => void;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`));
const nonEmpty = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1, 'is empty'), v.maxLength(max, `is longer than ${max} characters`));
const list = (max: number, each: number) => v.pipe(v.array(nonEmpty(each)), v.maxLength(max, `has more than ${max} items`));
const httpUrl = v.pipe(v.string(), v.maxLength(2048), v.regex(/^https?:\/\/[^\s]+$/i, 'must be an http(s) address'));
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2024-12-31'));

const partialDate = v.pipe(v.string(), v.check(isPartialDate, 'must be a date like 2024, 2024-05 or 2024-05-12'));
const FactSchema = v.pipe(
  v.strictObject({
    label: nonEmpty(200),
    value: nonEmpty(1000),
    from: v.optional(partialDate),
    to: v.optional(v.pipe(v.string(), v.check((s) => s === UNKNOWN_END || isPartialDate(s), 'must be a date like 2024, 2024-05 or 2024-05-12, or "unknown"'))),
    source: v.optional(httpUrl),
    asOf: v.optional(isoDate),
  }),
  v.check((f) => !factDateProblems([f]).some((p) => p.includes('before it begins')), 'ends before it begins'),
);
const LinkSchema = v.strictObject({ title: nonEmpty(300), url: httpUrl });
const KindSchema = v.picklist(ENTRY_KINDS, `must be one of ${ENTRY_KINDS.join(', ')}`);

const entryFields = {
  kind: KindSchema,
  name: nonEmpty(200),
  aliases: v.optional(list(200, 200), []),
  shortNames: v.optional(list(50, 100)),
  summary: v.optional(text(500), ''),
  notes: v.optional(text(20_000), ''),
  facts: v.optional(v.pipe(v.array(FactSchema), v.maxLength(50)), []),
  related: v.optional(list(200, 200), []),
  links: v.optional(v.pipe(v.array(LinkSchema), v.maxLength(20)), []),
  asOf: v.optional(isoDate),
  coordinates: v.optional(
    v.strictObject({ lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)), lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)) }),
  ),
  country: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z]{2}$/, 'must be a two-letter country code'))),
  demonyms: v.optional(list(50, 100)),
  commonWordAliases: v.optional(list(50, 100)),
  sameAs: v.optional(list(50, 200)),
  date: v.optional(partialDate),
  endDate: v.optional(partialDate),
};

/**
 * An entry in a file: `id` and `origin` may be missing (an id is made from the name). Every entry
 * becomes the reader's own, except those the reader looked up on Wikipedia, which stay marked so.
 */
const FileEntrySchema = v.object({
  id: v.optional(v.pipe(v.string(), v.trim(), v.regex(/^[\w:.\-/]{1,200}$/, 'may only hold letters, digits and : . - _ /'))),
  origin: v.optional(v.string()),
  ...entryFields,
});

const EditFieldsSchema = v.partial(v.object(entryFields));
const EditSchema = v.object({
  id: nonEmpty(200),
  fields: v.optional(EditFieldsSchema),
  userNotes: v.optional(text(20_000)),
  disabled: v.optional(v.boolean()),
});

/** A readable sentence for the first problem valibot found. */
function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path?.map((p) => (typeof p.key === 'number' ? `[${p.key + 1}]` : String(p.key))).join('.') ?? '';
      const msg = issue.message.startsWith('Invalid type') ? `should be ${issue.expected ?? 'another type'}, not ${issue.received}` : issue.message;
      return path ? `${path} ${msg}` : msg;
    })
    .join('; ');
}

const today = () => new Date().toISOString().slice(0, 10);

function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, val]) => val !== undefined)) as T;
}

/** Validates one entry object. */
export function validateEntry(raw: unknown): { ok: true; entry: Omit<GlossaryEntry, 'id' | 'origin'> & { id?: string; origin?: typeof WIKIPEDIA_ORIGIN } } | { ok: false; message: string } {
  const r = v.safeParse(FileEntrySchema, raw);
  if (!r.success) return { ok: false, message: describeIssues(r.issues) };
  const { origin, ...rest } = r.output;
  return { ok: true, entry: dropUndefined({ ...rest, asOf: rest.asOf ?? today(), ...(origin === WIKIPEDIA_ORIGIN ? { origin } : {}) }) };
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Turns validated rows into entries with unique ids; duplicates are row errors. */
async function collect(
  rows: Array<{ row: number; raw: unknown; label?: string }>,
  onProgress: Progress | undefined,
): Promise<{ entries: GlossaryEntry[]; errors: RowError[] }> {
  const entries: GlossaryEntry[] = [];
  const errors: RowError[] = [];
  const explicit = new Set<string>();
  for (const r of rows) {
    const id = (r.raw as { id?: unknown } | null)?.id;
    if (typeof id === 'string') explicit.add(id.trim());
  }
  const taken = new Set<string>(explicit);
  const seen = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const { row, raw, label } = rows[i]!;
    const result = validateEntry(raw);
    if (!result.ok) {
      errors.push({ row, label, message: result.message });
    } else {
      const id = result.entry.id ?? userEntryId(result.entry.name, taken);
      taken.add(id);
      const first = seen.get(id);
      if (first !== undefined) {
        errors.push({ row, label: result.entry.name, message: `id “${id}” is used twice (first in row ${first})` });
      } else {
        seen.set(id, row);
        entries.push({ ...result.entry, id, origin: result.entry.origin ?? USER_ORIGIN } as GlossaryEntry);
      }
    }
    if (i % SLICE === SLICE - 1) {
      onProgress?.(i + 1, rows.length);
      await yieldToPage();
    }
  }
  onProgress?.(rows.length, rows.length);
  return { entries, errors };
}

/** Decodes bytes as UTF-8 text, or says why the file is not a text file. */
export function decodeText(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: string } {
  if (bytes.byteLength > MAX_IMPORT_BYTES) return { ok: false, error: `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: 'This file is not a text file (it is not valid UTF-8): choose a JSON or CSV glossary file.' };
  }
  // eslint-disable-next-line no-control-regex
  const control = text.match(/[\u0000-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (control > 0) return { ok: false, error: 'This file contains binary data: choose a JSON or CSV glossary file.' };
  return { ok: true, text: text.replace(/^\uFEFF/, '') };
}

function entryLabel(raw: unknown): string | undefined {
  const name = (raw as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name.slice(0, 80) : undefined;
}

/** Parses a JSON glossary: a pack (`{ id, version, title, entries }`), a Backstory export, or an array of entries. */
export async function parseJson(text: string, onProgress?: Progress): Promise<ParseResult> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `This is not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const obj = data as { entries?: unknown; edits?: unknown } | null;
  const rawEntries = Array.isArray(data) ? data : typeof obj === 'object' && obj !== null && Array.isArray(obj.entries) ? obj.entries : null;
  if (!rawEntries) return { ok: false, error: 'This JSON file holds no glossary: expected an "entries" list (the pack format) or a list of entries.' };
  const { entries, errors } = await collect(
    rawEntries.map((raw, i) => ({ row: i + 1, raw, label: entryLabel(raw) })),
    onProgress,
  );
  const edits: EditExport[] = [];
  const rawEdits = !Array.isArray(data) && Array.isArray(obj?.edits) ? (obj!.edits as unknown[]) : [];
  rawEdits.forEach((raw, i) => {
    const r = v.safeParse(EditSchema, raw);
    if (r.success) edits.push(dropUndefined(r.output) as EditExport);
    else errors.push({ row: i + 1, label: `your change ${i + 1}`, message: `edits[${i + 1}]: ${describeIssues(r.issues)}` });
  });
  return { ok: true, format: 'json', entries, edits, errors, rows: rawEntries.length + rawEdits.length };
}

const CSV_COLUMNS = ['name', 'kind', 'aliases', 'summary', 'notes', 'id', 'asof', 'link'] as const;

const KIND_WORDS: Record<string, EntryKind> = { organisation: 'organization', org: 'organization', people: 'person', places: 'place' };

/** A glossary column name: trimmed, lower-cased, without spaces ("As Of" is "asof"). */
const glossaryHeader = (h: string) => h.trim().toLowerCase().replace(/\s+/g, '');

/**
 * Parses a CSV glossary: a header row naming at least `name` and `kind`. Aliases are separated by ";" or "|".
 * Rows are numbered as a spreadsheet numbers them (the header is row 1).
 */
export async function parseCsv(text: string, onProgress?: Progress): Promise<ParseResult> {
  const { headers: fields, records } = readCsvTable(text, { header: glossaryHeader });
  if (!fields.includes('name') || !fields.includes('kind')) {
    return { ok: false, error: `A CSV glossary needs a header row with at least the columns “name” and “kind” (found: ${fields.slice(0, 8).join(', ') || 'none'}). Optional columns: aliases, summary, notes, id, asOf, link.` };
  }
  const unknown = fields.filter((f) => !(CSV_COLUMNS as readonly string[]).includes(f) && f !== '');
  const errors: RowError[] = [];
  const rows: Array<{ row: number; raw: unknown; label?: string }> = [];
  for (const record of records) {
    const rec = recordValues(fields, record);
    const cell = (k: string) => (rec[k] ?? '').trim();
    const label = cell('name') || undefined;
    // A record papaparse could not read, or with another number of fields than the header, is reported whole.
    const count = record.cells.length;
    const malformed =
      record.problem?.message ??
      (count > fields.length ? `Too many fields: expected ${fields.length} fields but parsed ${count}` : count < fields.length ? `Too few fields: expected ${fields.length} fields but parsed ${count}` : null);
    if (malformed) {
      errors.push({ row: record.row, label, message: `the row is malformed: ${malformed}` });
      continue;
    }
    const kindWord = cell('kind').toLowerCase();
    const raw: Record<string, unknown> = {
      name: cell('name'),
      kind: (Object.hasOwn(KIND_WORDS, kindWord) ? KIND_WORDS[kindWord] : undefined) ?? kindWord,
      aliases: cell('aliases')
        .split(/[;|]/)
        .map((a) => a.trim())
        .filter(Boolean),
      summary: cell('summary'),
      notes: cell('notes').replace(/\\n/g, '\n'),
    };
    if (cell('id')) raw.id = cell('id');
    if (cell('asof')) raw.asOf = cell('asof');
    if (cell('link')) raw.links = [{ title: `${cell('name') || 'Link'}`, url: cell('link') }];
    rows.push({ row: record.row, raw, label });
  }
  const { entries, errors: rowErrors } = await collect(rows, onProgress);
  errors.push(...rowErrors);
  errors.sort((a, b) => a.row - b.row);
  if (unknown.length > 0 && entries.length === 0 && errors.length === 0) {
    return { ok: false, error: `Unknown CSV columns: ${unknown.join(', ')}` };
  }
  return { ok: true, format: 'csv', entries, edits: [], errors, rows: records.length };
}

/** Reads an imported file: decodes, detects JSON or CSV, validates every row. Never throws. */
export async function parseGlossaryFile(bytes: Uint8Array, fileName = '', onProgress?: Progress): Promise<ParseResult> {
  try {
    const decoded = decodeText(bytes);
    if (!decoded.ok) return decoded;
    const trimmed = decoded.text.trim();
    if (!trimmed) return { ok: false, error: 'The file is empty.' };
    const looksJson = /^[[{]/.test(trimmed) || /\.json$/i.test(fileName);
    const result = looksJson ? await parseJson(trimmed, onProgress) : await parseCsv(decoded.text, onProgress);
    if (result.ok && result.entries.length === 0 && result.edits.length === 0 && result.errors.length === 0) {
      return { ok: false, error: 'The file holds no entries.' };
    }
    return result;
  } catch (error) {
    return { ok: false, error: `The file could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}
