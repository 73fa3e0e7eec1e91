/**
 * Ambiguous place names and places side by side (ambiguity.ts): the rules on made-up facts, then on the
 * bundled packs with examples of the kinds issue 15 lists.
 */
import { describe, expect, it } from 'vitest';
import { juxtaposedPlaces, resolveAmbiguousPlaces, type PlaceFacts } from './ambiguity';
import { compileMatcher } from './matcher';
import { BUNDLED_PACKS } from './packs/index';
import type { Mention } from './types';

const related: Record<string, string[]> = {
  'region-us-ga': ['city-atlanta', 'country-us'],
  'region-us-tx': ['city-austin', 'country-us'],
  'country-ge': ['city-tbilisi'],
  'city-batumi': ['country-ge'],
  'city-victoria-sc': ['country-sc'],
  'region-au-vic': ['city-melbourne', 'country-au'],
  'city-sydney': ['region-au-nsw', 'country-au'],
  'city-london': ['region-gb-eng', 'country-gb'],
};
const facts: PlaceFacts = { isPerson: (id) => id === 'someone', isRegion: (id) => id.startsWith('region-'), related: (id) => related[id] ?? [] };
const at = (start: number, idOrCandidates: string | string[]): Mention =>
  typeof idOrCandidates === 'string' ? { start, end: start + 1, entryId: idOrCandidates } : { start, end: start + 1, entryId: null, candidates: idOrCandidates };

describe('resolveAmbiguousPlaces', () => {
  const georgia = ['country-ge', 'region-us-ga'];
  it('takes the one reading in the country of a city or region the article names', () => {
    expect(resolveAmbiguousPlaces([at(0, 'region-us-tx'), at(5, georgia)], facts)[1]).toEqual(at(5, 'region-us-ga'));
    expect(resolveAmbiguousPlaces([at(0, georgia), at(5, 'city-batumi')], facts)[0]).toEqual(at(0, 'country-ge'));
  });

  it('a country named by itself grounds nothing (foreign news names the United States too)', () => {
    expect(resolveAmbiguousPlaces([at(0, 'country-us'), at(5, georgia)], facts)[1]).toEqual(at(5, georgia));
  });

  it('abroad: the country when the article names places abroad and nothing of the region\'s country', () => {
    expect(resolveAmbiguousPlaces([at(0, 'country-bg'), at(5, georgia)], facts)[1]).toEqual(at(5, 'country-ge'));
    expect(resolveAmbiguousPlaces([at(0, 'city-london'), at(5, georgia)], facts)[1]).toEqual(at(5, 'country-ge'));
    // The United States named, or a US place: no longer abroad.
    expect(resolveAmbiguousPlaces([at(0, 'country-bg'), at(3, 'country-us'), at(5, georgia)], facts)[2]).toEqual(at(5, georgia));
    // Not a country and a region: two regions stay a choice.
    expect(resolveAmbiguousPlaces([at(0, 'country-bg'), at(5, ['region-us-ga', 'region-au-vic'])], facts)[1]).toEqual(at(5, ['region-us-ga', 'region-au-vic']));
  });

  it('offers countries and regions as a choice when nothing decides, but drops an ungrounded city reading', () => {
    expect(resolveAmbiguousPlaces([at(0, georgia)], facts)).toEqual([at(0, georgia)]);
    expect(resolveAmbiguousPlaces([at(0, 'city-london'), at(5, ['city-victoria-sc', 'region-au-vic'])], facts)).toEqual([at(0, 'city-london')]);
    expect(resolveAmbiguousPlaces([at(0, 'city-sydney'), at(5, ['city-victoria-sc', 'region-au-vic'])], facts)[1]).toEqual(at(5, 'region-au-vic'));
  });

  it('cities of two countries: the one whose country its own sentence names before it, over the article', () => {
    const cities = { ...related, 'city-hyderabad-in': ['country-in'], 'city-hyderabad-pk': ['country-pk'], 'city-mumbai': ['country-in'] };
    const twin: PlaceFacts = { ...facts, related: (id) => cities[id as keyof typeof cities] ?? [] };
    const text = 'Mumbai flooded. In Pakistan, officials said the water left Hyderabad. Hyderabad in India too.';
    const span = (name: string, from = 0) => ({ start: text.indexOf(name, from), end: text.indexOf(name, from) + name.length });
    const hyderabad = ['city-hyderabad-in', 'city-hyderabad-pk'];
    const mentions: Mention[] = [
      { ...span('Mumbai'), entryId: 'city-mumbai' },
      { ...span('Pakistan'), entryId: 'country-pk' },
      { ...span('Hyderabad'), entryId: null, candidates: hyderabad },
      { ...span('Hyderabad', text.indexOf('Hyderabad in')), entryId: null, candidates: hyderabad },
      { ...span('India'), entryId: 'country-in' },
    ];
    const resolved = resolveAmbiguousPlaces(mentions, twin, text);
    // Pakistan in the sentence wins over Mumbai in the article.
    expect(resolved[2]!.entryId).toBe('city-hyderabad-pk');
    // The next sentence names India only after the name: the article's Mumbai decides.
    expect(resolved[3]!.entryId).toBe('city-hyderabad-in');
    // Without the text, the article decides as before.
    expect(resolveAmbiguousPlaces(mentions, twin)[2]!.entryId).toBe('city-hyderabad-in');
    // dev/b25-11: where the article grounds both countries, a later bare use follows the one its sentence decided.
    const both = 'In Pakistan, farmers blocked a road near Hyderabad. Flows outside Hyderabad fell. Mumbai and Lahore are far.';
    const at2 = (name: string, from = 0) => ({ start: both.indexOf(name, from), end: both.indexOf(name, from) + name.length });
    const lahore = { ...cities, 'city-lahore': ['country-pk'] };
    const twin2: PlaceFacts = { ...facts, related: (id) => lahore[id as keyof typeof lahore] ?? [] };
    const later = resolveAmbiguousPlaces(
      [
        { ...at2('Pakistan'), entryId: 'country-pk' },
        { ...at2('Hyderabad'), entryId: null, candidates: hyderabad },
        { ...at2('Hyderabad', both.indexOf('outside')), entryId: null, candidates: hyderabad },
        { ...at2('Mumbai'), entryId: 'city-mumbai' },
        { ...at2('Lahore'), entryId: 'city-lahore' },
      ],
      twin2,
      both,
    );
    expect(later.map((m) => m.entryId).slice(1, 3)).toEqual(['city-hyderabad-pk', 'city-hyderabad-pk']);
  });

  it('leaves people and resolved mentions alone', () => {
    const ms = [at(0, ['someone', 'city-victoria-sc']), at(5, 'city-london')];
    expect(resolveAmbiguousPlaces(ms, facts)).toEqual(ms);
  });
});

describe('juxtaposedPlaces', () => {
  it('two places side by side that do not go together are one longer name', () => {
    const text = 'London Victoria';
    expect(juxtaposedPlaces(text, [{ start: 0, end: 6, entryId: 'city-london' }, { start: 7, end: 15, entryId: null, candidates: ['city-victoria-sc', 'region-au-vic'] }], facts, new Set())).toEqual([0, 1]);
  });

  it('keeps places that go together, are apart, or open with a demonym', () => {
    const text = 'Atlanta Georgia';
    const ms: Mention[] = [{ start: 0, end: 7, entryId: 'city-atlanta' }, { start: 8, end: 15, entryId: 'region-us-ga' }];
    expect(juxtaposedPlaces(text, ms, facts, new Set())).toEqual([]);
    const comma = 'London, Victoria';
    const ms2: Mention[] = [{ start: 0, end: 6, entryId: 'city-london' }, { start: 8, end: 16, entryId: 'region-au-vic' }];
    expect(juxtaposedPlaces(comma, ms2, facts, new Set())).toEqual([]);
    expect(juxtaposedPlaces('London Victoria', [ms2[0]!, { start: 7, end: 15, entryId: 'region-au-vic' }], facts, new Set([0]))).toEqual([]);
  });
});

describe('on the bundled packs', () => {
  const matcher = compileMatcher(BUNDLED_PACKS.flatMap((p) => p.entries));
  const found = (text: string) => matcher.match(text).map((m) => [text.slice(m.start, m.end), m.entryId ?? `? ${m.candidates?.join(' / ')}`]);

  it('"Georgia" next to a US state is the state', () => {
    const text = 'AUGUSTA, Georgia (AP) — Spieth led. Harris English, who grew up in south Georgia, shot 68, and Texas native Scottie Scheffler 69.';
    expect(found(text).filter(([s]) => s === 'Georgia')).toEqual([['Georgia', 'region-us-ga'], ['Georgia', 'region-us-ga']]);
  });

  it('"Georgia" in a European article naming no US place is the country', () => {
    const text = 'SOFIA, Bulgaria (AP) — Bulgaria adopted the euro. Romania could follow. Georgia, where protests against the government entered their second year, was not on the agenda.';
    expect(found(text).filter(([s]) => s === 'Georgia')).toEqual([['Georgia', 'country-ge']]);
    expect(found('Georgia and Alabama passed the law. Exports go to Mexico.').filter(([s]) => s === 'Georgia')).toEqual([['Georgia', 'region-us-ga']]);
  });

  it('"Victoria" in a London article is no place; "London Victoria" is a station', () => {
    const text = 'Trains between London Victoria and the coast stopped. The Victoria line will close. The Victoria and Albert Museum opens.';
    expect(found(text)).toEqual([]);
  });

  it('still offers both countries of a name when nothing decides ("Congo")', () => {
    expect(found('Cases spread from Congo.')).toEqual([['Congo', '? country-cd / country-cg']]);
  });
});
