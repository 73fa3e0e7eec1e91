/**
 * Place names the matcher leaves unresolved (several readings, none introduced by the article):
 * "Georgia" (the US state or the country), "Victoria" (the Australian state or the Seychelles' capital).
 *
 *  - The places the article names decide: a reading in the country of a city or region the article
 *    names is grounded ("Georgia" in an article naming Texas is the US state; in one naming Batumi, the
 *    country). A country named by itself grounds nothing: foreign news names the United States too.
 *    When exactly one reading is grounded, the mention is that reading. Cities of several countries
 *    sharing a name are first decided by their own sentence: the one whose country it names before
 *    them ("Across the border in Pakistan, … Hyderabad").
 *  - A city's name alone is weak evidence: towns, people, stations and museums share it. An ambiguous
 *    name with a city among its readings and none grounded is dropped, not offered as a choice ("the
 *    Victoria line" in a London article). Countries and first-level regions stay offered as a choice when
 *    nothing decides ("Congo"; "Georgia" in an article naming neither country's places).
 *  - Abroad: when nothing grounds a reading, a name that is a country or a region of another country is the
 *    country where the article names places abroad and nothing of the region's country, not even the
 *    country itself ("Georgia, where protests against the government's turn away from the European Union…"
 *    in an article naming Bulgaria and Romania). A US article names a US place or the United States.
 *  - A bare name shared by a country and its own capital ("México", "Kuwait") is the country.
 *  - Two places written side by side with nothing between them ("London Victoria", a station) are one
 *    longer name the glossary does not know, unless they go together ("Atlanta Georgia", loosely written).
 *
 * Ids tell the generated packs' kinds apart: `country-*` for countries, `city-*` for cities.
 */
import { listedEitherWay } from './discourse';
import type { Mention } from './types';

/** What the rules need to know of entries. */
export interface PlaceFacts {
  isPerson(id: string): boolean;
  isRegion(id: string): boolean;
  related(id: string): readonly string[];
}

const readingsOf = (m: Mention): readonly string[] => (m.entryId ? [m.entryId] : (m.candidates ?? []));
const isCountry = (id: string) => id.startsWith('country-');
const isCity = (id: string) => id.startsWith('city-');

/** The countries of the cities and regions among `ids` (as their related entries list them). */
function countriesOfPlaces(ids: Iterable<string>, facts: PlaceFacts): Set<string> {
  const out = new Set<string>();
  for (const id of ids) if (!isCountry(id) && !facts.isPerson(id)) for (const r of facts.related(id)) if (isCountry(r)) out.add(r);
  return out;
}

/** Whether two entries go together: one lists the other, or both lie in the same country. */
function tied(a: string, b: string, facts: PlaceFacts): boolean {
  if (listedEitherWay(a, b, facts)) return true;
  const countries = countriesOfPlaces([a], facts);
  if (isCountry(a)) countries.add(a);
  return [...countriesOfPlaces([b], facts), ...(isCountry(b) ? [b] : [])].some((c) => countries.has(c));
}

/** Resolves or drops the unresolved place mentions of `mentions` (in text order) as the module says. */
export function resolveAmbiguousPlaces(mentions: readonly Mention[], facts: PlaceFacts, text?: string): Mention[] {
  if (!mentions.some((m) => !m.entryId)) return [...mentions];
  const named = new Set(mentions.flatMap((m) => (m.entryId && !m.misspelling ? [m.entryId] : [])));
  const countries = countriesOfPlaces(named, facts);
  const grounded = (id: string) => countries.has(id) || facts.related(id).some((r) => countries.has(r));
  const out: Mention[] = [];
  /** The city an earlier use of the same readings was shown to be by its sentence. */
  const shownBefore = new Map<string, string>();
  for (const m of mentions) {
    const readings = readingsOf(m);
    if (m.entryId || readings.length === 0 || readings.some((id) => facts.isPerson(id))) {
      out.push(m);
      continue;
    }
    const key = [...readings].sort().join(' ');
    const local = text === undefined ? null : cityOfCountryNamedBefore(m, readings, mentions, text, facts);
    if (local !== null) {
      shownBefore.set(key, local);
      out.push({ start: m.start, end: m.end, entryId: local });
      continue;
    }
    const inCountry = readings.filter(grounded);
    const abroad = inCountry.length === 0 ? countryAbroad(readings, named, facts) : null;
    const before = shownBefore.get(key);
    if (inCountry.length === 1) out.push({ start: m.start, end: m.end, entryId: inCountry[0]! });
    // The article grounds several readings: an earlier use its sentence decided decides this one ("Flows at the
    // Kotri Barrage, just outside Hyderabad" after "near Hyderabad" in a sentence naming Pakistan).
    else if (before !== undefined) out.push({ start: m.start, end: m.end, entryId: before });
    else if (abroad !== null) out.push({ start: m.start, end: m.end, entryId: abroad });
    else if (inCountry.length > 1 || !readings.some(isCity)) out.push(m);
  }
  return out;
}

/** Where the sentence holding `at` starts: after the last line break, or the last ".", "!" or "?" followed by a space, before it. */
function sentenceStartBefore(text: string, at: number): number {
  for (let i = at - 1; i > 0; i--) {
    const c = text[i];
    if (c === '\n') return i + 1;
    if ((c === ' ' || c === '\u00A0') && /[.!?]/.test(text[i - 1]!)) return i;
  }
  return 0;
}

/** What stands between a city and its country's name or adjective in apposition: ", the ", ", a southern ". */
const APPOSITION_TO_COUNTRY = /^,[\s\u00A0]+(?:the|a|an)[\s\u00A0]+(?:[\p{Ll}-]+[\s\u00A0]+){0,2}$/u;

/**
 * The one city among `readings` (cities of several countries) whose country its own sentence names
 * before it: "Across the border in Pakistan, officials said floodwaters had receded from Hyderabad",
 * "killings in Costa Rica … poor neighborhoods of San José", or its apposition names ("Hyderabad, the southern Indian
 * tech hub"). The sentence decides before the article:
 * a story about floods on both sides of a border names both countries' places.
 */
function cityOfCountryNamedBefore(m: Mention, readings: readonly string[], mentions: readonly Mention[], text: string, facts: PlaceFacts): string | null {
  if (readings.length < 2 || !readings.every(isCity)) return null;
  const from = sentenceStartBefore(text, m.start);
  // Or its apposition names the country: "Hyderabad, the southern Indian tech hub".
  const inApposition = (o: Mention) => o.start > m.end && APPOSITION_TO_COUNTRY.test(text.slice(m.end, o.start));
  const named = new Set(mentions.flatMap((o) => (o.entryId && isCountry(o.entryId) && ((o.start >= from && o.end <= m.start) || inApposition(o)) ? [o.entryId] : [])));
  if (named.size === 0) return null;
  const fitting = readings.filter((id) => [...countriesOfPlaces([id], facts)].some((c) => named.has(c)));
  return fitting.length === 1 ? fitting[0]! : null;
}

/**
 * The one country among `readings` when the others are regions of other countries, the article names a
 * place outside those countries, and names neither those countries nor any place in them (`named`: the
 * entries the article names).
 */
function countryAbroad(readings: readonly string[], named: ReadonlySet<string>, facts: PlaceFacts): string | null {
  const countries = readings.filter(isCountry);
  if (countries.length !== 1 || !readings.every((id) => isCountry(id) || facts.isRegion(id))) return null;
  const home = countriesOfPlaces(readings.filter((id) => facts.isRegion(id)), facts);
  if (home.size === 0) return null;
  let abroad = false;
  for (const id of named) {
    if (facts.isPerson(id) || !(isCountry(id) || isCity(id) || facts.isRegion(id))) continue;
    const of = isCountry(id) ? [id] : [...countriesOfPlaces([id], facts)];
    if (of.some((c) => home.has(c))) return null;
    if (of.length > 0) abroad = true;
  }
  return abroad ? countries[0]! : null;
}

/** Indexes of mentions that are two places side by side, spaces only between them, that do not go together. */
export function juxtaposedPlaces(text: string, mentions: readonly Mention[], facts: PlaceFacts, demonymStarts: ReadonlySet<number>): number[] {
  const generated = (m: Mention) => readingsOf(m).length > 0 && readingsOf(m).every((id) => isCity(id) || facts.isRegion(id));
  const out: number[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (b.start - a.end > 2 || !/^[ \u00A0]+$/.test(text.slice(a.end, b.start)) || demonymStarts.has(a.start) || !generated(a) || !generated(b)) continue;
    if (readingsOf(a).some((x) => readingsOf(b).some((y) => tied(x, y, facts)))) continue;
    out.push(i, i + 1);
  }
  return out;
}

/**
 * A bare name shared by a country and its own capital ("México", "Panamá", "Kuwait", "Guatemala") is
 * the country: news names the city with more than that ("Mexico City", "Ciudad de México") and the
 * country by its name alone.
 */
export function countryOverCapital(m: Mention, facts: Pick<PlaceFacts, 'related'>): Mention {
  if (m.entryId || m.candidates?.length !== 2) return m;
  const [a, b] = m.candidates as [string, string];
  const country = a.startsWith('country-') ? a : b.startsWith('country-') ? b : null;
  const city = country === a ? b : a;
  if (!country || city.startsWith('country-') || !facts.related(country).includes(city)) return m;
  return { start: m.start, end: m.end, entryId: country };
}
