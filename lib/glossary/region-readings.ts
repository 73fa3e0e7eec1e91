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
/** What the rule reads and rewrites of a raw match. */
export interface RawReadings<T> {
  start: number;
  end: number;
  full: T[];
  short: T[];
  misspelling?: string;
}

/** A lower-case compass or country word right before the name ("eastern", "upstate", "rural"). */
const AREA_BEFORE = /(?:^|[^\p{L}])(?:eastern|western|northern|southern|central|northeastern|northwestern|southeastern|southwestern|north|south|east|west|northeast|northwest|southeast|southwest|upstate|downstate|rural)[\s\u00A0]+$/u;
/** "State of", or a body's name headed by "State" and ending in "of", right before the name ("State University of"). */
const STATE_OF = /(?:^|[^\p{L}])[Ss]tate(?:[\s\u00A0]+\p{Lu}\p{Ll}+){0,2}[\s\u00A0]+of[\s\u00A0]+$/u;
/** A state office right after the name ("Gov.", "Attorney General", "Legislature"). */
const OFFICE_AFTER = /^[\s\u00A0]+(?:Gov\.?|Governor|Lt\.? Gov\.?|Lieutenant Governor|Sen\.|Senator|Rep\.|Attorney General|Legislature|state (?:Sen\.|Senator|Rep\.|Legislature|lawmakers|legislators))(?![\p{L}])/u;
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
export function preferRegionReadings<T>(text: string, raws: Array<RawReadings<T>>, isRegion: (entry: T) => boolean): void {
  // A name whose full readings are a region and places of other kinds, named as a state: "the State of Georgia".
  for (const r of raws) {
    if (r.full.length < 2 || r.misspelling) continue;
    const regions = r.full.filter(isRegion);
    if (regions.length === 1 && namedAsState(text, r.start, r.end)) r.full = regions;
  }
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
    const before = text.slice(Math.max(0, r.start - 40), r.start);
    const after = text.slice(r.end, r.end + 40);
    if (AREA_BEFORE.test(before) || namedAsState(text, r.start, r.end) || OFFICE_AFTER.test(after) || inRegionList(text, raws, k, isDefiniteRegion, (o) => regionShort(o) !== null)) picks.push([k, region]);
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
