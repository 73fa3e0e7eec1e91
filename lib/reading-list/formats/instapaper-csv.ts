/**
 * Instapaper's CSV export, in both column sets it has used: `URL, Title, Selection, Folder` and
 * `URL, Title, Selection, Folder, Timestamp` (newer exports may add `Tags`, a JSON list). The folder
 * `Unread` is unread, `Archive` is archived, `Starred` is a favourite; any other folder becomes a tag.
 * `Timestamp` is in seconds; `Selection` (the reader's highlighted text or the summary) becomes the excerpt.
 */
import { csvImportRows, readCsv } from './csv';
import { decodeText, ImportFormatError, type ParsedImport } from './types';

const LABEL = 'Instapaper CSV';

export function looksLikeInstapaperCsv(headers: readonly string[]): boolean {
  return headers.includes('url') && headers.includes('folder');
}

function parseTags(raw: string | undefined): string[] {
  const value = (raw ?? '').trim();
  if (!value) return [];
  if (value.startsWith('[')) {
    try {
      const list: unknown = JSON.parse(value);
      if (Array.isArray(list)) return list.filter((t): t is string => typeof t === 'string');
    } catch {
      // fall through: comma-separated
    }
  }
  return value.split(',');
}

export function parseInstapaperCsv(bytes: Uint8Array): ParsedImport {
  const table = readCsv(decodeText(bytes, LABEL), LABEL);
  if (!looksLikeInstapaperCsv(table.headers)) throw new ImportFormatError('This CSV file has no “URL” and “Folder” columns: it is not an Instapaper export.');
  const { rows, invalid } = csvImportRows(table, { column: 'timestamp', label: 'Timestamp' }, (values, url) => {
    const folder = (values.folder ?? '').trim();
    const key = folder.toLowerCase();
    const tags = parseTags(values.tags);
    if (folder && !['unread', 'archive', 'starred'].includes(key)) tags.push(folder);
    return {
      title: values.title?.trim() || url,
      excerpt: values.selection?.trim() || null,
      state: key === 'archive' ? 'archived' : 'unread',
      favourite: key === 'starred',
      tags,
      source: 'instapaper',
    };
  });
  return { format: 'instapaper-csv', label: LABEL, unit: 'line', rows, invalid };
}
