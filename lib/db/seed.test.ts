import { afterEach, describe, expect, it } from 'vitest';
import { entry } from '../glossary/test-helpers';
import type { GlossaryPack } from '../glossary/types';
import { getEntries, glossaryRevision, loadEnabledEntries, saveEdit } from './glossary-repo';
import { BackstoryDb } from './schema';
import { seedPacks } from './seed';

let n = 0;
const opened: BackstoryDb[] = [];
function freshDb(): BackstoryDb {
  const db = new BackstoryDb(`seed-test-${Date.now()}-${n++}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const pack = (version: number, summary: string, ids = ['putin', 'kim']): GlossaryPack => ({
  id: 'test',
  version,
  title: 'Test pack',
  entries: ids.map((id) => entry(id, 'person', [id], { summary })),
});

describe('seedPacks', () => {
  it('loads a pack once: seeding again changes nothing', async () => {
    const db = freshDb();
    const first = await seedPacks(db, [pack(1, 'v1')]);
    expect(first.loaded).toEqual([{ id: 'test', version: 1, entries: 2 }]);
    const rev = await glossaryRevision(db);
    const again = await seedPacks(db, [pack(1, 'v1')]);
    expect(again.loaded).toEqual([]);
    expect(again.skipped).toEqual(['test']);
    expect(await glossaryRevision(db)).toBe(rev);
    expect(await db.glossary.count()).toBe(2);
  });

  it('keeps the reader’s edits and notes through a pack update', async () => {
    const db = freshDb();
    await seedPacks(db, [pack(1, 'v1')]);
    await saveEdit(db, 'putin', { fields: { summary: 'My own summary' }, userNotes: 'Watch the forum speech' });
    await seedPacks(db, [pack(2, 'v2')]);
    const [putin, kim] = await getEntries(db, ['putin', 'kim']);
    expect(putin).toMatchObject({ summary: 'My own summary', userNotes: 'Watch the forum speech', edited: true });
    expect(kim).toMatchObject({ summary: 'v2', edited: false });
  });

  it('removes entries a new pack version dropped, and leaves the reader’s own entries alone', async () => {
    const db = freshDb();
    await seedPacks(db, [pack(1, 'v1')]);
    await db.glossary.put(entry('mine', 'topic', ['My topic'], { origin: 'user' }));
    await seedPacks(db, [pack(2, 'v2', ['putin'])]);
    expect((await db.glossary.toArray()).map((e) => e.id).sort()).toEqual(['mine', 'putin']);
  });

  it('leaves disabled entries out of what the matcher compiles', async () => {
    const db = freshDb();
    await seedPacks(db, [pack(1, 'v1')]);
    await saveEdit(db, 'kim', { disabled: true });
    expect((await loadEnabledEntries(db)).map((e) => e.id)).toEqual(['putin']);
  });
});
