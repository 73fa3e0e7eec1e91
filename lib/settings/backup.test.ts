import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getEntries, saveEdit, saveUserEntry } from '../db/glossary-repo';
import { BackstoryDb } from '../db/schema';
import { seedPacks } from '../db/seed';
import { entry } from '../glossary/test-helpers';
import { getSitePolicy, setSitePolicy } from '../sites/site-settings';
import { buildBackup, deleteEverything, parseBackup, restoreBackup } from './backup';
import { getSettings, updateSettings } from './settings';

let n = 0;
const opened: BackstoryDb[] = [];
function freshDb(): BackstoryDb {
  const db = new BackstoryDb(`backup-test-${Date.now()}-${n++}`);
  opened.push(db);
  return db;
}
beforeEach(() => fakeBrowser.reset());
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const PACK = { id: 'storyline', version: 1, title: 'S', entries: [entry('putin', 'person', ['Vladimir Putin'], { origin: 'storyline' })] };

async function fill(db: BackstoryDb) {
  await seedPacks(db, [PACK]);
  await saveUserEntry(db, entry('user:a', 'topic', ['Alpha'], { origin: 'user' }));
  await saveEdit(db, 'putin', { userNotes: 'mine' });
  await updateSettings({ hoverDelayMs: 700, highlightStyle: 'first' });
  await setSitePolicy({ mode: 'allowed', allowed: ['apnews.com'], blocked: ['x.example'] });
}

describe('backup', () => {
  it('export everything → import everything restores glossary, settings and sites', async () => {
    const db = freshDb();
    await fill(db);
    const backup = await buildBackup(db);
    expect(backup.glossary.entries.map((e) => e.id)).toEqual(['user:a']);
    const text = JSON.stringify(backup);

    fakeBrowser.reset();
    const other = freshDb();
    await seedPacks(other, [PACK]);
    const parsed = await parseBackup(text, other.tables.map((t) => t.name));
    if (!parsed.ok) throw new Error(parsed.error);
    await restoreBackup(other, parsed);
    const [a, putin] = await getEntries(other, ['user:a', 'putin']);
    expect(a?.name).toBe('Alpha');
    expect(putin?.userNotes).toBe('mine');
    expect(await getSettings()).toMatchObject({ hoverDelayMs: 700, highlightStyle: 'first' });
    expect(await getSitePolicy()).toEqual({ mode: 'allowed', allowed: ['apnews.com'], blocked: ['x.example'] });
  });

  it('refuses files that are not backups, and writes nothing', async () => {
    const db = freshDb();
    expect(await parseBackup('not json', [])).toMatchObject({ ok: false });
    expect(await parseBackup('{"entries": []}', [])).toMatchObject({ ok: false, error: expect.stringMatching(/not a Backstory backup/) });
    expect(await parseBackup(JSON.stringify({ format: 'backstory-backup', formatVersion: 1, tables: { evil: [] } }), db.tables.map((t) => t.name))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/unknown table/),
    });
  });

  it('delete everything leaves an empty database and default settings', async () => {
    const db = freshDb();
    await fill(db);
    await deleteEverything(db);
    for (const t of db.tables) expect(await t.count()).toBe(0);
    expect((await getSettings()).hoverDelayMs).toBe(400);
    expect((await getSitePolicy()).blocked).toEqual([]);
  });
});
