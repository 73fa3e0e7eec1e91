/**
 * A name that is a city in full and a region's short name ("New York": the city, or the state; "Washington":
 * the capital, or the state) is the region where the words around it say so:
 *
 *  - a list of regions: "electricity sold to New York, Michigan and Minnesota", "Idaho, Washington and
 *    Oregon". The list is three names or more joined by commas and "and"/"or", or two joined by "and"/"or",
 *    with at least one region among the others and nothing but regions (or names that may be one). Two
 *    names joined by a comma alone are "Town, Region" ("Washington, Pennsylvania"), no list.
 *  - a state office right after it: "New York Gov. Kathy Hochul", "a Washington state senator" (the state
 *    is an alias already), "New York Attorney General", "the Washington Legislature". A city has a mayor.
 *  - a compass or country adjective in lower case before it: "eastern Washington", "upstate New York",
 *    "rural Georgia". A capital's quarters are capitalised names ("Northwest Washington"), not this.
 *  - after a town the glossary does not know and a comma ("Everett, Washington"; not "Georgetown,
 *    Washington, D.C."), and after a US lawmaker's or governor's name and "of" ("Sen. Raphael Warnock of
 *    Georgia", which also decides between the state and the country); so does a town of the same country
 *    and a comma before it ("Columbus, Georgia": Columbus is a US city). The other way, "ambassador to" and
 *    "embassy in" make a name that is a region and a country ("Georgia") the country.
 *  - one of a list of countries, a name that is a region and a country is the country ("films from Iran, Senegal
 *    and Georgia").
 *  - named as a state: "the State of New York", "the state of Washington", and the names of its bodies
 *    headed by "State" ("State University of New York", "State Bar of New York"). A city is no state. Not
 *    before a possessive: "the state of New York's subways" is the condition of the city's. So named, a
 *    name that is a region and a country ("the State of Georgia") is the region too; "the State of Israel"
 *    has no region among its readings and stays the country.
 *
 * Run on the matcher's raw matches before resolution, so a region so read introduces it: "ALBANY, N.Y."
 * resolves once "New York Gov." has named the state. Shared by the matcher and its reference, each with
 * its own representation of entries.
 */
import { listedEitherWay } from './discourse';

/** What the rule reads and rewrites of a raw match. */
export interface RawReadings<T> {
  start: number;
  end: number;
  full: T[];
  short: T[];
  misspelling?: string;
  /**
   * Set when the words around this match alone chose its reading ("Columbus, Georgia", "ambassador to
   * Georgia"): the choice is this match's, and introduces the entry to no other match of the article.
   */
  local?: boolean;
}

/** A lower-case compass or country word right before the name ("eastern", "upstate", "rural"). */
const AREA_BEFORE = /(?:^|[^\p{L}])(?:eastern|western|northern|southern|central|northeastern|northwestern|southeastern|southwestern|north|south|east|west|northeast|northwest|southeast|southwest|upstate|downstate|rural)[\s\u00A0]+$/u;
/** "State of", a body's name headed by "State" and ending in "of" ("State University of"), or a federal court's district ("the Southern District of"), right before the name. */
const STATE_OF = /(?:^|[^\p{L}])(?:[Ss]tate(?:[\s\u00A0]+\p{Lu}\p{Ll}+){0,2}|(?:Northern|Southern|Eastern|Western|Middle|Central)[\s\u00A0]+District)[\s\u00A0]+of[\s\u00A0]+$/u;
/** A state office or body right after the name ("Gov.", "Attorney General", "Legislature", "lawmakers", "Department of Revenue", "Ports Authority", "National Guard", "Board of Education"). */
const OFFICE_AFTER = /^[\s\u00A0]+(?:National Guard|State Police|Board of|Gov\.?|Governor|Lt\.? Gov\.?|Lieutenant Governor|Sen\.|Senator|Rep\.|Attorney General|Legislature|General Assembly|lawmakers|legislators|law|laws|(?:\p{Lu}\p{L}+[\s\u00A0]+){0,2}(?:Department|Bureau) of|(?:\p{Lu}\p{L}+[\s\u00A0]+){0,2}(?:Authority|Commission|Patrol)|state (?:Sen\.|Senator|Rep\.|Legislature|lawmakers|legislators))(?![\p{L}])/u;
/** A US lawmaker or governor, named, then "of": "Sen. Raphael Warnock of", "Majority Leader John Thune of". */
const OFFICE_HOLDER_OF =
  /(?:^|[^\p{L}])(?:Sen\.|[Ss]enator|Rep\.|[Rr]epresentative|Gov\.|[Gg]overnor|[Cc]ongressman|[Cc]ongresswoman|[Ll]awmaker|[Ll]eader|[Ww]hip|[Ss]peaker|Democrat|Republican)(?:[\s\u00A0]+\p{Lu}[\p{L}.'’-]*){1,3}[\s\u00A0]+of[\s\u00A0]+$/u;
/** Words that only a country follows: "ambassador to Georgia", "the embassy in Georgia". */
const COUNTRY_CUE_BEFORE = /(?:^|[^\p{L}])(?:ambassador|ambassadors|envoy|embassy|embassies)[\s\u00A0]+(?:to|in)[\s\u00A0]+$/iu;
/**
 * A town's name and a comma right before, after a word of place: "in Everett, " (a town the glossary
 * does not know: the caller checks that no match ends there). Not a day or a month ("in March, "), nor a
 * source after "according to" or "told".
 */
const TOWN_COMMA_BEFORE =
  /(?:^|[^\p{L}])(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|of|[Ff]rom|[Aa]round|[Aa]cross|[Ii]nto|[Tt]oward|[Tt]owards)[\s\u00A0]+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{Ll}'’-]+(?:[\s\u00A0]+\p{Lu}[\p{Ll}'’-]+){0,2},[\s\u00A0]+$/u;

/** Whether a town's name and a comma come right before `start`, after a word of place ("in Everett, "; not "according to Politico, "). */
export function townCommaBefore(text: string, start: number): boolean {
  return TOWN_COMMA_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}
/** After a capital's name: its district ("Washington, D.C."); or a possessive, which "Town, State" does not take ("John Smith, Washington's envoy"). */
const DISTRICT_AFTER = /^(?:,?[\s\u00A0]*D\.?\s?C\b|['’]s\b)/u;
/** "and" or "or", with or without a comma: what makes two names a list. */
const AND_OR = /^[\s\u00A0]*,?[\s\u00A0]+(?:and|or)[\s\u00A0]+$/u;
/** A comma, "and", "or" or both (", and") between two names of a list. */
const LIST_JOIN = /^(?:[\s\u00A0]*,[\s\u00A0]*|[\s\u00A0]*,?[\s\u00A0]+(?:and|or|&)[\s\u00A0]+)$/u;
const joinedInList = (text: string, end: number, nextStart: number) => LIST_JOIN.test(text.slice(end, nextStart));

/**
 * Rewrites in place each raw match of `raws` (in text order) whose full readings hold no region and whose
 * short readings hold exactly one, when the words around it make it that region: its full reading becomes
 * the region, so resolution takes it and counts it as introduced. `isRegion`: whether an entry is a region.
 */
export function preferRegionReadings<T>(
  text: string,
  raws: Array<RawReadings<T>>,
  isRegion: (entry: T) => boolean,
  related: (entry: T) => readonly T[] = () => [],
  isCountry: (entry: T) => boolean = () => false,
  towns: (entry: T) => readonly string[] = () => [],
  abbreviatedRegion: (end: number) => T | undefined = () => undefined,
): void {
  /** The countries `region` lies in, as its entry lists them. */
  const countriesOf = (region: T): T[] => related(region).filter((e) => !isRegion(e));
  /** Whether `town` lies in a region of the same country as `region` ("Columbus", Ohio, and the US state of Georgia). */
  const sameCountry = (town: T, region: T): boolean => {
    const countries = countriesOf(region);
    return related(town).some((r) => isRegion(r) && related(r).some((c) => countries.includes(c)));
  };
  /** Whether `town` lies in a country `region`'s is not (its own or its region's country, as its entry says). */
  const foreignTo = (town: T, region: T): boolean => {
    const countries = countriesOf(region);
    const own = [...countriesOf(town), ...related(town).filter(isRegion).flatMap(countriesOf)];
    return own.length > 0 && !own.some((c) => countries.includes(c));
  };
  // "Town, Place": a town with several readings is the one the place after it holds ("SAN JOSÉ, Costa Rica",
  // "Victoria, British Columbia"), for this match alone.
  // A short reading counts too: "Victoria" is Australia's state in full and British Columbia's capital by its short name;
  // so does a town's only reading, short, with its region's country after it ("NEWCASTLE, Australia").
  raws.forEach((r, k) => {
    const place = raws[k + 1];
    const shortOnly = r.full.length === 0 && r.short.length === 1;
    if ((r.full.length + r.short.length < 2 && !shortOnly) || r.misspelling || !place || place.full.length !== 1 || !/^,[\s\u00A0]+$/u.test(text.slice(r.end, place.start))) return;
    const where = place.full[0]!;
    const regionIn = (e: T) => shortOnly && related(e).some((x) => isRegion(x) && related(x).includes(where));
    const inIt = [...r.full, ...r.short].filter((e) => listedEitherWay(e, where, { related }) || regionIn(e));
    if (inIt.length === 1) Object.assign(r, { full: inIt, short: [], local: true });
  });
  // "Town, Ab." with a state's or a province's dateline abbreviation: the reading that region lists ("CHARLOTTE, N.C.",
  // a short name needing ground). It introduces the town: the dateline's place is the article's.
  raws.forEach((r) => {
    if (r.misspelling || r.full.length + r.short.length === 0 || text.charCodeAt(r.end) !== 44) return;
    const region = abbreviatedRegion(r.end);
    if (region === undefined) return;
    const inIt = [...r.full, ...r.short].filter((e) => listedEitherWay(e, region, { related }));
    if (inIt.length === 1) Object.assign(r, { full: inIt, short: [] });
  });
  // A name whose full readings are a region and places of other kinds, named as a state: "the State of Georgia".
  raws.forEach((r, k) => {
    if (r.full.length < 2 || r.misspelling) return;
    const regions = r.full.filter(isRegion);
    const town = k > 0 && /^,[\s\u00A0]+$/u.test(text.slice(raws[k - 1]!.end, r.start)) ? raws[k - 1]! : null;
    const townReadings = town === null ? [] : [...town.full, ...town.short];
    const townInCountry = regions.length === 1 && townReadings.some((t) => sameCountry(t, regions[0]!));
    // The other way: a town of the country reading ("TBILISI, Georgia" is the country, whatever else the article names).
    const townOf = r.full.filter((e) => !isRegion(e) && townReadings.some((t) => listedEitherWay(t, e, { related })));
    if (regions.length !== 1) return;
    // A town the region lists among its towns named like places elsewhere: "Athens, Georgia" is the state's.
    const townName = town === null ? '' : text.slice(town.start, town.end).toLowerCase();
    const regionsTown = townName !== '' && towns(regions[0]!).some((t) => t.toLowerCase() === townName);
    if (namedAsState(text, r.start, r.end)) r.full = regions;
    else if (regionsTown) Object.assign(r, { full: regions, local: true });
    else if (townOf.length === 1) Object.assign(r, { full: townOf, local: true });
    else if (officeHolderOf(text, r.start) || townInCountry || OFFICE_AFTER.test(text.slice(r.end, r.end + 40))) Object.assign(r, { full: regions, local: true });
    else if (r.full.length === 2 && COUNTRY_CUE_BEFORE.test(text.slice(Math.max(0, r.start - 40), r.start))) Object.assign(r, { full: r.full.filter((e) => !isRegion(e)), local: true });
    // One of a list of countries is the country: "films from Iran, Senegal and Georgia".
    else if (r.full.length === 2 && r.full.some(isCountry) && inRegionList(text, raws, k, (o) => o.full.length === 1 && isCountry(o.full[0]!), () => false)) Object.assign(r, { full: r.full.filter((e) => !isRegion(e)), local: true });
  });
  // Most articles have no match with both kinds of reading: nothing to build for them.
  if (!raws.some((r) => r.short.length > 0 && r.full.length > 0)) return;
  const regionShort = (r: RawReadings<T>): T | null => {
    if (r.misspelling || r.full.length === 0 || r.short.length === 0 || r.full.some(isRegion)) return null;
    const regions = r.short.filter(isRegion);
    return regions.length === 1 ? regions[0]! : null;
  };
  const isDefiniteRegion = (r: RawReadings<T>) => r.full.length > 0 && r.full.every(isRegion);
  const picks: Array<[number, T]> = [];
  raws.forEach((r, k) => {
    const region = regionShort(r);
    if (region === null) return;
    const before = text.slice(Math.max(0, r.start - 60), r.start);
    const after = text.slice(r.end, r.end + 40);
    // A town the glossary knows counts when it lies in another country: "Hamburg, New York" is a town of the state.
    const knownTownBefore = (o: RawReadings<T>) => o.end === r.start - (before.length - before.trimEnd().length) - 1 && [...o.full, ...o.short].some((t) => !foreignTo(t, region));
    const townBefore = () => townCommaBefore(text, r.start) && !raws.some(knownTownBefore) && !DISTRICT_AFTER.test(after);
    if (AREA_BEFORE.test(before) || namedAsState(text, r.start, r.end) || OFFICE_AFTER.test(after) || officeHolderOf(text, r.start) || townBefore() || inRegionList(text, raws, k, isDefiniteRegion, (o) => regionShort(o) !== null)) picks.push([k, region]);
  });
  for (const [k, region] of picks) {
    raws[k]!.full = [region];
    raws[k]!.short = [];
  }
}

/** Whether the name at `start..end` follows "State of" or a body's name headed by "State" (not before a possessive). */
function namedAsState(text: string, start: number, end: number): boolean {
  return STATE_OF.test(text.slice(Math.max(0, start - 40), start)) && !/^['’]s\b/u.test(text.slice(end, end + 3));
}

/** Whether a US lawmaker's or governor's name and "of" come right before `start` ("Sen. Raphael Warnock of Georgia"). */
function officeHolderOf(text: string, start: number): boolean {
  return OFFICE_HOLDER_OF.test(text.slice(Math.max(0, start - 60), start));
}

/** Whether raw `k` is one of a list of regions (see the module comment). */
function inRegionList<R extends { start: number; end: number }>(text: string, raws: readonly R[], k: number, definite: (r: R) => boolean, maybe: (r: R) => boolean): boolean {
  let first = k;
  while (first > 0 && joinedInList(text, raws[first - 1]!.end, raws[first]!.start)) first--;
  let last = k;
  while (last + 1 < raws.length && joinedInList(text, raws[last]!.end, raws[last + 1]!.start)) last++;
  const size = last - first + 1;
  if (size < 2) return false;
  if (size === 2 && !AND_OR.test(text.slice(raws[first]!.end, raws[last]!.start))) return false;
  let regions = 0;
  for (let i = first; i <= last; i++) {
    if (i === k) continue;
    const r = raws[i]!;
    if (definite(r)) regions++;
    else if (!maybe(r)) return false;
  }
  return regions > 0;
}
