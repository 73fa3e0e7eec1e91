/** A short name in context over an ungrounded full name (short-in-context.ts), alone and in the bundled packs. */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from './matcher';
import { BUNDLED_PACKS } from './packs/index';
import { bodyInSeat, countriesOfPlaces, Introductions, lastIntroducedBefore, shortEndsOrganisation, shortInContext } from './short-in-context';

describe('shortInContext', () => {
  const grounded = new Set(['state']);
  it('takes the one grounded short reading when no full reading is grounded', () => {
    expect(shortInContext(['capital'], ['state'], (x) => grounded.has(x))).toBe('state');
  });
  it('keeps the full readings when one is grounded, or when no or several short readings are', () => {
    expect(shortInContext(['capital'], ['state'], () => true)).toBeNull();
    expect(shortInContext(['capital'], ['other'], (x) => grounded.has(x))).toBeNull();
    expect(shortInContext(['capital'], ['state', 'state2'], () => false)).toBeNull();
    expect(shortInContext([], ['state'], (x) => grounded.has(x))).toBeNull();
  });
});

describe('Introductions', () => {
  it('tells an introduction by another surface from one by the same surface, whatever its case', () => {
    const intro = new Introductions<string>((add) => {
      add('dc', 'WASHINGTON');
      add('wa', 'Washington state');
    });
    expect(intro.elsewhere('dc', 'Washington')).toBe(false);
    expect(intro.elsewhere('wa', 'Washington')).toBe(true);
    expect(intro.elsewhere('none', 'Washington')).toBe(false);
  });
});

describe('bodyInSeat', () => {
  const at = (text: string, name = 'Washington') => bodyInSeat(text, text.indexOf(name), text.indexOf(name) + name.length);
  it('a national body before "in" and the name, or "in X, officials"', () => {
    expect(at('A spokesperson for the Interior Department in Washington declined to comment.')).toBe(true);
    expect(at('The embassy in Washington said so.')).toBe(true);
    expect(at('Officials in Washington said so.')).toBe(true);
    expect(at('In Washington, officials said the deal was close.')).toBe(true);
  });
  it('not a local body, nor a name with no body before it', () => {
    expect(at('State officials in Washington said so.')).toBe(false);
    expect(at('the county government in Washington')).toBe(false);
    expect(at("Washington's attorney general said")).toBe(false);
    expect(at('when Washington was still a territory')).toBe(false);
  });
});

describe('on the bundled packs', () => {
  const matcher = compileMatcher(BUNDLED_PACKS.flatMap((p) => p.entries));
  const ids = (text: string, surface: string) => matcher.match(text).filter((m) => text.slice(m.start, m.end).toLowerCase() === surface.toLowerCase()).map((m) => m.entryId);

  it('after "Washington state", the bare "Washington" is the state', () => {
    expect(ids("Washington state will sue. Washington's attorney general said the cuts broke treaties.", 'Washington')).toEqual(['region-us-wa']);
  });

  it('after "Washington state", a national body in Washington is in the capital', () => {
    const text = "Washington state will sue. Washington's attorney general said the cuts broke treaties. A spokesperson for the Interior Department in Washington declined to comment.";
    expect(ids(text, 'Washington')).toEqual(['region-us-wa', 'city-4140963']);
  });

  it('the capital stays when the article grounds it (the United States named)', () => {
    expect(ids('Washington state will sue the U.S. government. Officials in Washington declined to comment.', 'Washington')).toEqual(['city-4140963']);
    expect(ids('WASHINGTON (AP) — The president spoke.', 'Washington')).toEqual(['city-4140963']);
  });

  // dev/b14-18: another of the state's cities grounds the state and the city alike.
  it('"New York" stays the city where only another New York city is named; "New York State" makes it the state', () => {
    expect(ids('NEW YORK (AP) — The Lakers beat the Knicks.\n\nLakers: At Brooklyn on Tuesday.', 'New York')).toEqual(['city-5128581']);
    expect(ids('New York State will sue. Officials in Albany said New York would act.', 'New York')).toEqual(['region-us-ny']);
  });

  it('after "British Columbia", Victoria is its capital', () => {
    expect(ids('VICTORIA, British Columbia (AP) — The provincial government in Victoria declared an emergency.', 'Victoria')).toEqual(['city-6174041', 'city-6174041']);
  });
});

describe('lastIntroducedBefore', () => {
  const raws = [
    { start: 0, full: ['country'] },
    { start: 10, full: ['country', 'state'] },
    { start: 20, full: ['state'] },
    { start: 25, full: ['state'], misspelling: 'Goergia' },
    { start: 30, full: ['country', 'state'] },
  ];
  it('takes the reading introduced last before the mention', () => {
    expect(lastIntroducedBefore(['country', 'state'], raws, 10)).toBe('country');
    expect(lastIntroducedBefore(['country', 'state'], raws, 30)).toBe('state');
  });
  it('counts no misspelling and nothing after the mention', () => {
    expect(lastIntroducedBefore(['country', 'state'], [raws[3]!, raws[4]!], 30)).toBeNull();
    expect(lastIntroducedBefore(['country', 'state'], raws, 0)).toBeNull();
  });
});

describe('countriesOfPlaces', () => {
  const related: Record<string, string[]> = { nyc: ['ny'], ny: ['us'], tokyo: ['jp'], jp: ['tokyo'] };
  it('collects the countries the places list, directly or through their region', () => {
    const isCountry = (x: string) => x === 'us' || x === 'jp';
    expect([...countriesOfPlaces(['nyc', 'tokyo'], (x) => related[x] ?? [], isCountry)].sort()).toEqual(['jp', 'us']);
    expect(countriesOfPlaces(['ny'], (x) => related[x] ?? [], isCountry)).toEqual(new Set(['us']));
    expect(countriesOfPlaces([], (x) => related[x] ?? [], isCountry).size).toBe(0);
  });
});

describe('shortEndsOrganisation', () => {
  it('reads a capitalised word and "of" before the name', () => {
    expect(shortEndsOrganisation('analysts at Bank of America', 'analysts at Bank of '.length)).toBe(true);
    expect(shortEndsOrganisation('the Infectious Diseases Society of America', 'the Infectious Diseases Society of '.length)).toBe(true);
    expect(shortEndsOrganisation('a dream of America', 'a dream of '.length)).toBe(false);
    expect(shortEndsOrganisation('driving across America', 'driving across '.length)).toBe(false);
  });
});
