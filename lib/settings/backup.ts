/**
 * "Export everything", "import everything" and "delete everything" (Settings → Data). A backup
 * holds the settings, the site lists, the reader's glossary (own entries and changes to pack
 * entries) and the reading list in its own lossless export format. The bundled packs are not in
 * it: they ship with the extension and come back by themselves. Restoring goes through the same
 * checks as the glossary's and the reading list's own imports, so a backup is never trusted more
 * than any other file.
 */
import { browser } from 'wxt/browser';
import { clearArticles, insertArticles, type StoredArticle } from '../db/articles-repo';
import { announceGlossaryChange } from '../db/glossary-events';
import { exportGlossary, importGlossary } from '../db/glossary-repo';
import type { BackstoryDb } from '../db/schema';
import { buildGlossaryExport, type GlossaryExport } from '../glossary-io/export';
import { parseJson, type RowError } from '../glossary-io/parse';
import { loadAll } from '../db/articles-export';
import { BACKSTORY_FORMAT, backstoryExport, parseBackstoryDocument, type BackstoryExport } from '../reading-list/formats/backstory-json';
import { ImportFormatError } from '../reading-list/formats/types';
import { getSitePolicy, setSitePolicy, type SitePolicy } from '../sites/site-settings';
import { getSettings, normalizeSettings, settingsItem, type Settings } from './settings';

export const BACKUP_FORMAT = 'backstory-backup';
/**
 * Version 2 holds the reading list as a reading-list export (`readingList`). Version 1 held raw
 * database rows (`tables.articles`, `tables.articleBodies`); it is still read, through the same checks.
 */
export const BACKUP_VERSION = 2;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_VERSION;
  exportedAt: string;
  settings: Settings;
  sites: SitePolicy;
  glossary: GlossaryExport;
  readingList: BackstoryExport;
}

/** A version 1 backup, as far as reading it needs. */
interface BackupV1 {
  formatVersion?: unknown;
  tables?: Record<string, unknown>;
}

/** Everything the reader has, as one JSON-ready object. */
export async function buildBackup(db: BackstoryDb, now = new Date()): Promise<Backup> {
  const glossary = await exportGlossary(db);
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    settings: await getSettings(),
    sites: await getSitePolicy(),
    glossary: buildGlossaryExport(glossary.entries, glossary.edits, now),
    readingList: backstoryExport(await loadAll(db), now),
  };
}

export type ParsedBackup =
  | {
      ok: true;
      backup: Omit<Backup, 'readingList'>;
      glossary: { entries: GlossaryExport['entries']; edits: GlossaryExport['edits'] };
      /** The reading list's articles, each checked like an imported one. */
      articles: StoredArticle[];
      /** Glossary rows and reading-list articles that will be skipped, with reasons. */
      errors: RowError[];
      counts: Record<string, number>;
    }
  | { ok: false; error: string };

/** The reading-list document of a backup: version 2's own, or version 1's rows joined into one. */
function readingListOf(data: Omit<Partial<Backup>, 'formatVersion'> & BackupV1): unknown {
  if (data.formatVersion === BACKUP_VERSION) return data.readingList ?? { format: BACKSTORY_FORMAT, version: 1, articles: [] };
  const tables = data.tables ?? {};
  for (const name of Object.keys(tables)) {
    if (name !== 'articles' && name !== 'articleBodies') throw new ImportFormatError(`The backup holds an unknown table “${name}”: it was made by a newer Backstory.`);
  }
  const { articles = [], articleBodies = [] } = tables as { articles?: unknown; articleBodies?: unknown };
  if (!Array.isArray(articles) || !Array.isArray(articleBodies)) throw new ImportFormatError('The reading list in this backup is damaged.');
  const bodies = new Map<unknown, { html?: unknown; text?: unknown }>();
  for (const b of articleBodies) if (b && typeof b === 'object') bodies.set((b as { id?: unknown }).id, b as { html?: unknown; text?: unknown });
  return {
    format: BACKSTORY_FORMAT,
    version: 1,
    articles: articles.map((a: unknown) => {
      if (!a || typeof a !== 'object') return a;
      const body = bodies.get((a as { id?: unknown }).id);
      return { ...a, html: body?.html ?? '', text: body?.text ?? '' };
    }),
  };
}

/** Reads a backup file, checking every part before anything is written. */
export async function parseBackup(text: string): Promise<ParsedBackup> {
  let data: Omit<Partial<Backup>, 'formatVersion'> & BackupV1;
  try {
    data = JSON.parse(text) as typeof data;
  } catch {
    return { ok: false, error: 'This is not a Backstory backup: the file is not valid JSON.' };
  }
  if (typeof data !== 'object' || data === null || data.format !== BACKUP_FORMAT) {
    return { ok: false, error: 'This is not a Backstory backup (made with “Export everything”). To import glossary entries, use Glossary → Import.' };
  }
  if (data.formatVersion !== 1 && data.formatVersion !== BACKUP_VERSION) {
    return { ok: false, error: `This backup has format version ${String(data.formatVersion)}, which this version of Backstory cannot read.` };
  }
  const glossary = await parseJson(JSON.stringify(data.glossary ?? { entries: [] }));
  if (!glossary.ok && glossary.error !== 'The file holds no entries.') return { ok: false, error: `The glossary in this backup is damaged: ${glossary.error}` };
  let readingList: ReturnType<typeof parseBackstoryDocument>;
  try {
    readingList = parseBackstoryDocument(readingListOf(data));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: error instanceof ImportFormatError && /unknown table/.test(message) ? message : `The reading list in this backup is damaged: ${message}` };
  }
  const listErrors: RowError[] = readingList.invalid.map((bad) => ({ row: bad.row, label: 'reading list', message: `reading-list article: ${bad.reason}` }));
  // The same article twice (by id or address) would break the database's unique keys: the first is kept.
  const articles: StoredArticle[] = [];
  const ids = new Set<string>();
  const urls = new Set<string>();
  for (const row of readingList.rows) {
    const item = row.exact!;
    if (ids.has(item.article.id) || urls.has(item.article.canonicalUrl)) {
      listErrors.push({ row: row.row, label: 'reading list', message: 'reading-list article: the same article again' });
      continue;
    }
    ids.add(item.article.id);
    urls.add(item.article.canonicalUrl);
    articles.push(item);
  }
  const sites = (data.sites ?? {}) as Partial<SitePolicy>;
  const backup: Omit<Backup, 'readingList'> = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_VERSION,
    exportedAt: String(data.exportedAt ?? ''),
    settings: normalizeSettings(data.settings),
    sites: {
      mode: sites.mode === 'allowed' ? 'allowed' : 'all',
      allowed: Array.isArray(sites.allowed) ? sites.allowed.filter((s): s is string => typeof s === 'string') : [],
      blocked: Array.isArray(sites.blocked) ? sites.blocked.filter((s): s is string => typeof s === 'string') : [],
    },
    glossary: data.glossary as GlossaryExport,
  };
  const g = glossary.ok ? { entries: glossary.entries, edits: glossary.edits } : { entries: [], edits: [] };
  // The glossary's rows first, as its parser lists them, then the reading list's in file order.
  const errors = [...(glossary.ok ? glossary.errors : []), ...listErrors.sort((a, b) => a.row - b.row)];
  return { ok: true, backup, glossary: g, articles, errors, counts: { entries: g.entries.length, edits: g.edits.length, articles: articles.length } };
}

/**
 * Restores a backup: the reader's glossary and reading list are replaced by the backup's in one
 * transaction (through the same repository functions as every other write, so every index stays
 * in step), then the settings and site lists.
 */
export async function restoreBackup(db: BackstoryDb, parsed: Extract<ParsedBackup, { ok: true }>): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await db.glossary.where('origin').anyOf(['user', 'wikipedia']).delete();
    await db.edits.clear();
    await importGlossary(db, parsed.glossary);
    await clearArticles(db);
    await insertArticles(db, parsed.articles);
  });
  await settingsItem.setValue(parsed.backup.settings);
  await setSitePolicy(parsed.backup.sites);
  await announceGlossaryChange();
}

/**
 * Deletes everything: every table of the database, the settings, the site lists and the session's
 * per-tab summaries. The database is left empty; the bundled packs are loaded again the next time an
 * article is analysed.
 */
export async function deleteEverything(db: BackstoryDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
  await browser.storage.local.clear();
  await browser.storage.session?.clear().catch(() => undefined);
  await announceGlossaryChange();
}
