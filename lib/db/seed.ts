/**
 * Loading bundled packs into the database. A pack is loaded when its version is newer than the one
 * stored; it replaces its own rows and never touches the reader's overlay (`edits`) or entries of
 * other origins. Running it twice changes nothing.
 */
import { factDateProblems } from '../glossary/dated-facts';
import type { PackSource } from '../glossary/packs/sources';
import type { GlossaryPack } from '../glossary/types';
import { bumpRevision } from './glossary-repo';
import type { BackstoryDb } from './schema';

export interface SeedReport {
  loaded: Array<{ id: string; version: number; entries: number }>;
  skipped: string[];
}

/**
 * Loads every pack whose bundled version is newer than the stored one, in one transaction. Packs
 * may be given as data or as sources; a source's data is read only when it is needed, and before
 * the transaction opens (IndexedDB transactions cannot wait on a fetch).
 */
export async function seedPacks(db: BackstoryDb, packs: ReadonlyArray<GlossaryPack | PackSource>): Promise<SeedReport> {
  const report: SeedReport = { loaded: [], skipped: [] };
  const stored = new Map((await db.packs.toArray()).map((p) => [p.id, p.version]));
  const needed: GlossaryPack[] = [];
  for (const pack of packs) {
    if ((stored.get(pack.id) ?? 0) >= pack.version) report.skipped.push(pack.id);
    else needed.push('entries' in pack ? pack : await pack.load());
  }
  if (needed.length === 0) return report;
  await db.transaction('rw', db.glossary, db.packs, db.meta, async () => {
    for (const pack of needed) {
      const current = await db.packs.get(pack.id);
      if (current && current.version >= pack.version) {
        report.skipped.push(pack.id);
        continue;
      }
      for (const e of pack.entries) {
        if (e.origin !== pack.id) throw new Error(`Pack ${pack.id}: entry ${e.id} has origin ${e.origin}`);
        const problems = factDateProblems(e.facts);
        if (problems.length > 0) throw new Error(`Pack ${pack.id}: entry ${e.id}: ${problems.join('; ')}`);
      }
      // Replace this pack's rows: entries dropped from the pack disappear, the reader's edits stay.
      await db.glossary.where('origin').equals(pack.id).delete();
      await db.glossary.bulkPut(pack.entries);
      const asOf = pack.entries.reduce((latest, e) => (e.asOf > latest ? e.asOf : latest), '');
      await db.packs.put({ id: pack.id, version: pack.version, loadedAt: Date.now(), entryCount: pack.entries.length, ...(asOf ? { asOf } : {}) });
      report.loaded.push({ id: pack.id, version: pack.version, entries: pack.entries.length });
    }
    if (report.loaded.length > 0) await bumpRevision(db);
  });
  return report;
}
