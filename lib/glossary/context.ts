/**
 * Context rules: the matcher's last pass, which drops mentions that the words around them show to be
 * something else. Each rule reads only the words next to a mention and what the other mentions are, so
 * it costs a few string operations per mention, never per word of the article.
 *
 *  - A reference list's author, "Hoffman, Jordan (September 25, 2016)", is a person, not a place (`citation.ts`).
 *  - Part of a person's name: a place or organisation right after a first name ("Marcus Jordan",
 *    "David France") or an honorific ("Sen. Jordan"), or followed by a capitalised word that is not a
 *    title or a date ("Paris Hilton", "Georgia O'Keeffe", "Sydney McLaughlin-Levrone"); and later, that
 *    surname alone as a subject ("Jordan, who played…"), not after a lower-case word ("in Jordan").
 *  - Inside a longer name the glossary does not know: a capitalised word before it, mid-sentence
 *    ("New Jersey", "Long Island", "South China Sea"), or after it ("Brussels sprouts" is lower case and
 *    stays a city; "Columbia University", "Australian Open", "British Library" do not). A compass
 *    adjective before a place is no longer name ("Northern Italy", "Southern California").
 *  - Title case: in a line where every long word is capitalised (a headline, a film title in a list),
 *    capitals say nothing either way: a match with a capitalised neighbour there ("Georgia Voters…",
 *    "The Florida Project") stands only when another mention in the article, outside such doubt, names
 *    the same entry or a related one (Atlanta for Georgia). A place that opens a name ending in the head
 *    of an institution's or a publication's name is part of it there too ("The New York Times", "USA
 *    Today", "Virginia Commonwealth University" in a reference list).
 *  - A variety named after a place: a place right before a lower-case head noun of the kinds that name
 *    foods, breeds and products after a place ("Brussels sprouts", "Jersey cows", "Paris green",
 *    "French fries": VARIETY_HEADS, English words read in English articles only) is not the place.
 *  - A side or a town: a city or a US state used for a side in sport is no place ("drew 1-1 with Liverpool",
 *    "29 points for Boston"; countries are national teams and stay: `sides.ts`); a country's name followed
 *    by "a city of…" is a town.
 *  - A person's name by the words around it: a relative after a word of kinship, a name after initials, a
 *    surname given earlier with a first name (`person-cues.ts`). The closed word lists these rules read are
 *    in `head-words.ts`.
 *  - A US state's name as a noun after a lower-case "the" is a river or a figure ("the Mississippi of
 *    Broadway"; "the Texas border" stays): `discourse.ts`.
 *  - A numbered name: a place right before a small number is a channel or a brand ("France 3",
 *    "Russia 1", "France 24"), not the place; a score ("Germany 2-1") is left alone.
 *  - "Town, Region": a place followed by a comma and a region it has nothing to do with, or a region's
 *    abbreviation, is a namesake ("Moscow, Idaho", "CAIRO, Ill.": `town-region.ts`); the same name later
 *    in the article is that namesake too.
 *  - Misspellings need support: the correctly spelt name elsewhere in the article, or an entry that lists
 *    it as related (the region of a city, the country of a capital). So does a place's bare abbreviation
 *    that news does not use alone ("DRC", "UAE"; not "US", "UK": `abbreviations.ts`).
 *  - A storyline's topic counts only where one of its related entries is named too ("U.N. sanctions"
 *    in an article on Iran are not the sanctions on North Korea).
 *  - A country and its capital named alike ("México", "Kuwait"): the bare name is the country (`ambiguity.ts`).
 *  - Ambiguous place names, and two places side by side ("London Victoria"): `ambiguity.ts`.
 *  - A dotted abbreviation's final dot is read as a sentence's end while the rules run, then the mention
 *    covers it ("U.S.": `abbreviations.ts`).
 *  - Another person's surname: a bare surname after a first name that is not the entry's ("Margie Kim")
 *    is someone else; later, the bare surname resolves to an introduced person only when no such other
 *    person was introduced nearer before it.
 *
 * The rules that read a capital as the mark of a name hold where only names are capitalised: English,
 * and French, Spanish, Portuguese and Italian (whose common nouns and demonyms are lower case). German
 * capitalises every noun ("Russlands Präsident", "russische Truppen"), so there a capitalised neighbour
 * says nothing: only a known first name or an honorific before the mention, and "Town, Region", apply.
 */
import type { Mention } from './types';
import { isAllCaps, stripDiacritics } from './tokenize';
import { bodyNameFrom, givenNameAfterSurname, grammarWord, inTitleCaseLine, joined, lastOfRun, lineIndex, makeWord, notRegionWord, opensSentence, organisationTail, titleFollows, wordAfter, wordBefore, words, type Word } from './words-around';
import { PERSON_DEMONYM, anotherPlaceNamed, coordinated, listedEitherWay, languageUse, musicianOf, nationalOfficeAfter, performerInApposition, quotedAlone, stateAsNounAfterThe, townNamedBefore, namedAsKind, townInApposition, withoutRegionTowns, workTitle } from './discourse';
import { cityOfficeAfter, clubInResult, opponentInResult, placeAgain, sideInReport, sportsReport, teamNamedAfter } from './sides';
import { bandInReport, horseInReport, musicReport, raceReport } from './performers';
import { countryOverCapital, juxtaposedPlaces, resolveAmbiguousPlaces } from './ambiguity';
import { countriesOfCity, townNamesakes, type TownRegionFacts } from './town-region';
import { townCommaBefore } from './region-readings';
import { eraAfterYear, withFinalDots, type EntryAbbreviations } from './abbreviations';
import { countriesOfPlaces } from './short-in-context';
import { agencyAsParty, agencyCredit, countyAfter, littleBefore, NEWS_AGENCIES, nicknameBefore, riverReachBefore, romanceNameAfter, romanceNameBefore, scoreInResult, townOfBeforeRegion } from './name-shapes';
import { inDateline } from './dateline';
import { inAuthorSlot, type CitationWords } from './citation';
import { afterThe, ageAfter, firstAsSurname, initialsBefore, namesRelatives, relativeNamed, roleInApposition } from './person-cues';
import { AREA_HEADS, BRAND_HEADS, COMPASS, NAME_USE_AFTER_DEMONYM, NATIONAL_BODY_HEADS, ROYAL_TITLES, WATER_OF, COUNTRY_PARTS, COUNTY_LIST_HEAD, COUNTY_LIST_TAIL, DEMONYM_COMPOUNDS, DIVISION_LIST_TAIL, LIST_NAME, NAMED_AFTER_HEADS, NUMBERED, NUMBER_WORDS, REGION_BODIES, RIVER_HEADS, VARIETY_HEADS, withoutOffice } from './head-words';

/** What the rules need to know about the entries mentions point to. */
export interface EntryFacts extends TownRegionFacts {
  isPerson(id: string): boolean;
  /** A first-level division of a country (a US state, a Canadian province). */
  isRegion(id: string): boolean;
  /** A storyline's topic: named only beside one of its related entries ("UN sanctions" where North Korea is named). */
  isStory(id: string): boolean;
  /** The entry's bare abbreviations: a place's that name it only with support ("DRC"), those used alone ("US"): `abbreviations.ts`. */
  abbreviations(id: string): EntryAbbreviations;
  related(id: string): readonly string[];
  /** A region's towns named like places elsewhere (`GlossaryEntry.towns`). */
  towns(id: string): readonly string[];
}

/**
 * A plural verb right after a name: a side or a band, which British and American English alike give
 * plural verbs ("Kansas are", "Liverpool travel", "Plymouth have now won"), where a place takes the singular.
 * Present forms whose singular adds an "s"; an adverb may come between ("have now won"). So does a verb and
 * "their" ("Liverpool kept their hopes alive", "Chicago released their album"): a place's is "its".
 */
const PLURAL_VERB_AFTER = /^[\s\u00A0]+(?:(?:now|still|also|again)[\s\u00A0]+)?(?:are|were|have|face|travel|go|host|play|meet|need|remain|sit|visit|welcome|trail|lead|\p{Ll}+[\s\u00A0]+their)\b/u;

/** The head of a race's, cup's, street's or station's name before a place's ("Tour de", "Gare de", "Tour of Britain", "Race to Dubai"). */
const RACE_STREET_OR_STATION_BEFORE = /(?:^|[^\p{L}])(?:(?:Tour|Coupe|Gare|Rue)[\s\u00A0]+(?:de|du|des|de[\s\u00A0]+la)|Tour[\s\u00A0]+of|Race[\s\u00A0]+to)[\s\u00A0]+$/u;

/** What follows a name that no noun follows: a stop, or a preposition, a verb or a relative word ("the Olympia in Paris"). */
const NO_NOUN_AFTER = /^(?:[,.;:!?)"”]|[\s\u00A0]+(?:in|on|at|for|from|with|was|is|has|had|said|says|will|would|where|which|who|when)\b)/u;

/**
 * The second words of a region's adjective ("Middle Eastern", "Central Asian", "Latin American"): a demonym
 * joined by "and" to one is a list of adjectives ("Chinese and Middle Eastern lenders"), not a longer name.
 */
const REGION_ADJECTIVES = new Set(['eastern', 'western', 'northern', 'southern', 'asian', 'african', 'european', 'american', 'arab', 'pacific', 'atlantic', 'caribbean', 'baltic', 'nordic']);

/** Lower-case words after which a bare demonym may open a clause: "He said Ethiopian would add flights". */
const PERSON_VERBS_BEFORE = /^(?:said|says|and|but|while|that|because|as)$/;
/** A village or a hamlet and "of" before a city's name: another place ("the hamlet of New York, north of Coningsby"); no city is one. */
const VILLAGE_OF_BEFORE = /(?:^|[^\p{L}])(?:village|hamlet)[\s\u00A0]+of[\s\u00A0]+$/iu;

/** The nouns for one of a people that are also first names the lexicon lacks: "Dane DeHaan", "Scot Pollard". */
const FIRST_NAME_DEMONYMS = new Set(['dane', 'scot']);

/** A name given right before a name, after a noun ("a ferry named", "a horse called", "calls himself"), not a verb's object ("he called Sudan", "The AP has called California"). */
const NAMED_BEFORE =
  /(?:(?:^|[^\p{L}])(?!(?:he|she|it|they|we|i|you|who|which|that|has|have|had|was|were|is|are|be|been|and|but|also|then|once|first|later)[\s\u00A0])\p{Ll}+[\s\u00A0]+(?:(?:now|currently|formerly|simply|aptly)[\s\u00A0]+)?(?:named|called|dubbed|christened)|\bcalls[\s\u00A0]+(?:himself|herself|itself))[\s\u00A0]+$/u;
/** A country, a nation or a capital so named: "the country now called Türkiye" names the country. */
const KIND_NAMED_BEFORE = /\b(?:country|nation|republic|kingdom|capital|state)[\s\u00A0]+(?:(?:now|formerly|then|once|also)[\s\u00A0]+)?(?:named|called)[\s\u00A0]+$/u;

/** Prepositions before a demonym's possessive that leave it a name, not a person's nationality ("the Kenyan's time"). */
const NOUN_DEMONYM_BEFORE = /^(?:of|to|for|with|than|at|by|from|like|against|over)$/;

/** Languages that capitalise common nouns, where a capitalised neighbour is no evidence of a longer name. */
const NOUNS_CAPITALISED = new Set(['de']);

/**
 * Applies the context rules to `mentions` (in text order), returning those that stand. `lang` is the
 * article's language (primary subtag; English when not given): it decides which capitalisation rules hold.
 * `demonymStarts`: where the mentions that are a country's demonym ("French") start.
 */
export function refineMentions(text: string, mentions: readonly Mention[], facts: EntryFacts, lang = 'en', demonymStarts: ReadonlySet<number> = new Set()): Mention[] {
  if (mentions.length === 0) return [];
  const capitalsMarkNames = !NOUNS_CAPITALISED.has(lang);
  const { given: GIVEN, titles: TITLES, honorifics: HONORIFICS, calendar: CALENDAR } = words();
  // Where the names the glossary spells start and end. A misspelling ("Ropania") is no evidence of a name
  // beside another: after "Washington" it is a surname, not a second place.
  const spelt = mentions.filter((m) => m.misspelling === undefined);
  const starts = new Set(spelt.map((m) => m.start));
  const ends = new Set(spelt.map((m) => m.end));
  const citationWords: CitationWords = {
    isGiven: (key) => GIVEN.has(key),
    isCalendar: (key) => CALENDAR.has(key),
    mentionStartsAt: (pos) => starts.has(pos),
    mentionEndsAt: (pos) => ends.has(pos),
  };
  const readings = (m: Mention): readonly string[] => (m.entryId ? [m.entryId] : (m.candidates ?? []));
  const isPersonMention = (m: Mention) => readings(m).length > 0 && readings(m).every((id) => facts.isPerson(id));
  const drop = new Array<boolean>(mentions.length).fill(false);
  /** Matches in a title-case line with a capitalised neighbour: kept only with support from elsewhere. */
  const doubtful = new Array<boolean>(mentions.length).fill(false);
  /** Folded surnames of people the article names who are not in the glossary (or not these entries), by position. */
  const otherPeople: Array<{ key: string; at: number }> = [];
  /** Surfaces shown to be a person's surname or a namesake town: later bare uses are too. */
  const namesakes = new Map<string, string | null>();
  /** Unresolved names in a match result: a team if resolved to a place that names one ("Georgia lost to Alabama 24-21"). */
  const teamIfResolved = new Set<number>();
  /** Acronyms shown to be part of a longer name the glossary does not know ("OCS Max"): later bare uses are too. */
  const otherAcronyms = new Set<string>();
  /** Where a place's name was first shown to be a side in a sports report ("outscored Dallas 38-22"): its other bare uses there are the side too, except where a word of place comes before ("in Dallas"). */
  const teamsFrom = new Map<string, number>();
  /** A place's entry: a country, a city or a region (not a person, an organisation or a storyline). */
  const isPlace = (id: string) => id.startsWith('country-') || id.startsWith('city-') || facts.isRegion(id);
  const acronymInProse = (m: Mention, self: Word): boolean => {
    const surface = text.slice(m.start, m.end);
    if (surface.length < 4 || !isAllCaps(surface) || !self.capital || /[\s\u00A0.]/.test(surface)) return false;
    // Places only: organisations are named by their acronyms ("OPEC", "UNICEF").
    if (!readings(m).every(isPlace) || readings(m).some((id) => [...facts.abbreviations(id).alone, ...facts.abbreviations(id).needSupport].includes(surface))) return false;
    // Lower-case prose on both sides within the mention's own line: a headline in capitals between two
    // lines of prose, or a dateline opening a line, is no prose.
    const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
    const lineEnd = text.indexOf('\n', m.end);
    const before = text.slice(Math.max(lineStart, m.start - 40), m.start);
    const after = text.slice(m.end, Math.min(lineEnd < 0 ? text.length : lineEnd, m.end + 40));
    return /\p{Ll}{3}/u.test(before) && /\p{Ll}{3}/u.test(after) && !inDateline(text, m.start);
  };
  /**
   * Whether `m` is one of a list of capitalised names that ends in "counties" and holds a name that is no
   * mention (a county's own name: "Franklin, Delaware, Licking and Butler counties").
   */
  const inCountyList = (m: Mention): boolean => {
    const tail = COUNTY_LIST_TAIL.exec(text.slice(m.end, m.end + 160));
    if (!tail) return false;
    const head = COUNTY_LIST_HEAD.exec(text.slice(Math.max(0, m.start - 160), m.start))?.[0] ?? '';
    const listed = [...[...head.matchAll(LIST_NAME)].map((n) => m.start - head.length + n.index), ...[...tail[0].matchAll(LIST_NAME)].map((n) => m.end + n.index)];
    return listed.some((at) => !starts.has(at));
  };
  /** Whether the lower-case head after a place's name modifies a noun after it ("river towns", "river parishes"): no river then. */
  const riverModifies = (head: Word): boolean => /^[\s\u00A0]+(?:towns|parishes|cities|communities|counties|ports|villages|region|regions)\b/u.test(text.slice(head.end, head.end + 20));
  /** Whether the article has a word of kinship before a capitalised word (`namesRelatives`), read once on first need. */
  let kin: boolean | undefined;
  /** Whether the article is a sports report (`sportsReport`), read once on first need. */
  let sports: boolean | undefined;
  const inSportsReport = () => (sports ??= sportsReport(text));
  /** Whether the article names a US state (a US town's team can be named like a country), read once on first need. */
  let usPlaceNamed: boolean | undefined;
  /** Indexes of mentions read as a work's or a performer's title ("the rock bands Chicago and Boston"). */
  const titled = new Set<number>();
  /** Whether mention `i` is one of places joined by hyphens, the last of them followed by a capitalised word that is no title or date. */
  const hyphenChainNamesMore = (i: number): boolean => {
    const hyphened = (a: Mention, b: Mention) => /^[-‐‑–]$/u.test(text.slice(a.end, b.start));
    const before = mentions[i - 1];
    const after = mentions[i + 1];
    if (!(before && hyphened(before, mentions[i]!)) && !(after && hyphened(mentions[i]!, after))) return false;
    let j = i;
    while (mentions[j + 1] && hyphened(mentions[j]!, mentions[j + 1]!)) j++;
    const last = mentions[j]!;
    const w = wordAfter(text, last.end);
    return w !== null && w.capital && /^[\s\u00A0]+$/u.test(text.slice(last.end, w.start)) && !words().titles.has(w.key) && !words().calendar.has(w.key);
  };
  /** Whether the name at `m` and the capitalised word after it (`next`) stand together again outside a title-case line. */
  const bodyWritesLonger = (m: Mention, next: Word | null): boolean => {
    if (next === null || next.start - m.end > 2) return false;
    const longer = text.slice(m.start, next.end);
    for (let at = text.indexOf(longer); at >= 0; at = text.indexOf(longer, at + 1)) {
      if (at !== m.start && !/[\p{L}\p{N}]/u.test(text[at + longer.length] ?? '') && !inTitleCaseLine(text, at)) return true;
    }
    return false;
  };
  /** Indexes of mentions read as sides in sport. */
  const sides = new Set<number>();
  /** Where a place's name was first shown to be a band or a racehorse in a music or a race report: its other bare uses there are too, as for sides. */
  const performersFrom = new Map<string, number>();
  let music: boolean | undefined;
  let race: boolean | undefined;
  const inMusicReport = () => (music ??= musicReport(text));
  const inRaceReport = () => (race ??= raceReport(text));

  mentions.forEach((m, i) => {
    const self = makeWord(text, m.start, text.slice(m.start, m.end));
    const single = !/[\s\u00A0-]/.test(text.slice(m.start, m.end));
    const prev = wordBefore(text, m.start);
    const next = m.end < text.length ? wordAfter(text, m.end + (/^['’][sS]/.test(text.slice(m.end, m.end + 2)) ? 2 : 0)) : null;
    const possessive = /^['’][sS]\b/.test(text.slice(m.end, m.end + 3)) || (/[sS]$/.test(text.slice(m.end - 1, m.end)) && /^['’][\s\u00A0]/u.test(text.slice(m.end, m.end + 2)));
    const prevJoined = prev !== null && prev.capital && joined(text, prev, self) && !CALENDAR.has(prev.key);
    const prevInMention = prev !== null && ends.has(prev.end);
    const nextJoined = next !== null && !possessive && next.capital && joined(text, { ...self, end: m.end, possessive: false }, next) && !CALENDAR.has(next.key);
    const nextInMention = next !== null && starts.has(next.start);
    const honorificBefore = prev !== null && HONORIFICS.has(prev.key) && /^\.?[\s\u00A0]+$/.test(text.slice(prev.end, m.start));
    // A reference list's author, "Hoffman, Jordan (September 25, 2016)": a person's name, whatever it names.
    if (single && lang === 'en' && inAuthorSlot(text, m.start, m.end, citationWords)) {
      drop[i] = true;
      return;
    }
    // A people named with a region and a demonym: "Pennsylvania Dutch", "Louisiana Creole" (neither the state nor the Netherlands).
    const after = mentions[i + 1];
    if (lang === 'en' && m.entryId !== null && facts.isRegion(m.entryId) && after !== undefined && demonymStarts.has(after.start) && /^[\s\u00A0]+$/u.test(text.slice(m.end, after.start)) && !inTitleCaseLine(text, m.start)) {
      drop[i] = true;
      drop[i + 1] = true;
      return;
    }
    // A neighbourhood or a region named after a place abroad: "Little Italy", "Little Egypt" (southern Illinois).
    if (lang === 'en' && littleBefore(text, m.start)) {
      drop[i] = true;
      return;
    }
    // A surname after a first name and a nickname in quotes: Lester "Boogie" Jordan.
    if (lang === 'en' && single && nicknameBefore(text, m.start)) {
      drop[i] = true;
      namesakes.set(self.key, null);
      return;
    }
    // A region named as a town of a county: "In Ontario, in San Bernardino County" (a state lies in no county); a
    // country or a region named as a part of a city: "near Jamaica, in Queens" (neither lies in a city).
    const cityAfter = mentions[i + 1];
    const inCityAfter = () =>
      cityAfter !== undefined &&
      /^,[\s\u00A0]+in[\s\u00A0]+$/u.test(text.slice(m.end, cityAfter.start)) &&
      readings(cityAfter).length > 0 &&
      readings(cityAfter).every((id) => id.startsWith('city-')) &&
      !/\bof[\s\u00A0]+$/u.test(text.slice(Math.max(0, m.start - 4), m.start));
    if (lang === 'en' && m.entryId !== null && (facts.isRegion(m.entryId) || m.entryId.startsWith('country-')) && inCityAfter()) {
      drop[i] = true;
      return;
    }
    if (lang === 'en' && m.entryId !== null && facts.isRegion(m.entryId) && countyAfter(text, m.end)) {
      drop[i] = true;
      namesakes.set(self.key, null);
      return;
    }
    // A river's reach: "the lower Mississippi", "the upper Missouri" (a state's name is a river's there).
    if (lang === 'en' && readings(m).length > 0 && readings(m).every((id) => facts.isRegion(id)) && riverReachBefore(text, m.start)) {
      drop[i] = true;
      return;
    }
    // A news agency's capitals before a party's or a police force's noun are that body's ("PTI supporters" in
    // Pakistan, "AAP leader" in Delhi, "AFP officers" in Australia); so are its other uses in the article.
    if (m.entryId !== null && NEWS_AGENCIES.has(m.entryId) && self.key.length > 1 && text.slice(m.start, m.end) === text.slice(m.start, m.end).toUpperCase() && agencyAsParty(text, m.end)) {
      drop[i] = true;
      otherAcronyms.add(self.key);
      return;
    }
    // In a sports report an organisation's bare capitals that the article never writes out are a sport's body ("The ICC
    // confirmed Sabina Park would host a Test": the cricket council, not the International Criminal Court). Not an agency's.
    if (lang === 'en' && m.entryId !== null && !NEWS_AGENCIES.has(m.entryId) && !readings(m).some((id) => isPlace(id) || facts.isPerson(id)) && /^\p{Lu}{2,6}$/u.test(text.slice(m.start, m.end)) && !mentions.some((o) => o.entryId === m.entryId && text.slice(o.start, o.end) !== text.slice(m.start, m.end)) && inSportsReport()) {
      drop[i] = true;
      return;
    }
    // A photo's or a graphic's credit names the agency, whatever capitalised word follows ("(AP Photo/Jeffrey T.").
    if (m.entryId !== null && NEWS_AGENCIES.has(m.entryId) && agencyCredit(text, m.end)) return;
    // "331 B.C." is the era, not British Columbia.
    if (eraAfterYear(text, m.start, m.end)) {
      drop[i] = true;
      return;
    }

    if (isPersonMention(m)) {
      // A person's name naming a place or a prize: "the Narendra Modi Stadium", "the Nelson Mandela Bridge".
      if (nextJoined && !nextInMention && NAMED_AFTER_HEADS.has(next!.key)) {
        drop[i] = true;
        return;
      }
      // A count before a bare surname makes it a common noun ("21 Trump cards").
      if (single && prev !== null && (/^\d/.test(prev.key) || NUMBER_WORDS.has(prev.key)) && /^[\s\u00A0]+$/.test(text.slice(prev.end, m.start))) {
        drop[i] = true;
        return;
      }
      // A bare surname after another first name is someone else ("Margie Kim", "Vassili Peskov").
      if (single && prevJoined && !prevInMention && !TITLES.has(prev!.key) && (GIVEN.has(prev!.key) || (capitalsMarkNames && !opensSentence(text, prev!)))) {
        drop[i] = true;
        otherPeople.push({ key: self.key, at: m.start });
        return;
      }
      // A bare surname inside a longer capitalised name the glossary does not know ("Trump Tower"); when
      // that name is a surname and a given name in East Asian order ("Kim Min-seo"), it is someone else.
      if (single && capitalsMarkNames && nextJoined && !nextInMention && !titleFollows(text, next!) && !inTitleCaseLine(text, m.start)) {
        drop[i] = true;
        if (givenNameAfterSurname(text, next!, GIVEN)) otherPeople.push({ key: self.key, at: m.start });
      }
      return;
    }
    const titleCase = () => inTitleCaseLine(text, m.start);
    // A demonym as a language ("in French, Visages Villages"); a place's name as a work's title ("le pavé Jérusalem").
    if (demonymStarts.has(m.start) && languageUse(text, m, lang)) {
      drop[i] = true;
      return;
    }
    // A title after its kind ("the band Chicago"), and the names listed with it ("the bands Chicago and
    // Boston"): later bare uses are the band too, as a surname's are the person ("Chicago, formed in 1967").
    const listedWithTitle = i > 0 && titled.has(i - 1) && coordinated(text, mentions[i - 1]!.end, m.start);
    if (workTitle(text, m, lang) || listedWithTitle || (self.capital && quotedAlone(text, m.start, m.end)) || (lang === 'en' && self.capital && ((performerInApposition(text, m.end) && !placeAgain(text, m.start)) || musicianOf(text, m.start)))) {
      drop[i] = true;
      titled.add(i);
      if (single && self.capital) namesakes.set(self.key, null);
      // In music or racing news, the headline and lead may name the band or the horse before this: those uses are it too.
      if (self.capital && !performersFrom.has(self.key) && readings(m).every(isPlace) && (inMusicReport() || inRaceReport())) performersFrom.set(self.key, m.start);
      return;
    }
    // A city in a match result is its club ("drew 1-1 with Liverpool"), a US state its university's team (once
    // resolved, for "Georgia"); a country named as a town ("Lebanon, a city of 26,000") is a namesake.
    if (lang === 'en' && !m.entryId && readings(m).some(teamNamedAfter) && (clubInResult(text, m.start, m.end) || (sideInReport(text, m.start, m.end) && inSportsReport()))) teamIfResolved.add(m.start);
    // In a sports report, a name listed with a side is a side too ("matches Miami and Virginia").
    // A school's state in brackets after its side is part of its name ("Miami (Ohio) beat No. 8").
    const listedWithSide = () => i > 0 && sides.has(i - 1) && (coordinated(text, mentions[i - 1]!.end, m.start) || (/^[\s\u00A0]*\($/u.test(text.slice(mentions[i - 1]!.end, m.start)) && text[m.end] === ')'));
    if (lang === 'en' && m.entryId && teamNamedAfter(m.entryId) && (clubInResult(text, m.start, m.end) || ((sideInReport(text, m.start, m.end) || listedWithSide()) && inSportsReport()))) {
      drop[i] = true;
      sides.add(i);
      // Later bare uses are the side only in a sports report: "Houston hosted 2,000 delegates" names no side.
      if (!teamsFrom.has(self.key) && inSportsReport()) teamsFrom.set(self.key, m.start);
      return;
    }
    // A country's name in a result against a side that is no country nor nation, in an article on American places, is a
    // town's team ("Mexico beat Odessa 35-28", "Jefferson City beat Lebanon 24-17"): national sides meet national sides.
    if (lang === 'en' && m.entryId && m.entryId.startsWith('country-') && !teamNamedAfter(m.entryId) && !demonymStarts.has(m.start) && (usPlaceNamed ??= mentions.some((o) => readings(o).some((id) => id.startsWith('region-us-'))))) {
      const other = opponentInResult(text, m.start, m.end);
      if (other !== null && !mentions.some((o) => o.start < other.end && o.end > other.start && readings(o).some((id) => id.startsWith('country-') || facts.isRegion(id)))) {
        drop[i] = true;
        if (single) namesakes.set(self.key, m.entryId);
        return;
      }
    }
    // A band or a racehorse named after a place, in an article about music or a race (`performers.ts`).
    if (lang === 'en' && self.capital && readings(m).length > 0 && readings(m).every(isPlace) && ((readings(m).every(teamNamedAfter) && bandInReport(text, m.start, m.end) && inMusicReport()) || (horseInReport(text, m.start, m.end) && inRaceReport()))) {
      drop[i] = true;
      titled.add(i);
      if (!performersFrom.has(self.key)) performersFrom.set(self.key, m.start);
      return;
    }
    // (A town's apposition after "Town, Country" is the town's: "Toledo, Spain, the sister city".)
    if (lang === 'en' && m.entryId && ((m.entryId.startsWith('country-') && ((townInApposition(text, m.end) && !townCommaBefore(text, m.start)) || townNamedBefore(text, m.start))) || (facts.isRegion(m.entryId) && townOfBeforeRegion(text, m.start)) || (!m.entryId.startsWith('country-') && !facts.isRegion(m.entryId) && !facts.isPerson(m.entryId) && (townInApposition(text, m.end, 'small') || VILLAGE_OF_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)))))) {
      drop[i] = true;
      // Later bare uses are that town too ("who lives outside Lebanon"), unless named as the country.
      if (single) namesakes.set(self.key, m.entryId);
      return;
    }
    // A city's name after a capitalised word and a Romance particle ends another town's name ("Mocímboa da Praia",
    // "Villafranca del Bierzo"); a country's stays ("Santiago de Cuba", "the Stade de France").
    if (lang === 'en' && readings(m).length > 0 && readings(m).every((id) => id.startsWith('city-')) && romanceNameBefore(text, m.start)) {
      drop[i] = true;
      return;
    }
    // A place's name before a Romance particle and a capitalised word opens a longer name ("the Palau de la Música",
    // "Santiago de Compostela"), unless what follows is the place's own country ("Santiago de Chile").
    if (lang === 'en' && self.capital && readings(m).length > 0 && romanceNameAfter(text, m.end)) {
      const after = mentions[i + 1];
      const ownCountry = after !== undefined && readings(after).some((c) => readings(m).some((id) => countriesOfCity(id, facts).has(c)));
      if (!ownCountry) {
        drop[i] = true;
        return;
      }
    }
    // "The" before a city's one-word name with no noun after it names a venue, a hotel or a ship ("the Olympia
    // in Paris", "the Savoy, where…"): English gives a city no article. "the Toronto and Montreal areas" keeps it.
    if (lang === 'en' && single && self.capital && !possessive && readings(m).length > 0 && readings(m).every((id) => id.startsWith('city-')) && afterThe(text, m.start) && NO_NOUN_AFTER.test(text.slice(m.end, m.end + 12))) {
      drop[i] = true;
      return;
    }
    // A county, a parish or a township of the city's name is another place ("the county of Surrey in England"
    // in an article about Surrey, British Columbia); the name's other uses stay the city.
    if (lang === 'en' && m.entryId?.startsWith('city-') && townNamedBefore(text, m.start, 'division')) {
      drop[i] = true;
      return;
    }
    // Another place of the name: "the other Perth" (and its later bare uses), "a Belfast on Penobscot Bay".
    if (lang === 'en' && single && self.capital && m.entryId && !facts.isPerson(m.entryId) && !demonymStarts.has(m.start) && /\p{Ll}/u.test(text.slice(m.start, m.end))) {
      const other = anotherPlaceNamed(text, m.start, m.end);
      if (other !== null) {
        drop[i] = true;
        if (other === 'other') namesakes.set(self.key, m.entryId);
        return;
      }
    }
    // A US state's name as a noun after "the": a river or a figure ("the Mississippi of Broadway").
    if (lang === 'en' && m.entryId?.startsWith('region-us-') && stateAsNounAfterThe(text, m.start, m.end, (pos) => starts.has(pos))) {
      drop[i] = true;
      return;
    }
    // A place's name in capitals in running text is an acronym ("the opposition INDIA bloc"), unless it is
    // one of the place's abbreviations, a dateline, or the line is in capitals.
    if (lang === 'en' && acronymInProse(m, self)) {
      drop[i] = true;
      return;
    }
    // A city or a US state with a plural verb is a side or a band ("Kansas are doing one more farewell run",
    // "Liverpool travel to Germany", "Plymouth have now won five"): a place takes the singular ("Liverpool has").
    // Only as a sentence's subject ("Kansas are…", "And Kansas are…"): "lawmakers in Georgia are debating" is the place.
    const opensClause = () => opensSentence(text, self) || (prev !== null && (prev.key === 'and' || prev.key === 'but') && prev.capital && opensSentence(text, prev));
    if (lang === 'en' && single && m.entryId && teamNamedAfter(m.entryId) && PLURAL_VERB_AFTER.test(text.slice(m.end, m.end + 20)) && opensClause()) {
      drop[i] = true;
      return;
    }
    // A place opening a Romance name ("Santiago de Cuba", "Santiago de Compostela"): part of that name.
    // English only: in French, Spanish or Portuguese "la Russie de Poutine" is the country.
    if (lang === 'en' && self.capital && /^[\s\u00A0]+(?:de|del|do|da|di)[\s\u00A0]+\p{Lu}/u.test(text.slice(m.end, m.end + 8))) {
      drop[i] = true;
      return;
    }
    // A saint's name with its "'s" before a capitalised word names a day, a church or a park ("St George's Day",
    // "St. John's Church"), not the city of that name ("St. John's Mayor" keeps it: a title follows).
    // The span holds the "'s" when the name does ("St. John's"; matcher.ts `RULE_POSSESSIVE`).
    const saint = text.slice(m.start, m.end);
    const pastS = /['’]s$/u.test(saint) ? m.end : m.end + 2;
    if (/^(?:St\.?|Saint)[\s\u00A0]/u.test(saint) && /^['’]s[\s\u00A0]+\p{Lu}/u.test(text.slice(pastS - 2, pastS + 2))) {
      const after = wordAfter(text, pastS);
      if (after !== null && !TITLES.has(after.key)) {
        drop[i] = true;
        return;
      }
    }
    // A place's possessive before a shop's or a restaurant's capitalised noun is a brand ("Jordan's Kitchen
    // restaurants", "Florida's Furniture"), where a country's possessive before a body or an office stays the
    // country ("Jordan's King Abdullah", "China's Central Bank").
    if (lang === 'en' && possessive && self.capital) {
      const head = wordAfter(text, m.end + 2);
      if (head !== null && head.capital && BRAND_HEADS.has(head.key)) {
        drop[i] = true;
        return;
      }
    }
    // A race, a cup, a street or a station named after a place: "the Tour de France", "the Coupe de France",
    // "Gare de Lyon", "the Tour of Britain", "the Race to Dubai" are none of those places ("Stade de France" is the
    // country's stadium).
    if (lang === 'en' && self.capital && RACE_STREET_OR_STATION_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) {
      drop[i] = true;
      return;
    }
    // A class of ships or weapons named after a place ("Virginia-class attack submarines", "an Ohio-class boat").
    if (lang === 'en' && /^[-‐‑]class\b/u.test(text.slice(m.end, m.end + 7))) {
      drop[i] = true;
      return;
    }
    // A numbered name: a channel, a brand or a highway ("France 3", "Russia 1", "U.S. 2").
    // An abbreviation's last dot may lie outside the match here ("U.S. 2", a highway: `withFinalDots`).
    const afterDot = m.end + (text[m.end] === '.' && /\.[^.\s]*$/u.test(text.slice(m.start, m.end)) ? 1 : 0);
    // Not a national or a state side's score in a result line ("England 27, New Zealand 24", "v Tasmania 298"): those
    // sides are their places, where a city's or a US state's is a club's (dropped either way).
    const scoreOfSide = () => readings(m).length > 0 && !readings(m).some(teamNamedAfter) && scoreInResult(text, m.start, afterDot);
    if (self.capital && !demonymStarts.has(m.start) && NUMBERED.test(text.slice(afterDot, afterDot + 12)) && !scoreOfSide()) {
      drop[i] = true;
      return;
    }
    // A relative's first name ("his wife, Sydney,"), or a name after a person's initials ("P.J. Washington").
    if (lang === 'en' && self.capital && (((kin ??= namesRelatives(text)) && relativeNamed(text, m.start, m.end)) || (!prevInMention && initialsBefore(text, m.start)))) {
      drop[i] = true;
      if (single) namesakes.set(self.key, null);
      return;
    }
    // A name given to a ship, a horse or a person: "a freight ferry currently named Ireland", "the forger, who calls
    // himself Jordan" (not "the country now called Türkiye", "a city named Paris" — a namesake, dropped as well).
    if (lang === 'en' && self.capital && NAMED_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) && !KIND_NAMED_BEFORE.test(text.slice(Math.max(0, m.start - 50), m.start))) {
      drop[i] = true;
      return;
    }
    // The State Department of a state's government: "the Indiana State Department of Agriculture" is Indiana's.
    if (lang === 'en' && i > 0 && /^State[\s\u00A0]/u.test(text.slice(m.start, m.end)) && readings(mentions[i - 1]!).some((id) => facts.isRegion(id)) && /^[\s\u00A0]$/u.test(text.slice(mentions[i - 1]!.end, m.start))) {
      drop[i] = true;
      return;
    }
    // A water's or a coast's name ending in the place ("the Gulf of Mexico", "the Sea of Japan"): the water, not the place.
    if (lang === 'en' && self.capital && WATER_OF.test(text.slice(Math.max(0, m.start - 12), m.start))) {
      drop[i] = true;
      return;
    }
    // Places joined by hyphens before a capitalised name are that name ("the United States-Mexico-Canada Agreement"); a route's
    // places before a lower-case noun stay ("the Baku-Tbilisi-Kars railway").
    if (lang === 'en' && hyphenChainNamesMore(i)) {
      drop[i] = true;
      return;
    }
    // A royal's first name ("Queen Victoria", "Princess Sofia"): a person.
    if (lang === 'en' && single && prevJoined && ROYAL_TITLES.has(prev!.key) && GIVEN.has(self.key)) {
      drop[i] = true;
      return;
    }
    // A demonym standing alone as a subject is a name ("Ethiopian would add flights"), after no determiner or adjective.
    // So is one with a possessive, which no adjective takes, after no determiner: "a fraction of Ethiopian's size".
    if (
      lang === 'en' &&
      single &&
      demonymStarts.has(m.start) &&
      ((!possessive && NAME_USE_AFTER_DEMONYM.test(text.slice(m.end, m.end + 40)) && (prev === null || opensSentence(text, self) || PERSON_VERBS_BEFORE.test(prev.key))) ||
        (possessive && (prev === null || opensSentence(text, self) || PERSON_VERBS_BEFORE.test(prev.key) || NOUN_DEMONYM_BEFORE.test(prev.key))))
    ) {
      drop[i] = true;
      return;
    }
    // Two capitalised words with an age in apposition after them are a person's names, whatever places they also
    // name: "Dallas Washington, 47, of Scottsdale" (first name and surname), "Georgia Hamilton, 39, died".
    if (lang === 'en' && self.capital && !possessive && ((nextJoined && next!.capital && !next!.possessive && ageAfter(text, next!.end) && !afterThe(text, m.start)) || (prevJoined && prev!.capital && !prev!.possessive && ageAfter(text, m.end) && !grammarWord(prev!) && !afterThe(text, prev!.start)))) {
      drop[i] = true;
      return;
    }
    // Part of a person's name.
    // Not after "the": "the Sierra Nevada", "the Jordan Valley" name places, not people.
    const afterGiven = prevJoined && GIVEN.has(prev!.key) && !afterThe(text, prev!.start);
    // Only a capitalised match can be part of a capitalised name ("l'auteur britannique Alan Moore" is British).
    const selfGiven = single && GIVEN.has(self.key) && nextJoined && (!TITLES.has(next!.key) || (next!.capital && roleInApposition(text, next!.end)));
    // A place hyphened to the place before it is one stop of a route ("the Baku-Tbilisi-Kars railway"), no surname.
    const onRoute = prevInMention && /^[-‐‑–—]$/u.test(text.slice(prev!.end, m.start));
    // A region's own body after its name is the region at work ("the Idaho Legislature", "Texas Supreme Court").
    const bodyFollows =
      nextJoined &&
      readings(m).length > 0 &&
      ((REGION_BODIES.has(next!.key) && readings(m).every((id) => facts.isRegion(id)) && lastOfRun(text, next!).key !== 'party') ||
        (readings(m).every((id) => facts.isRegion(id) || id.startsWith('city-')) && bodyNameFrom(text, next!)) ||
        (readings(m).every((id) => id.startsWith('country-')) && bodyNameFrom(text, next!, NATIONAL_BODY_HEADS)));
    // A country's name before a party member's word names a party, not the country's members ("the Sweden
    // Democrats"); a US state's names its members ("Texas Democrats"), as does an abbreviation ("U.S. Republicans").
    const partyNamed = nextJoined && words().parties.has(next!.key) && /\p{Ll}/u.test(text.slice(m.start, m.end)) && readings(m).length > 0 && readings(m).every((id) => id.startsWith('country-'));
    // A demonym before a first name is a person's nationality ("Brazilian Gabriel Bortoleto"); before a
    // compass noun that ends the name, a part of the country ("the American South", not "the Dutch East
    // India Company").
    const partAfter = () => {
      const after = wordAfter(text, next!.end);
      return COUNTRY_PARTS.has(next!.key) && !(after !== null && after.capital && joined(text, next!, after));
    };
    // Not before a body named after a person ("The German Marshall Fund").
    const nationalityBefore = nextJoined && demonymStarts.has(m.start) && ((GIVEN.has(next!.key) && !organisationTail(text, next!)) || partAfter() || (PERSON_DEMONYM.test(text.slice(m.start, m.end)) && !GIVEN.has(self.key) && !FIRST_NAME_DEMONYMS.has(self.key)));
    const beforeSurname = self.capital && nextJoined && !nextInMention && !onRoute && (!titleFollows(text, next!) || partyNamed) && !bodyFollows && !nationalityBefore;
    if (afterGiven || honorificBefore) {
      drop[i] = true;
      if (single) namesakes.set(self.key, null);
      return;
    }
    // A variety named after the place ("Brussels sprouts", "Jersey cows"), or a river ("the Dnipro river", "the
    // Ohio and Mississippi rivers"): English head nouns, English articles.
    const riverHead = next !== null && (RIVER_HEADS.has(next.key) || (AREA_HEADS.has(next.key) && !readings(m).some((id) => id.startsWith('city-')))) && !riverModifies(next);
    // A demonym before "cattle" says where the herd comes from ("Mexican cattle"), a place's name its breed ("Jersey cattle").
    const variety = next !== null && VARIETY_HEADS.has(next.key) && !(next.key === 'cattle' && demonymStarts.has(m.start));
    if (lang === 'en' && next !== null && !possessive && !next.capital && (variety || riverHead) && joined(text, { ...self, end: m.end, possessive: false }, next) && (single || riverHead)) {
      drop[i] = true;
      // "the Ohio and Mississippi rivers": the names listed before a plural head are rivers too.
      if (riverHead && next.key.endsWith('s')) for (let j = i - 1; j >= 0 && coordinated(text, mentions[j]!.end, mentions[j + 1]!.start); j--) drop[j] = true;
      return;
    }
    // A list of names that ends in "counties" names counties ("Franklin, Delaware, Licking and Butler counties"),
    // when a name in it is no place the glossary knows: "Texas, Louisiana and Mississippi counties" are the states'.
    if (lang === 'en' && inCountyList(m)) {
      drop[i] = true;
      return;
    }
    // A city's name before "state" or "province", or opening a list that ends in "states", names the division the
    // glossary does not hold ("Lagos state", "Rio de Janeiro and São Paulo states"), not the city.
    if (lang === 'en' && readings(m).length > 0 && readings(m).every((id) => id.startsWith('city-')) && DIVISION_LIST_TAIL.test(text.slice(m.end, m.end + 160))) {
      drop[i] = true;
      return;
    }
    if (!capitalsMarkNames) return;
    // Inside a longer capitalised name the glossary does not know ("New Jersey", "South China Sea").
    // At a sentence's start the word before says nothing in other languages; in English, a word that is not
    // grammar does, unless the match is an adjective itself or a title follows ("Former French President").
    // An abbreviation news uses alone ("U.S.", "UK") modifies the noun after it like a demonym: "Benchmark U.S. crude".
    const adjectival = demonymStarts.has(m.start) || readings(m).some((id) => facts.abbreviations(id).alone.includes(text.slice(m.start, m.end).replaceAll('.', '')));
    const longerAtStart = () => lang === 'en' && !grammarWord(prev!) && (!adjectival || DEMONYM_COMPOUNDS.has(prev!.key)) && !(nextJoined && titleFollows(text, next!));
    const compoundDemonym = prevJoined && DEMONYM_COMPOUNDS.has(prev!.key) && (demonymStarts.has(m.start) || /^Americas?$/u.test(text.slice(m.start, m.end)));
    // "All-" hyphened before a place opens a title at a sentence's start too ("All-Ireland champions", "All-American").
    const allPrefix = () => prev!.key === 'all' && /^[-‐‑]$/u.test(text.slice(prev!.end, m.start));
    const insideLonger = prevJoined && !prevInMention && !TITLES.has(prev!.key) && (!COMPASS.has(prev!.key) || compoundDemonym) && (!opensSentence(text, prev!) || longerAtStart() || allPrefix());
    // A place opening an institution's or a publication's name (alone or after "The"), in a headline too.
    const opensOrganisation = () => beforeSurname && (!prevJoined || prev!.key === 'the') && organisationTail(text, next!);
    // A demonym joined by "and" or "&" to a capitalised word opening a longer name shares that name ("the British and
    // Irish Lions", "British and American Tobacco"), unless an office follows ("British and Irish Prime Ministers").
    if (lang === 'en' && demonymStarts.has(m.start) && !possessive) {
      const and = wordAfter(text, m.end);
      // "&" too: "the British & Irish Lions".
      const ampersand = /^[\s\u00A0]*&[\s\u00A0]*\p{Lu}/u.test(text.slice(m.end, m.end + 5));
      const first = ampersand ? and : and !== null && and.key === 'and' && !and.capital ? wordAfter(text, and.end) : null;
      // When the word after "and" starts a mention, the name goes on after that whole mention ("Irish Lions"), and
      // only after a demonym: "Australian and Papua New Guinean troops", "Israeli and U.S. strikes" are two.
      const other = first === null ? undefined : mentions.find((o) => o.start === first.start);
      const last = other === undefined ? first : demonymStarts.has(other.start) ? makeWord(text, other.start, text.slice(other.start, other.end)) : null;
      const lastEnd = other === undefined ? (last?.end ?? 0) : other.end;
      const second = last !== null && first!.capital && !TITLES.has(first!.key) ? wordAfter(text, lastEnd) : null;
      if (second !== null && second.capital && joined(text, { ...last!, end: lastEnd, possessive: false }, second) && !titleFollows(text, second) && !CALENDAR.has(second.key) && !REGION_ADJECTIVES.has(second.key)) {
        drop[i] = true;
        return;
      }
    }
    // A region named like a first name before its own body is the region ("the Virginia Department of Health").
    if ((selfGiven && !bodyFollows) || beforeSurname || insideLonger) {
      // In a title-case line capitals say nothing: the match needs support from the rest of the article.
      // In a title-case line capitals say nothing, unless the body writes the same longer name ("Texas Instruments
      // Shares Fall", then "Texas Instruments said"; "Alaska Airlines Adds Flights", then "Alaska Airlines will").
      if (titleCase() && !opensOrganisation() && (bodyFollows || !bodyWritesLonger(m, next))) doubtful[i] = true;
      else {
        drop[i] = true;
        // An acronym opening a longer name means something else later too ("OCS Max", then "OCS"), unless news uses it alone ("US Patent Office", then "US law").
        const surface = text.slice(m.start, m.end);
        if (single && self.key.length > 1 && surface === surface.toUpperCase() && !readings(m).some((id) => facts.abbreviations(id).alone.includes(surface))) otherAcronyms.add(self.key);
        // A city's name ending a longer capitalised name is a surname ("Lewis Hamilton", "Whitney Houston"):
        // later bare uses are that person, as after a known first name.
        if (single && insideLonger && !nextJoined && readings(m).every((id) => id.startsWith('city-'))) namesakes.set(self.key, null);
      }
      return;
    }
  });

  // "Town, Region" and "Town, St.": a namesake of the place the glossary knows.
  for (const [i, entry] of townNamesakes(text, mentions, drop, facts, notRegionWord)) {
    drop[i] = true;
    namesakes.set(makeWord(text, mentions[i]!.start, text.slice(mentions[i]!.start, mentions[i]!.end)).key, entry);
  }

  // Two places side by side that do not go together: one longer name ("London Victoria").
  if (capitalsMarkNames) for (const i of juxtaposedPlaces(text, mentions, facts, demonymStarts)) drop[i] = true;

  /**
   * Whether a name used bare before the words that showed it a side is the side too: not in a dateline, not
   * modifying a capitalised name ("the Georgia Class 6A title"; in a title-case headline capitals say nothing), not after another town and a comma
   * ("AUSTIN, Texas"), unless that town is a side itself ("Georgia, Texas meet again").
   */
  const sideBefore = (m: Mention): boolean => {
    if (inDateline(text, m.start) || (/^(?:['’]s)?[\s\u00A0]+\p{Lu}/u.test(text.slice(m.end, m.end + 4)) && !inTitleCaseLine(text, m.start))) return false;
    const prev = wordBefore(text, m.start);
    if (prev === null || !prev.capital || !/^,[\s\u00A0]+$/u.test(text.slice(prev.end, m.start))) return true;
    return ends.has(prev.end) && (teamsFrom.has(prev.key) || performersFrom.has(prev.key));
  };
  const kept: number[] = [];
  /** Where each name was first given as a surname after a first name, -1 for never (`firstAsSurname`), by surface. */
  const surnameAt = new Map<string, number>();
  const self = (m: Mention) => makeWord(text, m.start, text.slice(m.start, m.end));
  mentions.forEach((m, i) => {
    if (drop[i]) return;
    const key = makeWord(text, m.start, text.slice(m.start, m.end)).key;
    // An acronym the article uses for something else ("OCS Max", then "made in OCS").
    if (otherAcronyms.has(key) && text.slice(m.start, m.end) === text.slice(m.start, m.end).toUpperCase()) return;
    // A side seen in a game earlier: "Dallas visits the Phoenix Suns", but "back in Dallas".
    const teamFrom = teamsFrom.get(key);
    // Before that use too: a sports report's headline and first lines name the sides before the words that show them.
    if (teamFrom !== undefined && readings(m).every(teamNamedAfter) && !placeAgain(text, m.start) && !cityOfficeAfter(text, m.end) && (teamFrom < m.start || sideBefore(m))) return;
    // A band or a horse seen in the article: its other bare uses, before or after, unless placed ("in Boston", "Fort Payne, Alabama").
    if (performersFrom.has(key) && !placeAgain(text, m.start) && !cityOfficeAfter(text, m.end) && sideBefore(m)) return;
    // A surname the article gave with a first name where the matcher offered no mention ("Dean Holland").
    const surface = text.slice(m.start, m.end).replace(/['’][sS]$/, '');
    // Only a name the article used before this mention can have been a surname there (most mentions are the first).
    if (!namesakes.has(key) && capitalsMarkNames && !isPersonMention(m) && text.indexOf(surface) < m.start && !/[\s\u00A0-]/.test(surface) && self(m).capital) {
      let at = surnameAt.get(surface);
      if (at === undefined) surnameAt.set(surface, (at = firstAsSurname(text, surface, (w) => GIVEN.has(stripDiacritics(w).toLowerCase()))));
      if (at >= 0 && at < m.start) namesakes.set(key, null);
    }
    // Later uses of a surname or namesake seen above, unless named as what the entry is ("the country of Peru").
    if (namesakes.has(key) && !isPersonMention(m) && !(m.entryId && (namedAsKind(text, m.start, m.entryId) || (m.entryId.startsWith('country-') && nationalOfficeAfter(text, m.end))))) {
      const firstAt = surnameAt.get(surface) ?? -1;
      const firstDropped = mentions.findIndex((o, j) => j < i && drop[j] && makeWord(text, o.start, text.slice(o.start, o.end)).key === key);
      const prev = wordBefore(text, m.start);
      const entry = namesakes.get(key);
      // A surname stands alone as a subject ("Jordan, who played…", ". Jordan said"); after a lower-case
      // word ("in Jordan", "la France"; in English a word of place only) or a word of grammar opening the
      // sentence ("In Virginia, …") the name is the place again.
      // In English only a word of place brings the place back: "since Hamilton in 2020" is still the driver.
      const afterLowerWord =
        prev !== null && (!prev.capital || (lang === 'en' && grammarWord(prev))) && joined(text, prev, makeWord(text, m.start, text.slice(m.start, m.end))) && (lang !== 'en' || entry !== null || placeAgain(text, m.start));
      // "Birmingham, Alabama": a region after a town and a comma is the place, whatever else the name was.
      const afterTown = prev !== null && prev.capital && /^,[\s\u00A0]+$/u.test(text.slice(prev.end, m.start)) && readings(m).some((id) => facts.isRegion(id));
      // "Perth, Western Australia": the place written with its own region is the place, whatever namesake the article is about.
      // So is a city written with its own country ("Valencia, Venezuela's third-largest city", "Córdoba in Argentina").
      const placedByRegion = () => {
        const after = mentions[i + 1];
        if (after === undefined) return false;
        const between = text.slice(m.end, after.start);
        if (/^,[\s\u00A0]+$/u.test(between) && readings(after).some((r) => facts.isRegion(r) && readings(m).some((id) => listedEitherWay(id, r, facts)))) return true;
        // Its country directly or through its region ("Vancouver, Canada").
        const inCountry = (id: string, country: string) => listedEitherWay(id, country, facts) || countriesOfCity(id, facts).has(country);
        return /^(?:,|[\s\u00A0]+in)[\s\u00A0]+$/u.test(between) && readings(after).some((r) => r.startsWith('country-') && readings(m).some((id) => id.startsWith('city-') && inCountry(id, r)));
      };
      if ((firstDropped >= 0 || (firstAt >= 0 && firstAt < m.start)) && (entry === null ? !afterLowerWord && !afterTown : m.entryId === entry) && !placedByRegion()) return;
    }
    kept.push(i);
  });

  const result: Mention[] = [];
  // A misspelling, a doubtful headline match or a bare abbreviation needs support; none gives it.
  const needsSupport = (i: number) => {
    const m = mentions[i]!;
    return m.misspelling !== undefined || doubtful[i] || (m.entryId !== null && facts.abbreviations(m.entryId).needSupport.includes(text.slice(m.start, m.end)));
  };
  const present = new Set<string>();
  for (const i of kept) if (!needsSupport(i)) readings(mentions[i]!).forEach((id) => present.add(id));
  /** Whether another entry the article names lists `id` among its own (its region, its country's capital). */
  const listedByOther = (id: string) => [...present].some((p) => p !== id && facts.related(p).includes(id));
  // A doubtful headline match is not supported by its own name again on its line: a schedule's "at Boston Celtics
  // (15-8), TD Garden, Boston" supports nothing by its own venue; a related place on the line does ("Georgia Voters… in Atlanta"). Built only when some match is doubtful (a title-case line).
  let linesOf: Map<string, Set<number>> | undefined;
  let lineOf: (pos: number) => number = () => 0;
  const supportedElsewhere = (id: string, start: number): boolean => {
    if (!linesOf) {
      lineOf = lineIndex(text);
      linesOf = new Map();
      for (const i of kept) if (!needsSupport(i)) for (const r of readings(mentions[i]!)) (linesOf.get(r) ?? linesOf.set(r, new Set()).get(r)!).add(lineOf(mentions[i]!.start));
    }
    const line = lineOf(start);
    return [...(linesOf.get(id) ?? [])].some((l) => l !== line) || listedByOther(id);
  };
  /** Where each person is named with more than a bare surname, for "introduced nearer". */
  const introducedAt = new Map<string, number[]>();
  for (const i of kept) {
    const m = mentions[i]!;
    if (m.entryId && /[\s\u00A0-]/.test(text.slice(m.start, m.end))) (introducedAt.get(m.entryId) ?? introducedAt.set(m.entryId, []).get(m.entryId)!).push(m.start);
  }
  // Support: the entry named elsewhere, or an entry that lists it among its own (its region, its country's capital).
  const supported = (id: string) => present.has(id) || listedByOther(id);
  // A region's abbreviation is supported by its own cities too ("NSW" beside Sydney): no misspelling or headline doubt is.
  // So is it by anything of its country the article names ("NSW" in a report datelined Melbourne): no other country's
  // news writes it ("NSW" as a file format, "WA" as Washington's postal code in a story about Seattle).
  let countriesPresent: Set<string> | undefined;
  const isCountryId = (e: string) => e.startsWith('country-');
  const inCountryNamed = (id: string) => {
    countriesPresent ??= new Set([...[...present].filter(isCountryId), ...countriesOfPlaces([...present], (e) => facts.related(e), isCountryId)]);
    return facts.related(id).some((r) => isCountryId(r) && countriesPresent!.has(r));
  };
  const abbreviationSupported = (id: string) => supported(id) || (facts.isRegion(id) && (facts.related(id).some((r) => present.has(r)) || inCountryNamed(id)));
  for (const i of kept) {
    const m = mentions[i]!;
    if (doubtful[i] && m.misspelling === undefined) {
      if (!readings(m).some((id) => supportedElsewhere(id, m.start))) continue;
    } else if (needsSupport(i) && !readings(m).some(m.misspelling === undefined ? abbreviationSupported : supported)) continue;
    // A storyline's topic needs its story: "U.N. sanctions" on Iran are not those on North Korea.
    if (m.entryId !== null && facts.isStory(m.entryId) && !facts.related(m.entryId).some((r) => present.has(r))) continue;
    if (isPersonMention(m) && !/[\s\u00A0-]/.test(text.slice(m.start, m.end))) {
      const key = makeWord(text, m.start, text.slice(m.start, m.end)).key;
      const other = otherPeople.filter((o) => o.key === key && o.at < m.start).map((o) => o.at);
      if (other.length > 0) {
        const otherAt = Math.max(...other);
        const ownAt = Math.max(-1, ...readings(m).flatMap((id) => (introducedAt.get(id) ?? []).filter((s) => s < m.start)));
        if (otherAt > ownAt) continue;
      }
    }
    result.push(isPersonMention(m) ? withoutOffice(text, m) : countryOverCapital(m, facts));
  }
  let resolved = resolveAmbiguousPlaces(result, facts, text);
  if (teamIfResolved.size > 0) resolved = resolved.filter((m) => !(m.entryId && teamIfResolved.has(m.start) && teamNamedAfter(m.entryId)));
  return withFinalDots(text, withoutRegionTowns(text, resolved, facts, demonymStarts));
}
