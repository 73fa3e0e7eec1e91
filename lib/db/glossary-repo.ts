/**
 * Reads and writes of the glossary, applying the reader's overlay on top of the pack rows. Every
 * write announces itself once committed (`announceGlossaryChange`), so open pages re-analyse and no
 * caller has to remember to.
 */
import Dexie from 'dexie';
import { userEntryId } from '../glossary-io/ids';
import type { GlossaryEntry } from '../glossary/types';
import { announceGlossaryChange } from './glossary-events';
import type { BackstoryDb, EditRow, GlossaryRow, PackRow } from './schema';

/**
 * Waits for a write and tells open pages the glossary changed. Inside a caller's own transaction
 * (a backup being restored) nothing is announced yet: awaiting storage there would end the
 * transaction early, and the caller announces once its transaction commits.
 */
async function announced<T>(write: Promise<T>): Promise<T> {
  const result = await write;
  if (!Dexie.currentTransaction) await announceGlossaryChange();
  return result;
}

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
  return (await getEntriesWithRows(db, ids)).map((e) => e.entry);
}

/**
 * Like `getEntries`, with each entry's row underneath and the fields the reader changed: what tells
 * a bundled name from one the reader added (lib/glossary/reader-names.ts).
 */
export async function getEntriesWithRows(db: BackstoryDb, ids: readonly string[]): Promise<Array<{ entry: EffectiveEntry; row: GlossaryRow; fields: EditRow['fields'] }>> {
  return db.transaction('r', db.glossary, db.edits, async () => {
    const [rows, edits] = await Promise.all([db.glossary.bulkGet([...ids]), db.edits.bulkGet([...ids])]);
    const out: Array<{ entry: EffectiveEntry; row: GlossaryRow; fields: EditRow['fields'] }> = [];
    rows.forEach((row, i) => {
      if (row) out.push({ entry: applyEdit(row, edits[i]), row, fields: edits[i]?.fields });
    });
    return out;
  });
}

/** Records the reader's change to an entry and bumps the glossary revision. */
export async function saveEdit(db: BackstoryDb, id: string, change: Omit<EditRow, 'id' | 'updatedAt'>): Promise<void> {
  await announced(db.transaction('rw', db.edits, db.meta, async () => {
    const existing = await db.edits.get(id);
    await db.edits.put({
      ...existing,
      ...change,
      fields: { ...existing?.fields, ...change.fields },
      id,
      updatedAt: Date.now(),
    });
    await bumpRevision(db);
  }));
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
  await announced(db.transaction('rw', db.glossary, db.meta, async () => {
    const existing = await db.glossary.get(entry.id);
    if (existing && existing.origin !== 'user') throw new Error(`An entry with id ${entry.id} already exists in pack ${existing.origin}`);
    await db.glossary.put(entry);
    await bumpRevision(db);
  }));
}

/** What `saveWikipediaEntry` did: stored the entry, or found the same article already in the glossary. */
export type WikipediaSaveResult = { outcome: 'saved'; entry: GlossaryEntry } | { outcome: 'known'; entry: GlossaryEntry };

/**
 * Stores an entry looked up on Wikipedia (origin 'wikipedia'), in one transaction that bumps the
 * revision. Looking the same article up again updates it and keeps the aliases of earlier look-ups.
 * When a pack or reader entry already links to the same article, nothing is written and that entry
 * is returned instead: a looked-up copy would outrank the richer pack entry in the matcher.
 */
export async function saveWikipediaEntry(
  db: BackstoryDb,
  entry: GlossaryEntry,
  sameArticle: (a: string, b: string) => boolean,
): Promise<WikipediaSaveResult> {
  if (entry.origin !== WIKIPEDIA) throw new Error('Only entries with origin "wikipedia" can be saved as looked up');
  const article = entry.links[0]?.url;
  return announced(db.transaction('rw', db.glossary, db.meta, async () => {
    if (article) {
      const known = await db.glossary.filter((r) => r.origin !== WIKIPEDIA && r.links.some((l) => sameArticle(l.url, article))).first();
      if (known) return { outcome: 'known', entry: known };
    }
    const existing = await db.glossary.get(entry.id);
    if (existing && existing.origin !== WIKIPEDIA) throw new Error(`An entry with id ${entry.id} already exists in ${existing.origin}`);
    const union = (a: readonly string[] = [], b: readonly string[] = []) => [...new Map([...a, ...b].map((s) => [s.toLowerCase(), s])).values()];
    const shortNames = union(existing?.shortNames, entry.shortNames);
    const merged: GlossaryEntry = {
      ...entry,
      aliases: union(existing?.aliases, entry.aliases),
      ...(shortNames.length ? { shortNames } : {}),
    };
    await db.glossary.put(merged);
    await bumpRevision(db);
    return { outcome: 'saved', entry: merged };
  }));
}

/** An entry as the Glossary page lists it: overlay applied, and whether it is switched off. */
export interface ListedEntry extends EffectiveEntry {
  disabled: boolean;
}

/** Every entry, enabled or not, overlays applied, for browsing. */
export async function listGlossary(db: BackstoryDb): Promise<ListedEntry[]> {
  return db.transaction('r', db.glossary, db.edits, async () => {
    const [rows, edits] = await Promise.all([db.glossary.toArray(), db.edits.toArray()]);
    const byId = new Map(edits.map((e) => [e.id, e]));
    return rows.map((r) => ({ ...applyEdit(r, byId.get(r.id)), disabled: !!byId.get(r.id)?.disabled }));
  });
}

/** One entry with its overlay, and the raw pack/user row underneath (for "reset my changes"). */
export async function getEntryDetail(db: BackstoryDb, id: string): Promise<{ row: GlossaryRow; edit: EditRow | undefined; entry: ListedEntry } | undefined> {
  return db.transaction('r', db.glossary, db.edits, async () => {
    const [row, edit] = await Promise.all([db.glossary.get(id), db.edits.get(id)]);
    if (!row) return undefined;
    return { row, edit, entry: { ...applyEdit(row, edit), disabled: !!edit?.disabled } };
  });
}

/**
 * Switches an entry off or on (kept in the reader's overlay, so it survives pack updates); the
 * overlay's other changes stay, and an overlay left empty is dropped.
 */
export async function setEntryDisabled(db: BackstoryDb, id: string, disabled: boolean): Promise<void> {
  const edit = await db.edits.get(id);
  await replaceEdit(db, id, { fields: edit?.fields, userNotes: edit?.userNotes, disabled });
}

/**
 * Adds one of the reader's own entries under a fresh id (`userEntryId`: the one id scheme of the
 * reader's entries, shared with imports), with its notes and switch in the overlay. Returns the id.
 */
export async function addUserEntry(db: BackstoryDb, entry: Omit<GlossaryEntry, 'id' | 'origin'>, overlay: Omit<EditRow, 'id' | 'updatedAt'> = {}): Promise<string> {
  return announced(
    db.transaction('rw', db.glossary, db.edits, db.meta, async () => {
      const taken = new Set((await db.glossary.toCollection().primaryKeys()) as string[]);
      const id = userEntryId(entry.name, taken);
      await saveUserEntry(db, { ...entry, id, origin: USER });
      await replaceEdit(db, id, overlay);
      return id;
    }),
  );
}

/** Replaces one of the reader's own entries and its overlay (notes, switch), in one transaction. */
export async function saveOwnEntry(db: BackstoryDb, entry: GlossaryEntry, overlay: Omit<EditRow, 'id' | 'updatedAt'>): Promise<void> {
  await announced(
    db.transaction('rw', db.glossary, db.edits, db.meta, async () => {
      await saveUserEntry(db, { ...entry, origin: USER });
      await replaceEdit(db, entry.id, overlay);
    }),
  );
}

/** Every glossary row as stored (no overlays): what saved articles' names were resolved against. */
export async function glossaryRows(db: BackstoryDb): Promise<GlossaryRow[]> {
  return db.glossary.toArray();
}

/** The packs loaded in the database (name, version, entry count). */
export async function listPacks(db: BackstoryDb): Promise<PackRow[]> {
  return db.packs.toArray();
}

/** How many entries the reader looked up on Wikipedia. */
export async function countLookedUp(db: BackstoryDb): Promise<number> {
  return db.glossary.where('origin').equals(WIKIPEDIA).count();
}

/** The entries with these ids, plus the entries they relate to (for clickable related names), by id. */
export async function entriesWithRelated(db: BackstoryDb, ids: readonly string[]): Promise<Map<string, EffectiveEntry>> {
  const base = await getEntries(db, ids);
  const known = new Set(ids);
  const related = [...new Set(base.flatMap((e) => e.related))].filter((id) => !known.has(id));
  const more = related.length ? await getEntries(db, related) : [];
  return new Map([...base, ...more].map((e) => [e.id, e]));
}

/** Every name the glossary knows (names, aliases, short names, demonyms, common-word aliases), folded by `fold`. */
export async function knownNames(db: BackstoryDb, fold: (s: string) => string): Promise<Set<string>> {
  const out = new Set<string>();
  await db.glossary.each((r) => {
    for (const n of [r.name, ...r.aliases, ...(r.shortNames ?? []), ...(r.demonyms ?? []), ...(r.commonWordAliases ?? [])]) out.add(fold(n));
  });
  return out;
}

/** What a deletion removed, to put it back ("Undo"). */
export interface DeletedEntries {
  rows: GlossaryRow[];
  edits: EditRow[];
}

/**
 * Deletes the reader's own entries (and those looked up on Wikipedia) and their overlays, in one
 * transaction. Pack entries cannot be deleted (the next pack update would bring them back): switch
 * them off instead.
 */
export async function deleteEntries(db: BackstoryDb, ids: readonly string[]): Promise<DeletedEntries> {
  return announced(db.transaction('rw', db.glossary, db.edits, db.meta, async () => {
    const rows = (await db.glossary.bulkGet([...ids])).filter((r): r is GlossaryRow => !!r);
    const packRow = rows.find((r) => r.origin !== USER && r.origin !== WIKIPEDIA);
    if (packRow) throw new Error(`“${packRow.name}” comes from the ${packRow.origin} pack: switch it off instead of deleting it`);
    const edits = (await db.edits.bulkGet(rows.map((r) => r.id))).filter((e): e is EditRow => !!e);
    await db.glossary.bulkDelete(rows.map((r) => r.id));
    await db.edits.bulkDelete(edits.map((e) => e.id));
    await bumpRevision(db);
    return { rows, edits };
  }));
}

/** Undoes `deleteEntries` (or `resetEdits`): puts the rows and overlays back exactly as they were. */
export async function restoreEntries(db: BackstoryDb, deleted: DeletedEntries): Promise<void> {
  await announced(db.transaction('rw', db.glossary, db.edits, db.meta, async () => {
    await db.glossary.bulkPut(deleted.rows);
    await db.edits.bulkPut(deleted.edits);
    await bumpRevision(db);
  }));
}

/** Drops the reader's overlay on entries (back to the pack's version). Returns what was dropped, for undo. */
export async function resetEdits(db: BackstoryDb, ids: readonly string[]): Promise<DeletedEntries> {
  return announced(db.transaction('rw', db.edits, db.meta, async () => {
    const edits = (await db.edits.bulkGet([...ids])).filter((e): e is EditRow => !!e);
    await db.edits.bulkDelete(edits.map((e) => e.id));
    await bumpRevision(db);
    return { rows: [], edits };
  }));
}

const USER = 'user';
/** Entries looked up on Wikipedia: the reader asked for them, so the reader may delete them. */
const WIKIPEDIA = 'wikipedia';

/** How an import would change the glossary, computed before anything is written. */
export interface ImportPlan {
  /** New entries of the reader's own. */
  added: number;
  /** The reader's own entries replaced by the file's version. */
  replaced: number;
  /** File entries whose id is a pack entry: stored as the reader's change to that entry. */
  overlaid: number;
  /** Changes to entries (`edits` of an export). */
  edits: number;
}

type ImportInput = { entries: readonly GlossaryEntry[]; edits: ReadonlyArray<Omit<EditRow, 'updatedAt'>> };

/** Works out what `importGlossary` would do, without writing. */
export async function planImport(db: BackstoryDb, input: ImportInput): Promise<ImportPlan> {
  const existing = await db.glossary.bulkGet(input.entries.map((e) => e.id));
  const plan: ImportPlan = { added: 0, replaced: 0, overlaid: 0, edits: input.edits.length };
  existing.forEach((row) => {
    if (!row) plan.added++;
    else if (row.origin === USER || row.origin === WIKIPEDIA) plan.replaced++;
    else plan.overlaid++;
  });
  return plan;
}

/**
 * Writes an import in one transaction: all of it or, if anything fails, none of it. Entries become
 * the reader's own (`origin: 'user'`; those marked as looked up on Wikipedia stay so); an entry whose id belongs to a pack becomes the reader's
 * change to that pack entry, so a pack update never overwrites it. `onProgress` reports written rows.
 */
export async function importGlossary(db: BackstoryDb, input: ImportInput, onProgress?: (done: number, total: number) => void): Promise<ImportPlan> {
  const total = input.entries.length + input.edits.length;
  return announced(db.transaction('rw', db.glossary, db.edits, db.meta, async () => {
    const plan = await planImport(db, input);
    const existing = await db.glossary.bulkGet(input.entries.map((e) => e.id));
    const rows: GlossaryRow[] = [];
    const overlays: EditRow[] = [];
    const now = Date.now();
    input.entries.forEach((entry, i) => {
      const row = existing[i];
      if (row && row.origin !== USER && row.origin !== WIKIPEDIA) {
        const { id: _id, origin: _origin, ...fields } = entry;
        overlays.push({ id: entry.id, fields, updatedAt: now });
      } else {
        rows.push({ ...entry, origin: entry.origin === WIKIPEDIA ? WIKIPEDIA : USER });
      }
    });
    const CHUNK = 2000;
    for (let i = 0; i < rows.length; i += CHUNK) {
      await db.glossary.bulkPut(rows.slice(i, i + CHUNK));
      onProgress?.(Math.min(i + CHUNK, rows.length), total);
    }
    // An overlay from the file merges with the reader's existing change to the same entry.
    const priorEdits = await db.edits.bulkGet([...overlays.map((o) => o.id), ...input.edits.map((e) => e.id)]);
    const merged = [...overlays, ...input.edits.map((e) => ({ ...e, updatedAt: now }))].map((edit, i) => {
      const prior = priorEdits[i];
      return prior ? { ...prior, ...edit, fields: { ...prior.fields, ...edit.fields } } : edit;
    });
    await db.edits.bulkPut(merged);
    onProgress?.(total, total);
    await bumpRevision(db);
    return plan;
  }));
}

/** The reader's part of the glossary: own entries, those looked up on Wikipedia, and every overlay, for export. */
export async function exportGlossary(db: BackstoryDb): Promise<{ entries: GlossaryEntry[]; edits: Array<Omit<EditRow, 'updatedAt'>> }> {
  return db.transaction('r', db.glossary, db.edits, async () => {
    const [entries, edits] = await Promise.all([db.glossary.where('origin').anyOf([USER, WIKIPEDIA]).toArray(), db.edits.toArray()]);
    return { entries, edits: edits.map(({ updatedAt: _u, ...rest }) => rest) };
  });
}

/**
 * Sets the reader's whole overlay on an entry (what the editor shows is what is stored), or drops it
 * when nothing is left in it. Unlike `saveEdit`, fields not given are removed from the overlay.
 */
export async function replaceEdit(db: BackstoryDb, id: string, edit: Omit<EditRow, 'id' | 'updatedAt'>): Promise<void> {
  await announced(db.transaction('rw', db.edits, db.meta, async () => {
    const fields = edit.fields && Object.keys(edit.fields).length > 0 ? edit.fields : undefined;
    const userNotes = edit.userNotes?.trim() ? edit.userNotes : undefined;
    if (!fields && !userNotes && !edit.disabled) await db.edits.delete(id);
    else await db.edits.put({ id, updatedAt: Date.now(), ...(fields ? { fields } : {}), ...(userNotes ? { userNotes } : {}), ...(edit.disabled ? { disabled: true } : {}) });
    await bumpRevision(db);
  }));
}
