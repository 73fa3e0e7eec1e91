/**
 * "Export everything", "import everything" and "delete everything" (Settings → Data). A backup
 * holds the settings, the site lists, the reader's glossary (own entries and changes to pack
 * entries) and every other table of the database (the reading list). The bundled packs are not in
 * it: they ship with the extension and come back by themselves.
 */
import { browser } from 'wxt/browser';
import { announceGlossaryChange } from '../db/glossary-events';
import { exportGlossary, importGlossary } from '../db/glossary-repo';
import type { BackstoryDb } from '../db/schema';
import { buildGlossaryExport, type GlossaryExport } from '../glossary-io/export';
import { parseJson, type RowError } from '../glossary-io/parse';
import { getSitePolicy, setSitePolicy, type SitePolicy } from '../sites/site-settings';
import { getSettings, normalizeSettings, settingsItem, type Settings } from './settings';

export const BACKUP_FORMAT = 'backstory-backup';

/** Tables a backup leaves out: pack rows, pack versions and counters are rebuilt from the extension. */
const DERIVED_TABLES = new Set(['glossary', 'edits', 'packs', 'meta']);

export interface Backup {
  format: typeof BACKUP_FORMAT;
  formatVersion: 1;
  exportedAt: string;
  settings: Settings;
  sites: SitePolicy;
  glossary: GlossaryExport;
  /** Every other table, by name (for example the reading list's `articles` and `articleBodies`). */
  tables: Record<string, unknown[]>;
}

/** Everything the reader has, as one JSON-ready object. */
export async function buildBackup(db: BackstoryDb, now = new Date()): Promise<Backup> {
  const glossary = await exportGlossary(db);
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    if (!DERIVED_TABLES.has(table.name)) tables[table.name] = await table.toArray();
  }
  return {
    format: BACKUP_FORMAT,
    formatVersion: 1,
    exportedAt: now.toISOString(),
    settings: await getSettings(),
    sites: await getSitePolicy(),
    glossary: buildGlossaryExport(glossary.entries, glossary.edits, now),
    tables,
  };
}

export type ParsedBackup =
  | { ok: true; backup: Backup; glossary: { entries: GlossaryExport['entries']; edits: GlossaryExport['edits'] }; errors: RowError[]; counts: Record<string, number> }
  | { ok: false; error: string };

/** Reads a backup file, checking every part before anything is written. */
export async function parseBackup(text: string, knownTables: readonly string[]): Promise<ParsedBackup> {
  let data: Partial<Backup>;
  try {
    data = JSON.parse(text) as Partial<Backup>;
  } catch {
    return { ok: false, error: 'This is not a Backstory backup: the file is not valid JSON.' };
  }
  if (typeof data !== 'object' || data === null || data.format !== BACKUP_FORMAT) {
    return { ok: false, error: 'This is not a Backstory backup (made with “Export everything”). To import glossary entries, use Glossary → Import.' };
  }
  if (data.formatVersion !== 1) return { ok: false, error: `This backup has format version ${String(data.formatVersion)}, which this version of Backstory cannot read.` };
  const glossary = await parseJson(JSON.stringify(data.glossary ?? { entries: [] }));
  if (!glossary.ok && glossary.error !== 'The file holds no entries.') return { ok: false, error: `The glossary in this backup is damaged: ${glossary.error}` };
  const tables: Record<string, unknown[]> = {};
  const counts: Record<string, number> = {};
  for (const [name, rows] of Object.entries(data.tables ?? {})) {
    if (!knownTables.includes(name) || DERIVED_TABLES.has(name)) return { ok: false, error: `The backup holds an unknown table “${name}”: it was made by a newer Backstory.` };
    if (!Array.isArray(rows) || rows.some((r) => typeof r !== 'object' || r === null)) return { ok: false, error: `The table “${name}” in this backup is damaged.` };
    tables[name] = rows;
    counts[name] = rows.length;
  }
  const sites = (data.sites ?? {}) as Partial<SitePolicy>;
  const backup: Backup = {
    format: BACKUP_FORMAT,
    formatVersion: 1,
    exportedAt: String(data.exportedAt ?? ''),
    settings: normalizeSettings(data.settings),
    sites: {
      mode: sites.mode === 'allowed' ? 'allowed' : 'all',
      allowed: Array.isArray(sites.allowed) ? sites.allowed.filter((s): s is string => typeof s === 'string') : [],
      blocked: Array.isArray(sites.blocked) ? sites.blocked.filter((s): s is string => typeof s === 'string') : [],
    },
    glossary: data.glossary as GlossaryExport,
    tables,
  };
  const g = glossary.ok ? { entries: glossary.entries, edits: glossary.edits } : { entries: [], edits: [] };
  return { ok: true, backup, glossary: g, errors: glossary.ok ? glossary.errors : [], counts: { entries: g.entries.length, edits: g.edits.length, ...counts } };
}

/**
 * Restores a backup: the reader's glossary and every other table are replaced by the backup's in
 * one transaction, then the settings and site lists.
 */
export async function restoreBackup(db: BackstoryDb, parsed: Extract<ParsedBackup, { ok: true }>): Promise<void> {
  const others = db.tables.filter((t) => !DERIVED_TABLES.has(t.name));
  await db.transaction('rw', [db.glossary, db.edits, db.meta, ...others], async () => {
    await db.glossary.where('origin').equals('user').delete();
    await db.edits.clear();
    await importGlossary(db, parsed.glossary);
    for (const table of others) {
      await table.clear();
      const rows = parsed.backup.tables[table.name];
      if (rows?.length) await table.bulkPut(rows);
    }
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
}
