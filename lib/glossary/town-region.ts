/**
 * "Town, Region": a place written with the region it lies in, the way news places a town.
 *
 *  - A place followed by a comma and a region it has nothing to do with is a namesake ("Moscow, Idaho",
 *    "Peru, Indiana", "Paris, Texas"); "Atlanta, Georgia" is the city. A list that goes on with another
 *    region ("Boston, Kansas and Alabama", three bands in a headline) is no such pair.
 *  - The same with the region abbreviated, as US and Canadian datelines write it ("CAIRO, Ill.",
 *    "ATHENS, Ga.", "MOSCOW, Idaho" but "LONDON, Ont."): a place followed by a comma and a capitalised
 *    abbreviation ("Ill.", "Tenn.", "N.Y.") that is no title, honorific or month is a town of a country
 *    with regions, so a place that lies in none of those (Cairo in Egypt, Athens in Greece) is a namesake.
 *    "ALBANY, N.Y." and "ATLANTA, Ga." stand: Albany and Atlanta lie in a region, Houston in a country with
 *    regions. Where the abbreviation is one of the states' or provinces' (`REGION_OF_ABBREVIATION`), the place
 *    must lie in that region: "LONDON, Ont." is no London of England. A region before such an abbreviation
 *    is a town named like it ("ONTARIO, Ore.").
 *
 *  - A city followed by a comma and a country it does not lie in is a namesake too ("VALENCIA, Spain" where
 *    the glossary has Venezuela's Valencia), and so is a region followed by another region ("DELAWARE, Ohio
 *    (AP)"), unless the comma only separates a list of places; and a city "in" a place of another country
 *    ("Perth in Scotland", "Moscow in Idaho").
 *
 * The context rules then read the same name later in the article as that namesake (context.ts).
 */
import type { Mention } from './types';
import { listedEitherWay } from './discourse';
import { countriesOfPlaces } from './short-in-context';
import { inDateline } from './dateline';

/** What the rule needs to know of entries. */
export interface TownRegionFacts {
  isPerson(id: string): boolean;
  isRegion(id: string): boolean;
  related(id: string): readonly string[];
  /** Whether some region lists the entry among its related entries (its capital, its country). */
  listedByRegion(id: string): boolean;
}

const readingsOf = (m: Mention): readonly string[] => (m.entryId ? [m.entryId] : (m.candidates ?? []));

/** A comma and one to three capitalised words closing a dateline: "BOSTON, Lincolnshire —", "MOSCOW, East Ayrshire (PA) —". */
const UNKNOWN_QUALIFIER_AFTER = /^,[\s\u00A0]+\p{Lu}\p{Ll}+(?:[\s\u00A0]\p{Lu}\p{Ll}+){0,2}[\s\u00A0]*(?:[—–]|\()/u;

/** A comma and an abbreviation right after a name: "Ill.", "Tenn.", "N.Y.", "W.Va.". */
const ABBREVIATION_AFTER = /^,[\s\u00A0]+((?:[A-Z]\.){2,3}|[A-Z][a-z]{1,4}\.(?:[A-Z][a-z]?\.)?)(?![\p{L}])/u;

/**
 * Indexes of `mentions` (in text order) that are namesakes by "Town, Region", each with its entry (null
 * when unresolved). `dropped`: mentions already dropped, which take no part. `notRegionWord`: whether an
 * abbreviation's folded letters are a word of another kind (a title, an honorific, a month: "Gov.", "Jan.").
 */
export function townNamesakes(text: string, mentions: readonly Mention[], dropped: readonly boolean[], facts: TownRegionFacts, notRegionWord: (key: string) => boolean): Array<[number, string | null]> {
  const out: Array<[number, string | null]> = [];
  const place = (m: Mention) => !readingsOf(m).some((id) => facts.isRegion(id) || facts.isPerson(id));
  const inRegions = (id: string) => facts.listedByRegion(id) || facts.related(id).some((r) => facts.isRegion(r) || facts.listedByRegion(r));
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1];
    if (!dropped[i] && b && !dropped[i + 1] && isTownInOtherCountry(text, a, b, facts)) {
      out.push([i, a.entryId]);
      continue;
    }
    if (!dropped[i] && isTownNearCityElsewhere(text, mentions, i, facts)) {
      out.push([i, a.entryId]);
      continue;
    }
    // The other forms start with a comma right after the place: most mentions stop here.
    if (text.charCodeAt(a.end) !== 44 || dropped[i]) continue;
    // A dateline's city placed by a county or a region the glossary does not know ("BOSTON, Lincolnshire —",
    // "MOSCOW, East Ayrshire —"): a famous city needs no such qualifier, and its own region or country would be known.
    // Unless the article names the city's country ("MUNICH, Bavaria —" in a story that names Germany).
    const countryNamed = () => readingsOf(a).some((id) => [...countriesOfCity(id, facts)].some((c) => mentions.some((o) => readingsOf(o).includes(c))));
    if (place(a) && readingsOf(a).every((id) => !id.startsWith('country-')) && (!b || b.start > a.end + 2) && UNKNOWN_QUALIFIER_AFTER.test(text.slice(a.end, a.end + 40)) && inDateline(text, a.start) && !countryNamed()) {
      out.push([i, a.entryId]);
      continue;
    }
    if (b && !dropped[i + 1] && /^,[\s\u00A0]+$/.test(text.slice(a.end, b.start))) {
      const regions = readingsOf(b).filter((id) => facts.isRegion(id));
      if (regions.length === 0 && isTownElsewhere(text, mentions, i, facts)) out.push([i, a.entryId]);
      // Its later bare uses are the town unless placed again ("Wilmington, Delaware"): no entry to compare with.
      if (regions.length > 0 && isRegionTownIn(text, mentions, i, facts)) out.push([i, null]);
      if (regions.length === 0 || !place(a)) continue;
      // A list that goes on with another region is no "Town, Region": "Boston, Kansas and Alabama".
      const c = mentions[i + 2];
      if (c && /^[\s\u00A0]*,?[\s\u00A0]+(?:and|or)[\s\u00A0]+$/u.test(text.slice(b.end, c.start)) && readingsOf(c).some((id) => facts.isRegion(id))) continue;
      // Tied to any reading of the second name: "TBILISI, Georgia" where Georgia may still be the US state or the country.
      const tied = readingsOf(a).some((id) => readingsOf(b).some((r) => listedEitherWay(id, r, facts)));
      if (!tied) out.push([i, a.entryId]);
      continue;
    }
    const abbreviation = ABBREVIATION_AFTER.exec(text.slice(a.end, a.end + 12));
    if (!abbreviation || (b && b.start < a.end + abbreviation[0].length) || notRegionWord(abbreviation[1]!.replace(/\./g, '').toLowerCase())) continue;
    // A region before another region's abbreviation is a town named like it ("ONTARIO, Ore.", as "DELAWARE, Ohio");
    // "Washington, D.C." is the capital's own name.
    if (!place(a)) {
      const readings = readingsOf(a);
      if (readings.length > 0 && readings.every((id) => facts.isRegion(id)) && abbreviation[1] !== 'D.C.') out.push([i, null]);
      continue;
    }
    const named = REGION_OF_ABBREVIATION.get(abbreviation[1]!);
    // The abbreviation names a region: a place that lies elsewhere is a namesake ("LONDON, Ont."); one the data
    // places in no region of that region's country may be its town.
    if (named !== undefined) {
      const home = countriesOfPlaces([named], (e) => facts.related(e), isCountry);
      const stands = (id: string) => listedEitherWay(id, named, facts) || (!inRegions(id) && [...countriesOfCity(id, facts)].some((c) => home.has(c)));
      if (!readingsOf(a).some(stands)) out.push([i, a.entryId]);
    } else if (!readingsOf(a).some(inRegions)) out.push([i, a.entryId]);
  }
  return out;
}

/** A place's bearing from a city after its name: ", north of the city", " 20 km south of Durban". */
const BEARING_AFTER = /^,?[\s\u00A0]+(?:about[\s\u00A0]+)?(?:\d+[\s\u00A0]*(?:km|kilometres|kilometers|miles)[\s\u00A0]+)?(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)[\s\u00A0]+of[\s\u00A0]+(the[\s\u00A0]+(?:city|capital)\b)?/u;

/**
 * A city placed by its bearing from a city of another country is a namesake there: "in Phoenix, north of the
 * city" in a story datelined Durban is Durban's township, not Arizona's capital. "The city" is the first city
 * the article names (its dateline's); a named city must be the mention right after "of".
 */
function isTownNearCityElsewhere(text: string, mentions: readonly Mention[], i: number, facts: TownRegionFacts): boolean {
  const a = mentions[i]!;
  const bearing = BEARING_AFTER.exec(text.slice(a.end, a.end + 60));
  if (!bearing || readingsOf(a).length === 0 || !readingsOf(a).every(isCity)) return false;
  const at = a.end + bearing[0].length;
  const anchor = bearing[1] !== undefined ? mentions.find((o) => o.start < a.start && readingsOf(o).some(isCity)) : mentions[i + 1]?.start === at ? mentions[i + 1] : undefined;
  if (anchor === undefined) return false;
  const theirs = countriesOfPlaces(readingsOf(anchor), (e) => facts.related(e), isCountry);
  return theirs.size > 0 && readingsOf(a).every((id) => ![...countriesOfCity(id, facts)].some((c) => theirs.has(c)));
}

/**
 * The regions US and Canadian datelines abbreviate (AP style, and the Canadian Press's), by abbreviation:
 * "LONDON, Ont." is no London of England. Two-letter postal codes are not read: "LA" and "WA" name more.
 */
const REGION_OF_ABBREVIATION: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'Ala.': 'al', 'Ariz.': 'az', 'Ark.': 'ar', 'Calif.': 'ca', 'Colo.': 'co', 'Conn.': 'ct', 'Del.': 'de', 'Fla.': 'fl', 'Ga.': 'ga',
    'Ill.': 'il', 'Ind.': 'in', 'Kan.': 'ks', 'Ky.': 'ky', 'La.': 'la', 'Md.': 'md', 'Mass.': 'ma', 'Mich.': 'mi', 'Minn.': 'mn',
    'Miss.': 'ms', 'Mo.': 'mo', 'Mont.': 'mt', 'Neb.': 'ne', 'Nev.': 'nv', 'N.H.': 'nh', 'N.J.': 'nj', 'N.M.': 'nm', 'N.Y.': 'ny',
    'N.C.': 'nc', 'N.D.': 'nd', 'Okla.': 'ok', 'Ore.': 'or', 'Pa.': 'pa', 'R.I.': 'ri', 'S.C.': 'sc', 'S.D.': 'sd', 'Tenn.': 'tn',
    'Vt.': 'vt', 'Va.': 'va', 'Wash.': 'wa', 'W.Va.': 'wv', 'Wis.': 'wi', 'Wyo.': 'wy',
  })
    .map(([abbreviation, code]): [string, string] => [abbreviation, `region-us-${code}`])
    .concat(Object.entries({ 'Alta.': 'ab', 'B.C.': 'bc', 'Man.': 'mb', 'N.B.': 'nb', 'N.L.': 'nl', 'Nfld.': 'nl', 'N.S.': 'ns', 'Ont.': 'on', 'P.E.I.': 'pe', 'Que.': 'qc', 'Sask.': 'sk' }).map(([abbreviation, code]): [string, string] => [abbreviation, `region-ca-${code}`])),
);

/** The region a dateline abbreviation right after `end` names (", N.C." is North Carolina's id), if any. */
export function regionAbbreviatedAfter(text: string, end: number): string | undefined {
  const abbreviation = ABBREVIATION_AFTER.exec(text.slice(end, end + 12));
  return abbreviation ? REGION_OF_ABBREVIATION.get(abbreviation[1]!) : undefined;
}

const isCountry = (id: string) => id.startsWith('country-');
const isCity = (id: string) => id.startsWith('city-');

/** The countries a city lies in, as its entry says: its own, or its region's (short-in-context.ts `countriesOfPlaces`). */
export function countriesOfCity(id: string, facts: TownRegionFacts): Set<string> {
  return countriesOfPlaces([id], (e) => facts.related(e), isCountry);
}

/**
 * "Town, Country" with a country the city does not lie in: a namesake ("VALENCIA, Spain" where the glossary
 * has Venezuela's Valencia, "CÓRDOBA, Spain", "London, Canada"). Not in a list of places ("Lagos, Ghana and
 * Kenya", "Lagos, Ghana, Kenya"), where the comma only separates them.
 */
function isTownElsewhere(text: string, mentions: readonly Mention[], i: number, facts: TownRegionFacts): boolean {
  const a = mentions[i]!;
  const b = mentions[i + 1]!;
  const countries = readingsOf(b);
  if (countries.length !== 1 || !isCountry(countries[0]!) || readingsOf(a).length === 0 || !readingsOf(a).every(isCity)) return false;
  // What a placed town's country is followed by: a stop, a bracket or a dash ("VALENCIA, Spain (AP) —",
  // "Córdoba, Spain, where…"), not a verb ("In Cardiff, New Zealand beat Wales") or a list's "and".
  if (!placedPairEnds(text, mentions, i, (id) => isCountry(id) || isCity(id))) return false;
  return !readingsOf(a).some((id) => countriesOfCity(id, facts).has(countries[0]!));
}

/**
 * Whether the pair at `i`, `i + 1` ("Town, Place") ends as a placed town does: the place followed by a stop, a
 * bracket, a dash or a possessive ("VALENCIA, Spain (AP) —"), not a verb ("In Cardiff, New Zealand beat Wales",
 * "Georgia, Texas meet again"), and in no list of such places (`listed`: "Lagos, Ghana and Kenya", "Accra, Lagos, Ghana").
 */
function placedPairEnds(text: string, mentions: readonly Mention[], i: number, listed: (id: string) => boolean): boolean {
  const a = mentions[i]!;
  const b = mentions[i + 1]!;
  if (!/^(?:['’]s\b|[,;:.)(—–]|[\s\u00A0]+[(—–]|[\s\u00A0]*$)/u.test(text.slice(b.end, b.end + 3))) return false;
  const c = mentions[i + 2];
  if (c && /^[\s\u00A0]*(?:,|,?[\s\u00A0]+(?:and|or))[\s\u00A0]+$/u.test(text.slice(b.end, c.start)) && readingsOf(c).some(listed)) return false;
  const before = mentions[i - 1];
  return !(before && /^,[\s\u00A0]+$/u.test(text.slice(before.end, a.start)) && readingsOf(before).some(listed));
}

/**
 * "Region, Region": a name that is a region followed by another region it is not, as a placed town ends
 * ("DELAWARE, Ohio (AP)", the city of Delaware in Ohio), is a town named like the first region.
 */
function isRegionTownIn(text: string, mentions: readonly Mention[], i: number, facts: TownRegionFacts): boolean {
  const a = mentions[i]!;
  const b = mentions[i + 1]!;
  const readings = readingsOf(a);
  if (readings.length === 0 || !readings.every((id) => facts.isRegion(id)) || readingsOf(b).some((id) => readings.includes(id))) return false;
  return placedPairEnds(text, mentions, i, (id) => facts.isRegion(id) || isCountry(id));
}

/** The countries a region or a country stands for: itself, or the region's country. */
function countriesOfPlace(id: string, facts: TownRegionFacts): string[] {
  return isCountry(id) ? [id] : facts.isRegion(id) ? facts.related(id).filter(isCountry) : [];
}

/**
 * "Town in Place" with a place of another country than the city's: a namesake ("Perth in Scotland", "Moscow
 * in Idaho", "Córdoba in Spain" where the glossary has Argentina's). Only across countries: "fans from Boston
 * in New York" keeps both.
 */
function isTownInOtherCountry(text: string, a: Mention, b: Mention, facts: TownRegionFacts): boolean {
  if (!/^[\s\u00A0]+in[\s\u00A0]+$/u.test(text.slice(a.end, b.start))) return false;
  const towns = readingsOf(a);
  const places = readingsOf(b);
  if (towns.length === 0 || !towns.every(isCity) || places.length !== 1) return false;
  const where = countriesOfPlace(places[0]!, facts);
  if (where.length === 0) return false;
  return towns.every((id) => {
    const own = countriesOfCity(id, facts);
    return own.size > 0 && !where.some((c) => own.has(c));
  });
}
