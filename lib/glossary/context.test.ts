/**
 * The context rules (context.ts) on the examples of issue 15 and others of the same kinds, with the
 * bundled packs compiled as the extension compiles them; and the property that a capitalised surname
 * after a place name never leaves a place mention.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entriesForLanguage } from './language';
import { compileMatcher, matcherFromData } from './matcher';
import { BUNDLED_PACKS } from './packs/index';

const entries = BUNDLED_PACKS.flatMap((p) => p.entries);
const kindOf = new Map(entries.map((e) => [e.id, e.kind]));
const matcher = compileMatcher(entries);
/** The (surface, entry) pairs found in `text`; an unresolved mention shows its candidates. */
const found = (text: string) => matcher.match(text).map((m) => [text.slice(m.start, m.end), m.entryId ?? `? ${m.candidates?.join(' / ')}`]);
const surfaces = (text: string) => found(text).map(([s]) => s);
/** The entry ids found in `text`. */
const idsFound = (text: string) => matcher.match(text).map((m) => m.entryId);

describe('a place or organisation inside a person’s name is no mention', () => {
  it.each([
    ["A painting by Georgia O'Keeffe sold for $44 million.", 'Georgia'],
    ['Guests included Paris Hilton and Jordan Peele.', 'Paris'],
    ['Guests included Paris Hilton and Jordan Peele.', 'Jordan'],
    ['Chad Johnson caught two passes.', 'Chad'],
    ['The engineer Margaret Hamilton spoke.', 'Hamilton'],
    ['Sofia Kenin beat Victoria Azarenka in Melbourne.', 'Sofia'],
    ['Sofia Kenin beat Victoria Azarenka in Melbourne.', 'Victoria'],
    ['Sydney McLaughlin-Levrone won the hurdles.', 'Sydney'],
    ['The candidate, Marcus Jordan, spoke in Atlanta.', 'Jordan'],
    ['Former president François Hollande spoke.', 'Hollande'],
    ['The filmmaker David France made the documentary.', 'France'],
    ['Sen. Jordan said no.', 'Jordan'],
    ['Zoe Kazan plays Emily.', 'Kazan'],
  ])('%s — no %s', (text, name) => {
    expect(surfaces(text)).not.toContain(name);
  });

  it('keeps the place when the capitalised word after it is a title, a date or a possessive', () => {
    expect(found('U.S. President Donald Trump spoke.')).toContainEqual(['U.S.', 'country-us']);
    expect(found('Italian Prime Minister Giorgia Meloni spoke.')).toContainEqual(['Italian', 'country-it']);
    expect(found('Officials met in Berlin Thursday.')).toContainEqual(['Berlin', 'city-2950159']);
    expect(found("Jordan's King Abdullah II spoke.")).toContainEqual(['Jordan', 'country-jo']);
  });

  it('a city’s name ending a longer name is a surname, and so is its later bare use', () => {
    const text = 'Lewis Hamilton took pole. Hamilton edged Max Verstappen. Whitney Houston sang. Houston was silent.';
    expect(surfaces(text)).toEqual([]);
    // After a lower-case word, the bare name is the place again.
    expect(found('Lewis Hamilton took pole. The race in Hamilton drew crowds.')).toContainEqual(['Hamilton', 'city-3573197']);
  });

  it('reads the place again after a word of grammar opening a sentence ("In Virginia, …")', () => {
    const text = 'Rep. Virginia Foxx backed the move. In Virginia, Democrats objected. Virginia said nothing.';
    expect(found(text).filter(([s]) => s === 'Virginia')).toEqual([['Virginia', 'region-us-va']]);
  });

  it('reads a later bare surname as the person, but the place after a lower-case word', () => {
    const text = 'Basketball star Michael Jordan visited Amman. Officials in Jordan welcomed him. Jordan did not speak.';
    expect(found(text).filter(([s]) => s === 'Jordan')).toEqual([['Jordan', 'country-jo']]);
  });
});

describe('a match inside a longer capitalised name the glossary does not know is no mention', () => {
  it.each([
    ['Democrats in New Jersey objected.', 'Jersey'],
    ['Ships crossed the South China Sea.', 'China'],
    ['Shares of Columbia Sportswear rose.', 'Columbia'],
    ['Economists at Columbia University said so.', 'Columbia'],
    ['She reached the Australian Open final.', 'Australian'],
    ['The British Library holds the deck.', 'British'],
    ['Tourists visited Long Island and Mercer Island.', 'Island'],
  ])('%s — no %s', (text, name) => {
    expect(surfaces(text)).not.toContain(name);
  });

  it('still sees a place that opens a sentence, follows a dateline or a title', () => {
    expect(found('In Britain, prices rose.')).toContainEqual(['Britain', 'country-gb']);
    expect(found('KYIV, Ukraine (AP) — Drones struck.')).toEqual(expect.arrayContaining([['KYIV', 'city-703448'], ['Ukraine', 'ukraine']]));
  });

  it('a capitalised word opening a sentence is part of the name when it is not a word of grammar', () => {
    expect(surfaces('Swimming Australia’s head coach spoke.')).not.toContain('Australia');
    expect(surfaces('Environment Canada warned of smoke.')).not.toContain('Canada');
    expect(surfaces('Tourism Australia said visitor numbers rose.')).not.toContain('Australia');
    // Grammar opening a sentence, or a sentence adverb, leaves the place alone.
    for (const text of ['Across Canada, prices rose.', 'Both Canada and Mexico objected.', 'Did Canada agree?', 'Meanwhile Canada waited.', 'Unlike Canada, Mexico paid.', 'Recently Canada agreed.']) {
      expect(found(text)).toContainEqual(['Canada', 'country-ca']);
    }
    // A participle opening the sentence modifies the place; a sport's gerund names its national body.
    expect(found('Neighbouring Mississippi and Tennessee passed similar laws.').map(([s]) => s)).toEqual(['Mississippi', 'Tennessee']);
    expect(found('Landlocked Chad depends on the port.')).toContainEqual(['Chad', 'country-td']);
    expect(surfaces('Cycling Canada named its team.')).not.toContain('Canada');
    // A five-letter word in -ed is no such participle: a name ("Wired Italy", a magazine's edition).
    expect(surfaces('Wired Italy reports that the founders resisted.')).not.toContain('Italy');
    expect(found('Divided Germany marked the anniversary.')).toContainEqual(['Germany', 'country-de']);
    // A demonym is an adjective itself, and a title after the place makes no longer name.
    expect(found('Former French President François Hollande spoke.')).toContainEqual(['French', 'country-fr']);
    expect(found('Former Georgia Gov. Roy Barnes spoke in Atlanta.')).toContainEqual(['Georgia', 'region-us-ga']);
  });

  it('a title hyphenated to a name is part of the name ("Paris Saint-Germain"), not to another title ("Secretary-General")', () => {
    expect(surfaces('Bayern beat Paris Saint-Germain on Tuesday.')).not.toContain('Paris');
    expect(found('U.N. Secretary-General António Guterres spoke.')).toContainEqual(['U.N.', 'united-nations']);
  });

  it('a premier or a party member after a place makes no longer name', () => {
    expect(found('Ontario Premier Doug Ford spoke.')).toContainEqual(['Ontario', 'region-ca-on']);
    expect(found('The bill passed, said New South Wales Premier Chris Minns.')).toContainEqual(['New South Wales', 'region-au-nsw']);
    expect(found('Jordan, an Ohio Republican, objected.')).toContainEqual(['Ohio', 'region-us-oh']);
    expect(found('Texas Democrats left the state.')).toContainEqual(['Texas', 'region-us-tx']);
  });

  it('keeps a place after a compass adjective', () => {
    expect(found('Set in 1983 in Northern Italy, the film won.')).toContainEqual(['Italy', 'country-it']);
    expect(found('Fires spread across Southern California.')).toContainEqual(['California', 'region-us-ca']);
    expect(found('Floods hit Eastern Ukraine and Central Mexico.').map(([s]) => s)).toEqual(['Ukraine', 'Mexico']);
  });
});

describe('a place hyphened to the place before it is a stop of a route', () => {
  it('keeps every stop of "the Baku-Tbilisi-Kars railway", and still drops a surname after a hyphened first name', () => {
    expect(found('The Baku-Tbilisi-Kars railway opened in 2017.')).toEqual([['Baku', 'city-587084'], ['Tbilisi', 'city-611717']]);
    expect(surfaces('Jean-Paris Dupont spoke.')).not.toContain('Paris');
  });
});

describe('a plural title after a place with no name after it is a team', () => {
  it.each([
    ['The Green Bay Packers beat the Washington Commanders 31-17.', 'Washington'],
    ['Fans booed the Golden State Warriors and the New Orleans Saints.', 'New Orleans'],
    ['Tickets for the Portland Pilots sold out.', 'Portland'],
  ])('%s — no %s', (text, name) => {
    expect(surfaces(text)).not.toContain(name);
  });

  it('keeps the place before party members and before plural titles naming people', () => {
    expect(found('Texas Democrats left the state.')).toContainEqual(['Texas', 'region-us-tx']);
    expect(found('U.S. Senators Chuck Grassley and Ron Wyden wrote.')).toContainEqual(['U.S.', 'country-us']);
    expect(found('Ontario Premier Doug Ford spoke.')).toContainEqual(['Ontario', 'region-ca-on']);
  });
});

describe('in a title-case line capitals say nothing', () => {
  it('keeps a headline’s place with a capitalised neighbour only when the article supports it', () => {
    expect(found('Georgia Voters Head to the Polls in Atlanta')).toContainEqual(['Georgia', 'region-us-ga']);
    expect(surfaces('8) The Florida Project\nSean Baker’s The Florida Project unfolds like a series of sketches.')).toEqual([]);
    expect(surfaces('Moscow Rail Yard Reopens\nThe yard in Moscow reopened on Monday.')).toEqual(['Moscow', 'Moscow']);
    expect(surfaces('The Jordan Rules Returns\nThe book is back in print.')).toEqual([]);
  });

  it('a place opening an institution’s or a publication’s name is part of it, even where the article names the place', () => {
    const refs = [
      'The film is set in Manhattan, where she grew up in New York and later left Japan for the United States and Virginia.',
      '^ "Review". The New York Times. Retrieved 1 May 2015.',
      '^ "Stuck on repeat". The Japan Times. Retrieved October 30, 2022.',
      '^ "The 4 best time-loop movies". USA Today. Retrieved 26 September 2017.',
      '^ "Dates of Christmas". US Weekly. Retrieved 7 May 2014.',
      'Prepared by Ann Woodlief, Virginia Commonwealth University',
    ].join('\n');
    const body = refs.indexOf('\n');
    expect(matcher.match(refs).filter((m) => m.start > body)).toEqual([]);
    // A headline's place before words that end no such name still stands with support.
    expect(found('Georgia Voters Head to the Polls in Atlanta')).toContainEqual(['Georgia', 'region-us-ga']);
    expect(found('Storms Hit Texas Today\nOfficials in Texas said roads were closed.')).toEqual([
      ['Texas', 'region-us-tx'],
      ['Texas', 'region-us-tx'],
    ]);
  });

  // One-word places that the body reads on their own, and made-up capitalised words.
  const places = entries.filter((e) => e.kind === 'place' && e.id.startsWith('country-')).flatMap((e) => e.aliases.filter((a) => /^[A-Z][a-z]{4,}$/.test(a)));
  const word = fc.tuple(fc.constantFrom(...'BCDFGHKLMPRSTVWZ'), fc.stringMatching(/^[aeiou][a-z]{3,8}$/)).map(([a, b]) => a + b);

  it('a headline’s place next to a capitalised word stands exactly when the body names it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...places), word, word, fc.boolean(), (place, w1, w2, named) => {
        const body = named ? `Officials in ${place} said so on Monday.` : 'Officials said so on Monday.';
        const own = matcher.match(body).filter((m) => body.slice(m.start, m.end) === place);
        // Neither made-up word may be a name itself ("Mumbai" can come up): a place next to a place is another rule's.
        fc.pre(matcher.match(`${w1} ${w2}`).length === 0 && matcher.match(`in ${w1}`).length === 0 && matcher.match(`in ${w2}`).length === 0 && (!named || (own.length === 1 && own[0]!.entryId !== null)));
        const text = `${place} ${w1} Faces ${w2} Talks\n${body}`;
        const head = matcher.match(text).filter((m) => m.start === 0);
        expect(head.map((m) => m.entryId)).toEqual(named ? [own[0]!.entryId] : []);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});

describe('a place that names something else', () => {
  it.each([
    ['Visitors saw recipes for Brussels sprouts.', 'Brussels'],
    ['The Jersey cows won the show.', 'Jersey'],
    ['The wallpaper was tinted with Paris green.', 'Paris'],
    ['A bag of Brazil nuts costs more this year.', 'Brazil'],
    ['He ordered French fries.', 'French'],
    ['Straw Panama hats sold out.', 'Panama'],
  ])('a variety or a product: %s — no %s', (text, name) => {
    expect(surfaces(text)).not.toContain(name);
  });

  it.each([
    ['Le reportage de France 3 Limousin a été diffusé.', 'France'],
    ['The interview aired on Russia 1 on Sunday.', 'Russia'],
    ['She told France 24 that talks would resume.', 'France'],
  ])('a numbered name (a channel): %s — no %s', (text, name) => {
    expect(surfaces(text)).not.toContain(name);
  });

  it.each([
    ['I had seen them swan-like sailing down the Mississippi\n            of Broadway; and I contrasted them.', 'Mississippi'],
    ['Barges backed up along the Ohio. Shippers waited.', 'Ohio'],
    ['Levees held along the Missouri: the Corps of Engineers said so.', 'Missouri'],
    // dev/b5-16: a comma ends the noun too.
    ['Born where the Ohio River meets the Mississippi, Kent taught himself to play.', 'Mississippi'],
  ])('a US state’s name as a noun after "the" is a river or a figure: %s — no %s', (text, name) => {
    expect(surfaces(text)).not.toContain(name);
  });

  it('keeps a state after "the" where it modifies a noun, or stands bare', () => {
    expect(found('Troops massed on the Texas border.')).toContainEqual(['Texas', 'region-us-tx']);
    expect(found('Guards patrolled the Texas and Oklahoma border.').map(([s]) => s)).toEqual(['Texas', 'Oklahoma']);
    expect(found('Storms crossed the Texas, Oklahoma and Kansas border.').map(([s]) => s)).toEqual(['Texas', 'Oklahoma', 'Kansas']);
    expect(found('Barges moved down the Ohio. Farmers in Ohio waited.')).toEqual([['Ohio', 'region-us-oh']]);
    expect(found('The Mississippi governor spoke.')).toContainEqual(['Mississippi', 'region-us-ms']);
  });

  it('keeps the place before an ordinary noun, a score or a year', () => {
    expect(surfaces('Chicago police said the Paris attacks were studied.')).toEqual(['Chicago', 'Paris']);
    expect(surfaces('Germany 2-1 England, the final score read.')).toContain('Germany');
    expect(surfaces('Paris 2024 organisers met.')).toContain('Paris');
    expect(surfaces('France 3,000 troops')).toContain('France');
  });

  it('the variety heads are English words, read in English articles only ("Nordkorea hat…")', () => {
    const de = compileMatcher(entriesForLanguage(entries, 'de'), { language: 'de' });
    const text = 'Nordkorea hat Granaten geliefert.';
    expect(de.match(text).map((m) => m.entryId)).toEqual(['north-korea']);
  });

  it('a lower-case demonym before a person’s name is still the country (French)', () => {
    const fr = compileMatcher(entriesForLanguage(entries, 'fr'), { language: 'fr' });
    const text = 'Un portrait de l’auteur britannique Alan Moore.';
    expect(fr.match(text).map((m) => [text.slice(m.start, m.end), m.entryId])).toEqual([['britannique', 'country-gb']]);
  });
});

describe('"Town, Region" names a namesake', () => {
  it('drops the world place named like a town of the region, and its later bare mentions', () => {
    const text = 'MOSCOW, Idaho (AP) — A jury in Moscow convicted him. Police in Peru, Indiana, and in Paris, Texas, said nothing.';
    expect(found(text)).toEqual([
      ['Idaho', 'region-us-id'],
      ['AP', 'associated-press'],
      ['Indiana', 'region-us-in'],
      ['Texas', 'region-us-tx'],
    ]);
  });

  it('keeps a town that lies in the region, and resolves the region from it', () => {
    expect(found('ATLANTA, Georgia (AP) — Voters went to the polls.')).toEqual(expect.arrayContaining([['ATLANTA', 'city-4180439'], ['Georgia', 'region-us-ga']]));
  });
});

describe('a misspelling needs support from the article', () => {
  it('does not read real names as misspellings ("Columbia", "Hollande", "Olympic")', () => {
    expect(found('Students at Columbia protested.')).not.toContainEqual(['Columbia', 'country-co']);
    expect(found('The Olympic champion, from the U.S., won.').map(([, id]) => id)).toEqual(['country-us']);
  });
});

describe('a country and its capital named alike', () => {
  it('the bare name is the country (Spanish "México" in a list of countries); the city keeps its longer name', () => {
    const es = compileMatcher(entriesForLanguage(entries, 'es'), { language: 'es' });
    const text = 'Disponible en Bolivia, Chile, México y Perú.';
    expect(es.match(text).find((m) => text.slice(m.start, m.end) === 'México')?.entryId).toBe('country-mx');
    expect(found('Flights to Kuwait resumed; he lives in Mexico City.')).toEqual([
      ['Kuwait', 'country-kw'],
      ['Mexico City', 'city-3530597'],
    ]);
  });
});

describe('a bare surname resolves only to the nearest introduced person of that name', () => {
  it('"Margie Kim" in an article about Kim Jong Un opens no card, nor does the bare "Kim" that follows her', () => {
    const text = 'North Korea fired missiles, days after Kim Jong Un vowed more. Seoul resident Margie Kim shrugged. "Kim said it happens every month," a neighbour added.';
    const kims = matcher.match(text).filter((m) => text.slice(m.start, m.end) === 'Kim');
    expect(kims).toEqual([]);
    expect(found(text)).toContainEqual(['Kim Jong Un', 'kim-jong-un']);
  });

  it('resolves the bare surname again once the leader is named after her', () => {
    const text = 'Seoul resident Margie Kim shrugged. Later, Kim Jong Un spoke. Kim said the tests would go on.';
    expect(found(text).filter(([s]) => s === 'Kim')).toEqual([['Kim', 'kim-jong-un']]);
  });

  it('a surname-first name ("Kim Min-seo") is another person: the bare "Kim" after her is not the leader', () => {
    const text = 'Kim Yo Jong, the sister of Kim Jong Un, warned of consequences. Kim Min-seo, an office worker in Seoul, shrugged. Kim said the drills had become routine.';
    expect(matcher.match(text).filter((m) => text.slice(m.start, m.end) === 'Kim')).toEqual([]);
    // A longer name that is no person's leaves the bare surname alone.
    const tower = 'Kim Jong Un spoke. Kim Tower was lit. Kim said the tests would go on.';
    expect(found(tower).filter(([s]) => s === 'Kim')).toEqual([['Kim', 'kim-jong-un']]);
  });

  it('a bare surname never introduced is nobody, even where the person’s country is named', () => {
    // A citation's author "Lee, Hyo-won" in an article whose only Korean name is a film's "South Korean".
    const text = 'Cannes: South Korean time travel film sells to multiple territories. Lee said the film sold well.';
    expect(found(text)).toEqual([['South Korean', 'south-korea']]);
    expect(surfaces('Tensions rose in Seoul. Lee, a shop owner, shrugged.')).not.toContain('Lee');
  });

  it('a colleague the article introduces still places a leader’s bare surname', () => {
    expect(found('Prime Minister Sébastien Lecornu resigned. Macron did not comment.')).toContainEqual(['Macron', 'emmanuel-macron']);
    expect(found('Former President Yoon Suk Yeol was jailed. Lee said the court had spoken.')).toContainEqual(['Lee', 'lee-jae-myung']);
  });

  it('"Vassili Peskov" is not Dmitry Peskov', () => {
    expect(surfaces('La lecture de Vassili Peskov a poussé l’artiste.')).not.toContain('Peskov');
  });
});

describe('a capitalised surname after a place name', () => {
  // One-word and several-word place names of the bundled packs, and made-up surnames that name nothing.
  const places = entries.filter((e) => e.kind === 'place').flatMap((e) => e.aliases.filter((a) => /^[A-Z][a-z]+( [A-Z][a-z]+)?$/.test(a)));
  const surname = fc.tuple(fc.constantFrom(...'BCDFGHKLMPRSTVWZ'), fc.stringMatching(/^[aeiou][a-z]{3,8}$/)).map(([a, b]) => a + b);
  const lead = fc.constantFrom('The guests included ', 'On Monday, the singer ', 'Reporters asked ', 'She said that ', '');

  it('a surname one letter from a place name is still a surname ("Ropania" is no misspelt Romania beside Washington)', () => {
    // Counterexamples the property below found: a misspelling's candidate counted as a second name.
    expect(surfaces('Reporters asked Washington Ropania said the talks went well.')).toEqual([]);
    expect(surfaces('Russkiy Island Conakwy said the talks went well.')).toEqual([]);
  });

  it('never leaves a place mention', () => {
    fc.assert(
      fc.property(lead, fc.constantFrom(...places), surname, (before, place, last) => {
        fc.pre(matcher.match(last).length === 0);
        const text = `${before}${place} ${last} said the talks went well.`;
        const at = before.length;
        const placeMentions = matcher.match(text).filter((m) => m.start < at + place.length && m.end > at && [m.entryId, ...(m.candidates ?? [])].some((id) => id && kindOf.get(id) === 'place'));
        expect(placeMentions).toEqual([]);
      }),
      { numRuns: 500 },
    );
  }, 30_000);
});

describe('the capitalisation rules follow the article’s language', () => {
  const de = entriesForLanguage(entries, 'de');
  const text = 'Russlands Präsident empfing Nordkoreas Machthaber und sprach über russische Truppen.';
  const ids = (m: ReturnType<typeof compileMatcher>) => m.match(text).map((x) => x.entryId);

  it('German capitalises every noun, so a capitalised neighbour leaves the name standing', () => {
    const german = compileMatcher(de, { language: 'de' });
    expect(ids(german)).toEqual(['russia', 'north-korea', 'russia']);
    // The language travels with the stored matcher the background restores.
    expect(ids(matcherFromData(structuredClone(german.data)))).toEqual(['russia', 'north-korea', 'russia']);
    // Read with the English rules, the same names look like parts of longer names.
    expect(ids(compileMatcher(de))).not.toContain('north-korea');
  });

  it('in French a first name before a capitalised surname is still a person', () => {
    const fr = compileMatcher(entriesForLanguage(entries, 'fr'), { language: 'fr' });
    const said = 'Paris Hilton est arrivée à Paris.';
    expect(fr.match(said).map((m) => m.start)).toEqual([said.lastIndexOf('Paris')]);
  });
});

describe('an adjective of a larger region or a people is not the country', () => {
  // dev/b2-11 ("Anglo American", the mining company).
  it.each(['LONDON (AP) — Anglo American and Teck Resources completed their merger.', 'Latin American leaders met in Bogotá.', 'Central American migrants walked north.', 'Many Central American migrants walked north.', 'The band starts a North American tour.'])('%s', (text) => {
    expect(found(text).map(([, id]) => id)).not.toContain('country-us');
  });
  it('keeps a demonym after any other capitalised word, and an abbreviation news uses alone', () => {
    expect(found('Senior British officials came.')).toContainEqual(['British', 'country-gb']);
    // dev/b3-15.
    expect(found('Benchmark U.S. crude oil rose 90 cents.')).toContainEqual(['U.S.', 'country-us']);
    expect(found('Central Italy shook.')).toContainEqual(['Italy', 'country-it']);
  });
});

describe("a storyline's topic needs its story", () => {
  // dev/b3-11: sanctions on Iran are not the sanctions on North Korea.
  it('counts only where one of its related entries is named', () => {
    expect(idsFound('Iran has been under pressure since the return of U.N. sanctions last year.')).not.toContain('un-sanctions-north-korea');
    expect(idsFound('North Korea has been under U.N. sanctions since 2006.')).toContain('un-sanctions-north-korea');
  });

  // dev/b3-11, b6-04: the untold topic is no name, so the one inside it counts.
  it('leaves the name inside an untold topic underlined', () => {
    expect(found('Britain, France and Germany triggered the return of U.N. sanctions last year.')).toContainEqual(['U.N.', 'united-nations']);
    expect(found('Britain, France and Germany, which reimposed U.N. sanctions on Iran last year, met.')).toContainEqual(['U.N.', 'united-nations']);
    expect(found('Pyongyang has been under U.N. sanctions since North Korea tested a bomb.')).toContainEqual(['U.N. sanctions', 'un-sanctions-north-korea']);
  });
});

describe('a capitalised word after a place that does not make it a longer name', () => {
  // dev/b5-04, b5-09, b5-15.
  it("a region's own body keeps the region; a company or a university named after it does not", () => {
    expect(found('The Idaho Legislature passed a law.')).toEqual([['Idaho', 'region-us-id']]);
    expect(found('The Texas Court of Criminal Appeals ruled.')).toEqual([['Texas', 'region-us-tx']]);
    expect(surfaces('She ate at Texas Roadhouse after the Ohio State game.')).toEqual([]);
  });
  // dev/b12-01, b12-02, b12-06, b12-07, b7-02.
  it("a body whose name ends a few words on keeps its state or city; a valley's, a company's or one before 'of' does not", () => {
    expect(found('In Atlanta, the Georgia Public Service Commission approved the plan.')[1]).toEqual(['Georgia', 'region-us-ga']);
    expect(found('A loan from the Texas Water Development Board helped.')).toEqual([['Texas', 'region-us-tx']]);
    expect(found('The Portland City Council voted 9-3 on shelters in Oregon.')[0]).toEqual(['Portland', 'city-5746545']);
    expect(found('The Detroit Police Department said so.')).toEqual([['Detroit', 'city-4990729']]);
    expect(surfaces('Engineers from the Tennessee Valley Authority said so.')).toEqual([]);
    expect(surfaces('Traders at the Chicago Board of Trade sold wheat.')).toEqual([]);
    expect(surfaces('Georgia Power Company raised its rates.')).toEqual([]);
  });
  it("a demonym before a first name is the person's nationality", () => {
    expect(found('Brazilian Gabriel Bortoleto was seventh.')).toEqual([['Brazilian', 'country-br']]);
  });
  it('a title word closing a quotation ends a work\'s name: "Tulsa King" is a series', () => {
    expect(surfaces('He also produces "Tulsa King," with Sylvester Stallone.')).toEqual([]);
    expect(found('the Texas Governor said no.')).toEqual([['Texas', 'region-us-tx']]);
  });
});

describe("a country's short name", () => {
  // dev/b4-15, b5-14; dev/bu-06 and pages/webmd-2.
  it('counts in an article whose places lie in the country', () => {
    expect(found('The director was in New York on Sunday and said he first imagined the story while driving across America.')).toContainEqual(['America', 'country-us']);
    expect(surfaces('He sailed to America in 1620.')).toEqual([]);
  });
  it('is no mention at the end of an institution\'s name after "of"; a full name there is', () => {
    expect(surfaces('In New York, analysts at Bank of America said demand recovered.')).toEqual(['New York']);
    expect(surfaces('In Tokyo, the Bank of Japan raised rates.')).toEqual(['Tokyo', 'Japan']);
  });
});

describe("an office before a person's name, and a person's name that names a place", () => {
  // dev/b6-09, b6-18: the office an alias carries is not underlined; a stadium named after a person is no person.
  it('underlines the name alone', () => {
    expect(found('Chinese Premier Li Qiang urged restraint. President Trump agreed.')).toEqual([
      ['Chinese', 'country-cn'],
      ['Li Qiang', 'li-qiang'],
      ['Trump', 'donald-trump'],
    ]);
    expect(found('King Charles III spoke.')).toEqual([['King Charles III', 'charles-iii']]);
    // dev/b8-01, b8-14.
    expect(found('The Prime Minister, Sir Keir Starmer, will travel to Lancashire.')).toContainEqual(['Keir Starmer', 'keir-starmer']);
    expect(found('Saudi Crown Prince Mohammed bin Salman hosted the summit.')).toContainEqual(['Mohammed bin Salman', 'mohammed-bin-salman']);
    // dev/b17-04: an office alias with the short name ("President Xi") does not cut the full name short.
    expect(found('Chinese President Xi Jinping met President Prabowo Subianto, then President Xi left.')).toEqual([
      ['Chinese', 'country-cn'],
      ['Xi Jinping', 'xi-jinping'],
      ['Prabowo Subianto', 'prabowo-subianto'],
      ['Xi', 'xi-jinping'],
    ]);
  });
  it('drops a person before the head of a place\'s or a prize\'s name', () => {
    expect(found('India closed at the Narendra Modi Stadium.')).toEqual([['India', 'country-in']]);
    expect(found('Narendra Modi spoke in Delhi.')).toContainEqual(['Narendra Modi', 'narendra-modi']);
  });
  it('"Central America" is no US; "Georgia state Sen." is the state', () => {
    expect(surfaces('Floods hit Central America and South America.')).toEqual([]);
    expect(found('Georgia state Sen. Bill Cowsert said the bill would pass.')).toEqual([['Georgia', 'region-us-ga']]);
  });
});

describe('a region in school sports, a part of a country, a state abbreviation news uses alone', () => {
  // dev/b5-05, b4-17, b4-20, cu-05.
  it('keeps the state before a school division and its class, the demonym before a compass noun that ends the name', () => {
    expect(found('Duncanville won the Texas Class 6A state championship.')).toEqual([['Texas', 'region-us-tx']]);
    expect(found('They meet for the Texas 6A Division I title.')).toEqual([['Texas', 'region-us-tx']]);
    expect(found('He sells to restaurants across the American South.')).toEqual([['American', 'country-us']]);
    expect(surfaces('The Dutch East India Company shipped porcelain.')).toEqual([]);
  });
  it('reads "NSW" as New South Wales where the article supports it, as other bare abbreviations of places', () => {
    expect(found('Sydney sweltered, and the cool change will not reach the NSW coast until Saturday.')).toContainEqual(['NSW', 'region-au-nsw']);
    expect(surfaces('The NSW file format is documented.')).toEqual([]);
  });
});

describe('ordinary news the day’s rules must leave alone (found in review)', () => {
  it.each([
    ['The strike hit Ukraine and Russia, a monitoring group said. Later, Russia said no.', ['Ukraine', 'Russia', 'Russia']],
    ['Exports to its biggest trading partner, Canada, fell. Canada retaliated.', ['Canada', 'Canada']],
    ['Houston hosted 2,000-3,000 delegates at the summit. Houston officials were pleased.', ['Houston', 'Houston']],
    ['California topped the rankings for the 2024-25 school year. California lawmakers cheered.', ['California', 'California']],
    ['In the third quarter, profits rose as the company met its goals for the season. Chicago faces a budget gap, and Boston hired a new finance chief.', ['Chicago', 'Boston']],
    ["One of Trump's closest advisers resigned.", ['Trump']],
    ["The Ohio Senator's bill passed.", ['Ohio']],
    ['Migrants crossed along the Texas, Mexico border.', ['Texas', 'Mexico']],
    ["Snow blanketed the Sierra Nevada. Nevada officials closed two highways, and Nevada's governor declared an emergency.", ['Nevada', 'Nevada']],
  ])('%s', (text, names) => {
    expect(surfaces(text)).toEqual(names);
  });
  it('keeps the capital after a source and a comma, and drops a demonym opening a body named after a person', () => {
    expect(found('He told Semafor, New York would sue.')).toEqual([['New York', 'city-5128581']]);
    expect(found('according to Politico, Washington is weighing sanctions')).toEqual([['Washington', 'city-4140963']]);
    expect(surfaces('The German Marshall Fund said so.')).toEqual([]);
  });
  it('a reading the words around one "Georgia" chose is not the article\'s: Tbilisi still grounds the country', () => {
    const text = 'Sen. Jon Ossoff of Georgia spoke about Tbilisi. Georgia\'s president replied.';
    expect(found(text).filter(([s]) => s === 'Georgia')).toEqual([
      ['Georgia', 'region-us-ga'],
      ['Georgia', 'country-ge'],
    ]);
  });
});

describe("a place's name in capitals in running text", () => {
  // dev/b8-09: the INDIA bloc, an opposition alliance.
  it('is an acronym; a dateline, a line in capitals and an organisation\'s acronym are not', () => {
    expect(surfaces('The sweeping win has left the opposition INDIA bloc divided.')).toEqual([]);
    expect(found('NEW DELHI — India votes.')).toEqual([['NEW DELHI', 'city-1261481'], ['India', 'country-in']]);
    expect(found('The oil cartel OPEC met in Vienna.')).toContainEqual(['OPEC', 'opec']);
    expect(found('Troops left the US base.')).toContainEqual(['US', 'country-us']);
  });
});

describe('the tenth and eleventh dev batches', () => {
  // dev/b11-06, b11-14: "Town, Place" picks the town's reading, for that match.
  it('reads a town by the place after it', () => {
    expect(found('SAN JOSÉ, Costa Rica (AP) — Costa Rica seized cocaine.')[0]).toEqual(['SAN JOSÉ', 'city-3621849']);
    expect(found('Specialists from Victoria, British Columbia, came.')[0]).toEqual(['Victoria', 'city-6174041']);
    // Where the article's Australian places make "Victoria" the state, the town's own place still decides.
    expect(found('Fires neared Melbourne. Specialists from Victoria, British Columbia, came.')[1]).toEqual(['Victoria', 'city-6174041']);
    expect(found('Fires neared Melbourne and burned across Victoria.')[1]).toEqual(['Victoria', 'region-au-vic']);
    // dev/b18-25: a town known only by its short name, with its region's country after it.
    expect(found('NEWCASTLE, Australia (AAP) — Jordan Bosich scored twice.')[0]).toEqual(['NEWCASTLE', 'city-2155472']);
    expect(found('NEWCASTLE, England (AP) — It rained.').map(([s]) => s)).toEqual(['England', 'AP']);
  });
  // dev/b18-05: "All-" before a place opens a title, at a sentence's start too.
  it('"All-Ireland champions" and "All-American" name no country', () => {
    expect(found('DUBLIN — All-Ireland champions Donegal won seven places.').map(([s]) => s)).toEqual(['DUBLIN']);
    expect(found('All-American linebacker Joe Hale signed. Hale is from Ireland.').map(([s]) => s)).toEqual(['Ireland']);
  });
  // dev/b10-04, b10-05, b11-08, b11-13, b11-15, b11-04.
  it('drops rivers, county lists and Romance names a place opens; keeps a place before a percentage', () => {
    expect(surfaces('It lies at the confluence of the Ohio and Mississippi rivers, where Illinois meets Kentucky.')).toEqual(['Illinois', 'Kentucky']);
    expect(surfaces('A warning covers Franklin, Delaware, Licking, Warren and Butler counties.')).toEqual([]);
    expect(surfaces('Delaware and Maryland counties voted.')).toEqual(['Delaware', 'Maryland']);
    expect(found('The storm flooded Santiago de Cuba and Holguín.')).toEqual([['Cuba', 'country-cu']]);
    expect(found('Rio de Janeiro hosted it.')).toEqual([['Rio de Janeiro', 'city-3451190']]);
    expect(found('The council fined Pakistan 10% of their match fees.')).toContainEqual(['Pakistan', 'country-pk']);
    expect(surfaces('Sunrisers will open their Indian Premier League season.')).toEqual([]);
    expect(found('Ontario Premier Doug Ford spoke.')).toEqual([['Ontario', 'region-ca-on']]);
  });
  // dev/b10-13, b10-16, b10-17.
  it('a side or a band with a plural verb opening its sentence, a racehorse in apposition, grandchildren without a comma', () => {
    expect(surfaces('And Kansas are doing one more farewell run.')).toEqual([]);
    expect(surfaces('Lawmakers in Georgia are debating one.')).toEqual(['Georgia']);
    expect(surfaces("His rivals include Luxembourg, the Irish horse trained by Aidan O'Brien.")).toEqual(['Irish']);
    expect(surfaces('Survivors include grandchildren Chelsea, Dakota and Brooklyn.')).toEqual([]);
  });
  it('reads the spellings news uses: Odesa, Basra, St Petersburg, Kazakh', () => {
    expect(found('Drones hit Kharkiv and Odesa overnight.')).toContainEqual(['Odesa', 'city-698740']);
    expect(found('Oil flows from Basra.')).toContainEqual(['Basra', 'city-99532']);
    expect(found('Flights link Moscow and St Petersburg.')).toContainEqual(['St Petersburg', 'city-498817']);
    expect(found('Kazakh President Kassym-Jomart Tokayev spoke.')).toContainEqual(['Kazakh', 'country-kz']);
  });
});

describe('ordinary news the last rounds of rules must leave alone (found in a second review)', () => {
  it.each([
    ['…of the war.\nRELATED: ISRAEL STRIKES LEBANON\nOfficials in Beirut said so.', ['LEBANON', 'Beirut']],
    ['record results.\nTORONTO, March 3, 2025 /PRNewswire/ -- Acme said.', ['TORONTO']],
    ['The number of children Israel has killed in Gaza keeps rising.', ['Israel']],
    ['FEMA approved aid for Texas, Louisiana and Mississippi counties after the storm.', ['Texas', 'Louisiana', 'Mississippi']],
    ['Dubai, the horse racing hub of the Gulf, will host the World Cup.', ['Dubai']],
    ['Smog blankets the Kathmandu valley every winter.', ['Kathmandu']],
    ['Floods hit the Texas, Oklahoma and Arkansas river towns.', ['Texas', 'Oklahoma', 'Arkansas']],
  ])('%s', (text, names) => {
    expect(surfaces(text)).toEqual(names);
  });
  it('still drops the last name of a county list, and keeps "la Russie de Poutine" in French', () => {
    expect(surfaces('A warning covers Franklin, Licking and Delaware counties.')).toEqual([]);
    const fr = compileMatcher(entriesForLanguage(entries, 'fr'), { language: 'fr' });
    const text = 'La Russie de Poutine ne respecte pas le traité.';
    expect(fr.match(text).map((m) => text.slice(m.start, m.end))).toContain('Russie');
  });
});

describe("a saint's name with its 's before a capitalised word", () => {
  it('names a day, a church or a park, not the city; a title after it keeps the city', () => {
    expect(surfaces("Crowds marked St George's Day in London.")).toEqual(['London']);
    expect(surfaces("Fans gathered at St George's Park.")).toEqual([]);
    // The name's own "'s" is underlined with it (matcher.ts `RULE_POSSESSIVE`).
    expect(found("She flew to St George's, Grenada.")).toContainEqual(["St George's", 'city-3579925']);
  });
});

describe('saints\' cities in the bundled packs', () => {
  it('reads the dotted "St." of a city name', () => {
    expect(found('Police in St. Louis said on Tuesday that the shooting happened near the river.')).toEqual([['St. Louis', 'city-4407066']]);
    expect(found('The plane landed in St. Petersburg after a delay.')).toEqual([['St. Petersburg', 'city-498817']]);
  });

  it('keeps Grenada\'s capital to the name with its "\'s": St. George, Utah, is not it', () => {
    expect(found('He moved to St. George last year.')).toEqual([]);
    expect(found("She flew to St. George's, Grenada.")).toContainEqual(["St. George's", 'city-3579925']);
    expect(found('In New Brunswick, the port of Saint John closed.')).toEqual([['New Brunswick', 'region-ca-nb']]);
  });
});

describe("a name's own 's (property)", () => {
  // Names in the bundled packs that carry their own "'s": without it the text names something else.
  const owned = entries.flatMap((e) => [e.name, ...e.aliases].filter((a) => /['’]s$/u.test(a)).map((a) => [a, e.id] as const));

  it('exists in the packs (the property below is not vacuous)', () => {
    expect(owned.length).toBeGreaterThan(3);
  });

  it("dropping the name's own 's never leaves a mention of its entry", () => {
    fc.assert(
      fc.property(fc.constantFrom(...owned), fc.constantFrom('Officials in ', 'He moved to ', 'A report from '), fc.constantFrom(' said on Monday.', ', officials said.', ' last year.'), ([alias, id], before, after) => {
        const text = before + alias.replace(/['’]s$/u, '') + after;
        expect(idsFound(text)).not.toContain(id);
      }),
      { numRuns: 200 },
    );
  });
});

describe('another place of the name', () => {
  // dev/b12-25, b8-18.
  it('"a Belfast on Penobscot Bay", "a Rome, a Vienna and…": that mention is a town of the name (not "a Madrid tucked into the woods": a verb follows)', () => {
    expect(surfaces('The state map also shows a Belfast on Penobscot Bay, a Lisbon near Lewiston, and a Rome, a Vienna and a Madrid tucked into the woods.')).toEqual(['Madrid']);
    expect(surfaces('There is also a Perth in Ontario.')).toEqual(['Ontario']);
  });
  it('"a Paris hotel", "a stronger Russia", "an Iran with the bomb", "a U.S. envoy", "a Spanish doctor" stay', () => {
    expect(surfaces('They stayed at a Paris hotel.')).toEqual(['Paris']);
    expect(surfaces('He warned of an Iran with the bomb and a Russia in decline.')).toEqual(['Iran', 'Russia']);
    expect(surfaces('A U.S. envoy was due in Beirut, and a Spanish doctor.')).toEqual(['U.S.', 'Beirut', 'Spanish']);
  });
  it('"the other Perth": the article is about the namesake, but the place with its own region is the place', () => {
    const text = 'The other Perth: slow days on the Tay\n\nPerth looks like a much bigger place. Travellers meant to book Perth, Western Australia, instead.';
    expect(found(text)).toEqual([['Perth', 'city-2063523'], ['Western Australia', 'region-au-wa']]);
  });
});

describe('a demonym opening an organisation', () => {
  // dev/b8-06, b13-05, b8-12.
  it('"the Australian Energy Market Operator" is a body; "the Australian Foreign Minister Penny Wong" and "Defense Secretary" are offices', () => {
    expect(surfaces('The Australian Energy Market Operator has forecast a gap.')).toEqual([]);
    expect(surfaces('The Australian Foreign Minister Penny Wong spoke.')).toEqual(['Australian']);
    expect(surfaces('The U.S. Defense Secretary said so.')).toEqual(['U.S.']);
  });
  it('"the British and Irish Lions" share one name; "British and Irish officials" are two nationalities', () => {
    expect(surfaces('Farrell led the British and Irish Lions in Australia.')).toEqual(['Australia']);
    expect(surfaces('British and Irish officials met.')).toEqual(['British', 'Irish']);
    expect(surfaces('Ireland beat them. Farrell led the British and Irish Lions in Australia.')).toEqual(['Ireland', 'Australia']);
    expect(surfaces('Australian and Papua New Guinean troops began exercises.')).toEqual(['Australian', 'Papua New Guinean']);
    // dev/b17-25: a region's two-word adjective after "and" is no name.
    expect(surfaces('Ghana has also turned to Chinese and Middle Eastern lenders.')).toEqual(['Ghana', 'Chinese']);
  });
  // dev/b18-10.
  it('"Western Australian" and "South Australian" are the states; "Australian" alone the country', () => {
    expect(found('The Western Australian government promised a line, South Australian officials agreed and Australian banks paid.')).toEqual([
      ['Western Australian', 'region-au-wa'],
      ['South Australian', 'region-au-sa'],
      ['Australian', 'country-au'],
    ]);
  });
});

describe('a doubtful headline match', () => {
  // dev/b10-12: a schedule line in title case supports nothing by itself.
  it('needs support from another line, not from its own', () => {
    expect(surfaces('Heat at Celtics: Preview\n\nMiami Heat (14-9) at Boston Celtics (15-8), 7:30 p.m. EST, TD Garden, Boston\n\nThe Celtics have won five of six.')).toEqual(['Boston']);
    expect(surfaces('Heat at Celtics: Preview\n\nMiami Heat at Boston Celtics, TD Garden\n\nFans in Boston waited.')).toEqual(['Boston', 'Boston']);
  });
});

describe('names built on a place (dev/b13, b15)', () => {
  it('a water named "of" a place is the water', () => {
    expect(surfaces('Warm air was drawn north from the Gulf of Mexico.')).toEqual([]);
    expect(surfaces('Talk of moving the capital to the coast on the Gulf of Oman revived.')).toEqual([]);
    expect(surfaces('The Bank of Japan held rates.')).toEqual(['Japan']);
  });
  it('places joined by hyphens before a capitalised name are that name; before a lower-case noun, a route', () => {
    expect(surfaces('The United States-Mexico-Canada Agreement faced its first review.')).toEqual([]);
    expect(surfaces('The Baku-Tbilisi-Kars railway reopened.')).toEqual(['Baku', 'Tbilisi']);
  });
  it("a country's name before a party member's word names a party; a US state's names its members", () => {
    expect(surfaces('The Sweden Democrats remain the second-largest party.')).toEqual([]);
    expect(surfaces('Texas Democrats walked out.')).toEqual(['Texas']);
  });
  it("a demonym before a nation's civil body is the country; before an armed group's name it is not", () => {
    expect(surfaces('Chinese Foreign Ministry spokesperson Lin Jian said so.')).toEqual(['Chinese']);
    expect(surfaces('Talks on merging the Syrian Democratic Forces have stalled.')).toEqual([]);
  });
});

describe('everyday traps of the fourteenth dev batch', () => {
  it('a breed, a language after "in … and", a town by its distance, a royal, an airline by its name', () => {
    expect(surfaces('He stole 40 French bulldogs and a German shepherd.')).toEqual([]);
    // dev/b17-10: a demonym before "cattle" is where the herd comes from.
    expect(surfaces('The port reopens to Mexican cattle; Jersey cattle graze.')).toEqual(['Mexican']);
    expect(surfaces('The stations broadcast in French and Arabic from Abéché.')).toEqual([]);
    expect(surfaces('Troopers closed I-45 near Italy, about 45 miles south of Dallas.')).toEqual(['Dallas']);
    expect(surfaces('A statue of Queen Victoria stands outside.')).toEqual([]);
    // dev/b17-17: a first name and a title word, then a role in apposition, are a person's name.
    expect(surfaces('Shares in Sydney edged up, said Victoria Scholar, head of investment at Interactive Investor.')).toEqual(['Sydney']);
    // dev/b21-02, b21-01: "the city of" a country's name is a town; a lawmaker "of New York" is the state's.
    expect(found('A judge blocked the city of Lebanon from enforcing it.')).toEqual([]);
    expect(found('Democratic leader Hakeem Jeffries of New York said so.')).toEqual([['New York', 'region-us-ny']]);
    // dev/b20-19: a French race's, cup's, street's or station's name; the country's stadium keeps it.
    expect(surfaces('The Tour de France starts in Edinburgh; trains leave Gare de Lyon; France won at the Stade de France.')).toEqual(['Edinburgh', 'France', 'France']);
    // dev/b22-11, b22-13, b22-14: a race named "of" or "to" a place; a demonym as an airline's name before "could".
    expect(surfaces('He won a stage of the Tour of Britain and the Race to Dubai title.')).toEqual([]);
    expect(surfaces('Analysts said Turkish could overtake Lufthansa.')).toEqual([]);
    // dev/b19-01, b19-24: a class of ships, a numbered highway.
    expect(surfaces('Both yards are behind on Virginia-class submarines. It sits east of Seattle on U.S. 2, over Stevens Pass.')).toEqual(['Seattle']);
    expect(surfaces('The U.S. 10-year yield rose.')).toEqual(['U.S.']);
    // dev/b10-01: a place's possessive before a restaurant's noun is a brand; before an office or a body, the place.
    expect(surfaces("It runs 412 Jordan's Kitchen restaurants. Jordan's King Abdullah met China's Central Bank chief.")).toEqual(['Jordan', 'China']);
    // dev/b9-19: "the" and a city's one-word name with no noun after it is a venue; with a noun, the city.
    expect(surfaces('She played the Olympia in Paris. Flights to the Sydney area rose.')).toEqual(['Paris', 'Sydney']);
    // dev/b18-24: a peer's title before a first name that is a city's (a horse, here).
    expect(surfaces('The Gordon Elliott-trained Lady Sydney was four lengths back in third.')).toEqual([]);
    // dev/b18-07: "the county of" a city's name is another place; the city's own uses stay.
    expect(found('Surrey, British Columbia, takes its name from the county of Surrey in England.').map(([s]) => s)).toEqual(['Surrey', 'British Columbia', 'England']);
    expect(surfaces('Ethiopian, which carried 19 million passengers, is growing. He said Ethiopian would add flights.')).toEqual([]);
  });
  it('keeps the nationality where the demonym has a determiner or a noun', () => {
    expect(surfaces('"The Irish will be hurting," the coach said.')).toEqual(['Irish']);
    expect(surfaces('Ethiopian officials said the airline would grow.')).toEqual(['Ethiopian']);
  });
  it('reads "From Port Angeles, Washington" as the state, the town before it unknown', () => {
    expect(found('From Port Angeles, Washington, the ferry crosses the strait.')).toEqual([['Washington', 'region-us-wa']]);
  });
});

describe('organisations news names with a country inside (news pack 6)', () => {
  // dev/b9-13, b15-13, b9-15: the party and the company are entries of their own, longer than the country's name.
  it('"Reform UK" is the party and "U.S. Steel" the company, not the United Kingdom or the United States', () => {
    expect(found('Reform UK leader Nigel Farage says he will scrap the surcharge.')).toEqual([['Reform UK', 'reform-uk']]);
    expect(found("The blast at U.S. Steel's Clairton Coke Works was filmed.")).toEqual([['U.S. Steel', 'us-steel']]);
    expect(found('The U.S. steel industry grew.')).toEqual([['U.S.', 'country-us']]);
  });
});

describe('the sixteenth dev batch', () => {
  it('a river after "the" and its stretch, a language named as one, a province of another country, a party', () => {
    expect(surfaces('Lines add ships on the Mississippi\nDrought left the Mississippi so low near Memphis that barges ran aground.')).toEqual(['Memphis']);
    expect(surfaces('The Mississippi legislature met.')).toEqual(['Mississippi']);
    expect(surfaces('Bulgaria argues that Macedonian is a dialect of Bulgarian.')).toEqual(['Bulgaria']);
    expect(surfaces('Greece, whose northern province of Macedonia is centred on Thessaloniki, objected.')).toEqual(['Greece']);
    expect(surfaces('Taiwan, which Beijing calls a province of China, voted.')).toEqual(['Taiwan', 'Beijing', 'China']);
    expect(surfaces('Labour came third behind the Scottish National Party.')).toEqual([]);
    expect(surfaces('The Texas National Guard deployed.')).toEqual(['Texas']);
  });
});

describe('the era is no province', () => {
  // dev/b15-18, b18-07, b21-22; dev/b11-12 has the era.
  it('reads "B.C." as British Columbia, except after a year', () => {
    expect(found('SURREY, B.C. (The Canadian Press) — Schools in Vancouver are full.')).toContainEqual(['B.C.', 'region-ca-bc']);
    expect(found('In Victoria, B.C. Premier David Eby said no.')).toContainEqual(['B.C.', 'region-ca-bc']);
    expect(idsFound('Founded by Alexander the Great in 331 B.C., Alexandria was the capital of Egypt.')).not.toContain('region-ca-bc');
    expect(idsFound('Pottery from the fifth century B.C. was found near Vancouver.')).not.toContain('region-ca-bc');
  });
});

describe("a school's state in brackets after its side", () => {
  // dev/b23-02.
  it('is part of the side, in a sports report', () => {
    const report = 'The quarterback and the linebacker were hurt before the playoffs. The upset came in Louisville, Kentucky, where Miami (Ohio) beat No. 8 Xavier 70-65.';
    expect(found(report).map(([s]) => s)).toEqual(['Kentucky']);
  });
});

describe("a state's body after a name that is also a country's or a first name", () => {
  // dev/b24-05, b24-16, b10-19.
  it('is the state', () => {
    expect(found('The Virginia Department of Health said.')).toEqual([['Virginia', 'region-us-va']]);
    const both = 'ATLANTA (AP) — Georgia lawmakers questioned a trade office in Tbilisi, the capital of the country of Georgia. The Georgia Ports Authority courts cargo bound for Poti.';
    expect(found(both).filter(([s]) => s === 'Georgia').map(([, id]) => id).slice(0, 1)).toEqual(['region-us-ga']);
    expect(found(both).filter(([s]) => s === 'Georgia').map(([, id]) => id)[2]).toBe('region-us-ga');
  });
});

describe('names news writes for less-covered countries', () => {
  // dev/b25-09, b25-14.
  it('reads "Kyrgyz", and "PNG" where the article names Papua New Guinea, not an image format', () => {
    expect(found('Kyrgyz officials in Bishkek say it will cost $4.7 billion.')).toContainEqual(['Kyrgyz', 'country-kg']);
    expect(found('Papua New Guinea voted. Australia signed a defense treaty with PNG last year.')).toContainEqual(['PNG', 'country-pg']);
    expect(idsFound('Save the chart as a PNG file and upload it.')).not.toContain('country-pg');
  });
});

describe('a city named inside another town\'s name', () => {
  // dev/b25-07; dev/b11-13 and b3-20 keep the country.
  it('is no city after a capitalised word and a Romance particle; a country there stays', () => {
    expect(idsFound('Militants attacked Macomia and Mocímboa da Praia last month.')).not.toContain('city-3374333');
    expect(found('He flew to Praia, Cape Verde.')).toContainEqual(['Praia', 'city-3374333']);
    expect(found('Santiago de Cuba flooded.')).toContainEqual(['Cuba', 'country-cu']);
  });
});

describe("a peer's word after a place", () => {
  // dev/b23-21: a racehorse.
  it('ends a name when no name follows it; before a name it is a title', () => {
    expect(idsFound('He beat the Irish-trained favourite Lisbon Lady by a length and a half.')).not.toContain('city-2267057');
    expect(found('The Sydney Lord Mayor, Clover Moore, said.')).toContainEqual(['Sydney', 'city-2147714']);
  });
});

describe("a shared short name ending an institution's name", () => {
  // dev/b14-12, b26-19.
  it("is the country the article names in full; a name one place has stays none", () => {
    expect(found('South Korea raised taxes. The Bank of Korea held its rate.')).toContainEqual(['Korea', 'south-korea']);
    expect(idsFound('The Bank of Korea held its rate.')).toEqual([]);
    expect(found('Analysts at Bank of America said, in New York.').map(([s]) => s)).toEqual(['New York']);
  });
});

describe('short forms Australian, Northern Irish and New Zealand news writes alone', () => {
  // dev/b8-06, b27-02, b27-06, b27-07, b27-08.
  it('reads "WA" and "NI" where the article supports them, "Qld" and "Kiwi" as names', () => {
    expect(found('PERTH (AAP) — Ambulances waited outside WA hospitals.')).toContainEqual(['WA', 'region-au-wa']);
    expect(idsFound('SEATTLE (AP) — WA lawmakers met.')).not.toContain('region-au-wa');
    expect(found('BELFAST — NI needed fewer hospitals.')).toContainEqual(['NI', 'region-gb-nir']);
    expect(idsFound('The chancellor raised NI contributions.')).toEqual([]);
    expect(found('We train nurses for Qld and Vic.')).toContainEqual(['Qld', 'region-au-qld']);
    expect(found('Kiwi doctors left for Queensland.')).toContainEqual(['Kiwi', 'country-nz']);
  });
});

describe("names that hold a place's name without being the place", () => {
  // dev/b16-22, b22-17, b26-24.
  it('a river\'s reach, an acronym\'s "+", a disease named after a place', () => {
    expect(idsFound('Itineraries on the lower Mississippi stop in Natchez.')).toEqual([]);
    expect(found('Mississippi lawmakers met in Jackson.')).toContainEqual(['Mississippi', 'region-us-ms']);
    expect(found('Oil rose as OPEC+ kept output steady.')).toContainEqual(['OPEC+', 'opec']);
    expect(idsFound('Names such as "Spanish flu" do harm.')).toEqual([]);
    // dev/b34-24.
    expect(idsFound('Skip the "Prague ham" stalls.')).toEqual([]);
  });
});

describe('a state that is also a country, as a side', () => {
  // dev/b28-12: recruiting.
  it('is the side once resolved to the state, by the words of a side in a sports report', () => {
    const report = 'PARIS, Texas (AP) — The top-ranked quarterback committed to Texas on Wednesday, choosing the Longhorns over Georgia and LSU. Tackle Israel Okafor of Columbus, Georgia, had 12 tackles in overtime in the playoffs.';
    expect(found(report)).toEqual([['Texas', 'region-us-tx'], ['AP', 'associated-press'], ['Georgia', 'region-us-ga']]);
    expect(found('ATLANTA (AP) — Officials in Georgia met on Wednesday.')).toContainEqual(['Georgia', 'region-us-ga']);
  });
});

describe("a news agency's capitals that are a party's or a police force's", () => {
  // dev/b29-20: Pakistan's PTI.
  it("are that body's before its people's noun, and in the rest of the article; in attribution the agency", () => {
    expect(idsFound('PTI supporters blocked roads into Karachi. PTI said it would rally.')).toEqual(['city-1174872']);
    expect(found('NEW DELHI (PTI) — Officials said.')).toContainEqual(['PTI', 'press-trust-of-india']);
    expect(idsFound('AFP officers arrested a man in Sydney.')).not.toContain('agence-france-presse');
    expect(found('AP spokeswoman Lauren Easton said.')).toContainEqual(['AP', 'associated-press']);
  });
});

describe("a region's bare capitals where the article names its country", () => {
  // dev/b28-15: a Sheffield Shield report naming no New South Wales town.
  it('are the region by anything of its country the article names; elsewhere they need the region or its towns', () => {
    expect(found('MELBOURNE (AAP) — Sam Konstas made 152 as NSW took control against Victoria at the MCG.')).toContainEqual(['NSW', 'region-au-nsw']);
    expect(found('Flights from Brisbane to WA resumed.')).toContainEqual(['WA', 'region-au-wa']);
    expect(idsFound('SEATTLE (AP) — WA lawmakers met.')).not.toContain('region-au-wa');
    expect(surfaces('The NSW file format is documented.')).toEqual([]);
  });
});

describe('result lines', () => {
  // dev/b30-18, b30-22.
  it("keep a national or a state side's place before its score; a club's name stays whole", () => {
    expect(found("England 27, New Zealand 24: Smith's late drop goal seals third straight win")).toEqual([['England', 'region-gb-eng'], ['New Zealand', 'country-nz']]);
    expect(found('Queensland 9-412 dec and 1-36 v Tasmania 298 at the Gabba').map(([s]) => s)).toEqual(['Queensland', 'Tasmania']);
    expect(found('Australia 28 (Tamika Upton 2 tries) def New Zealand 12 at Go Media Stadium').map(([s]) => s)).toEqual(['Australia', 'New Zealand']);
    expect(surfaces('Sydney is hot.\nPerth Glory 1, Adelaide United 3\nWestern Sydney Wanderers 0, Brisbane Roar 0')).toEqual(['Sydney']);
    // A channel's number stays a channel's ("France 3"), a club's score a club's.
    expect(surfaces('He watched France 3 and Russia 1 on television.')).toEqual([]);
    expect(surfaces('Liverpool 2, Chelsea 1')).toEqual([]);
  });
});

describe("an agency's photo credit, a county seat", () => {
  // dev/b31-22, b31-04.
  it('names the agency in a credit; a country named as a county seat is the town', () => {
    expect(found('Snow buried cars. (AP Photo/Aaron Favila)')).toContainEqual(['AP', 'associated-press']);
    expect(found('(AAP Image/Dean Lewins)')).toContainEqual(['AAP', 'australian-associated-press']);
    expect(idsFound('A zoning board member in Lebanon, the county seat, reported a bribe.')).not.toContain('country-lb');
  });
});

describe("a headline's capitals read by the body", () => {
  // dev/b33-13, b33-15, b33-08; dev/b33-22 keeps the state's own body.
  it('make a longer name of a place and the next word where the body writes them together', () => {
    expect(surfaces('Texas Instruments Shares Fall on Weak Outlook\n\nDALLAS (AP) — Texas Instruments said demand from carmakers fell in Texas and abroad.')).not.toContain('Texas Instruments');
    const headline = found('Texas Instruments Shares Fall on Weak Outlook\n\nDALLAS (AP) — Texas Instruments said demand from carmakers fell in Texas and abroad.');
    expect(headline.filter(([s]) => s === 'Texas')).toHaveLength(1);
    const senate = found('Virginia Holloway, First Woman to Lead Kentucky Senate, Dies at 88\n\nShe presided over the Kentucky Senate in Frankfort.');
    expect(senate.filter(([s]) => s === 'Kentucky')).toHaveLength(2);
  });
});

describe('a neighbourhood named after a place, a nickname before a surname, a region in a county', () => {
  // dev/b33-21, b14-22, b33-23, b33-04.
  it('are no places', () => {
    expect(idsFound('A Debut Novel Finds Its Heart in Little Egypt')).toEqual([]);
    expect(found('Little Rock voted.')).toContainEqual(['Little Rock', 'city-4119403']);
    expect(idsFound('Lester "Boogie" Jordan, a blues pianist, died in Memphis. Jordan played Beale Street.')).toEqual(['city-4641239']);
    expect(found('Tokyo was ready to talk with Beijing "at any level."\n\nBeijing has kept its advice.').filter(([s]) => s === 'Beijing')).toHaveLength(2);
    expect(idsFound('In Ontario, in San Bernardino County, the clinic closed.')).toEqual([]);
  });
});

describe('a people named with a region, a town named like a state', () => {
  // dev/b26-22, b33-08; dev/b14-03 (a headline) and b24-14 (the province) keep the region.
  it('are neither the state nor the demonym\'s country', () => {
    expect(idsFound('Eat Pennsylvania Dutch pretzels from Lancaster County.')).toEqual([]);
    expect(found('Man Gets 9 Years for Ohio French Bulldog Theft Ring')).toContainEqual(['Ohio', 'region-us-oh']);
    expect(idsFound('People protested in the city of Delaware on Tuesday.')).toEqual([]);
    expect(found('It is named for the Canadian province of Ontario.')).toContainEqual(['Ontario', 'region-ca-on']);
  });
});

describe("a province of a city's name, a resort town abroad, a sport's body", () => {
  // dev/b35-19, b35-23, b35-21.
  it('are not the glossary entry', () => {
    expect(idsFound("Farmers in Argentina's central province of Córdoba began planting.")).toEqual(['country-ar']);
    expect(idsFound('Nigeria will hold a camp in Lagos, the Algarve resort town in Portugal, before the cup.')).not.toContain('city-2332459');
    const cricket = 'The ICC confirmed that Sabina Park would host a Test; the bowlers took 12 wickets in the innings and the fast bowler was man of the match.';
    expect(idsFound(cricket)).not.toContain('international-criminal-court');
    expect(idsFound('The ICC issued an arrest warrant for the general.')).toContain('international-criminal-court');
  });
});

describe('a person named with two places and an age, a part of a city named like a country, an airline named by its demonym', () => {
  // dev/b38-07, b37-20, b38-23.
  it('Dallas Washington, 47, is a person', () => {
    expect(idsFound('Dallas Washington, 47, of Scottsdale, was found guilty on Thursday.')).toEqual([]);
    expect(surfaces('Georgia Hamilton, 39, died in a crash.')).toEqual([]);
    expect(surfaces('In Washington, 47, people were hurt.')).toEqual(['Washington']);
  });
  it('"near Jamaica, in Queens" is no country, but "in Paris, in France" keeps both and "University of Georgia, in Athens" the state', () => {
    expect(surfaces('Track work near Jamaica, in Queens, would begin on Friday.')).toEqual(['Queens']);
    expect(surfaces('The protest in Paris, in France, was large.')).toEqual(['Paris', 'France']);
    expect(surfaces('A week after the University of Georgia, in Athens, opened a center, Georgia lawmakers met.')).toContain('Georgia');
  });
  it('a demonym with a possessive and no determiner is a name; with one, a nationality', () => {
    expect(idsFound("RwandAir is a fraction of Ethiopian's size.")).toEqual([]);
    expect(idsFound("Ethiopian's rivals have struggled, and Ethiopian also manages stakes in other carriers.")).toEqual([]);
    expect(idsFound("The Kenyan's time was 2:05:11.")).toEqual(['country-ke']);
  });
});

describe("a bare apostrophe's possessive, a team named like a title (dev/b38-24, b37-07)", () => {
  it("Texas' Kerr County is the state's; the Washington Spirit is a club", () => {
    expect(idsFound("Flash floods in Texas' Kerr County killed more than 130 people.")).toEqual(['region-us-tx']);
    expect(idsFound("Floods in Texas' Hill Country and Illinois' Cook County")).toEqual(['region-us-tx', 'region-us-il']);
    expect(surfaces('The Washington Spirit beat the Portland Thorns 2-1 on Sunday.')).toEqual([]);
    expect(surfaces('Washington Governor Bob Ferguson spoke in Olympia.')).toContain('Washington');
  });
});

describe('a place opening a Romance name (dev/b36-18)', () => {
  it('"the Palau de la Música" is no country; "Rio de Janeiro" stays a city; "Santiago de Chile" keeps Chile', () => {
    expect(idsFound('Speeches were given at a ceremony in the Palau de la Música.')).toEqual([]);
    expect(idsFound('Rio de Janeiro hosted the summit.')).toEqual(['city-3451190']);
    expect(idsFound('He flew to Santiago de Chile on Monday.')).toEqual(['country-cl']);
  });
});

describe('the adjectives news writes where the dataset has another demonym (dev/b36-13)', () => {
  it('Icelandic, Uzbek, Nepali, Philippine, Ecuadorian, Argentinian name their countries', () => {
    expect(idsFound('Icelandic authorities lifted the order.')).toEqual(['country-is']);
    expect(idsFound('Uzbek cotton and Nepali workers')).toEqual(['country-uz', 'country-np']);
    expect(idsFound('A Philippine coast guard ship was hit.')).toEqual(['country-ph']);
    expect(idsFound('The Ecuadorian and Argentinian ministers met.')).toEqual(['country-ec', 'country-ar']);
  });
});

describe('a village or a hamlet named like a city (dev/b36-22, b36-24)', () => {
  it('is no city, and its later bare uses are the village too; "the city of New York" is the city', () => {
    expect(idsFound('A solar farm is planned near the hamlet of New York, north of Coningsby.')).toEqual([]);
    expect(idsFound('Residents of the tiny village of Moscow, near Kilmarnock, won. "We are from Moscow," she said.')).toEqual([]);
    expect(idsFound('Officials in the city of New York said so.')).toEqual(['city-5128581']);
  });
});

describe("a city's name before 'state' or 'province' (dev/b38-15)", () => {
  it('names the division, not the city; a region of the name stays', () => {
    expect(idsFound('Most output comes from the Santos Basin off Rio de Janeiro and São Paulo states.')).toEqual([]);
    expect(idsFound('Flooding hit Lagos state on Monday.')).toEqual([]);
    expect(idsFound('Voters in Washington state and New York state.')).toEqual(['region-us-wa', 'region-us-ny']);
    expect(idsFound('Talks in São Paulo ended.')).toEqual(['city-3448439']);
  });
});

describe("a city abroad named with its country's adjective, in an article about its American namesake (dev/b41)", () => {
  it('"named for the Polish capital, Warsaw" is Poland\'s capital again', () => {
    const text = 'WARSAW, Ind. (AP) — The town council met Monday. Warsaw was named for the Polish capital, Warsaw, in 1836.';
    const warsaws = matcher.match(text).filter((m) => text.slice(m.start, m.end).toLowerCase() === 'warsaw');
    expect(warsaws.map((m) => m.start)).toEqual([text.lastIndexOf('Warsaw')]);
  });
});

describe('a city named like a small place in apposition, with its county (dev/b39-02)', () => {
  it('"Moscow, the East Ayrshire hamlet" is no capital; "Moscow, the Russian capital" is', () => {
    expect(idsFound('The village hall in Moscow, the East Ayrshire hamlet that shares its name, will reopen.')).toEqual([]);
    expect(idsFound('Talks in Moscow, the Russian capital, ended.')).toContain('moscow');
  });
});

describe("the nouns for a country's or a nation's person (dev/b36-19, b40)", () => {
  it('the Spaniard, the Dane, Frenchman Arthur Fils, the Scot, the Englishman name their places', () => {
    expect(idsFound('The Dane beat Frenchman Arthur Fils 6-3, 6-4.')).toEqual(['country-dk', 'country-fr']);
    expect(idsFound('The Spaniard and the Swede finished level.')).toEqual(['country-es', 'country-se']);
    expect(idsFound('The Scot and the Englishman shared the lead.')).toEqual(['region-gb-sct', 'region-gb-eng']);
    expect(idsFound('Dane DeHaan starred in the film.')).toEqual([]);
  });
});

describe("a person's nationality names no region whose towns the article's places could be (clean-links)", () => {
  it('"a dependent Englishman … the Dead Letter Office at Washington" keeps the capital; "the Scottish Government … Perth" is the Scottish town', () => {
    expect(idsFound('Turkey was a short, pursy Englishman of my age. Bartleby had been a clerk in the Dead Letter Office at Washington.')).toContain('city-4140963');
    expect(idsFound('The Scottish Government said the hospital in Perth would stay open.')).not.toContain('city-2063523');
  });
});

describe('a demonym joined by "&" to a longer name (dev/b40-11)', () => {
  it('"the British & Irish Lions" is a team; "Israeli & U.S. strikes" are two places', () => {
    expect(idsFound('Farrell led the British & Irish Lions to a 2-1 series win.')).toEqual([]);
    expect(idsFound('Israeli & U.S. strikes hit the site.')).toEqual(['country-il', 'country-us']);
  });
});

describe('a town\'s apposition after "Town, Country" (dev/b41-10)', () => {
  it('"Toledo, Spain, the sister city" keeps Spain, and is no Toledo of Ohio', () => {
    expect(idsFound('The council welcomed a delegation from Toledo, Spain, the sister city.')).toEqual(['country-es']);
    expect(idsFound('Lebanon, a city of 26,000, voted.')).toEqual([]);
  });
});

describe("a state's constitution (dev/b41-14)", () => {
  it('"the Ohio Constitution" keeps Ohio', () => {
    expect(idsFound('Voters added an amendment to the Ohio Constitution in 2018.')).toEqual(['region-us-oh']);
  });
});

describe("a country's code and a state's division (dev/b45)", () => {
  it('"the Canada Labour Code" and "the New Jersey Division of Gaming Enforcement" keep their places; "Canada Goose" is a brand', () => {
    expect(idsFound('Ottawa used Section 107 of the Canada Labour Code.')).toEqual(['city-6094817', 'country-ca']);
    expect(idsFound('Figures from the New Jersey Division of Gaming Enforcement show it.')).toEqual(['region-us-nj']);
    expect(idsFound('Canada Goose shares fell.')).toEqual([]);
  });
});

describe("a city's spelling its country made official (dev/b35-03, b42-04)", () => {
  it('"Chattogram" is Chittagong', () => {
    expect(idsFound('Port delays at Chattogram eased in October.')).toEqual(['city-1205733']);
  });
});

describe("the first word after a dateline opens the article's first sentence (dev/b49-11)", () => {
  it('"(AP) — Turkey farmers" is the bird\'s; "(Reuters) — Turkey said" the country', () => {
    expect(idsFound('ST. PAUL, Minn. (AP) — Turkey farmers in Minnesota are heading into the rush. Turkey prices have followed.')).not.toContain('country-tr');
    expect(idsFound('ANKARA (Reuters) — Turkey said on Monday it would respond.')).toContain('country-tr');
  });
});

describe('the UN Security Council by its short name, a federal district, a state office, a same-name city by its apposition (dev/b46, b48)', () => {
  it('resolves them from the words around', () => {
    expect(idsFound('The U.N. Security Council met. The Security Council voted to extend the mission.')).toEqual(['un-security-council', 'un-security-council']);
    expect(idsFound("Dmitry Medvedev, deputy head of Russia's Security Council, said so.")).toEqual(['security-council-of-russia']);
    expect(idsFound('The Security Council met on Haiti.')).toEqual(['country-ht']);
    expect(idsFound("the U.S. Attorney's Office for the Southern District of New York")).toEqual(['country-us', 'region-us-ny']);
    expect(idsFound('a grant from the Indiana Office of Tourism Development')).toEqual(['region-us-in']);
    expect(idsFound('Pakistan and India traded barbs. A delegation from Hyderabad, the southern Indian tech hub, cancelled a visit to Lahore.')).toContain('city-1269843');
  });
});

describe("a person's nationality noun before the name, a Mexican wave (dev/b47)", () => {
  it('"Dutchman Wessel Nijman" keeps the Netherlands; "a Mexican wave" names no country; "German Jews" stays one of a longer name', () => {
    expect(idsFound('Littler won against Dutchman Wessel Nijman, hitting a nine-darter.')).toEqual(['country-nl']);
    expect(idsFound('Many of the crowd had started a Mexican wave during the break.')).toEqual([]);
  });
});

describe('names given, a state\'s own State Department, small-town appositions, an age after a suffix (dev/b51, b52)', () => {
  it('drops the names given and the namesakes, keeps the verbs\' objects', () => {
    expect(idsFound('A freight ferry currently named Ireland will be renamed.')).toEqual([]);
    expect(idsFound('The forger, who calls himself Jordan, never quite becomes a person.')).toEqual([]);
    expect(idsFound('Aid chief Tom Fletcher called Sudan the largest crisis.')).toEqual(['country-sd']);
    expect(idsFound('The Indiana State Department of Agriculture is holding sessions.')).toEqual(['region-us-in']);
    expect(idsFound('The State Department said so.')).toEqual(['us-state-department']);
    expect(idsFound('Officials in Dublin, a city of about 72,000 east of the Oakland hills, oppose the bill.')).toEqual([]);
    expect(idsFound('Talks in Moscow, a city of 13 million, ended.')).toContain('moscow');
    expect(idsFound('Israel Jackson Sr., 81, of Warner Robins, died Monday.')).toEqual([]);
    expect(idsFound('The Ohio Auditor of State later found it.')).toEqual(['region-us-oh']);
  });
});

describe('the noun for a Northern Irish person (dev/b50-19)', () => {
  it('"The Northern Irishman" is Northern Ireland', () => {
    expect(idsFound('The Northern Irishman said he would take six weeks off.')).toEqual(['region-gb-nir']);
  });
});
