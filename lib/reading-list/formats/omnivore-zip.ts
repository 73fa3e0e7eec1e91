/**
 * Omnivore's export zip: `metadata_<from>_to_<to>.json` files, each a list of
 * `{ id, slug, title, description, author, url, state, readingProgress (0–100), thumbnail,
 * labels[], savedAt, updatedAt, publishedAt, highlights? [ { quote, annotation } ] }`, the saved pages
 * as `content/<slug>.html`, and each article's highlights as Markdown quotes in
 * `highlights/<slug>.md`. Highlights become the article's notes: from the metadata when it lists
 * them, else the Markdown file's text as it is.
 * Unzipped in memory with fflate; nothing is written until the reader confirms.
 */
import { strFromU8 } from 'fflate';
import { highlightsOf, notesText } from './notes';
import { toEpochMs } from './dates';
import { ImportFormatError, type ImportRow, type InvalidRow, type ParsedImport } from './types';
import { readZip } from './zip';
import { pushRecord } from './rows';

const LABEL = 'Omnivore export';
const METADATA = /(^|\/)metadata_[^/]*\.json$/i;
const CONTENT = /(^|\/)content\/[^/]+\.html?$/i;
const HIGHLIGHTS = /(?:^|\/)highlights\/([^/]+)\.md$/i;

/** Whether a zip's entry names are an Omnivore export's. */
export function looksLikeOmnivoreZip(names: readonly string[]): boolean {
  return names.some((n) => METADATA.test(n));
}

export function parseOmnivoreZip(bytes: Uint8Array): ParsedImport {
  const files = readZip(bytes, (n) => METADATA.test(n) || CONTENT.test(n) || HIGHLIGHTS.test(n), LABEL);
  const metadataNames = [...files.keys()]
    .filter((n) => METADATA.test(n))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (metadataNames.length === 0) throw new ImportFormatError('This zip file is not an Omnivore export: it has no metadata_*.json file.');
  const content = new Map<string, Uint8Array>();
  const highlightFiles = new Map<string, string>();
  for (const [name, data] of files) {
    const m = /(?:^|\/)content\/([^/]+)\.html?$/i.exec(name);
    if (m) content.set(m[1]!, data);
    const h = HIGHLIGHTS.exec(name);
    if (h) highlightFiles.set(h[1]!, strFromU8(data));
  }
  const rows: ImportRow[] = [];
  const invalid: InvalidRow[] = [];
  let n = 0;
  for (const name of metadataNames) {
    let list: unknown;
    try {
      list = JSON.parse(strFromU8(files.get(name)!));
    } catch {
      invalid.push({ row: n + 1, reason: `${name.split('/').pop()} is not valid JSON: its articles were skipped` });
      continue;
    }
    if (!Array.isArray(list)) {
      invalid.push({ row: n + 1, reason: `${name.split('/').pop()} is not a list of articles` });
      continue;
    }
    for (const raw of list) {
      const row = ++n;
      if (!raw || typeof raw !== 'object') {
        invalid.push({ row, reason: 'not an article' });
        continue;
      }
      const e = raw as Record<string, unknown>;
      const slug = typeof e.slug === 'string' ? e.slug : '';
      const html = slug && content.has(slug) ? strFromU8(content.get(slug)!) : '';
      const labels = Array.isArray(e.labels) ? e.labels.map((l) => (typeof l === 'string' ? l : typeof (l as { name?: unknown })?.name === 'string' ? (l as { name: string }).name : '')) : [];
      const notes = notesText(null, highlightsOf(e.highlights, 'quote', 'annotation')) ?? notesText(highlightFiles.get(slug));
      const progress = typeof e.readingProgress === 'number' ? e.readingProgress / 100 : 0;
      pushRecord({ rows, invalid }, row, e.url, { value: e.savedAt, label: 'savedAt' }, () => ({
        title: e.title,
        excerpt: typeof e.description === 'string' ? e.description : null,
        ...(notes ? { notes } : {}),
        byline: typeof e.author === 'string' && e.author ? e.author : null,
        html,
        publishedAt: toEpochMs(e.publishedAt),
        state: typeof e.state === 'string' && /archived/i.test(e.state) ? 'archived' : 'unread',
        tags: labels,
        progress,
        source: 'omnivore',
      }));
    }
  }
  return { format: 'omnivore-zip', label: LABEL, unit: 'entry', rows, invalid };
}
