/**
 * Loading bundled packs into the database. A pack is loaded when its version is newer than the one
 * stored; it replaces its own rows and never touches the reader's overlay (`edits`) or entries of
 * other origins. Running it twice changes nothing.
 */
import type { GlossaryPack } from '../glossary/types';
import { bumpRevision } from './glossary-repo';
import type { BackstoryDb } from './schema';

export interface SeedReport {
  loaded: Array<{ id: string; version: number; entries: number }>;
  skipped: string[];
}

/** Loads every pack whose bundled version is newer than the stored one, in one transaction. */
export async function seedPacks(db: BackstoryDb, packs: readonly GlossaryPack[]): Promise<SeedReport> {
  const report: SeedReport = { loaded: [], skipped: [] };
  await db.transaction('rw', db.glossary, db.packs, db.meta, async () => {
    for (const pack of packs) {
      const stored = await db.packs.get(pack.id);
      if (stored && stored.version >= pack.version) {
        report.skipped.push(pack.id);
        continue;
      }
      for (const e of pack.entries) {
        if (e.origin !== pack.id) throw new Error(`Pack ${pack.id}: entry ${e.id} has origin ${e.origin}`);
      }
      // Replace this pack's rows: entries dropped from the pack disappear, the reader's edits stay.
      await db.glossary.where('origin').equals(pack.id).delete();
      await db.glossary.bulkPut(pack.entries);
      await db.packs.put({ id: pack.id, version: pack.version, loadedAt: Date.now(), entryCount: pack.entries.length });
      report.loaded.push({ id: pack.id, version: pack.version, entries: pack.entries.length });
    }
    if (report.loaded.length > 0) await bumpRevision(db);
  });
  return report;
}
