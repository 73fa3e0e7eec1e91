/**
 * Readeck's export (`readeck export -config config.toml export.zip`, the documented backup): a zip
 * with `data.json` (users, collections…) and one folder per bookmark under `bookmarks/…/` holding
 * `info.json` — `{ UID, Created, Updated, URL, Title, SiteName, Description, Authors[], Lang, Labels[],
 * IsArchived, IsMarked, ReadProgress (0–100), Published }` — and the saved article as `index.html`
 * beside it when Readeck kept one. Marked bookmarks are favourites.
 */
import { strFromU8 } from 'fflate';
import { toEpochMs } from './dates';
import { ImportFormatError, type ImportRow, type InvalidRow, type ParsedImport } from './types';
import { readZip } from './zip';
import { pushRecord, textOf } from './rows';

const LABEL = 'Readeck export';
const INFO = /(^|\/)bookmarks\/(.+\/)?info\.json$/i;
const PAGE = /(^|\/)bookmarks\/(.+\/)?index\.html?$/i;

/** Whether a zip's entry names are a Readeck export's. */
export function looksLikeReadeckZip(names: readonly string[]): boolean {
  return names.some((n) => INFO.test(n)) && names.some((n) => /(^|\/)data\.json$/i.test(n) || INFO.test(n));
}

const folderOf = (name: string) => name.slice(0, name.lastIndexOf('/') + 1);

export function parseReadeckZip(bytes: Uint8Array): ParsedImport {
  const files = readZip(bytes, (n) => INFO.test(n) || PAGE.test(n), LABEL);
  const infos = [...files.keys()].filter((n) => INFO.test(n)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (infos.length === 0) throw new ImportFormatError('This zip file is not a Readeck export: it has no bookmarks/…/info.json file.');
  const pages = new Map<string, Uint8Array>();
  for (const [name, data] of files) if (PAGE.test(name)) pages.set(folderOf(name), data);
  const rows: ImportRow[] = [];
  const invalid: InvalidRow[] = [];
  infos.forEach((name, i) => {
    const row = i + 1;
    let e: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(strFromU8(files.get(name)!));
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      e = parsed as Record<string, unknown>;
    } catch {
      return void invalid.push({ row, reason: `${name.slice(-80)} is not valid JSON` });
    }
    const page = pages.get(folderOf(name));
    const authors = Array.isArray(e.Authors) ? e.Authors.filter((a): a is string => typeof a === 'string') : [];
    pushRecord({ rows, invalid }, row, e.URL, { value: e.Created, label: 'Created' }, () => ({
      title: e.Title,
      excerpt: textOf(e.Description),
      siteName: typeof e.SiteName === 'string' && e.SiteName ? e.SiteName : null,
      byline: authors.length ? authors.join(', ') : null,
      lang: typeof e.Lang === 'string' && e.Lang ? e.Lang.slice(0, 35) : null,
      publishedAt: toEpochMs(e.Published),
      html: page ? strFromU8(page) : '',
      tags: Array.isArray(e.Labels) ? e.Labels.filter((t): t is string => typeof t === 'string') : [],
      state: e.IsArchived === true ? 'archived' : 'unread',
      favourite: e.IsMarked === true,
      progress: typeof e.ReadProgress === 'number' ? e.ReadProgress / 100 : 0,
      source: 'readeck',
    }));
  });
  return { format: 'readeck-zip', label: LABEL, unit: 'entry', rows, invalid };
}
