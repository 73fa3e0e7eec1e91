/**
 * Omnivore's export zip: `metadata_<from>_to_<to>.json` files, each a list of
 * `{ id, slug, title, description, author, url, state, readingProgress (0–100), thumbnail,
 * labels[], savedAt, updatedAt, publishedAt }`, and the saved pages as `content/<slug>.html`.
 * Unzipped in memory with fflate; nothing is written until the reader confirms.
 */
import { strFromU8, unzipSync, type Unzipped } from 'fflate';
import { checkUrl, ImportFormatError, toEpochMs, urlProblem, type ImportRow, type InvalidRow, type ParsedImport } from './types';

const LABEL = 'Omnivore export';
/** A zip that would unpack to more than this is refused (a zip bomb, or not an Omnivore export). */
const MAX_UNZIPPED_BYTES = 1_500_000_000;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

function unzip(bytes: Uint8Array): Unzipped {
  if (!isZip(bytes)) throw new ImportFormatError('This file is not an Omnivore export: it is not a zip file.');
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        if (total > MAX_UNZIPPED_BYTES) throw new ImportFormatError('This zip file unpacks to more than 1.5 GB: too large to import.');
        return /(^|\/)metadata_[^/]*\.json$/i.test(file.name) || /(^|\/)content\/[^/]+\.html?$/i.test(file.name);
      },
    });
  } catch (error) {
    if (error instanceof ImportFormatError) throw error;
    throw new ImportFormatError('This zip file is damaged and cannot be read.');
  }
}

export function parseOmnivoreZip(bytes: Uint8Array): ParsedImport {
  const files = unzip(bytes);
  const metadataNames = Object.keys(files)
    .filter((n) => /(^|\/)metadata_[^/]*\.json$/i.test(n))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (metadataNames.length === 0) throw new ImportFormatError('This zip file is not an Omnivore export: it has no metadata_*.json file.');
  const content = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(files)) {
    const m = /(?:^|\/)content\/([^/]+)\.html?$/i.exec(name);
    if (m) content.set(m[1]!, data);
  }
  const rows: ImportRow[] = [];
  const invalid: InvalidRow[] = [];
  let n = 0;
  for (const name of metadataNames) {
    let list: unknown;
    try {
      list = JSON.parse(strFromU8(files[name]!));
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
      const url = checkUrl(e.url);
      if (!url) {
        invalid.push({ row, reason: urlProblem(e.url) });
        continue;
      }
      const slug = typeof e.slug === 'string' ? e.slug : '';
      const html = slug && content.has(slug) ? strFromU8(content.get(slug)!) : '';
      const labels = Array.isArray(e.labels) ? e.labels.map((l) => (typeof l === 'string' ? l : typeof (l as { name?: unknown })?.name === 'string' ? (l as { name: string }).name : '')) : [];
      const progress = typeof e.readingProgress === 'number' ? e.readingProgress / 100 : 0;
      const savedAt = toEpochMs(e.savedAt);
      rows.push({
        row,
        draft: {
          url,
          title: typeof e.title === 'string' && e.title.trim() ? e.title.trim() : url,
          excerpt: typeof e.description === 'string' ? e.description : null,
          byline: typeof e.author === 'string' && e.author ? e.author : null,
          html,
          publishedAt: toEpochMs(e.publishedAt),
          state: typeof e.state === 'string' && /archived/i.test(e.state) ? 'archived' : 'unread',
          tags: labels,
          progress,
          ...(savedAt !== null ? { savedAt } : {}),
          source: 'omnivore',
        },
      });
    }
  }
  return { format: 'omnivore-zip', label: LABEL, rows, invalid };
}
