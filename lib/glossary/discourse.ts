/**
 * Context rules that read a mention's use rather than its capitals (the rest are in `context.ts`):
 *
 *  - A demonym used as a language: after "in", "into" or a verb of speaking ("in French, Visages
 *    Villages", "speaks Russian"), when no noun follows it ("in French waters" is France).
 *  - A title: a place's name right after the lower-case name of a kind of work or ship ("the novel
 *    Jerusalem", "le pavé Jérusalem", "the cruiser Moskva") names that work, not the place.
 *  - A region's or a country's town: in an article that names a region or a country, a bare name its
 *    towns carry ("Athens" in an article about the US state of Georgia, "Valencia" in one about Spain) is
 *    the town, unless the article also names something that goes with the place elsewhere (Greece for
 *    Athens, Venezuela for its Valencia).
 *  - Named as what it is: "the country of Peru" is the country even after "Peru, Indiana" made the
 *    bare name the town in that article.
 *  - A well-known person's bare surname, never introduced, counts where it is used as a person's name
 *    ("a call with Trump.", "Trump said"), not as a common noun ("21 Trump cards").
 *  - Coordination: a common-word name opening a sentence ("Japan") is a name when "and", "or" or a
 *    comma joins it to another name ("Japan and Canada will…"); a country's, also when the article names
 *    other countries and a comma or a verb follows ("China, whose exporters…").
 *
 *  - A side in sport, a city's or a state's name used for a team: `sides.ts`.
 *  - A town in apposition: "Lebanon, a city of 26,000 east of Harrisburg", "Italy, about 45 miles south of
 *    Dallas" is no country.
 *  - A US state's name as a noun after "the": English writes a state's name bare ("in Mississippi"), so
 *    "down the Mississippi of Broadway" or "fishing the Ohio." is a river, a ship or a figure; "the Texas
 *    border", where the name modifies a noun, is the state.
 *
 * Each reads a few words around one mention: no pass over the article's words.
 */
import type { Mention } from './types';
import { stripDiacritics } from './tokenize';

/** Words before a demonym that make it a language (by the article's language). */
const LANGUAGE_CUES: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['in', 'into', 'speak', 'speaks', 'spoke', 'spoken', 'speaking', 'learn', 'learns', 'learned', 'learnt', 'learning', 'teaches', 'taught', 'fluent']),
  fr: new Set(['en', 'parle', 'parlent', 'parler', 'parlait', 'parlé', 'apprend', 'apprendre']),
  es: new Set(['en', 'habla', 'hablan', 'hablar', 'hablaba', 'aprender']),
  it: new Set(['in', 'parla', 'parlano', 'parlare', 'imparare']),
  pt: new Set(['em', 'fala', 'falam', 'falar', 'aprender']),
  de: new Set(['auf', 'spricht', 'sprechen', 'sprach']),
};

/** Lower-case words that may follow a language's name (a noun after it makes the demonym an adjective). */
const AFTER_LANGUAGE = new Set([
  'and', 'or', 'but', 'that', 'to', 'as', 'by', 'with', 'for', 'on', 'at', 'is', 'was', 'are', 'were', 'than', 'so', 'when', 'while', 'which', 'if', 'because', 'during', 'before', 'after', 'until', 'instead', 'fluently', 'only', 'from', 'since', 'every', 'each',
  'et', 'ou', 'mais', 'que', 'avec', 'pour', 'sur', 'dans', 'pendant', 'sans', 'y', 'o', 'con', 'para', 'e', 'per', 'und', 'oder', 'mit',
]);

/**
 * Lower-case heads that name a work or a ship, so that a place's name right after one is its title
 * ("the novel Jerusalem", "le pavé Jérusalem": French press calls a thick book a "pavé"). Kinds, not cases;
 * no word that is also a verb or an adjective before a place ("play Portugal", "film Berlin's streets",
 * "musical Vienna"), so the English list is its own.
 */
const WORK_HEADS_EN = new Set([
  'novel', 'memoir', 'movie', 'documentary', 'album', 'song', 'opera', 'ballet', 'sitcom', 'poem', 'cruiser', 'frigate',
  // Performers and animals named after places: "the rock band Chicago", "the singer Georgia", "the colt Dubai".
  'band', 'bands', 'singer', 'rapper', 'duo', 'trio', 'quartet', 'quintet', 'rockers', 'rocker', 'outfit', 'racehorse', 'colt', 'filly', 'mare', 'gelding', 'stallion',
]);
const WORK_HEADS = new Set([
  'film', 'roman', 'livre', 'pave', 'chanson', 'piece', 'serie', 'feuilleton', 'documentaire', 'tableau', 'poeme', 'essai', 'navire', 'croiseur', 'fregate', 'spectacle',
  'novela', 'libro', 'pelicula', 'cancion', 'documental', 'buque', 'romanzo', 'canzone', 'nave', 'livro', 'filme', 'cancao', 'navio', 'buch', 'lied', 'schiff',
]);

/** Phrases naming what a place is, right before its name ("the country of", "la ville de"). */
const COUNTRY_OF = /\b(?:country|nation|republic|kingdom|pays|pa[ií]s|paese|land)\s+(?:of|de|du|di|do|da)\s+$/iu;
const CITY_OF = /\b(?:city|town|capital|ville|capitale|ciudad|capital|citt[aà]|cidade|stadt)\s+(?:of|de|di|do|da)\s+$/iu;

const PREV_WORD = /(\p{L}[\p{L}\p{M}'’]*)[\s\u00A0]+$/u;
const NEXT_WORD = /^[\s\u00A0]+(\p{L}[\p{L}\p{M}'’]*)/u;

function fold(s: string): string {
  return stripDiacritics(s).toLowerCase().replace(/['’-]/g, '').replace(/\s+/g, ' ');
}

/** The word right before `pos`, separated from it by spaces only. */
function prevWord(text: string, pos: number): string | null {
  return PREV_WORD.exec(text.slice(Math.max(0, pos - 40), pos))?.[1] ?? null;
}

/** Words before a person's name that govern it ("a call with Trump"). */
const PERSON_BEFORE = new Set(['with', 'by', 'to', 'from', 'for', 'against', 'and', 'or', 'between', 'than', 'under', 'told', 'met', 'said', 'says', 'asked', 'urged', 'called', 'thanked', 'praised', 'criticised', 'criticized', 'backed']);
/** Verbs after a person's name, the way news reports what someone did ("Trump said"). */
const PERSON_AFTER = new Set([
  'said', 'says', 'told', 'tells', 'has', 'had', 'is', 'was', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'wrote', 'writes', 'posted', 'announced', 'signed', 'spoke', 'speaks',
  'met', 'meets', 'wants', 'wanted', 'called', 'calls', 'added', 'argued', 'warned', 'threatened', 'ordered', 'urged', 'insisted', 'claimed', 'denied', 'promised', 'pledged', 'vowed', 'praised', 'criticised', 'criticized', 'visited', 'who',
]);

/** Nouns a leader's surname modifies: "the Trump administration", "the Macron government", "Trump's campaign" (the possessive counts anyway). */
const LEADER_NOUNS = new Set(['administration', 'administrations', 'presidency', 'government', 'cabinet', 'campaign', 'era']);

/**
 * A bare surname read without an introduction (`GlossaryEntry.wellKnown`) needs a person's grammar
 * around it: a possessive, a reporting verb after it, a noun of a leader's office or time after it ("the
 * Trump administration"), or a preposition before it with no noun after ("a call with Trump."). "21 Trump
 * cards", "the Trump cards" and "a Trump card" have none.
 */
export function personUse(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 30);
  if (/^['’]s?\b/u.test(after)) return true;
  const next = NEXT_WORD.exec(after)?.[1] ?? null;
  if (next !== null && (PERSON_AFTER.has(next) || LEADER_NOUNS.has(next))) return true;
  const prev = prevWord(text, start);
  return prev !== null && PERSON_BEFORE.has(prev.toLowerCase()) && /^[^\p{L}\p{N}\s\u00A0]/u.test(after);
}

/**
 * A common-word country name opening a sentence ("China", "Turkey", "Japan") used as a name: in an article
 * that names at least `COUNTRIES_NAMED` other countries (`countriesNamed`), followed by a comma or by a
 * verb the way news reports what a country did ("China, whose exporters…", "Turkey said", "Japan has").
 * "Turkey is a Thanksgiving staple" in a recipe names no other countries; "Guinea pigs" has no such word after it.
 */
export function countryOpeningUse(text: string, end: number, countriesNamed: number): boolean {
  if (countriesNamed < COUNTRIES_NAMED) return false;
  const after = text.slice(end, end + 30);
  if (/^[\s\u00A0]*,/u.test(after)) return true;
  const next = NEXT_WORD.exec(after)?.[1] ?? null;
  return next !== null && PERSON_AFTER.has(next);
}
const COUNTRIES_NAMED = 2;

/** Whether a comma, "and", "or" or "&" alone joins the name ending at `end` to the name at `nextStart`. */
export function coordinated(text: string, end: number, nextStart: number): boolean {
  return /^(?:[\s\u00A0]*,[\s\u00A0]*|[\s\u00A0]+(?:and|or|&)[\s\u00A0]+)$/u.test(text.slice(end, nextStart));
}

/** A demonym used as a language's name: "in French,", "speaks Russian and English" (not "in French waters"). */
export function languageUse(text: string, m: Mention, lang: string): boolean {
  // English names a language as what it is: "Macedonian is a dialect of Bulgarian", "speakers of Catalan".
  if (lang === 'en' && (LANGUAGE_NAMED_AFTER.test(text.slice(m.end, m.end + 30)) || LANGUAGE_NAMED_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)))) return true;
  const cue = prevWord(text, m.start);
  if (cue === null || !(LANGUAGE_CUES[lang] ?? LANGUAGE_CUES.en!).has(cue.toLowerCase())) return false;
  const after = text.slice(m.end, m.end + 40);
  const next = NEXT_WORD.exec(after);
  if (!next) return /^[\s\u00A0]*(?:[^\p{L}\p{N}\s\u00A0]|$)/u.test(after);
  // "in Chinese and Japanese supply chains": a noun after the demonym joined to this one makes both adjectives.
  const joinedNoun = /^[\s\u00A0]+(?:and|or)[\s\u00A0]+\p{Lu}[\p{L}'’-]*[\s\u00A0]+(\p{Ll}[\p{L}-]*)/u.exec(after);
  if (joinedNoun && !AFTER_LANGUAGE.has(joinedNoun[1]!)) return false;
  return AFTER_LANGUAGE.has(next[1]!.toLowerCase());
}

/** A demonym named as a language by what follows it ("Macedonian is a dialect") or comes before it ("a dialect of Bulgarian"). */
const LANGUAGE_NAMED_AFTER = /^[\s\u00A0]+(?:is|was)[\s\u00A0]+(?:a[\s\u00A0]+(?:dialect|language)|spoken|written|taught)\b/u;
const LANGUAGE_NAMED_BEFORE = /\b(?:dialect|dialects|language|speakers|translation|translations|version|words)[\s\u00A0]+of[\s\u00A0]+$/u;

/** A capitalised name right after a lower-case head that names a work or a ship: a title. */
export function workTitle(text: string, m: Mention, lang: string): boolean {
  const head = prevWord(text, m.start);
  if (head === null) return false;
  const first = text[m.start]!;
  if (first === first.toLowerCase()) return false;
  // German capitalises the head noun itself ("der Roman Jerusalem").
  if (lang !== 'de' && head[0] !== head[0]!.toLowerCase()) return false;
  if (lang === 'en' && head === 'group') {
    // "Country group Alabama", "the rock group Chicago": a group is a band after a kind of music only.
    const genre = prevWord(text, m.start - head.length - 1);
    return genre !== null && MUSIC_GENRES.has(genre.toLowerCase());
  }
  return (lang === 'en' ? WORK_HEADS_EN : WORK_HEADS).has(fold(head));
}

/** Kinds of music before "group" that make it a band ("country group Alabama"), not a body ("pressure group"). */
const MUSIC_GENRES = new Set(['country', 'rock', 'pop', 'folk', 'punk', 'metal', 'rap', 'gospel', 'bluegrass', 'indie', 'soul', 'jazz', 'girl', 'boy', 'vocal', 'reggae', 'disco']);

/**
 * Whether the name at `start..end` is all of a quotation: a work's title ("Hamilton" returns to the theatre;
 * a film, a song, a show named after a place), not the place. A longer quotation that holds the place
 * ("Winter in Tbilisi") keeps it.
 */
export function quotedAlone(text: string, start: number, end: number): boolean {
  return /["“]$/u.test(text.slice(Math.max(0, start - 1), start)) && /^[,.!?]?["”]/u.test(text.slice(end, end + 2));
}

/** "the other" or "another" right before a name ("The other Perth", "another Paris"), headline case too. */
const OTHER_BEFORE = /(?:^|[^\p{L}])(?:[Tt]he[\s\u00A0]+[Oo]ther|[Aa]nother)[\s\u00A0]+$/u;
/** "a" or "an" right before a name ("a Belfast on Penobscot Bay"). */
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])[Aa]n?[\s\u00A0]+$/u;
/**
 * What may follow a place named with "a" when it is a town of that name: a comma, "and", the end of a clause, or
 * "in", "on", "near" or "outside" and a capitalised name ("a Lisbon near Lewiston", "a Perth in Ontario"). A noun
 * after it makes the place a modifier ("a Paris hotel"), and lower-case words a figure of the place ("a Russia in decline").
 */
const TOWN_AFTER_INDEFINITE = /^(?:[,;:.!?)]|[\s\u00A0]+and\b|[\s\u00A0]+(?:in|on|near|outside)[\s\u00A0]+\p{Lu}|[\s\u00A0]*$)/u;

/**
 * Whether a place's name is that of another place, by the article before it: "the other Perth", "another Paris"
 * ('other': the article is about that other place), or "a Belfast on Penobscot Bay", "a Rome, a Vienna and a
 * Madrid" ('one': this mention alone). Null for "a Paris hotel", "a stronger Russia", "an Iran with the bomb".
 */
export function anotherPlaceNamed(text: string, start: number, end: number): 'other' | 'one' | null {
  const before = text.slice(Math.max(0, start - 14), start);
  if (OTHER_BEFORE.test(before)) return 'other';
  return INDEFINITE_BEFORE.test(before) && TOWN_AFTER_INDEFINITE.test(text.slice(end, end + 40)) ? 'one' : null;
}

/**
 * A city named with its country's adjective and what it is, in apposition: "named for the Polish capital,
 * Warsaw", "the Egyptian port of Alexandria" (the city abroad, in an article about its American namesake).
 */
const COUNTRY_CITY_BEFORE = /\b[Tt]he[\s\u00A0]+\p{Lu}\p{Ll}+[\s\u00A0]+(?:capital|city|port|metropolis)(?:[\s\u00A0]+of|,)?[\s\u00A0]+$/u;

/** Whether the words before a mention name it as what its entry is ("the country of Peru", "the Spanish capital, Madrid"). */
export function namedAsKind(text: string, start: number, entryId: string): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  return entryId.startsWith('country-') ? COUNTRY_OF.test(before) : entryId.startsWith('city-') ? CITY_OF.test(before) || COUNTRY_CITY_BEFORE.test(before) : false;
}

/** A country's own office or body after its name and a possessive: "Lebanon's prime minister", "Peru's government". */
const NATIONAL_OFFICE_AFTER = /^['’]s[\s\u00A0]+(?:prime minister|president|foreign minister|defen[cs]e minister|government|army|military|parliament|embassy|capital|king|queen|cabinet|central bank|national team)\b/iu;

/** Whether a country's name is followed by one of its national offices or bodies ("Lebanon's prime minister"): the country, after a namesake town too. */
export function nationalOfficeAfter(text: string, end: number): boolean {
  return NATIONAL_OFFICE_AFTER.test(text.slice(end, end + 40));
}

/** Whether one of two entries lists the other among its related entries. */
export function listedEitherWay<T>(a: T, b: T, facts: { related(id: T): readonly T[] }): boolean {
  return facts.related(a).includes(b) || facts.related(b).includes(a);
}

/** What the region-town rule needs to know of entries. */
export interface TownFacts {
  isRegion(id: string): boolean;
  isPerson(id: string): boolean;
  related(id: string): readonly string[];
  /** A region's towns named like places elsewhere (`GlossaryEntry.towns`). */
  towns(id: string): readonly string[];
}

/** The nouns for one of a people ("Englishman", "the Spaniard", "Scot"), as against their adjectives ("Scottish"). */
export const PERSON_DEMONYM = /^(?:(?!German$)\p{Lu}\p{Ll}+(?:man|woman)|Spaniard|Dane|Swede|Briton|Scot|Kiwi)$/u;

/** Words of ASCII letters (and dots) with single spaces: `fold` is their lower case. */
const PLAIN_NAME = /^[A-Za-z.]+(?: [A-Za-z.]+)*$/;

/**
 * Drops the mentions that are a named region's or country's town: in an article naming the US state of
 * Georgia, "Athens" is Athens, Georgia, not Greece's capital, unless the article names something that goes
 * with the capital (Greece) or the mention's entry belongs to the region.
 */
export function withoutRegionTowns(text: string, mentions: readonly Mention[], facts: TownFacts, demonymStarts: ReadonlySet<number> = new Set()): Mention[] {
  // The named regions and countries that list towns: most articles name none, and stop here. A person's
  // nationality names none: "a dependent Englishman" says nothing of where "Washington" is ("the Scottish
  // Government" does).
  let regions: string[] | null = null;
  for (const m of mentions) {
    const e = m.entryId;
    if (demonymStarts.has(m.start) && PERSON_DEMONYM.test(text.slice(m.start, m.end))) continue;
    if (e && (facts.isRegion(e) || e.startsWith('country-')) && facts.towns(e).length > 0 && !regions?.includes(e)) (regions ??= []).push(e);
  }
  if (regions === null) return [...mentions];
  const named = regions;
  const towns = new Set(named.flatMap((r) => facts.towns(r).map((t) => `${r}\n${fold(t)}`)));
  const ids = new Set(mentions.flatMap((m) => (m.entryId ? [m.entryId] : [])));
  const tied = (a: string, b: string) => listedEitherWay(a, b, facts);
  return mentions.filter((m) => {
    const e = m.entryId;
    if (!e || facts.isRegion(e) || facts.isPerson(e) || e.startsWith('country-')) return true;
    const surface = text.slice(m.start, m.end);
    // Plain ASCII letters fold to their lower case: the common case skips the Unicode normalisation.
    const key = PLAIN_NAME.test(surface) ? surface.toLowerCase() : fold(surface);
    const region = named.find((r) => towns.has(`${r}\n${key}`) && !tied(e, r));
    if (!region) return true;
    return [...ids].some((x) => x !== e && x !== region && tied(x, e));
  });
}

/**
 * A kind of town, or "the province", and "of" right before a name: "the village of Mexico", "the city of Lebanon",
 * "whose northern province of Macedonia" (Greece's). Not "a province of China", "the Donetsk region of Ukraine".
 */
const TOWN_OF_BEFORE =
  /(?:^|[^\p{L}])(?:(?:village|town|township|hamlet|borough|county|parish|city)|(?:the|its|whose|their)[\s\u00A0]+(?:\p{Ll}+[\s\u00A0]+)?(?:province|prefecture))[\s\u00A0]+of[\s\u00A0]+$/iu;

/** A county, a parish, a township or a province and "of" right before a name: "the county of Surrey in England", not the city of Surrey in British Columbia; "Argentina's province of Córdoba", not the city. */
const DIVISION_OF_BEFORE = /(?:^|[^\p{L}])(?:county|parish|township|province|prefecture|department)[\s\u00A0]+of[\s\u00A0]+$/iu;

/**
 * Whether a kind of town and "of" come right before `start`: a country's name there is a town's ("the
 * village of Mexico, in Oswego County"). With `kinds` 'division', only a county, a parish or a township:
 * a city's name there is another place's ("the county of Surrey", where "the town of Bethlehem" is the city).
 */
export function townNamedBefore(text: string, start: number, kinds: 'any' | 'division' = 'any'): boolean {
  return (kinds === 'any' ? TOWN_OF_BEFORE : DIVISION_OF_BEFORE).test(text.slice(Math.max(0, start - 30), start));
}

/** After a name: a comma and an apposition that makes it a performer or a racehorse ("Kansas, the progressive rock band formed in Topeka", "Luxembourg, the Irish horse"). */
const PERFORMER_APPOSITION =
  /^,[\s\u00A0]+(?:the|a|an)[\s\u00A0]+(?:[\p{L}.-]+[\s\u00A0]+){0,3}(?:band|trio|duo|quartet|singer|rapper|(?:horse|mare|colt|filly|gelding)(?=[,.;]|[\s\u00A0]+(?:trained|owned|ridden|bred|who|that|which)\b)|(?<=(?:country|rock|pop|folk|punk|metal|rap|gospel|bluegrass|indie|soul|jazz|girl|boy|vocal|reggae|disco)[\s\u00A0]+)group)\b(?![\s\u00A0]+(?:said|says|reported|added|announced)\b)/u;

/** Whether the name ending at `end` is named a performer in apposition: a title, like "the band Kansas". */
export function performerInApposition(text: string, end: number): boolean {
  return PERFORMER_APPOSITION.test(text.slice(end, end + 60));
}

/** Whether the name at `start` follows a band member's role and "of": "the lead singer of Alabama" is the band. */
export function musicianOf(text: string, start: number): boolean {
  return MUSICIAN_OF.test(text.slice(Math.max(0, start - 40), start));
}
/** A band's member, then "of": "the lead singer of", "guitarist of". */
const MUSICIAN_OF = /\b(?:singer|guitarist|drummer|bassist|keyboardist|frontman|frontwoman)[\s\u00A0]+of[\s\u00A0]+$/u;

/**
 * Whether the name ending at `end` is followed by an apposition naming it a town ("Lebanon, a city of 26,000",
 * "Lebanon, a crossroads of about 900 people"); with `kinds` 'small', only a town, village or the like "in",
 * "of", "near" or "outside" somewhere, for a city's name ("Moscow, a town in Lamar County").
 */
export function townInApposition(text: string, end: number, kinds: 'any' | 'small' = 'any'): boolean {
  const after = text.slice(end, end + 60);
  if (POPULATION_APPOSITION.test(after)) return true;
  return (kinds === 'any' ? ANY_TOWN_APPOSITION : SMALL_TOWN_APPOSITION).test(after);
}
const ANY_TOWN_APPOSITION = /^,[\s\u00A0]+(?:a|the)[\s\u00A0]+(?:[\p{Ll}-]+[\s\u00A0]+)?(?:city|town|village|borough|township|suburb|community|crossroads|hamlet|county[\s\u00A0]+seat)\b/u;
/**
 * For a city's name: only a small place in apposition makes it a namesake ("Moscow, a town in Lamar County", "Moscow,
 * the East Ayrshire hamlet"; "Moscow, a city of 13 million" is Moscow).
 */
const SMALL_TOWN_APPOSITION =
  /^,[\s\u00A0]+(?:a|the)[\s\u00A0]+(?:(?:[\p{L}-]+[\s\u00A0]+){0,2}(?:town|village|borough|township|suburb|community|crossroads|hamlet)[\s\u00A0]+(?:in|of|near|outside)\b|(?:\p{Lu}[\p{L}-]*[\s\u00A0]+){1,3}(?:[\p{Ll}-]+[\s\u00A0]+)?(?:town|village|borough|township|suburb|hamlet)\b)/u;
/** "Lebanon, a crossroads of about 900 people": a place of a few thousand at most. */
const POPULATION_APPOSITION =
  /^,[\s\u00A0]+(?:(?:a|the)[\s\u00A0]+(?:[\p{Ll}-]+[\s\u00A0]+){0,2}of[\s\u00A0]+(?:about|some|roughly|nearly|fewer than|under|just)?[\s\u00A0]*(?:\d{1,3}(?:,\d{3})?[\s\u00A0]+(?:people|residents|inhabitants)\b|(?:\d{1,2},\d{3}|\d{1,3})(?![\d,.])(?![\s\u00A0]*(?:million|billion|thousand|percent|per cent|%)))|(?:about|some|roughly|nearly|just|only)?[\s\u00A0]*\d{1,3}[\s\u00A0]+(?:miles|kilometers|kilometres|km)[\s\u00A0]+(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)[\s\u00A0]+of|from|outside)\b)/u;

/** After a state's name used as a noun: "of", or punctuation that closes the phrase (a comma: see `stateAsNounAfterThe`). */
const NOUN_PHRASE_END = /^(?:[\s\u00A0]+(?:of|so|near|at|into|between|where)(?![\p{L}])|[.;:!?)](?![\p{L}\p{N}])|[ \t\u00A0]*(?:\n|$))/u;

/**
 * Whether the US state's name at `start..end` is a noun after a lower-case "the" ("the Mississippi of
 * Broadway", "down the Ohio."), which names no state (see the module comment). Only "the" written in lower
 * case counts: "The Mississippi Delta" opens a sentence or a title.
 */
export function stateAsNounAfterThe(text: string, start: number, end: number, mentionAt: (pos: number) => boolean = () => false): boolean {
  // "the lower Mississippi", "the mighty Ohio": a river's stretch or its epithet between "the" and the name.
  if (!/(?:^|[^\p{L}])the[\s\u00A0]+(?:(?:lower|upper|middle|mighty|muddy)[\s\u00A0]+)?$/u.test(text.slice(Math.max(0, start - 40), start))) return false;
  const after = text.slice(end, end + 40);
  if (NOUN_PHRASE_END.test(after)) return true;
  // A comma ends the phrase too, unless another name follows it in a list ("the Texas, Oklahoma and Kansas
  // border", "the Texas, Mexico border").
  const comma = /^,[\s\u00A0]+(?=\S)/u.exec(after);
  return comma !== null && !mentionAt(end + comma[0].length);
}
