/** Abbreviations (abbreviations.ts), with the bundled packs compiled as the extension compiles them. */
import { describe, expect, it } from 'vitest';
import { classifyAbbreviations, withFinalDots } from './abbreviations';
import { compileMatcher, matcherFromData } from './matcher';
import { BUNDLED_PACKS } from './packs/index';

const matcher = compileMatcher(BUNDLED_PACKS.flatMap((p) => p.entries));
const found = (text: string, m = matcher) => m.match(text).map((x) => [text.slice(x.start, x.end), x.entryId ?? `? ${x.candidates?.join(' / ')}`]);

describe('a dotted abbreviation is underlined with its final dot', () => {
  it.each([
    ['U.S. companies OkCupid and CREDO Mobile received media attention.', 'U.S.'],
    ['The 2011 film follows a U.S. Army pilot.', 'U.S.'],
    ['Hulu struck a U.S. deal for the film, in the U.S.', 'U.S.'],
    ['The U.N. Security Council met on Friday.', 'U.N. Security Council'],
    ['Diplomats said the E.U. hoped to avoid a trade war.', 'E.U.'],
  ])('%s', (text, surface) => {
    expect(found(text).map(([s]) => s)).toContain(surface);
  });

  it('at a sentence’s end too, where the dot ends the sentence and the next one still starts a sentence', () => {
    const text = 'The country would host the summit despite a boycott by the U.S. Ramaphosa spoke in Pretoria.';
    expect(found(text)).toEqual([
      ['U.S.', 'country-us'],
      ['Ramaphosa', 'cyril-ramaphosa'],
      ['Pretoria', 'city-964137'],
    ]);
    expect(found('Jersey and Guernsey are not part of the U.K., officials said.')).toContainEqual(['U.K.', 'country-gb']);
  });

  it('leaves other names and a dot that is not there alone', () => {
    const text = 'Officials in Washington met the US envoy. Then U.S';
    const mentions = [
      { start: text.indexOf('Washington'), end: text.indexOf('Washington') + 10, entryId: 'x' },
      { start: text.lastIndexOf('U.S'), end: text.length, entryId: 'y' },
    ];
    expect(withFinalDots(text, mentions)).toEqual(mentions);
  });
});

describe('a place’s bare abbreviation needs support from the article', () => {
  it('"If DRC passes with no errors" (a design rule check) is no country', () => {
    expect(found('If DRC passes with no errors, configure all of the individual blocks.')).toEqual([]);
  });

  it('names the place when the article names it in full or names a related place', () => {
    expect(found('Fighting in eastern DRC intensified, the Democratic Republic of Congo’s army said.')).toContainEqual(['DRC', 'country-cd']);
    expect(found('Rebels advanced on Kinshasa, the DRC capital, overnight.')).toContainEqual(['DRC', 'country-cd']);
  });

  it('the abbreviations news uses alone stand without support: the packs also write them with dots', () => {
    expect(found('US officials and UK ministers met EU and UN envoys. The USA won. The UAE said so.')).toEqual([
      ['US', 'country-us'],
      ['UK', 'country-gb'],
      ['EU', 'european-union'],
      ['UN', 'united-nations'],
      ['USA', 'country-us'],
      ['UAE', 'country-ae'],
    ]);
  });

  it('a place written in capitals is no abbreviation, and organisations’ acronyms stand alone', () => {
    expect(found('KYIV, Ukraine (AP) — Drones struck.')).toContainEqual(['KYIV', 'city-703448']);
    expect(found('NATO allies met the IMF chief.')).toEqual([
      ['NATO', 'nato'],
      ['IMF', 'imf'],
    ]);
  });

  it('only places’ bare abbreviations, and none of an entry that also writes one with dots', () => {
    expect(classifyAbbreviations('place', ['DR Congo', 'DRC'])).toEqual({ needSupport: ['DRC'], alone: [] });
    expect(classifyAbbreviations('place', ['United States', 'US', 'USA', 'U.S.'])).toEqual({ needSupport: [], alone: ['US', 'USA'] });
    expect(classifyAbbreviations('organization', ['European Central Bank', 'ECB'])).toBeNull();
  });

  it('a longer name opening with an abbreviation news uses alone leaves its other uses alone', () => {
    const text = 'Arduino LLC filed to register the US trademark in 2009. Smart Projects petitioned the US Patent and Trademark Office. That is the point in US trademark law.';
    expect(found(text).filter(([s]) => s === 'US')).toEqual([
      ['US', 'country-us'],
      ['US', 'country-us'],
    ]);
  });

  it('the stored matcher keeps the rule', () => {
    const restored = matcherFromData(structuredClone(matcher.data));
    expect(found('If DRC passes with no errors, stop.', restored)).toEqual([]);
    expect(found('The Democratic Republic of Congo (DRC) voted.', restored)).toContainEqual(['DRC', 'country-cd']);
  });
});
