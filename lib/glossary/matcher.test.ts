import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileMatcher, foldName, matcherFromData, MATCHER_DATA_FORMAT, withinOneEdit } from './matcher';
import { compileReferenceMatcher } from './reference-matcher';
import { entry } from './test-helpers';

const GLOSSARY = [
  entry('kim-jong-un', 'person', ['Kim Jong Un'], { shortNames: ['Kim'], related: ['north-korea'] }),
  entry('kim-yo-jong', 'person', ['Kim Yo Jong'], { shortNames: ['Kim'], related: ['north-korea'] }),
  entry('putin', 'person', ['Vladimir Putin', 'Putin']),
  entry('north-korea', 'place', ['North Korea', "Democratic People's Republic of Korea", 'DPRK'], { shortNames: ['Korea'] }),
  entry('south-korea', 'place', ['South Korea', 'Republic of Korea'], { shortNames: ['Korea'] }),
  entry('vladivostok', 'place', ['Vladivostok']),
  entry('un', 'organization', ['United Nations', 'UN', 'U.N.']),
  entry('un-sanctions', 'topic', ['UN sanctions', 'U.N. sanctions']),
  entry('wpk', 'organization', ["Workers' Party of Korea"], { shortNames: ['ruling party'], related: ['north-korea'] }),
  entry('seoul', 'place', ['Seoul']),
];
const matcher = compileMatcher(GLOSSARY);

/** The (surface, entry) pairs found in `text`. */
function found(text: string): Array<[string, string | null]> {
  return matcher.match(text).map((m) => [text.slice(m.start, m.end), m.entryId]);
}

describe('matching rules', () => {
  it('folds case, diacritics and apostrophe variants while keeping offsets in the original', () => {
    expect(found('NORTH KOREA and North Korea')).toEqual([
      ['NORTH KOREA', 'north-korea'],
      ['North Korea', 'north-korea'],
    ]);
    expect(found('UN Sanctions and un sanctions')).toEqual([['UN Sanctions', 'un-sanctions']]);
    expect(found('Vladivóstok')).toEqual([['Vladivóstok', 'vladivostok']]);
  });

  it('matches possessives to their entity without the ’s', () => {
    expect(found('North Korea’s leader and Putin\'s aide')).toEqual([
      ['North Korea', 'north-korea'],
      ['Putin', 'putin'],
    ]);
  });

  it('reads through possessives inside a name', () => {
    expect(found('the Democratic People’s Republic of Korea')).toEqual([['Democratic People’s Republic of Korea', 'north-korea']]);
  });

  it('is not stopped by hyphens, non-breaking spaces, soft hyphens or zero-width characters', () => {
    expect(found('Kim Jong-un')).toEqual([['Kim Jong-un', 'kim-jong-un']]);
    expect(found('Kim\u00a0Jong\u00a0Un')).toEqual([['Kim\u00a0Jong\u00a0Un', 'kim-jong-un']]);
    expect(found('Vladi\u00advostok')).toEqual([['Vladi\u00advostok', 'vladivostok']]);
    expect(found('Vladi\u200bvostok')).toEqual([['Vladi\u200bvostok', 'vladivostok']]);
  });

  it('prefers the longest match', () => {
    expect(found('South Korea')).toEqual([['South Korea', 'south-korea']]);
    expect(found('UN sanctions bite')).toEqual([['UN sanctions', 'un-sanctions']]);
    expect(found('U.N. sanctions bite')).toEqual([['U.N. sanctions', 'un-sanctions']]);
  });

  it('does not join names across punctuation', () => {
    expect(found('in South, Korea')).toEqual([['Korea', null]]);
    expect(found('Kim, Jong Un')).toEqual([]);
  });

  it('reads a dotted "St.", "Mt." or "Ft." as the first word of a place name, in running text and datelines', () => {
    const places = compileMatcher([
      entry('st-louis', 'place', ['St. Louis', 'St Louis', 'Saint Louis']),
      entry('everest', 'place', ['Mount Everest', 'Mt. Everest']),
      entry('fort-lauderdale', 'place', ['Fort Lauderdale', 'Ft. Lauderdale']),
    ]);
    const seen = (text: string) => places.match(text).map((m) => [text.slice(m.start, m.end), m.entryId]);
    expect(seen('Police in St. Louis said on Tuesday.')).toEqual([['St. Louis', 'st-louis']]);
    expect(seen('ST. LOUIS (AP) — Police said.')).toEqual([['ST. LOUIS', 'st-louis']]);
    expect(seen('Police in St Louis said.')).toEqual([['St Louis', 'st-louis']]);
    expect(seen('Climbers on Mt. Everest and fans in Ft. Lauderdale.')).toEqual([
      ['Mt. Everest', 'everest'],
      ['Ft. Lauderdale', 'fort-lauderdale'],
    ]);
    // Any other abbreviation's dot still ends the name: "Gen. Louis" is no St. Louis.
    expect(seen('Gen. Louis Dupont spoke.')).toEqual([]);
  });

  it('matches a name with its own "’s" only where the text has it, and underlines the "’s" with it', () => {
    const names = compileMatcher([
      entry('st-georges', 'place', ["St. George's", "St George's"]),
      entry('mcdonalds', 'organization', ["McDonald's"]),
      entry('putin', 'person', ['Vladimir Putin', 'Putin']),
    ]);
    const seen = (text: string) => names.match(text).map((m) => [text.slice(m.start, m.end), m.entryId]);
    expect(seen("Tourists arrived in St. George's, the capital.")).toEqual([["St. George's", 'st-georges']]);
    expect(seen('Tourists arrived in St George’s.')).toEqual([['St George’s', 'st-georges']]);
    // Without it, another place (St. George, Utah) or a person (Mr. McDonald).
    expect(seen('He moved to St. George last year.')).toEqual([]);
    expect(seen('Ronald McDonald waved.')).toEqual([]);
    expect(seen("She ate at McDonald's.")).toEqual([["McDonald's", 'mcdonalds']]);
    // A possessive that is not the name's own still folds away: "Putin's" is Putin.
    expect(seen("Putin's aide")).toEqual([['Putin', 'putin']]);
  });

  it('counts ALL-CAPS datelines as mentions', () => {
    expect(found('SEOUL, South Korea (AP) —')).toEqual([
      ['SEOUL', 'seoul'],
      ['South Korea', 'south-korea'],
    ]);
  });

  it('matches short aliases only in their proper case', () => {
    expect(found('the UN said')).toEqual([['UN', 'un']]);
    expect(found('it was un-American')).toEqual([]);
    expect(found('Kim Jong Un: kim')).toEqual([['Kim Jong Un', 'kim-jong-un']]);
    expect(found('Kim Jong Un: KIM')).toEqual([
      ['Kim Jong Un', 'kim-jong-un'],
      ['KIM', 'kim-jong-un'],
    ]);
  });

  it('resolves a bare surname to the full name introduced in the article', () => {
    expect(found('Kim Jong Un arrived. Kim waved.')).toEqual([
      ['Kim Jong Un', 'kim-jong-un'],
      ['Kim', 'kim-jong-un'],
    ]);
  });

  it('leaves a bare surname unresolved, with both candidates, when two fit', () => {
    const text = 'Kim Jong Un and his sister Kim Yo Jong arrived. Kim waved.';
    const last = matcher.match(text).at(-1)!;
    expect(text.slice(last.start, last.end)).toBe('Kim');
    expect(last.entryId).toBeNull();
    expect(last.candidates?.sort()).toEqual(['kim-jong-un', 'kim-yo-jong']);
  });

  it('drops a bare surname that nothing in the article introduces', () => {
    expect(found('Kim waved.')).toEqual([]);
  });

  it('resolves a bare "Korea" to the Korea the article named, or offers both', () => {
    expect(found('South Korea said Korea would respond.')).toEqual([
      ['South Korea', 'south-korea'],
      ['Korea', 'south-korea'],
    ]);
    const [m] = matcher.match('Korea is divided.');
    expect(m?.entryId).toBeNull();
    expect(m?.candidates?.sort()).toEqual(['north-korea', 'south-korea']);
  });

  it('resolves a generic short name from context', () => {
    expect(found('North Korea: members of the ruling party came.')).toEqual([
      ['North Korea', 'north-korea'],
      ['ruling party', 'wpk'],
    ]);
    expect(found('Members of the ruling party came.')).toEqual([]);
  });

  it('recognises an obvious misspelling of a long name and says how it was spelled, when the article supports it', () => {
    const [, m] = matcher.match('Vladivostok is a port. They met in Vladisvostok.');
    expect(m).toMatchObject({ entryId: 'vladivostok', misspelling: 'Vladisvostok' });
    // Nothing else in the article points to Vladivostok: a near miss alone is no mention.
    expect(matcher.match('They met in Vladisvostok.')).toEqual([]);
    expect(matcher.match('They met in vladisvostok.')).toEqual([]); // lower case: not a name
    expect(matcher.match('They met in Vladisvostokk.')).toEqual([]); // two edits away
  });

  it('withinOneEdit covers insertion, deletion, substitution and swap', () => {
    expect(withinOneEdit('vladivostok', 'vladisvostok')).toBe(true);
    expect(withinOneEdit('vladivostok', 'vladivstok')).toBe(true);
    expect(withinOneEdit('vladivostok', 'vladivostak')).toBe(true);
    expect(withinOneEdit('vladivostok', 'vladivsotok')).toBe(true);
    expect(withinOneEdit('vladivostok', 'vladivsotak')).toBe(false);
  });
});

describe('precision guards', () => {
  const world = [
    entry('country-fr', 'place', ['France'], { origin: 'world', demonyms: ['French'] }),
    entry('city-nice', 'place', [], { name: 'Nice', commonWordAliases: ['Nice'], related: ['country-fr'], origin: 'world' }),
    entry('country-kp', 'place', ['North Korea', 'Chosŏn'], { origin: 'world', sameAs: ['north-korea'] }),
    entry('country-ru', 'place', ['Russia'], { origin: 'world', demonyms: ['Russian'] }),
    entry('russia', 'place', ['Russia'], { origin: 'storyline' }),
  ];
  const m = compileMatcher([...GLOSSARY, ...world]);
  const ids = (text: string, mm = m) => mm.match(text).map((x) => [text.slice(x.start, x.end), x.entryId]);

  it('ignores names inside URLs and e-mail addresses', () => {
    expect(ids('See https://example.com/putin-in-vladivostok or write to putin@kremlin.ru about Putin.')).toEqual([['Putin', 'putin']]);
    expect(ids('www.northkorea.example/Seoul')).toEqual([]);
  });

  it('matches a common-word name only in its own case, and not to open a sentence without context', () => {
    expect(ids('They flew to Nice on Monday.')).toEqual([['Nice', 'city-nice']]);
    expect(ids('That was nice of them.')).toEqual([]);
    expect(ids('Nice weather, they said.')).toEqual([]);
    expect(ids('France is warm. Nice was sunny.')).toEqual([
      ['France', 'country-fr'],
      ['Nice', 'city-nice'],
    ]);
  });

  it('maps demonyms to their country, and can turn them off', () => {
    expect(ids('French diplomats met')).toEqual([['French', 'country-fr']]);
    expect(ids('French diplomats met', compileMatcher(world, { demonyms: false }))).toEqual([]);
  });

  it('prefers the storyline entry over the world pack for the same name', () => {
    expect(ids('Russia and Russian troops')).toEqual([
      ['Russia', 'russia'],
      ['Russian', 'country-ru'],
    ]);
  });

  it('lends a sameAs entry’s extra names to the entry it duplicates', () => {
    expect(ids('Chosŏn and North Korea')).toEqual([
      ['Chosŏn', 'north-korea'],
      ['North Korea', 'north-korea'],
    ]);
  });

  it('wants the names of people and places capitalised, as running text writes them', () => {
    const towns = compileMatcher([entry('the-bottom', 'place', ['The Bottom'], { origin: 'world' })]);
    expect(ids('the bottom of the sea', towns)).toEqual([]);
    expect(ids('The bottom line', towns)).toEqual([]);
    expect(ids('They sailed to The Bottom.', towns)).toEqual([['The Bottom', 'the-bottom']]);
    expect(ids('kim jong un and Kim Jong-un')).toEqual([['Kim Jong-un', 'kim-jong-un']]);
  });

  it('lets a lower-case word follow a hyphen inside a name only, never start one ("plaster-of-paris")', () => {
    const places = compileMatcher([entry('city-paris', 'place', ['Paris'], { origin: 'world' }), entry('country-us', 'place', ['America'], { origin: 'world' })]);
    expect(ids('my pale plaster-of-paris bust of Cicero', places)).toEqual([]);
    expect(ids('a pro-america rally and an anti-paris mood', places)).toEqual([]);
    expect(ids('the Paris-based group and the pro-America rally', places)).toEqual([
      ['Paris', 'city-paris'],
      ['America', 'country-us'],
    ]);
    expect(ids('Kim Jong-un')).toEqual([['Kim Jong-un', 'kim-jong-un']]);
  });

  it('keeps the first letter of a misspelt name: Siberia is not a misspelt Liberia', () => {
    const countries = compileMatcher([entry('country-lr', 'place', ['Liberia'], { origin: 'world' })]);
    expect(ids('Troops in Siberia waited.', countries)).toEqual([]);
    expect(ids('Liberia votes. Troops in Lbieria waited.', countries)).toEqual([
      ['Liberia', 'country-lr'],
      ['Lbieria', 'country-lr'],
    ]);
  });

  it('does not take a capital at the start of a sentence as evidence of a misspelt name', () => {
    expect(m.match('Vladisvostok was quiet. Vladivostok too.').map((x) => x.misspelling)).toEqual([undefined]);
    expect(m.match('Vladivostok too. Talks in Vladisvostok.')[1]).toMatchObject({ entryId: 'vladivostok', misspelling: 'Vladisvostok' });
  });
});

describe('matcher properties', () => {
  const names = ['Kim Jong Un', 'Vladimir Putin', 'North Korea', 'South Korea', 'Vladivostok', 'UN sanctions', 'Seoul'];
  const fillers = [' ', ' and ', ', ', '. ', ' met ', '’s ', ' (AP) — ', '\n\n'];
  const article = fc.array(fc.oneof(fc.constantFrom(...names), fc.constantFrom(...fillers), fc.string({ maxLength: 8 })), { maxLength: 30 }).map((parts) => parts.join(''));

  it('the text at every mention folds to one of its entry’s names', () => {
    const aliasesOf = new Map(GLOSSARY.map((e) => [e.id, new Set([e.name, ...e.aliases, ...(e.shortNames ?? [])].map(foldName))]));
    fc.assert(
      fc.property(article, (text) => {
        for (const m of matcher.match(text)) {
          if (!m.entryId || m.misspelling) continue;
          expect(aliasesOf.get(m.entryId)!.has(foldName(text.slice(m.start, m.end)))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('mentions are in order and never overlap', () => {
    fc.assert(
      fc.property(article, (text) => {
        let last = 0;
        for (const m of matcher.match(text)) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          last = m.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('inserting invisible characters or non-breaking spaces does not change what is found', () => {
    const invisible = fc.constantFrom('\u00ad', '\u200b', '\u2060');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 5 }), fc.array(fc.tuple(fc.nat(), invisible), { maxLength: 6 }), (parts, inserts) => {
        const text = parts.join(' and ');
        let noisy = text.replaceAll(' ', '\u00a0');
        for (const [at, ch] of inserts) {
          // insert inside words only (between two letters)
          const i = at % (noisy.length + 1);
          if (/\p{L}/u.test(noisy[i - 1] ?? '') && /\p{L}/u.test(noisy[i] ?? '')) noisy = noisy.slice(0, i) + ch + noisy.slice(i);
        }
        const ids = (t: string) => matcher.match(t).map((m) => m.entryId);
        expect(ids(noisy)).toEqual(ids(text));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        matcher.match(text);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the compact matcher equals the reference matcher', () => {
  // Names that share words, differ only in case, are short, common words, or non-ASCII, so that
  // random glossaries exercise every trie, case and resolution path.
  const words = ['Kim', 'Jong', 'Un', 'Yo', 'North', 'Korea', 'South', 'UN', 'U.N.', 'Nice', 'of', 'the', 'Bottom', 'Chosŏn', 'O’Brien', 'Vladivostok', 'Pyŏngyang', 'party', 'Liberia', 'A', 'People’s', 'St.', 'John’s', 'John'];
  const name = fc.tuple(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }), fc.constantFrom(' ', '-')).map(([ws, sep]) => ws.join(sep));
  const kinds = ['person', 'place', 'organization', 'topic'] as const;
  const anEntry = fc.record({
    kind: fc.constantFrom(...kinds),
    aliases: fc.array(name, { minLength: 1, maxLength: 3 }),
    shortNames: fc.array(name, { maxLength: 2 }),
    demonyms: fc.array(name, { maxLength: 1 }),
    common: fc.array(name, { maxLength: 1 }),
    origin: fc.constantFrom('user', 'storyline', 'news', 'world'),
    related: fc.array(fc.nat(5), { maxLength: 2 }),
    sameAs: fc.option(fc.nat(5), { nil: undefined }),
  });
  const glossary = fc.array(anEntry, { minLength: 1, maxLength: 6 }).map((es) =>
    es.map((e, i) =>
      entry(`e${i}`, e.kind, e.aliases, {
        shortNames: e.shortNames,
        demonyms: e.demonyms,
        commonWordAliases: e.common,
        origin: e.origin,
        related: e.related.map((r) => `e${r}`),
        ...(e.sameAs !== undefined ? { sameAs: [`e${e.sameAs}`] } : {}),
      }),
    ),
  );
  const gaps = [' ', ' and ', ', ', '. ', '’s ', '-', '\u00a0', '\u00ad', '\n\n', ' (AP) — ', ' https://x.example/', ' KIM ', ' Vladisvostok ', ' Lbieria ', ' Lberia '];
  const article = fc
    .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...gaps), fc.constant(' '), fc.string({ maxLength: 6 }), fc.constantFrom(...words).map((w) => w.toUpperCase()), fc.constantFrom(...words).map((w) => w.toLowerCase())), { maxLength: 40 })
    .map((parts) => parts.join(''));

  it('finds the same mentions for random glossaries and texts', () => {
    fc.assert(
      fc.property(glossary, fc.array(article, { minLength: 1, maxLength: 3 }), fc.boolean(), (entries, texts, demonyms) => {
        const fast = compileMatcher(entries, { demonyms });
        const reference = compileReferenceMatcher(entries, { demonyms });
        expect(fast.aliasCount).toBe(reference.aliasCount);
        // Restored from stored data, it must find the same again.
        const restored = matcherFromData(structuredClone(fast.data));
        // Several texts through one matcher: its reused scratch arrays must not leak between calls.
        for (const text of texts) {
          const expected = reference.match(text);
          expect(fast.match(text)).toEqual(expected);
          expect(restored.match(text)).toEqual(expected);
        }
      }),
      { numRuns: 1000 },
    );
  }, 30_000);
});

describe('stored matcher data', () => {
  it('a matcher restored from structured-cloned data finds exactly what the original finds', () => {
    const restored = matcherFromData(structuredClone(matcher.data));
    const texts = ['Kim Jong Un arrived. Kim waved in Vladisvostok with North Korea’s envoy.', 'South Korea said Korea would respond.', 'U.N. sanctions and the ruling party'];
    for (const text of texts) expect(restored.match(text)).toEqual(matcher.match(text));
    expect(restored.aliasCount).toBe(matcher.aliasCount);
  });

  it('refuses data of another format rather than misreading it', () => {
    expect(() => matcherFromData({ ...matcher.data, format: MATCHER_DATA_FORMAT + 1 })).toThrow(/format/);
    expect(() => matcherFromData({ ...matcher.data, nodeFirst: [] as unknown as Int32Array })).toThrow(/format/);
    expect(() => matcherFromData({ ...matcher.data, payloadNext: new Int32Array(1) })).toThrow(/inconsistent/);
  });
});
