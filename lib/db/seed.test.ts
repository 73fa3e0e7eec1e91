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

  it('loads dated facts as they are, and refuses a pack whose fact ends before it begins, keeping the old version', async () => {
    const db = freshDb();
    const dated = pack(1, 'v1');
    const shoigu = [
      { label: 'Office', value: 'Defence Minister', from: '2012-11-06', to: '2024-05-12' },
      { label: 'Office', value: 'Secretary of the Security Council', from: '2024-05-12', source: 'https://example.org/a' },
    ];
    dated.entries[0] = { ...dated.entries[0]!, facts: shoigu };
    await seedPacks(db, [dated]);
    expect((await db.glossary.get('putin'))?.facts).toEqual(shoigu);
    const broken = pack(2, 'v2');
    broken.entries[1] = { ...broken.entries[1]!, facts: [{ label: 'Office', value: 'X', from: '2024', to: '2023-05' }] };
    await expect(seedPacks(db, [broken])).rejects.toThrow(/entry kim: fact "Office" ends \(2023-05\) before it begins \(2024\)/);
    expect(await db.packs.get('test')).toMatchObject({ version: 1 });
    expect((await db.glossary.get('putin'))?.summary).toBe('v1');
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
