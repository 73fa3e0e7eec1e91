import { afterEach, describe, expect, it } from 'vitest';
import { entry } from '../glossary/test-helpers';
import type { MatchSettings } from '../settings/settings';
import { loadCompiledMatcher, loadMatchIndex, MATCH_INDEX_FORMAT } from './match-index';
import { BackstoryDb } from './schema';

let n = 0;
const opened: BackstoryDb[] = [];
async function freshDb(): Promise<BackstoryDb> {
  const db = new BackstoryDb(`match-index-test-${Date.now()}-${n++}`);
  opened.push(db);
  await db.glossary.bulkPut([entry('putin', 'person', ['Vladimir Putin'], { origin: 'storyline' }), entry('russia', 'place', ['Russia'], { origin: 'world', demonyms: ['Russian'] })]);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const ALL_ON: MatchSettings = { demonyms: true, disabledKinds: [], disabledPacks: [] };
const TEXT = 'Vladimir Putin and Russian officials in Russia';
const found = (m: { match(t: string): Array<{ start: number; end: number }> }) => m.match(TEXT).map((x) => TEXT.slice(x.start, x.end));
/** Waits for the compiled row's write, which `loadCompiledMatcher` does not await. */
async function storedCompiled(db: BackstoryDb) {
  for (let i = 0; i < 50; i++) {
    const row = await db.meta.get('matcherCompiled');
    if (row) return row.value as { revision: number; settings: string };
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('the compiled matcher was never stored');
}

describe('the stored compiled matcher', () => {
  it('is restored on the next load of the same revision and settings, without reading the glossary', async () => {
    const db = await freshDb();
    const first = await loadCompiledMatcher(db, 1, ALL_ON);
    expect(found(first.matcher)).toEqual(['Vladimir Putin', 'Russian', 'Russia']);
    expect([...first.ids].sort()).toEqual(['putin', 'russia']);
    expect(await storedCompiled(db)).toMatchObject({ revision: 1 });
    // The glossary changes behind the revision's back: a restored matcher cannot know.
    await db.glossary.clear();
    await db.meta.delete('matchIndex');
    const again = await loadCompiledMatcher(db, 1, ALL_ON);
    expect(found(again.matcher)).toEqual(['Vladimir Putin', 'Russian', 'Russia']);
    expect([...again.ids].sort()).toEqual(['putin', 'russia']);
  });

  it('is compiled again when the revision or the match settings moved', async () => {
    const db = await freshDb();
    await loadCompiledMatcher(db, 1, ALL_ON);
    await storedCompiled(db);
    expect(found((await loadCompiledMatcher(db, 1, { ...ALL_ON, demonyms: false })).matcher)).toEqual(['Vladimir Putin', 'Russia']);
    expect(found((await loadCompiledMatcher(db, 1, { ...ALL_ON, disabledPacks: ['world'] })).matcher)).toEqual(['Vladimir Putin']);
    await db.glossary.delete('putin');
    expect(found((await loadCompiledMatcher(db, 2, ALL_ON)).matcher)).toEqual(['Russian', 'Russia']);
  });

  it('rebuilds a damaged row or a row of another format instead of misreading it', async () => {
    const db = await freshDb();
    await loadCompiledMatcher(db, 1, ALL_ON);
    const good = await storedCompiled(db);
    await db.meta.put({ key: 'matcherCompiled', value: { ...good, data: { ...(good as unknown as { data: object }).data, payloadNext: null } } });
    expect(found((await loadCompiledMatcher(db, 1, ALL_ON)).matcher)).toEqual(['Vladimir Putin', 'Russian', 'Russia']);
    await db.meta.put({ key: 'matcherCompiled', value: { ...good, format: MATCH_INDEX_FORMAT - 1 } });
    await db.glossary.delete('putin');
    await db.meta.delete('matchIndex');
    expect(found((await loadCompiledMatcher(db, 1, ALL_ON)).matcher)).toEqual(['Russian', 'Russia']);
  });

  it('carries a region’s towns and a well-known person through the stored rows to the restored matcher', async () => {
    const db = new BackstoryDb(`match-index-test-${Date.now()}-${n++}`);
    opened.push(db);
    await db.glossary.bulkPut([
      entry('region-us-ga', 'place', ['Georgia'], { origin: 'regions', towns: ['Athens'] }),
      entry('city-athens', 'place', ['Athens'], { origin: 'world', related: ['country-gr'] }),
      entry('trump', 'person', ['Donald Trump'], { origin: 'news', shortNames: ['Trump'], wellKnown: true }),
    ]);
    const text = 'Voters in Georgia heard a call with Trump. He campaigned in Athens.';
    const surfaces = (m: { match(t: string): Array<{ start: number; end: number }> }) => m.match(text).map((x) => text.slice(x.start, x.end));
    expect(surfaces((await loadCompiledMatcher(db, 1, ALL_ON)).matcher)).toEqual(['Georgia', 'Trump']);
    expect((await loadMatchIndex(db, 1)).find((e) => e.id === 'region-us-ga')?.towns).toEqual(['Athens']);
    await storedCompiled(db);
    await db.glossary.clear();
    expect(surfaces((await loadCompiledMatcher(db, 1, ALL_ON)).matcher)).toEqual(['Georgia', 'Trump']);
  });

  it('reads a names row of the first format (no format number) as stale', async () => {
    const db = await freshDb();
    await db.meta.put({ key: 'matchIndex', value: JSON.stringify({ revision: 1, entries: [] }) });
    expect((await loadMatchIndex(db, 1)).map((e) => e.id).sort()).toEqual(['putin', 'russia']);
  });
});
