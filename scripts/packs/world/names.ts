/**
 * Which names a generated entry gets: the news names the dataset lacks (NEWS_NAMES), the filtering of
 * candidate aliases (unusable, another entry's name, a demonym, a person's name, an everyday word), the
 * storyline entries a place is the same as, and the location of each capital in the city dataset.
 */
import type { Country } from 'world-countries';
import { CAPITAL_FEATURE, type DatasetCity, type StorylinePlace } from './data.ts';
import { fold, isLatin } from './text.ts';

/**
 * The names English-language news uses that the dataset lacks or files as codes: world-countries lists
 * official names, native names and ISO codes, but not "Britain", "Turkey" (it now calls the country
 * Türkiye) or "U.S." with dots. `aliases` always match (two-letter ones only as written, in capitals);
 * `shortNames` are read as the place only when the article gives context ("America" the country, not the
 * continents; "Holland" the country, not the province; "Congo" when the article says which); `demonyms`
 * are added to the dataset's one. A short name listed here stops being an alias of any entry. Keyed by entry id.
 */
export const NEWS_NAMES: Record<string, { aliases?: string[]; shortNames?: string[]; demonyms?: string[] }> = {
  'country-us': { aliases: ['U.S.', 'US', 'U.S.A.', 'USA'], shortNames: ['America'] },
  'country-gb': { aliases: ['UK', 'U.K.', 'Britain', 'Great Britain'], demonyms: ['Briton'] },
  'country-tr': { aliases: ['Turkey'] },
  'country-nl': { shortNames: ['Holland'], demonyms: ['Dutchman', 'Dutchwoman'] },
  'country-cd': { aliases: ['DRC', 'Democratic Republic of Congo', 'Democratic Republic of the Congo'], shortNames: ['Congo'] },
  'country-cg': { aliases: ['Congo-Brazzaville', 'Republic of Congo'], shortNames: ['Congo'] },
  'country-cz': { aliases: ['Czech Republic'] },
  'country-ci': { aliases: ['Ivory Coast'] },
  // The dataset's English demonym only ("Slovene"): news writes "Slovenian" as often.
  'country-si': { demonyms: ['Slovenian'] },
  'country-mm': { aliases: ['Burma'] },
  'country-ae': { aliases: ['UAE', 'U.A.E.'] },
  'country-va': { aliases: ['Vatican', 'Holy See'] },
  'city-4140963': { aliases: ['Washington', 'Washington DC', 'Washington, D.C.'] },
  'city-5128581': { aliases: ['New York'] },
  // Names news still uses for a city: the former name, the local short one.
  'city-1275339': { aliases: ['Bombay'] },
  'city-993800': { aliases: ['Joburg'] },
  // Spellings news moved to: Ukraine's own (AP since 2022), the common English one.
  'city-698740': { aliases: ['Odesa'] },
  'city-99532': { aliases: ['Basra'] },
  // Bangladesh's official spelling since 2018, which its press and the agencies write (dev/b35-03, b42-04).
  'city-1205733': { aliases: ['Chattogram'] },
  'country-kz': { demonyms: ['Kazakh'] },
  // The adjective and the abbreviation news writes (dev/b25-09, b25-14); "PNG", a place's bare capitals, needs the article's support.
  'country-kg': { demonyms: ['Kyrgyz'] },
  // New Zealand's own adjective in its news ("Kiwi doctors"); the fruit and the bird are written in lower case.
  'country-nz': { demonyms: ['Kiwi'] },
  'country-pg': { aliases: ['PNG'] },
  // The adjectives news writes where the dataset gives another form ("Icelander", "Uzbekistani", "Nepalese",
  // "Filipino", "Ecuadorean", "Argentine"): "Icelandic authorities", "Uzbek cotton", "the Philippine Coast Guard".
  'country-is': { demonyms: ['Icelandic'] },
  'country-uz': { demonyms: ['Uzbek'] },
  'country-np': { demonyms: ['Nepali'] },
  'country-ph': { demonyms: ['Philippine'] },
  'country-ec': { demonyms: ['Ecuadorian'] },
  'country-ar': { demonyms: ['Argentinian'] },
  // The nouns for one of a country's people where they are not its adjective, as sport writes them ("the Spaniard",
  // "Frenchman Arthur Fils"). Not "Finn", "Pole" or "Turk": a first name, a pole, the "Young Turks".
  'country-es': { demonyms: ['Spaniard'] },
  'country-dk': { demonyms: ['Dane'] },
  'country-se': { demonyms: ['Swede'] },
  'country-fr': { demonyms: ['Frenchman', 'Frenchwoman'] },
  'country-ie': { demonyms: ['Irishman', 'Irishwoman'] },
  // AP's and Reuters' spelling of Myanmar's capital.
  'city-6611854': { aliases: ['Naypyitaw'] },
};

/** Applies `NEWS_NAMES` to an entry's names: aliases added (as written), short names moved out of the aliases. */
export function withNewsNames(id: string, names: Names, ctx: NameContext): Names & { shortNames: string[] } {
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

export interface Names {
  aliases: string[];
  commonWordAliases: string[];
}

/**
 * Splits an entry's name and candidate aliases into `aliases` and `commonWordAliases`. Candidates are
 * dropped when unusable, when they repeat an earlier one, when they fold to another entry's name or to a
 * demonym, or when they are one word that is also a person's name ("Mann" for the Isle of Man would
 * underline Thomas Mann; "Dominique" for Dominica, every Dominique). The name itself is kept whatever happens (it is the entry's name), in one of the two lists.
 */
export function sortNames(id: string, name: string, candidates: readonly string[], ctx: NameContext): Names {
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

export interface NameContext {
  commonWords: Set<string>;
  /** Folded entry name -> ids of the entries with that name. */
  nameOwners: Map<string, Set<string>>;
  /** Folded English demonyms of every country. */
  demonyms: Set<string>;
  /** Folded one-word first and last names that compromise's lexicon knows. */
  personNames: Set<string>;
}

/** Storyline entries of the same kind (and country, when both have one) sharing a folded name or alias. */
export function sameAsIn(storyline: readonly StorylinePlace[], kind: string, country: string, names: readonly string[]): string[] {
  const folded = new Set(names.map(fold));
  return storyline
    .filter((s) => s.kind === kind && (!s.country || s.country === country) && [...s.names].some((n) => folded.has(n)))
    .map((s) => s.id)
    .sort();
}

/** Finds each capital of `country` in the city dataset (null where it cannot be located). */
export function locateCapitals(
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
