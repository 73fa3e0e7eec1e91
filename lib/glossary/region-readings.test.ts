/** A city's name read as the region it is short for (region-readings.ts), alone and in the bundled packs. */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from './matcher';
import { BUNDLED_PACKS } from './packs/index';
import { preferRegionReadings, type RawReadings } from './region-readings';

/** The bundled packs' matcher, compiled once for this file's tests. */
const matcher = compileMatcher(BUNDLED_PACKS.flatMap((p) => p.entries));

describe('preferRegionReadings', () => {
  const isRegion = (id: string) => id.startsWith('region:');
  /** Raw matches of the names in `names` as they sit in `text` ("NY" is the city or the state, the rest regions). */
  const raws = (text: string, names: string[]): Array<RawReadings<string>> => {
    let from = 0;
    return names.map((n) => {
      const start = text.indexOf(n, from);
      from = start + n.length;
      return n === 'New York' ? { start, end: from, full: ['city:nyc'], short: ['region:ny'] } : { start, end: from, full: [`region:${n}`], short: [] };
    });
  };
  const read = (text: string, names: string[]) => {
    const r = raws(text, names);
    preferRegionReadings(text, r, isRegion);
    return r[names.indexOf('New York')]!.full;
  };

  it('a name in a list of regions is the region', () => {
    expect(read('sold to New York, Michigan and Minnesota', ['New York', 'Michigan', 'Minnesota'])).toEqual(['region:ny']);
    expect(read('sold to Michigan, Ohio, and New York', ['Michigan', 'Ohio', 'New York'])).toEqual(['region:ny']);
    expect(read('the governors of New York and Vermont', ['New York', 'Vermont'])).toEqual(['region:ny']);
  });

  it('two names joined by a comma alone are "Town, Region", not a list', () => {
    expect(read('flew from New York, Vermont', ['New York', 'Vermont'])).toEqual(['city:nyc']);
  });

  it('a state office after the name, or a compass adjective in lower case before it, makes it the region', () => {
    expect(read('New York Gov. Kathy Hochul said', ['New York'])).toEqual(['region:ny']);
    expect(read('the New York Attorney General sued', ['New York'])).toEqual(['region:ny']);
    expect(read('farms in upstate New York', ['New York'])).toEqual(['region:ny']);
    expect(read('farms in eastern New York', ['New York'])).toEqual(['region:ny']);
    // dev/b24-16: a state's lawmakers and bodies.
    expect(read('New York lawmakers met on Tuesday', ['New York'])).toEqual(['region:ny']);
    expect(read('the New York Department of Economic Development', ['New York'])).toEqual(['region:ny']);
    expect(read('the New York Ports Authority', ['New York'])).toEqual(['region:ny']);
    expect(read('the New York General Assembly', ['New York'])).toEqual(['region:ny']);
    expect(read('the New York Philharmonic played', ['New York'])).toEqual(['city:nyc']);
    // dev/b24-01: the state's law.
    expect(read('enough under New York law, which sets the bar at 60%', ['New York'])).toEqual(['region:ny']);
  });

  it('named as a state, or after a body headed by "State", it is the region', () => {
    expect(read('The office, now extinct in the State of New York, of a Master in Chancery', ['New York'])).toEqual(['region:ny']);
    expect(read('a sociologist at the State University of New York said', ['New York'])).toEqual(['region:ny']);
    expect(read('the state of New York sued the company', ['New York'])).toEqual(['region:ny']);
    // The condition of the city's subways, and a state's body that is the city's.
    expect(read("the state of New York's subways", ['New York'])).toEqual(['city:nyc']);
    expect(read('the Statue of Liberty in New York', ['New York'])).toEqual(['city:nyc']);
  });

  it('named as a state, a name that is a region and a country is the region; one that is no region stays as it was', () => {
    const georgia = (text: string, full: string[]) => {
      const r: Array<RawReadings<string>> = [{ start: text.indexOf('Georgia'), end: text.indexOf('Georgia') + 7, full, short: [] }];
      preferRegionReadings(text, r, isRegion);
      return r[0]!.full;
    };
    expect(georgia('The State of Georgia sued.', ['country:ge', 'region:ga'])).toEqual(['region:ga']);
    expect(georgia('The people of Georgia voted.', ['country:ge', 'region:ga'])).toEqual(['country:ge', 'region:ga']);
    expect(georgia('The State of Georgia sued.', ['country:ge', 'city:georgia'])).toEqual(['country:ge', 'city:georgia']);
    expect(georgia('Sen. Raphael Warnock of Georgia said.', ['country:ge', 'region:ga'])).toEqual(['region:ga']);
    expect(georgia('He was confirmed as ambassador to Georgia.', ['country:ge', 'region:ga'])).toEqual(['country:ge']);
  });

  it('after a town and a comma, a name that is a region and a country is the reading the town goes with', () => {
    const related: Record<string, string[]> = { 'city:columbus': ['region:oh'], 'region:oh': ['country:us'], 'region:ga': ['country:us'], 'city:tbilisi': ['country:ge'] };
    const georgiaAfter = (town: string, townId: string) => {
      const text = `He grew up in ${town}, Georgia.`;
      const r: Array<RawReadings<string>> = [
        { start: text.indexOf(town), end: text.indexOf(town) + town.length, full: [townId], short: [] },
        { start: text.indexOf('Georgia'), end: text.indexOf('Georgia') + 7, full: ['country:ge', 'region:ga'], short: [] },
      ];
      preferRegionReadings(text, r, isRegion, (id) => related[id] ?? []);
      return r[1]!.full;
    };
    expect(georgiaAfter('Columbus', 'city:columbus')).toEqual(['region:ga']);
    expect(georgiaAfter('Tbilisi', 'city:tbilisi')).toEqual(['country:ge']);
    expect(georgiaAfter('Cairo', 'city:cairo')).toEqual(['country:ge', 'region:ga']);
  });

  it('after a town the glossary does not know and a comma, or after a lawmaker\'s name and "of", it is the region', () => {
    expect(read('Boeing\'s factory in Everett, New York, builds jets', ['New York'])).toEqual(['region:ny']);
    expect(read('Sen. Chuck Schumer of New York said', ['New York'])).toEqual(['region:ny']);
    expect(read('officials said Tuesday, New York would act', ['New York'])).toEqual(['city:nyc']);
    expect(read('On Tuesday, New York said no', ['New York'])).toEqual(['city:nyc']);
    expect(read("He met John Smith, New York's envoy", ['New York'])).toEqual(['city:nyc']);
  });

  it('leaves the city alone otherwise', () => {
    expect(read('New York Mayor Eric Adams said', ['New York'])).toEqual(['city:nyc']);
    expect(read('shares fell in New York and London', ['New York'])).toEqual(['city:nyc']);
    expect(read('a gallery in Northwest New York', ['New York'])).toEqual(['city:nyc']);
  });
});

describe('on the bundled packs', () => {
  const ids = (text: string, surface: string) => matcher.match(text).filter((m) => text.slice(m.start, m.end).toLowerCase() === surface.toLowerCase()).map((m) => m.entryId);

  it('"New York" and "Washington" in a list of states are the states', () => {
    expect(ids('Ontario would put a surcharge on electricity sold to New York, Michigan and Minnesota.', 'New York')).toEqual(['region-us-ny']);
    expect(ids('Wildfires burned in Idaho, Washington and Oregon.', 'Washington')).toEqual(['region-us-wa']);
  });

  it('a region so read introduces it: its short-named capital resolves', () => {
    expect(ids('ALBANY, N.Y. (AP) — New York Gov. Kathy Hochul spoke at the Capitol in Albany.', 'Albany')).toEqual(['city-5106834', 'city-5106834']);
  });

  it('"eastern Washington" is the state, the capital elsewhere', () => {
    expect(ids('Wheat grows in eastern Washington. The agency in Washington paid for it.', 'Washington')).toEqual(['region-us-wa', 'city-4140963']);
  });

  it('"the state of Washington" and "State University of New York" are the states', () => {
    expect(ids('Officials in the state of Washington sued on Monday.', 'Washington')).toEqual(['region-us-wa']);
    expect(ids('纽约州立大学（State University of New York，SUNY）社会学荣誉教授', 'New York')).toEqual(['region-us-ny']);
    expect(ids('The State of Georgia sued the company.', 'Georgia')).toEqual(['region-us-ga']);
  });

  it('"Everett, Washington", "Columbus, Georgia" and "Sen. Raphael Warnock of Georgia" are the states; "ambassador to Georgia" the country', () => {
    expect(ids("Boeing's factory in Everett, Washington, builds the 777X.", 'Washington')).toEqual(['region-us-wa']);
    expect(ids('He lives in Georgetown, Washington, D.C., now.', 'Washington')).toEqual(['city-4140963']);
    expect(ids('Tbilisi is far from here. He grew up in Columbus, Georgia, near Fort Benning.', 'Georgia')).toEqual(['region-us-ga']);
    // Each bare use reads the reading the article last introduced.
    const text = 'Sen. Raphael Warnock of Georgia voted for him as ambassador to Georgia, where protests fill the streets of Tbilisi. Georgia\'s membership bid is frozen.';
    expect(ids(text, 'Georgia')).toEqual(['region-us-ga', 'country-ge', 'country-ge']);
  });

  it('"Moscow, Idaho"-style pairs are left to the "Town, Region" rule', () => {
    expect(ids('He grew up in Washington, Pennsylvania.', 'Washington')).toEqual([]);
  });
});

describe('a town of another country before a region (bundled packs)', () => {
  // dev/b31-22: "Hamburg, New York", a town of the state, not Germany's city.
  it('makes the name after it the region, and the town a namesake', () => {
    const text = 'Cars are buried under snow on a street in Hamburg, New York, south of Buffalo.';
    expect(matcher.match(text).map((m) => [text.slice(m.start, m.end), m.entryId])).toEqual([['New York', 'region-us-ny']]);
    const list = 'Fans from Boston, New York and Chicago came.';
    expect(matcher.match(list).map((m) => m.entryId)).toContain('city-5128581');
  });
});

describe('a name that is a region and a country in a list of countries (bundled packs)', () => {
  // dev/b33-20: a US festival's world cinema programme.
  it('is the country; in a list of states, the state', () => {
    const ids = (text: string) => matcher.match(text).map((m) => m.entryId);
    expect(ids('PARK CITY, Utah (AP) — A program includes films from Iran, Senegal and Georgia.')).toContain('country-ge');
    expect(ids('Fans from Texas, Alabama and Georgia came to Atlanta.')).toContain('region-us-ga');
  });
});

describe("a region after a town it lists among its towns named like places elsewhere (bundled packs)", () => {
  // dev/b36-12: a Greek story that quotes a researcher in Athens, Georgia.
  it('is the region, whatever country the article is about; the town is no city abroad', () => {
    const found = (text: string) => matcher.match(text).map((m) => [text.slice(m.start, m.end), m.entryId]);
    expect(found('Greece had floods. A researcher in Athens, Georgia, who has studied them, said so.')).toEqual([
      ['Greece', 'country-gr'],
      ['Georgia', 'region-us-ga'],
    ]);
    expect(found('Tbilisi, Georgia, hosted the talks.').map(([, id]) => id)).toContain('country-ge');
  });
});

describe('a state named by its National Guard or a board (dev/b41-20, b41-23, b37-17)', () => {
  it('"the New York National Guard" is the state; "the Kentucky Board of Education" keeps Kentucky', () => {
    const ids = (text: string) => matcher.match(text).map((m) => m.entryId);
    expect(ids('Hochul sent 100 members of the New York National Guard.')).toEqual(['region-us-ny']);
    expect(ids('The Kentucky Board of Education will collect data.')).toEqual(['region-us-ky']);
    expect(ids('The Florida Board of Governors must approve it.')).toEqual(['region-us-fl']);
  });
});

describe("a town's short name with its state's dateline abbreviation (dev/b45-04, b19-20, b33-05)", () => {
  it('is the city that state lists, and introduces it to the article; another state\'s abbreviation leaves it out', () => {
    const found = (text: string) => matcher.match(text).map((m) => [text.slice(m.start, m.end), m.entryId]);
    expect(found('CHARLOTTE, N.C. (AP) — The bank said. The Charlotte-based lender grew.')).toEqual([
      ['CHARLOTTE', 'city-4460243'],
      ['AP', 'associated-press'],
      ['Charlotte', 'city-4460243'],
    ]);
    expect(found('VANCOUVER, Wash. (AP) — The port said.').map(([s]) => s)).toEqual(['AP']);
    expect(found('He lives in Charlotte.')).toEqual([]);
  });
});
