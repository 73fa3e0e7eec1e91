/**
 * Raindrop.io's CSV export (Settings → Backups / Export → CSV): columns by header name
 * `id, title, note, excerpt, url, folder, tags, created, cover, highlights, favorite`. `created` is an
 * ISO date; tags are comma-separated; `favorite` is "true"/"false"; the folder becomes a tag (not
 * "Unsorted"); the reader's own note, else the page's excerpt, becomes the excerpt. The note and the
 * `highlights` column ("Highlight:quoted text", each maybe followed by "Note:annotation") become the
 * article's notes.
 */
import { csvImportRows, readCsv } from './csv';
import { notesText, type ImportedHighlight } from './notes';
import { decodeText, ImportFormatError, type ParsedImport } from './types';

const LABEL = 'Raindrop.io CSV';

export function looksLikeRaindropCsv(headers: readonly string[]): boolean {
  return headers.includes('url') && headers.includes('folder') && headers.includes('created') && (headers.includes('favorite') || headers.includes('cover') || headers.includes('highlights'));
}

/** Raindrop's `highlights` cell: blocks of "Highlight:quote", each with an optional "Note:annotation". */
export function raindropHighlights(cell: string | undefined): ImportedHighlight[] {
  return (cell ?? '')
    .split(/^Highlight:/m)
    .slice(1)
    .map((block) => {
      const [quote, note] = block.split(/^Note:/m);
      return { quote, note };
    });
}

export function parseRaindropCsv(bytes: Uint8Array): ParsedImport {
  const table = readCsv(decodeText(bytes, LABEL), LABEL);
  if (!looksLikeRaindropCsv(table.headers)) throw new ImportFormatError('This CSV file has no “url”, “folder” and “created” columns: it is not a Raindrop.io export.');
  const { rows, invalid } = csvImportRows(table, { column: 'created', label: 'created' }, (values, url) => {
    const folder = (values.folder ?? '').trim();
    const note = (values.note ?? '').trim() || (values.excerpt ?? '').trim();
    const notes = notesText(values.note, raindropHighlights(values.highlights));
    return {
      title: values.title?.trim() || url,
      excerpt: note || null,
      ...(notes ? { notes } : {}),
      tags: [...(values.tags ?? '').split(','), ...(folder && !/^unsorted$/i.test(folder) ? [folder] : [])],
      favourite: /^(true|1|yes)$/i.test((values.favorite ?? '').trim()),
      source: 'raindrop',
    };
  });
  return { format: 'raindrop-csv', label: LABEL, unit: 'line', rows, invalid };
}
