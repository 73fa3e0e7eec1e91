import { describe, expect, it } from 'vitest';
import { ambiguousRows, entityCount, groupEntities, namedForArticle, type EntityInfo, type NameableEntry, type PanelMention } from './entities';

const ENTRIES = new Map<string, EntityInfo>([
  ['kim', { id: 'kim', kind: 'person', name: 'Kim Jong Un' }],
  ['putin', { id: 'putin', kind: 'person', name: 'Vladimir Putin' }],
  ['russia', { id: 'russia', kind: 'place', name: 'Russia' }],
  ['kcna', { id: 'kcna', kind: 'organization', name: 'Korean Central News Agency' }],
  ['war', { id: 'war', kind: 'event', name: 'Russian invasion of Ukraine' }],
]);

const m = (entryId: string | null, start: number, candidates?: string[]): PanelMention => ({ entryId, start, end: start + 3, ...(candidates ? { candidates } : {}) });

const MENTIONS: PanelMention[] = [
  m('russia', 5),
  m('kim', 10),
  m('putin', 40),
  m('kim', 60),
  m('putin', 70),
  m('kim', 90),
  m('kcna', 100),
  m('war', 120),
  m('ghost', 130), // an entry deleted since the analysis
  m(null, 140, ['kim', 'kim-yo-jong']),
];

describe('entity grouping', () => {
  it('groups by kind in the panel order and omits empty groups', () => {
    const groups = groupEntities(MENTIONS, ENTRIES, 'first');
    expect(groups.map((g) => g.label)).toEqual(['People', 'Places', 'Organisations', 'Events']);
  });

  it('counts every mention of an entity and keeps their spans', () => {
    const people = groupEntities(MENTIONS, ENTRIES, 'first')[0]!;
    const kim = people.rows.find((r) => r.id === 'kim')!;
    expect(kim.count).toBe(3);
    expect(kim.mentions.map((s) => s.start)).toEqual([10, 60, 90]);
  });

  it('orders by first mention or by frequency', () => {
    const byFirst = groupEntities([m('putin', 1), m('kim', 5), m('kim', 9), m('kim', 12)], ENTRIES, 'first')[0]!;
    expect(byFirst.rows.map((r) => r.id)).toEqual(['putin', 'kim']);
    const byCount = groupEntities([m('putin', 1), m('kim', 5), m('kim', 9), m('kim', 12)], ENTRIES, 'frequency')[0]!;
    expect(byCount.rows.map((r) => r.id)).toEqual(['kim', 'putin']);
  });

  it('breaks frequency ties by first mention', () => {
    const rows = groupEntities([m('kim', 50), m('putin', 10), m('kim', 60), m('putin', 70)], ENTRIES, 'frequency')[0]!.rows;
    expect(rows.map((r) => r.id)).toEqual(['putin', 'kim']);
  });

  it('lists unresolved names with their readings, by what the article wrote', () => {
    const text = ' '.repeat(140) + 'Kim’s';
    const rows = ambiguousRows([...MENTIONS, { entryId: null, start: 140, end: 145, candidates: ['kim-yo-jong', 'kim'] }], text);
    // "Kim" and the possessive "Kim’s" are one unresolved name with the same two readings.
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ surface: 'Kim', candidates: ['kim', 'kim-yo-jong'], count: 2 });
    const noText = ambiguousRows(MENTIONS, null);
    expect(noText).toEqual([{ key: '|kim,kim-yo-jong', surface: '', candidates: ['kim', 'kim-yo-jong'], count: 1, first: 140, mentions: [{ start: 140, end: 143 }] }]);
  });

  it('counts distinct resolved entities', () => {
    expect(entityCount(MENTIONS)).toBe(6);
  });
});

describe('entities named as the article names them', () => {
  const korea = { name: 'North Korea', localNames: { fr: { name: 'Corée du Nord' }, de: { name: 'Nordkorea' } } };
  const entries = new Map<string, NameableEntry>([
    ['north-korea', korea],
    ['mine', { ...korea, name: 'My Korea', edited: true }],
    ['plain', { name: 'Pyongyang' }],
  ]);

  it('uses the name of the declared language, with the English name kept beside it', () => {
    const { entries: named, english } = namedForArticle(entries, 'fr-FR', null);
    expect(named.get('north-korea')?.name).toBe('Corée du Nord');
    expect(english.get('north-korea')).toBe('North Korea');
    expect(named.get('plain')?.name).toBe('Pyongyang');
    expect(english.has('plain')).toBe(false);
  });

  it('detects the language when the page declares none, and keeps a name the reader gave', () => {
    const text = 'Le président a dit que la Corée du Nord et la Russie ont signé un accord pour les années à venir, selon les médias qui ont été informés.';
    const { entries: named } = namedForArticle(entries, null, text);
    expect(named.get('north-korea')?.name).toBe('Corée du Nord');
    expect(named.get('mine')?.name).toBe('My Korea');
  });

  it('names entries in English on an English page', () => {
    expect(namedForArticle(entries, 'en', null).entries.get('north-korea')?.name).toBe('North Korea');
  });
});
