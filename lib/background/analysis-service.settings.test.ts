import { afterEach, describe, expect, it } from 'vitest';
import { BackstoryDb } from '../db/schema';
import { entry } from '../glossary/test-helpers';
import type { MatchSettings } from '../settings/settings';
import { createAnalysisService } from './analysis-service';

let n = 0;
const opened: BackstoryDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const STORY = {
  id: 'storyline',
  version: 1,
  title: 'S',
  entries: [entry('putin', 'person', ['Vladimir Putin'], { origin: 'storyline' }), entry('russia', 'place', ['Russia'], { origin: 'storyline', demonyms: ['Russian'] })],
};
const WORLD = { id: 'world', version: 1, title: 'W', entries: [entry('nato', 'organization', ['NATO'], { origin: 'world' })] };
const TEXT = 'Vladimir Putin met NATO envoys in Russia with Russian officials.';

function setup() {
  const db = new BackstoryDb(`svc-settings-${Date.now()}-${n++}`);
  opened.push(db);
  let settings: MatchSettings = { demonyms: true, disabledKinds: [], disabledPacks: [] };
  const service = createAnalysisService(db, [STORY, WORLD], { matchSettings: async () => settings });
  const ids = async () => (await service.analyse({ text: TEXT })).mentions.map((m) => TEXT.slice(m.start, m.end));
  return { db, ids, set: (s: Partial<MatchSettings>) => (settings = { ...settings, ...s }) };
}

describe('analysis service and the reader’s match settings', () => {
  it('follows kinds, packs and demonyms without a restart', async () => {
    const { ids, set } = setup();
    expect(await ids()).toEqual(['Vladimir Putin', 'NATO', 'Russia', 'Russian']);
    set({ disabledKinds: ['person'] });
    expect(await ids()).toEqual(['NATO', 'Russia', 'Russian']);
    set({ disabledKinds: [], disabledPacks: ['world'] });
    expect(await ids()).toEqual(['Vladimir Putin', 'Russia', 'Russian']);
    set({ disabledPacks: [], demonyms: false });
    expect(await ids()).toEqual(['Vladimir Putin', 'NATO', 'Russia']);
  });

  it('loads the packs again after the database was emptied', async () => {
    const { db, ids } = setup();
    expect(await ids()).toHaveLength(4);
    await db.transaction('rw', db.tables, async () => {
      for (const t of db.tables) await t.clear();
    });
    expect(await ids()).toHaveLength(4);
  });
});

describe('warming a language’s matcher', () => {
  it('reads the settings and the glossary once per language, not again for every parsed page, and analyses stay current', async () => {
    const db = new BackstoryDb(`svc-warm-${Date.now()}-${n++}`);
    opened.push(db);
    let reads = 0;
    let settings: MatchSettings = { demonyms: true, disabledKinds: [], disabledPacks: [] };
    const service = createAnalysisService(db, [STORY, WORLD], {
      matchSettings: async () => {
        reads++;
        return settings;
      },
    });
    await service.warm('fr-FR');
    const afterFirst = reads;
    expect(afterFirst).toBeGreaterThan(0);
    await service.warm('fr');
    await service.warm('fr-CA');
    expect(reads).toBe(afterFirst);
    // The analysis itself still sees a change made after warming.
    settings = { ...settings, disabledKinds: ['person'] };
    const { mentions } = await service.analyse({ text: TEXT, meta: { url: 'https://news.example/a', lang: 'fr' } });
    expect(mentions.map((m) => TEXT.slice(m.start, m.end))).not.toContain('Vladimir Putin');
  });
});
