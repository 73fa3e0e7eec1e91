import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGlossaryExport } from './export';
import { decodeText, parseGlossaryFile } from './parse';

const bytes = (s: string) => new TextEncoder().encode(s);

const GOOD_PACK = {
  id: 'mine',
  version: 3,
  title: 'My pack',
  entries: [
    {
      id: 'user:choe-son-hui',
      kind: 'person',
      name: 'Choe Son Hui',
      aliases: ['Choe Son-hui'],
      summary: 'Foreign Minister of North Korea',
      notes: 'First woman in the post.',
      facts: [{ label: 'In office since', value: 'June 2022' }],
      related: ['kim-jong-un'],
      links: [{ title: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Choe_Son_Hui' }],
      asOf: '2024-12-31',
      origin: 'mine',
    },
    { kind: 'place', name: 'Khasan', coordinates: { lat: 42.43, lon: 130.64 }, country: 'RU' },
  ],
};

describe('JSON import', () => {
  it('reads a pack file: every entry becomes the reader’s, ids kept or made from the name', async () => {
    const r = await parseGlossaryFile(bytes(JSON.stringify(GOOD_PACK)), 'pack.json');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => [e.id, e.origin])).toEqual([
      ['user:choe-son-hui', 'user'],
      ['user:khasan', 'user'],
    ]);
    expect(r.entries[1]).toMatchObject({ aliases: [], summary: '', notes: '', facts: [], links: [], coordinates: { lat: 42.43, lon: 130.64 } });
    expect(r.entries[1]!.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('reports every bad row with its number and what is wrong', async () => {
    const file = {
      entries: [
        GOOD_PACK.entries[0],
        { kind: 'planet', name: 'Mars' },
        { kind: 'person', name: '' },
        { kind: 'topic', name: 'Sanctions', links: [{ title: 'x', url: 'javascript:alert(1)' }] },
        { kind: 'person', name: 'Again', id: 'user:choe-son-hui' },
        'not an object',
      ],
    };
    const r = await parseGlossaryFile(bytes(JSON.stringify(file)), 'bad.json');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.entries).toHaveLength(1);
    expect(r.errors.map((e) => e.row)).toEqual([2, 3, 4, 5, 6]);
    expect(r.errors[0]).toMatchObject({ label: 'Mars' });
    expect(r.errors[0]!.message).toMatch(/kind must be one of person, place/);
    expect(r.errors[1]!.message).toMatch(/name is empty/);
    expect(r.errors[2]!.message).toMatch(/links\.\[1\]\.url must be an http\(s\) address/);
    expect(r.errors[3]!.message).toMatch(/used twice \(first in row 1\)/);
  });

  it('refuses JSON that is no glossary, or broken', async () => {
    expect(await parseGlossaryFile(bytes('{"hello": 1}'), 'x.json')).toMatchObject({ ok: false, error: expect.stringMatching(/no glossary/) });
    expect(await parseGlossaryFile(bytes('{"entries": [}'), 'x.json')).toMatchObject({ ok: false, error: expect.stringMatching(/not valid JSON/) });
    expect(await parseGlossaryFile(bytes('{"entries": []}'), 'x.json')).toMatchObject({ ok: false, error: 'The file holds no entries.' });
  });
});

describe('CSV import', () => {
  it('reads name, kind, aliases, summary, notes (header in any case, aliases split on ; or |)', async () => {
    const csv = 'Name,Kind,Aliases,Summary,Notes\n"Choe Son Hui",person,"Choe Son-hui; Choe",Foreign Minister,"Line one\nline two"\nKhasan,Place,Hasan|Xasan,Border town,\nRosatom,organisation,,Russian state nuclear company,\n';
    const r = await parseGlossaryFile(bytes(csv), 'g.csv');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => [e.name, e.kind, e.aliases])).toEqual([
      ['Choe Son Hui', 'person', ['Choe Son-hui', 'Choe']],
      ['Khasan', 'place', ['Hasan', 'Xasan']],
      ['Rosatom', 'organization', []],
    ]);
    expect(r.entries[0]!.notes).toBe('Line one\nline two');
  });

  it('reports each bad row by its spreadsheet row number (header is row 1)', async () => {
    const csv = 'name,kind,aliases,summary,notes\nGood,person,,ok,\n,place,,no name,\nBad kind,animal,,x,\nAlso good,topic,,y,\n';
    const r = await parseGlossaryFile(bytes(csv), 'g.csv');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.entries.map((e) => e.name)).toEqual(['Good', 'Also good']);
    expect(r.errors).toEqual([
      { row: 3, label: undefined, message: 'name is empty' },
      { row: 4, label: 'Bad kind', message: 'kind must be one of person, place, organization, topic, event' },
    ]);
  });

  it('needs a header with name and kind', async () => {
    const r = await parseGlossaryFile(bytes('Kim,person\nPutin,person\n'), 'g.csv');
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/header row/) });
  });

  it('reports a row with a broken quote on its own row, and no row after the last', async () => {
    const r = await parseGlossaryFile(bytes('name,kind\nGood,person\n"Broken,place\n'), 'g.csv');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.entries.map((e) => e.name)).toEqual(['Good']);
    expect(r.errors).toEqual([{ row: 3, label: 'Broken,place', message: 'the row is malformed: Quoted field unterminated' }]);
  });

  it('numbers rows as records, blank lines left out, and reports a row with too many or too few fields', async () => {
    const r = await parseGlossaryFile(bytes('Name, Kind ,Aliases\n\nKim,person,"Kim Jong Un\nKJU"\nPutin,person,x,extra\nXi\nMacron,person,\n'), 'g.csv');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.entries.map((e) => e.name)).toEqual(['Kim', 'Macron']);
    expect(r.rows).toBe(4);
    expect(r.errors).toEqual([
      { row: 3, label: 'Putin', message: 'the row is malformed: Too many fields: expected 3 fields but parsed 4' },
      { row: 4, label: 'Xi', message: 'the row is malformed: Too few fields: expected 3 fields but parsed 1' },
    ]);
  });
});

describe('files that are not glossaries', () => {
  it('random bytes get a clear error, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 400 }), async (data) => {
        const r = await parseGlossaryFile(data, 'random.bin');
        if (r.ok) {
          // Printable garbage can parse as CSV only with a name,kind header: then every row is checked.
          expect(r.entries.length + r.errors.length).toBeGreaterThanOrEqual(0);
        } else {
          expect(r.error.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 300 },
    );
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0xff, 0xfe]);
    expect(await parseGlossaryFile(png, 'image.png')).toMatchObject({ ok: false, error: expect.stringMatching(/not a text file|binary/) });
    expect(decodeText(new Uint8Array([0x41, 0x00, 0x42]))).toMatchObject({ ok: false });
    expect(await parseGlossaryFile(new Uint8Array(), 'empty.csv')).toMatchObject({ ok: false, error: 'The file is empty.' });
  });
});

describe('export', () => {
  it('is itself an importable file that reads back to the same entries and changes', async () => {
    const first = await parseGlossaryFile(bytes(JSON.stringify(GOOD_PACK)), 'pack.json');
    if (!first.ok) throw new Error(first.ok === false ? first.error : '');
    const edits = [{ id: 'kim-jong-un', userNotes: 'Watch the succession', fields: { summary: 'Mine' }, disabled: false }];
    const doc = buildGlossaryExport(first.entries, edits);
    const again = await parseGlossaryFile(bytes(JSON.stringify(doc)), 'export.json');
    if (!again.ok) throw new Error(again.error);
    expect(again.errors).toEqual([]);
    expect(again.entries).toEqual(doc.entries);
    expect(again.edits).toEqual(doc.edits);
  });

  it('keeps dated facts (from, to, unknown end, source) through export and import, in entries and overlays', async () => {
    const facts = [
      { label: 'Office', value: 'Defence Minister of Russia', from: '2012-11-06', to: '2024-05-12', source: 'https://en.wikipedia.org/wiki/Sergei_Shoigu' },
      { label: 'Office', value: 'Secretary of the Security Council', from: '2024-05' },
      { label: 'Minister', value: 'Someone', from: '2022', to: 'unknown' },
    ];
    const entry = { ...GOOD_PACK.entries[0], id: 'user:dated', origin: 'user', facts };
    const doc = buildGlossaryExport([entry as never], [{ id: 'sergei-shoigu', fields: { facts } }]);
    const r = await parseGlossaryFile(bytes(JSON.stringify(doc)), 'export.json');
    if (!r.ok) throw new Error(r.error);
    expect(r.errors).toEqual([]);
    expect(r.entries[0]!.facts).toEqual(facts);
    expect(r.edits[0]!.fields?.facts).toEqual(facts);
  });

  it('reports a fact with a bad date or a period that ends before it begins, by row', async () => {
    const bad = (fact: object) => ({ kind: 'person', name: 'X', facts: [fact] });
    const file = { entries: [bad({ label: 'Office', value: 'X', from: 'May 2024' }), bad({ label: 'Office', value: 'X', from: '2024', to: '2023' }), bad({ label: 'Office', value: 'X', to: 'later' })] };
    const r = await parseGlossaryFile(bytes(JSON.stringify(file)), 'bad.json');
    if (!r.ok) throw new Error(r.error);
    expect(r.entries).toEqual([]);
    expect(r.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/from must be a date like 2024/),
      expect.stringMatching(/ends before it begins/),
      expect.stringMatching(/to must be a date like 2024.*"unknown"/),
    ]);
  });
});

describe('the documented pack schema', () => {
  it('every bundled pack file imports with no row errors (the importer and pack.schema.json agree)', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const name of ['storyline', 'news']) {
      const bytes = new Uint8Array(await readFile(new URL(`../glossary/packs/${name}.json`, import.meta.url)));
      const r = await parseGlossaryFile(bytes, `${name}.json`);
      if (!r.ok) throw new Error(r.error);
      expect(r.errors).toEqual([]);
      expect(r.entries.length).toBeGreaterThan(100);
    }
  });
});

describe('large files', () => {
  it('validates 20,000 CSV rows in slices, reporting progress, with the bad ones by row', async () => {
    const rows = ['name,kind,aliases,summary,notes'];
    for (let i = 0; i < 20_000; i++) rows.push(`Person ${i},${i === 12_345 ? 'robot' : 'person'},P${i},Summary ${i},`);
    const progress: number[] = [];
    const r = await parseGlossaryFile(bytes(rows.join('\n')), 'big.csv', (done) => progress.push(done));
    if (!r.ok) throw new Error(r.error);
    expect(r.entries).toHaveLength(19_999);
    expect(r.errors).toEqual([{ row: 12_347, label: 'Person 12345', message: 'kind must be one of person, place, organization, topic, event' }]);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.at(-1)).toBe(20_000);
  });
});
