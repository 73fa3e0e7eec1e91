/**
 * Linkwarden's backup JSON (Settings → Data → Export), as its own importer reads it:
 *   { id, name, username, …, "collections": [ { id, name, description, color, parentId, "links": [
 *     { id, name, type, description, url, createdAt (ISO), tags: [ { name } ],
 *       pinnedBy?: [ … ] } ] } ] }
 * The collection's name becomes a tag, the description the excerpt; a link pinned by its owner is a
 * favourite.
 */
import { decodeText, ImportFormatError, parseJson, type ImportRow, type InvalidRow, type ParsedImport } from './types';
import { pushRecord, textOf } from './rows';

const LABEL = 'Linkwarden export';

export function looksLikeLinkwarden(doc: unknown): boolean {
  if (!doc || typeof doc !== 'object' || !Array.isArray((doc as { collections?: unknown }).collections)) return false;
  const first = (doc as { collections: unknown[] }).collections[0];
  return first === undefined || (!!first && typeof first === 'object' && Array.isArray((first as { links?: unknown }).links));
}

export function parseLinkwardenJson(bytes: Uint8Array): ParsedImport {
  return parseLinkwardenDocument(parseJson(decodeText(bytes, LABEL), LABEL));
}

export function parseLinkwardenDocument(doc: unknown): ParsedImport {
  if (!looksLikeLinkwarden(doc)) throw new ImportFormatError('This JSON file is not a Linkwarden export (an object with a list of “collections” holding “links”).');
  const rows: ImportRow[] = [];
  const invalid: InvalidRow[] = [];
  let row = 0;
  for (const c of (doc as { collections: unknown[] }).collections) {
    const collection = (c && typeof c === 'object' ? c : {}) as Record<string, unknown>;
    const folder = typeof collection.name === 'string' && collection.name.trim() && !/^unorganized$/i.test(collection.name.trim()) ? collection.name.trim() : null;
    const links = Array.isArray(collection.links) ? collection.links : [];
    for (const raw of links as unknown[]) {
      row++;
      if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
        invalid.push({ row, reason: 'not a link' });
        continue;
      }
      const e = raw as Record<string, unknown>;
      const tags = Array.isArray(e.tags) ? e.tags.map((t) => (typeof (t as { name?: unknown })?.name === 'string' ? (t as { name: string }).name : '')) : [];
      pushRecord({ rows, invalid }, row, e.url, { value: e.createdAt, label: 'createdAt' }, () => ({
        title: e.name,
        excerpt: textOf(e.description),
        tags: folder ? [...tags, folder] : tags,
        favourite: Array.isArray(e.pinnedBy) && e.pinnedBy.length > 0,
        source: 'linkwarden',
      }));
    }
  }
  return { format: 'linkwarden-json', label: LABEL, unit: 'entry', rows, invalid };
}
