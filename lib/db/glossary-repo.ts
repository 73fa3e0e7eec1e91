/** Reads and writes of the glossary, applying the reader's overlay on top of the pack rows. */
import type { GlossaryEntry } from '../glossary/types';
import type { BackstoryDb, EditRow } from './schema';

const REVISION_KEY = 'glossaryRevision';

/** An entry as the reader sees it: pack data with the reader's edits applied. */
export interface EffectiveEntry extends GlossaryEntry {
  userNotes?: string;
  edited: boolean;
}

/** Merges a pack row with the reader's overlay. */
export function applyEdit(entry: GlossaryEntry, edit: EditRow | undefined): EffectiveEntry {
  if (!edit) return { ...entry, edited: false };
  return {
    ...entry,
    ...edit.fields,
    id: entry.id,
    origin: entry.origin,
    ...(edit.userNotes ? { userNotes: edit.userNotes } : {}),
    edited: true,
  };
}

/** Every enabled entry, overlays applied: what the matcher compiles. */
export async function loadEnabledEntries(db: BackstoryDb): Promise<EffectiveEntry[]> {
  return db.transaction('r', db.glossary, db.edits, async () => {
    const [rows, edits] = await Promise.all([db.glossary.toArray(), db.edits.toArray()]);
    const byId = new Map(edits.map((e) => [e.id, e]));
    return rows.filter((r) => !byId.get(r.id)?.disabled).map((r) => applyEdit(r, byId.get(r.id)));
  });
}

/** The effective entries for the given ids, in the same order; unknown ids are skipped. */
export async function getEntries(db: BackstoryDb, ids: readonly string[]): Promise<EffectiveEntry[]> {
  return db.transaction('r', db.glossary, db.edits, async () => {
    const [rows, edits] = await Promise.all([db.glossary.bulkGet([...ids]), db.edits.bulkGet([...ids])]);
    const out: EffectiveEntry[] = [];
    rows.forEach((row, i) => {
      if (row) out.push(applyEdit(row, edits[i]));
    });
    return out;
  });
}

/** Records the reader's change to an entry and bumps the glossary revision. */
export async function saveEdit(db: BackstoryDb, id: string, change: Omit<EditRow, 'id' | 'updatedAt'>): Promise<void> {
  await db.transaction('rw', db.edits, db.meta, async () => {
    const existing = await db.edits.get(id);
    await db.edits.put({
      ...existing,
      ...change,
      fields: { ...existing?.fields, ...change.fields },
      id,
      updatedAt: Date.now(),
    });
    await bumpRevision(db);
  });
}

/** The glossary revision: any change to entries or edits increases it, so caches know to rebuild. */
export async function glossaryRevision(db: BackstoryDb): Promise<number> {
  const row = await db.meta.get(REVISION_KEY);
  return typeof row?.value === 'number' ? row.value : 0;
}

/** Increments the revision. Call inside the transaction that changes the glossary. */
export async function bumpRevision(db: BackstoryDb): Promise<void> {
  const current = await glossaryRevision(db);
  await db.meta.put({ key: REVISION_KEY, value: current + 1 });
}

/** Adds or replaces one of the reader's own entries (origin 'user') and bumps the revision. */
export async function saveUserEntry(db: BackstoryDb, entry: GlossaryEntry): Promise<void> {
  if (entry.origin !== 'user') throw new Error('Only entries with origin "user" can be saved as the reader\'s own');
  await db.transaction('rw', db.glossary, db.meta, async () => {
    const existing = await db.glossary.get(entry.id);
    if (existing && existing.origin !== 'user') throw new Error(`An entry with id ${entry.id} already exists in pack ${existing.origin}`);
    await db.glossary.put(entry);
    await bumpRevision(db);
  });
}
