/** "Town, Region" and "Town, St." (town-region.ts): the rule on made-up facts, then on the bundled packs. */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from './matcher';
import { BUNDLED_PACKS } from './packs/index';
import { townNamesakes, type TownRegionFacts } from './town-region';
import type { Mention } from './types';

/** The bundled packs' matcher, compiled once for this file's tests. */
const matcher = compileMatcher(BUNDLED_PACKS.flatMap((p) => p.entries));

const related: Record<string, string[]> = {
  'region-us-ga': ['city-atlanta', 'country-us'],
  'region-us-il': ['country-us'],
  'city-atlanta': ['region-us-ga'],
  'city-houston': ['country-us'],
  'city-cairo': ['country-eg'],
  'city-tbilisi': ['country-ge'],
};
const facts: TownRegionFacts = {
  isPerson: (id) => id === 'someone',
  isRegion: (id) => id.startsWith('region-'),
  related: (id) => related[id] ?? [],
  listedByRegion: (id) => Object.entries(related).some(([r, rel]) => r.startsWith('region-') && rel.includes(id)),
};
const notRegionWord = (key: string) => ['gov', 'jan', 'dr'].includes(key);
/** Mentions of the names in `names`, with their entries, where they first sit in `text` after the previous one. */
function mentionsIn(text: string, names: Array<[string, string]>): Mention[] {
  let from = 0;
  return names.map(([surface, id]) => {
    const start = text.indexOf(surface, from);
    from = start + surface.length;
    return { start, end: from, entryId: id };
  });
}
const namesakes = (text: string, names: Array<[string, string]>) => {
  const ms = mentionsIn(text, names);
  return townNamesakes(text, ms, ms.map(() => false), facts, notRegionWord).map(([i]) => text.slice(ms[i]!.start, ms[i]!.end));
};

describe('townNamesakes', () => {
  it('a place with a region it has nothing to do with is a namesake; with its own region, the place', () => {
    expect(namesakes('CAIRO, Georgia', [['CAIRO', 'city-cairo'], ['Georgia', 'region-us-ga']])).toEqual(['CAIRO']);
    expect(namesakes('ATLANTA, Georgia', [['ATLANTA', 'city-atlanta'], ['Georgia', 'region-us-ga']])).toEqual([]);
  });

  it('a list that goes on with another region is no "Town, Region"', () => {
    expect(namesakes('CAIRO, Georgia and Illinois', [['CAIRO', 'city-cairo'], ['Georgia', 'region-us-ga'], ['Illinois', 'region-us-il']])).toEqual([]);
    expect(namesakes('CAIRO, Georgia and Houston', [['CAIRO', 'city-cairo'], ['Georgia', 'region-us-ga'], ['Houston', 'city-houston']])).toEqual(['CAIRO']);
  });

  it('a place tied to any reading of a name that is a region and a country is no namesake ("TBILISI, Georgia")', () => {
    const text = 'TBILISI, Georgia';
    const ms: Mention[] = [
      { start: 0, end: 7, entryId: 'city-tbilisi' },
      { start: 9, end: 16, entryId: null, candidates: ['country-ge', 'region-us-ga'] },
    ];
    expect(townNamesakes(text, ms, [false, false], facts, notRegionWord)).toEqual([]);
    expect(namesakes('CAIRO, Georgia', [['CAIRO', 'city-cairo'], ['Georgia', 'region-us-ga']])).toEqual(['CAIRO']);
  });

  it('a region\'s abbreviation after a place that lies in no region is a namesake', () => {
    expect(namesakes('CAIRO, Ill. (AP) — The river fell.', [['CAIRO', 'city-cairo']])).toEqual(['CAIRO']);
    expect(namesakes('barges near Cairo, Ill., were stranded', [['Cairo', 'city-cairo']])).toEqual(['Cairo']);
    expect(namesakes('CAIRO, N.Y. (AP)', [['CAIRO', 'city-cairo']])).toEqual(['CAIRO']);
  });

  it('keeps a place in a region or in a country with regions, and reads no title, honorific or month as a region', () => {
    expect(namesakes('ATLANTA, Ga. (AP)', [['ATLANTA', 'city-atlanta']])).toEqual([]);
    expect(namesakes('HOUSTON, Texas. (AP)', [['HOUSTON', 'city-houston']])).toEqual([]);
    expect(namesakes('In Cairo, Gov. Smith said', [['Cairo', 'city-cairo']])).toEqual([]);
    expect(namesakes('In Cairo, Jan. 5 was calm', [['Cairo', 'city-cairo']])).toEqual([]);
    expect(namesakes('In Cairo, Egypt said', [['Cairo', 'city-cairo']])).toEqual([]);
  });
});

describe('on the bundled packs', () => {
  const found = (text: string) => matcher.match(text).map((m) => `${text.slice(m.start, m.end)} ${m.entryId}`).filter((s) => !s.startsWith('AP '));

  it('a dateline with a state\'s abbreviation names a US town, and so does the bare name later', () => {
    expect(found('CAIRO, Ill. (AP) — Barges were stranded near Cairo. Cairo has lost most of its people.')).toEqual([]);
    expect(found('ATHENS, Tenn. (AP) — Athens schools closed.')).toEqual([]);
  });

  it('the state\'s own cities stand, and foreign datelines have no abbreviation', () => {
    expect(found('ALBANY, N.Y. (AP) — New York Gov. Kathy Hochul spoke.')[0]).toBe('ALBANY city-5106834');
    expect(found('ATLANTA, Ga. (AP) — The governor spoke.')).toEqual(['ATLANTA city-4180439']);
    expect(found('CAIRO (AP) — Egypt said.')).toEqual(['CAIRO city-360630', 'Egypt country-eg']);
  });

  // dev/b20-20, b20-23, b13-24, b3-24.
  it('a city with a country it does not lie in is a namesake, and so are its bare uses, unless placed in its own country', () => {
    expect(found('VALENCIA, Spain (AP) — The flat course made Valencia the fastest marathon.')).toEqual(['Spain country-es']);
    expect(found('CÓRDOBA, Spain — Córdoba was the capital of al-Andalus; Córdoba in Argentina was named after it.')).toEqual([
      'Spain country-es',
      'Córdoba city-3860259',
      'Argentina country-ar',
    ]);
    // A clause or a list, not a placed town.
    expect(found('In Cardiff, New Zealand beat Wales.')[0]).toBe('Cardiff city-2653822');
    expect(found('He raced in Dubai, Japan and England.')[0]).toBe('Dubai city-292223');
    expect(found('He visited Lagos, Ghana and Kenya.')[0]).toBe('Lagos city-2332459');
  });

  it('a city "in" a place of another country is a namesake, and so are its bare uses; across one country, both stand', () => {
    expect(found('Places like Perth in Scotland, where Perth has a small airport.')).toEqual(['Scotland region-gb-sct']);
    expect(found('He grew up in Moscow in Idaho.')).toEqual(['Idaho region-us-id']);
    expect(found('Fans from Boston in New York cheered.')).toEqual(['Boston city-4930956', 'New York city-5128581']);
    expect(found('Strikes hit Kyiv in Ukraine.')).toEqual(['Kyiv city-703448', 'Ukraine ukraine']);
  });

  // dev/b21-04.
  it('a region followed by another region, as a placed town ends, is a town; placed again later, the region', () => {
    expect(found('DELAWARE, Ohio (AP) — The Delaware City Council voted. The developer is based in Wilmington, Delaware.')).toEqual(['Ohio region-us-oh', 'Delaware region-us-de']);
    expect(found('Floods hit Texas, Louisiana, Mississippi and Alabama.')).toHaveLength(4);
    expect(found('Georgia, Texas meet again.').map((x) => x.split(' ')[0])).toContain('Texas');
  });

  // dev/b27-03, b24-25: the abbreviation names the region the place must lie in.
  it('a place outside the region its abbreviation names is a namesake ("LONDON, Ont."); one inside stands', () => {
    expect(found('LONDON, Ont. (The Canadian Press) — A principal in London, Ont., was sentenced.').map((x) => x.split(' ')[0])).toEqual(['The']);
    expect(found('ATLANTA, Ga. (AP) — Rain fell.')).toContainEqual('ATLANTA city-4180439');
    expect(found('VANCOUVER, Wash. (AP) — The Vancouver City Council voted. Fans expected a match at BC Place in Vancouver, Canada.')).toEqual(['Vancouver city-6173331', 'Canada country-ca']);
  });

  // dev/b27-09: a township of Durban named like Arizona's capital.
  it("a city placed by its bearing from a city of another country is a namesake, and so are its bare uses", () => {
    const durban = "DURBAN, South Africa — Three men murdered a taxi owner in Phoenix, north of the city. He lived in Phoenix's Trenance Park.";
    expect(found(durban)).toEqual(['DURBAN city-1007311', 'South Africa country-za']);
    expect(found('PHOENIX (AP) — Rain fell in Mesa, east of the city, and near Tempe, 10 miles east of Phoenix.')).toEqual(['PHOENIX city-5308655', 'Phoenix city-5308655']);
  });

  // dev/b24-14: with the second region abbreviated, as AP datelines write it.
  it('a region before another region\'s abbreviation is a town; "Washington, D.C." is the capital', () => {
    expect(found('ONTARIO, Ore. (AP) — A range fire burned in eastern Oregon. Ontario, a farm town, was evacuated.')).toEqual(['Oregon region-us-or']);
    expect(found('The Ontario government in Toronto said so.')).toContainEqual('Ontario region-ca-on');
    expect(found('He flew from Seattle, Washington, to Washington, D.C., on Monday.')).toContainEqual('Washington city-4140963');
  });
});

describe('a dateline of the country where the article also names the US state of the same name', () => {
  // dev/b4-17: a travel piece on Georgia's wine that also names Atlanta.
  it('keeps the capital and reads the name as the country', () => {
    const text = 'TBILISI, Georgia (AP) — A winemaker sells to a shop in Atlanta. Flights to Tbilisi are full.';
    expect(matcher.match(text).map((m) => [text.slice(m.start, m.end), m.entryId])).toEqual([
      ['TBILISI', 'city-611717'],
      ['Georgia', 'country-ge'],
      ['AP', 'associated-press'],
      ['Atlanta', 'city-4180439'],
      ['Tbilisi', 'city-611717'],
    ]);
  });
});

describe('a dateline city placed by a county or region the glossary does not know (dev/b36-22, b36-24)', () => {
  const found = (text: string) => matcher.match(text).map((m) => text.slice(m.start, m.end));
  it('is a namesake, with its later bare uses; its own region, or its country named, keep the city', () => {
    expect(found('BOSTON, Lincolnshire — Councillors in Boston approved the plan. Boston Borough Council voted.')).toEqual([]);
    expect(found('MOSCOW, East Ayrshire — Residents won their fight.')).toEqual([]);
    expect(found('PERTH, Western Australia (AAP) — Heat.')).toEqual(['PERTH', 'Western Australia', 'AAP']);
    expect(found('MUNICH, Bavaria — Beer prices rose across Germany.')).toEqual(['MUNICH', 'Germany']);
    expect(found('BOSTON (AP) — The Celtics won.')).toEqual(['BOSTON', 'AP']);
  });
});
