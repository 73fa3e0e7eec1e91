import { afterEach, describe, expect, it } from 'vitest';
import { buildGlossaryExport } from '../glossary-io/export';
import { parseGlossaryFile } from '../glossary-io/parse';
import { entry } from '../glossary/test-helpers';
import type { GlossaryPack } from '../glossary/types';
import { glossaryChangedAt } from './glossary-events';
import {
  addUserEntry,
  deleteEntries,
  exportGlossary,
  getEntries,
  glossaryRevision,
  importGlossary,
  listGlossary,
  loadEnabledEntries,
  planImport,
  resetEdits,
  restoreEntries,
  saveEdit,
  saveUserEntry,
  saveWikipediaEntry,
  setEntryDisabled,
} from './glossary-repo';
import { BackstoryDb } from './schema';
import { seedPacks } from './seed';

let n = 0;
const opened: BackstoryDb[] = [];
function freshDb(): BackstoryDb {
  const db = new BackstoryDb(`repo-test-${Date.now()}-${n++}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const PACK: GlossaryPack = {
  id: 'storyline',
  version: 1,
  title: 'Storyline',
  entries: [entry('putin', 'person', ['Vladimir Putin'], { origin: 'storyline' }), entry('kim', 'person', ['Kim Jong Un'], { origin: 'storyline' })],
};
const mine = (id: string, name: string) => entry(id, 'topic', [name], { origin: 'user' });

async function snapshot(db: BackstoryDb) {
  return JSON.stringify(await Promise.all([db.glossary.toArray(), db.edits.toArray(), db.meta.toArray()]));
}

describe('glossary repository: the reader’s own entries', () => {
  it('get one id scheme, user:<name>, unique even when two share a name, keeping ids stored before', async () => {
    const db = freshDb();
    await saveUserEntry(db, mine('user-kozlov-mhx1', 'Alexander Kozlov')); // an id of the side panel's former scheme
    const { id: _id, origin: _origin, ...fields } = mine('x', 'Alexander Kozlov');
    const first = await addUserEntry(db, fields, { userNotes: 'From an article' });
    const second = await addUserEntry(db, fields);
    expect([first, second]).toEqual(['user:alexander-kozlov', 'user:alexander-kozlov-2']);
    expect(await db.glossary.get(first)).toMatchObject({ origin: 'user', name: 'Alexander Kozlov' });
    expect((await listGlossary(db)).map((e) => e.id).sort()).toEqual(['user-kozlov-mhx1', 'user:alexander-kozlov', 'user:alexander-kozlov-2']);
    expect((await getEntries(db, [first]))[0]).toMatchObject({ userNotes: 'From an article' });
  });

  it('announce every write to open pages once it is committed, so no caller has to', async () => {
    const db = freshDb();
    await glossaryChangedAt.setValue(0);
    const { id: _id, origin: _origin, ...fields } = mine('x', 'Alpha');
    const id = await addUserEntry(db, fields);
    const afterAdd = await glossaryChangedAt.getValue();
    expect(afterAdd).toBeGreaterThan(0);
    await glossaryChangedAt.setValue(0);
    await setEntryDisabled(db, id, true);
    expect(await glossaryChangedAt.getValue()).toBeGreaterThan(0);
    await glossaryChangedAt.setValue(0);
    await deleteEntries(db, [id]);
    expect(await glossaryChangedAt.getValue()).toBeGreaterThan(0);
  });
});

describe('glossary repository: the reader’s glossary', () => {
  it('lists every entry with overlays and the disabled flag', async () => {
    const db = freshDb();
    await seedPacks(db, [PACK]);
    await setEntryDisabled(db, 'kim', true);
    await saveEdit(db, 'putin', { userNotes: 'Mine' });
    const list = await listGlossary(db);
    expect(list.find((e) => e.id === 'kim')).toMatchObject({ disabled: true });
    expect(list.find((e) => e.id === 'putin')).toMatchObject({ disabled: false, userNotes: 'Mine', edited: true });
    expect((await loadEnabledEntries(db)).map((e) => e.id)).toEqual(['putin']);
  });

  it('deletes the reader’s entries with undo, and refuses to delete pack entries', async () => {
    const db = freshDb();
    await seedPacks(db, [PACK]);
    await saveUserEntry(db, mine('user:a', 'Alpha'));
    await saveEdit(db, 'user:a', { userNotes: 'note' });
    const before = await db.glossary.toArray();
    const deleted = await deleteEntries(db, ['user:a']);
    expect(await db.glossary.get('user:a')).toBeUndefined();
    expect(await db.edits.get('user:a')).toBeUndefined();
    await restoreEntries(db, deleted);
    expect(await db.glossary.toArray()).toEqual(before);
    expect((await db.edits.get('user:a'))?.userNotes).toBe('note');
    await expect(deleteEntries(db, ['putin'])).rejects.toThrow(/switch it off/);
    expect(await db.glossary.get('putin')).toBeTruthy();
  });

  it('resets the reader’s change to a pack entry, with undo', async () => {
    const db = freshDb();
    await seedPacks(db, [PACK]);
    await saveEdit(db, 'putin', { fields: { summary: 'Mine' } });
    const undo = await resetEdits(db, ['putin']);
    expect((await getEntries(db, ['putin']))[0]!.summary).toBe('putin summary');
    await restoreEntries(db, undo);
    expect((await getEntries(db, ['putin']))[0]!.summary).toBe('Mine');
  });

  it('imports in one transaction: new entries, replacements, and pack ids as the reader’s overlay', async () => {
    const db = freshDb();
    await seedPacks(db, [PACK]);
    await saveUserEntry(db, mine('user:a', 'Alpha'));
    const input = {
      entries: [mine('user:a', 'Alpha v2'), mine('user:b', 'Beta'), { ...entry('putin', 'person', ['V. Putin'], { summary: 'From my file' }), origin: 'user' }],
      edits: [{ id: 'kim', userNotes: 'Imported note' }],
    };
    expect(await planImport(db, input)).toEqual({ added: 1, replaced: 1, overlaid: 1, edits: 1 });
    const rev = await glossaryRevision(db);
    const progress: number[] = [];
    await importGlossary(db, input, (done) => progress.push(done));
    expect(progress.at(-1)).toBe(4);
    expect(await glossaryRevision(db)).toBe(rev + 1);
    const [a, b, putin, kim] = await getEntries(db, ['user:a', 'user:b', 'putin', 'kim']);
    expect(a!.name).toBe('Alpha v2');
    expect(b!.origin).toBe('user');
    expect(putin).toMatchObject({ origin: 'storyline', summary: 'From my file', edited: true });
    expect(kim!.userNotes).toBe('Imported note');
    // The pack update keeps the overlay.
    await seedPacks(db, [{ ...PACK, version: 2 }]);
    expect((await getEntries(db, ['putin']))[0]!.summary).toBe('From my file');
  });

  it('writes nothing when the import transaction fails', async () => {
    const db = freshDb();
    await seedPacks(db, [PACK]);
    const before = await snapshot(db);
    const bad = { ...mine('user:x', 'X'), id: undefined as unknown as string }; // no key: IndexedDB refuses it
    await expect(importGlossary(db, { entries: [mine('user:ok', 'Ok'), bad], edits: [] })).rejects.toThrow();
    expect(await snapshot(db)).toBe(before);
  });

  it('export → import into an empty glossary → export is lossless', async () => {
    const db = freshDb();
    await seedPacks(db, [PACK]);
    await saveUserEntry(db, { ...mine('user:a', 'Alpha'), facts: [{ label: 'Since', value: '2022' }], links: [{ title: 'W', url: 'https://w.example/a' }], coordinates: { lat: 1.5, lon: 2.25 }, country: 'KP' });
    await saveEdit(db, 'putin', { fields: { summary: 'Mine', aliases: ['Vladimir Putin', 'VVP'] }, userNotes: 'note', disabled: true });
    const mineOut = await exportGlossary(db);
    const first = buildGlossaryExport(mineOut.entries, mineOut.edits, new Date(0));
    const parsed = await parseGlossaryFile(new TextEncoder().encode(JSON.stringify(first)), 'export.json');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.errors).toEqual([]);
    const other = freshDb();
    await seedPacks(other, [PACK]);
    await importGlossary(other, parsed);
    const otherOut = await exportGlossary(other);
    const second = buildGlossaryExport(otherOut.entries, otherOut.edits, new Date(0));
    expect(second).toEqual(first);
  });

  it('entries looked up on Wikipedia are the reader’s: exported, imported back as looked up, deletable with undo', async () => {
    const db = freshDb();
    await seedPacks(db, [PACK]);
    const looked = entry('wikipedia:en:Ussuriysk', 'place', ['Ussuriysk'], { origin: 'wikipedia', links: [{ title: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Ussuriysk' }] });
    await saveWikipediaEntry(db, looked, (a, b) => a === b);
    const out = await exportGlossary(db);
    expect(out.entries.map((e) => [e.id, e.origin])).toEqual([['wikipedia:en:Ussuriysk', 'wikipedia']]);

    const file = buildGlossaryExport(out.entries, out.edits, new Date(0));
    const parsed = await parseGlossaryFile(new TextEncoder().encode(JSON.stringify(file)), 'export.json');
    if (!parsed.ok) throw new Error(parsed.error);
    const other = freshDb();
    await seedPacks(other, [PACK]);
    expect((await planImport(other, parsed)).added).toBe(1);
    await importGlossary(other, parsed);
    expect((await getEntries(other, ['wikipedia:en:Ussuriysk']))[0]?.origin).toBe('wikipedia');
    // Importing the same file again replaces the looked-up entry rather than shadowing it.
    expect(await planImport(other, parsed)).toMatchObject({ added: 0, replaced: 1, overlaid: 0 });

    const deleted = await deleteEntries(other, ['wikipedia:en:Ussuriysk']);
    expect(await getEntries(other, ['wikipedia:en:Ussuriysk'])).toEqual([]);
    await restoreEntries(other, deleted);
    expect((await getEntries(other, ['wikipedia:en:Ussuriysk']))[0]?.name).toBe('Ussuriysk');
  });

  it('a file cannot claim a pack as an entry’s origin: only “wikipedia” is kept, anything else becomes the reader’s', async () => {
    const file = { entries: [{ ...mine('x', 'Xeno'), origin: 'storyline' }, { ...mine('y', 'Ypsilon'), origin: 'wikipedia' }] };
    const parsed = await parseGlossaryFile(new TextEncoder().encode(JSON.stringify(file)), 'file.json');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.entries.map((e) => e.origin)).toEqual(['user', 'wikipedia']);
  });
});
