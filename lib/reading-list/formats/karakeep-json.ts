/**
 * Karakeep's (formerly Hoarder's) JSON export, as its own exporter writes it:
 *   { "bookmarks": [ { createdAt (seconds), title, tags[], lists[] (list ids), content:
 *     { type: "link", url } | { type: "text", text } | null, note, archived } ], "lists": [ { id, name,
 *     type: "manual"|"smart", parentId } ] }
 * Links are imported (notes and assets have no web address); the bookmark's note becomes the excerpt (and the notes),
 * manual lists become tags.
 */
import { notesText } from './notes';
import { decodeText, ImportFormatError, parseJson, type ImportRow, type InvalidRow, type ParsedImport } from './types';
import { pushRecord, textOf } from './rows';

const LABEL = 'Karakeep export';

export function looksLikeKarakeep(doc: unknown): boolean {
  if (!doc || typeof doc !== 'object' || !Array.isArray((doc as { bookmarks?: unknown }).bookmarks)) return false;
  const first = (doc as { bookmarks: unknown[] }).bookmarks[0];
  return first === undefined || (!!first && typeof first === 'object' && Object.hasOwn(first, 'content') && Object.hasOwn(first, 'createdAt'));
}

export function parseKarakeepJson(bytes: Uint8Array): ParsedImport {
  return parseKarakeepDocument(parseJson(decodeText(bytes, LABEL), LABEL));
}

export function parseKarakeepDocument(doc: unknown): ParsedImport {
  if (!looksLikeKarakeep(doc)) throw new ImportFormatError('This JSON file is not a Karakeep export (an object with a list of “bookmarks”).');
  const { bookmarks, lists } = doc as { bookmarks: unknown[]; lists?: unknown };
  const listNames = new Map<string, string>();
  if (Array.isArray(lists)) {
    for (const l of lists as Array<Record<string, unknown>>) {
      if (l && typeof l.id === 'string' && typeof l.name === 'string' && l.type !== 'smart') listNames.set(l.id, l.name);
    }
  }
  const rows: ImportRow[] = [];
  const invalid: InvalidRow[] = [];
  bookmarks.forEach((raw, i) => {
    const row = i + 1;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return void invalid.push({ row, reason: 'not a bookmark' });
    const e = raw as Record<string, unknown>;
    const content = e.content as { type?: unknown; url?: unknown } | null | undefined;
    if (!content || content.type !== 'link') return void invalid.push({ row, reason: `a ${typeof content?.type === 'string' ? content.type.slice(0, 20) : 'note or file'} bookmark, not a web page` });
    const tags = Array.isArray(e.tags) ? e.tags.filter((t): t is string => typeof t === 'string') : [];
    const inLists = Array.isArray(e.lists) ? e.lists.map((id) => (typeof id === 'string' ? listNames.get(id) : undefined)).filter((n): n is string => !!n) : [];
    const notes = notesText(e.note);
    pushRecord({ rows, invalid }, row, content.url, { value: e.createdAt, label: 'createdAt' }, () => ({
      title: e.title,
      excerpt: textOf(e.note),
      ...(notes ? { notes } : {}),
      tags: [...tags, ...inLists],
      state: e.archived === true ? 'archived' : 'unread',
      favourite: e.favourited === true,
      source: 'karakeep',
    }));
  });
  return { format: 'karakeep-json', label: LABEL, unit: 'entry', rows, invalid };
}
