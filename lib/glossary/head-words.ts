/**
 * The words next to a name that say what it names, read by the context rules (context.ts): the lower-case
 * heads of varieties, rivers and county lists after a place, the capitalised heads of names given after a
 * person, the offices an alias may carry, a region's own bodies, the parts of a country, and the words that
 * make a demonym a larger region's. Closed lists of kinds, each explained where it is defined.
 */
import type { Mention } from './types';

/**
 * Lower-case head nouns that make a place name before them the name of a variety, a breed or a product
 * ("Brussels sprouts", "Jersey cows", "Paris green", "Brazil nuts", "Panama hats", "French fries").
 * A short list of kinds, not of cases: foods, plants, livestock breeds, dog breeds, pigments, goods and
 * a disease that English names after places. "Chicago police" or "Paris attacks" are about the place and are not here.
 */
export const VARIETY_HEADS = new Set([
  'sprout', 'sprouts', 'wave', 'cow', 'cows', 'cattle', 'bull', 'bulls', 'heifer', 'heifers', 'pony', 'ponies', 'terrier', 'terriers',
  'spaniel', 'spaniels', 'sheepdog', 'sheepdogs', 'bulldog', 'bulldogs', 'shepherd', 'shepherds', 'poodle', 'poodles', 'mastiff', 'mastiffs', 'hound', 'hounds', 'green', 'nut', 'nuts', 'hat', 'hats', 'fries', 'toast', 'pastry', 'pastries',
  'delight', 'cabbage', 'lettuce', 'mustard', 'bun', 'buns', 'sausage', 'sausages', 'ham',
  // A disease named after where it was first described ("Spanish flu"): the place's name, not the place.
  'flu',
]);

/** Capitalised nouns of a shop's or a restaurant's name after a possessive ("Jordan's Kitchen", "Nathan's Famous" aside): a brand. */
export const BRAND_HEADS = new Set([
  'kitchen', 'grill', 'diner', 'deli', 'pizza', 'pizzeria', 'bakery', 'furniture', 'hardware', 'jewelers', 'jewellers', 'steakhouse',
  'tavern', 'pub', 'bistro', 'barbecue', 'bbq', 'donuts', 'doughnuts', 'bagels', 'burgers', 'creamery', 'crab', 'chicken', 'seafood', 'cafe', 'café',
]);

/** Lower-case nouns after a place's name that make it a river's ("the Dnipro river", "the Ohio and Mississippi rivers"). */
export const RIVER_HEADS = new Set(['river', 'rivers', 'estuary']);
/** The same for a region's or a country's name, not a city's: "the Kathmandu valley" is the city's own. */
export const AREA_HEADS = new Set(['valley', 'valleys', 'delta', 'basin']);
/** A capitalised name of one or two words, in a list. */
export const LIST_NAME = /\p{Lu}[\p{L}'’-]*(?:[\s\u00A0]\p{Lu}[\p{L}'’-]*)?/gu;
/** The rest of a list of capitalised names after a name, up to "counties" (lower case): ", Licking and Butler counties", " counties". */
export const COUNTY_LIST_TAIL =
  /^(?:(?:,[\s\u00A0]+\p{Lu}[\p{L}'’-]*(?:[\s\u00A0]\p{Lu}[\p{L}'’-]*)?){0,8},?[\s\u00A0]+(?:and|or)[\s\u00A0]+\p{Lu}[\p{L}'’-]*(?:[\s\u00A0]\p{Lu}[\p{L}'’-]*)?)?[\s\u00A0]+counties\b/u;
/**
 * A state's or a province's word after a name, or after the list the name opens ("São Paulo state", "Rio de
 * Janeiro and São Paulo states", "Lagos state governor"): the division named like its city.
 */
export const DIVISION_LIST_TAIL =
  /^(?:(?:,[\s\u00A0]+\p{Lu}[\p{L}'’-]*(?:[\s\u00A0](?:\p{Lu}[\p{L}'’-]*|d[aeo]s?))*){0,8},?[\s\u00A0]+(?:and|or)[\s\u00A0]+\p{Lu}[\p{L}'’-]*(?:[\s\u00A0](?:\p{Lu}[\p{L}'’-]*|d[aeo]s?))*[\s\u00A0]+(?:states|provinces)|[\s\u00A0]+(?:states?|provinces?))\b/u;
/** The names of a list before a name: "Franklin, Licking and " (before "Delaware counties"). */
export const COUNTY_LIST_HEAD = /(?:\p{Lu}[\p{L}'’-]*(?:[\s\u00A0]\p{Lu}[\p{L}'’-]*)?(?:,[\s\u00A0]+|,?[\s\u00A0]+(?:and|or)[\s\u00A0]+))+$/u;


/** Number words that count what follows them ("three Trump cards"). */
export const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'dozen', 'several', 'many', 'few']);

/** Compass adjectives that precede a place's name without making a longer name ("Northern Italy"). */
export const COMPASS = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);

/** A small number right after a name, not a score ("France 3", "Russia 1"; not "Germany 2-1"). */
export const NUMBERED = /^[\s\u00A0]+\d{1,3}(?![\d.,:/]?\d)(?![-–][\d\p{L}])(?!\p{L}|%|[\s\u00A0]*(?:percent|per cent)\b)(?!\s*[-–:]\s*\d)/u;

/** Parts of a country named with its demonym ("the American South", "the Canadian North"). */
export const COUNTRY_PARTS = new Set(['south', 'north', 'east', 'west', 'midwest', 'southwest', 'southeast', 'northwest', 'northeast', 'interior', 'heartland']);

/** Heads of the names of places and prizes named after a person ("Narendra Modi Stadium", "John F. Kennedy Airport"). */
export const NAMED_AFTER_HEADS = new Set(['stadium', 'airport', 'arena', 'bridge', 'street', 'avenue', 'boulevard', 'square', 'library', 'foundation', 'institute', 'prize', 'award', 'trophy', 'memorial', 'center', 'centre', 'hall', 'park', 'hospital', 'school', 'college', 'university', 'highway', 'tunnel', 'dam']);

/**
 * Offices and honours that an alias may put before a person's name ("President Trump", "Premier Li Qiang",
 * "Sir Keir Starmer", "Crown Prince Mohammed bin Salman"): the underline is the name alone, as the eval's gold
 * has it. A king's title stays ("King Charles III").
 */
const OFFICE_PREFIX = /^(?:President|Premier|Chancellor|Prime[\s\u00A0]+Minister|(?:Foreign|Defen[cs]e)[\s\u00A0]+(?:Minister|Secretary)|Secretary[-\s\u00A0]General|Crown[\s\u00A0]+Prince|Sir)[\s\u00A0]+(?=\p{Lu})/u;

/**
 * The office aliases a person's names imply: "President Xi" and "Xi Jinping" give "President Xi Jinping",
 * so that text naming the office and the full name underlines the full name ("Xi Jinping"), not the
 * office alias's shorter one ("Xi").
 */
export function officeForms(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const alias of names) {
    const office = OFFICE_PREFIX.exec(alias);
    if (!office) continue;
    const rest = alias.slice(office[0].length);
    for (const n of names) if (n.startsWith(`${rest} `) && !names.includes(office[0] + n)) out.push(office[0] + n);
  }
  return [...new Set(out)];
}

/** `m` without an office its alias put before the person's name ("Premier Li Qiang" underlines "Li Qiang"). */
export function withoutOffice(text: string, m: Mention): Mention {
  const office = OFFICE_PREFIX.exec(text.slice(m.start, m.end));
  return office ? { ...m, start: m.start + office[0].length } : m;
}

/**
 * A region's own bodies, named after it ("the Idaho Legislature", "the Texas Supreme Court", "Ohio House",
 * "the Florida Department of Health"): the region acting, so its name there is the region, where another
 * capitalised word after a place makes it part of a longer name ("Texas Roadhouse", "Ohio State"). "Class"
 * is a state's school sports division ("the Georgia Class 6A title").
 */
export const REGION_BODIES = new Set(['legislature', 'senate', 'house', 'assembly', 'capitol', 'statehouse', 'supreme', 'court', 'parliament', 'government', 'cabinet', 'department', 'division', 'office', 'board', 'constitution', 'auditor', 'treasurer', 'comptroller', 'national', 'highway', 'governor', 'attorney', 'class']);

/**
 * The heads of a nation's civil bodies named with its name or its demonym ("the Chinese Foreign Ministry", "the
 * British Foreign Office"): the country acting, so its name there is the country. No armed force's: militias take
 * a nation's name too ("the Syrian Democratic Forces", "the Free Syrian Army").
 */
export const NATIONAL_BODY_HEADS = new Set(['ministry', 'embassy', 'consulate', 'parliament', 'government', 'cabinet', 'office', 'code']);

/**
 * A sovereign's, a royal's or a peer's title: before a first name that is also a place's, a person (or a
 * horse named like one): "Queen Victoria", "Princess Sofia", "Lady Sydney".
 */
export const ROYAL_TITLES = new Set(['king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'duke', 'duchess', 'archduke', 'tsar', 'czar', 'tsarina', 'lady', 'lord', 'dame']);

/**
 * A demonym standing alone as a subject, without the noun an adjective needs, is something's name (an airline,
 * a company): "Ethiopian would add flights", "Ethiopian, which carried 19 million passengers". What follows it.
 */
export const NAME_USE_AFTER_DEMONYM =
  /^(?:,[\s\u00A0]+(?:which|owned|based|the[\s\u00A0]+(?:airline|carrier|company|group|bank))\b|[\s\u00A0]+(?:(?:also|now|still|already)[\s\u00A0]+)?(?:would|will|could|may|might|said|says|has|had|owns|owned|carried|carries|flies|flew|operates|operated|plans|planned|added|adds|reported|reports|expects|expected|announced|announces|ordered|orders|serves|served|bought|sold|posted|posts|manages|managed|runs|holds|held)\b)/u;

/** A water's or a coast's name right before a place's: "the Gulf of Mexico", "the Sea of Japan", "the Bay of Bengal". */
export const WATER_OF = /(?:^|[^\p{L}])(?:Gulf|Bay|Sea|Strait|Straits|Sound|Bight)[\s\u00A0]+of[\s\u00A0]+$/u;

/**
 * The heads that end the name of a public body named after its region or its city, a few capitalised words on
 * ("the Georgia Public Service Commission", "the Texas Water Development Board", "the Portland City Council",
 * "the Detroit Police Department"): the place acting, so its name there is the place, as with `REGION_BODIES`
 * right after it. Not before "of", which goes on with another name ("the Chicago Board of Trade").
 */
export const BODY_HEADS = new Set(['commission', 'board', 'authority', 'agency', 'patrol', 'bureau', 'council', 'committee', 'police', 'guard', 'lottery', 'administration', 'department', 'legislature', 'schools']);

/**
 * Words that make a demonym after them part of a larger region's or a people's adjective ("Latin American",
 * "Central American", "Anglo American", "Native American"): not the country, even opening a sentence, where
 * another capitalised word before a demonym is read as a modifier ("Senior British officials").
 */
export const DEMONYM_COMPOUNDS = new Set(['north', 'south', 'east', 'west', 'central', 'latin', 'anglo', 'pan', 'native', 'african', 'asian', 'arab', 'afro', 'indo']);
