/**
 * The world pack's names in French, Spanish, German, Portuguese and Italian, added to the generated
 * entries (lib/glossary/language.ts explains how the matcher uses `lang` and `localNames`):
 *  - countries: their English names become English-only (`lang: "en"`: "Jordan" is a first name in
 *    French, "Chad" an English one), and each language gets world-countries' common and official
 *    names for it ("Corée du Nord", "République populaire démocratique de Corée"), world-countries'
 *    French demonyms, and the adjectives and short forms of i18n-data.ts;
 *  - cities: a city whose name differs in some language (i18n-data.ts `CITY_EXONYMS`) becomes
 *    English-only with its names in every language ("Moscou", "Moskau"); a city named like a first
 *    name ("Victoria") is matched in English articles only; every other city keeps a language-neutral name.
 */
import type { Country } from 'world-countries';
import type { GlossaryEntry, LocalNames } from '../../../lib/glossary/types.ts';
import { CITY_EXONYMS, CITY_FIRST_NAMES, COUNTRY_ALIASES, COUNTRY_DEMONYMS, COUNTRY_NAME_EXCLUSIONS, LANGS, type Lang } from './i18n-data.ts';

/** world-countries' translation keys (ISO 639-2/B). */
const DATASET_KEY: Record<Lang, 'fra' | 'spa' | 'deu' | 'por' | 'ita'> = { fr: 'fra', es: 'spa', de: 'deu', pt: 'por', it: 'ita' };

const list = (x: string | string[] | undefined): string[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/** A name fit to be an alias: Latin letters, no index punctuation, at least three letters. */
function usable(name: string): boolean {
  const letters = name.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && !/[,()/]/.test(name) && [...letters].every((ch) => /\p{Script=Latin}/u.test(ch));
}

function uniq(names: Iterable<string>): string[] {
  return [...new Set(names)];
}

function localNames(name: string, aliases: string[], demonyms: string[]): LocalNames {
  const rest = uniq(aliases).filter((a) => a !== name);
  return { name, ...(rest.length > 0 ? { aliases: rest } : {}), ...(demonyms.length > 0 ? { demonyms: uniq(demonyms) } : {}) };
}

/** Adds `lang` and `localNames` to the world pack's entries, in place. */
export function localiseWorld(entries: GlossaryEntry[], countries: readonly Country[]): void {
  const byCca2 = new Map(countries.map((c) => [c.cca2, c]));
  // A territory does not share a demonym with an independent country (French "américaine" is the
  // United States', not the Northern Marianas'), as in English (build-world.ts).
  const frenchDemonym = (c: Country) => [c.demonyms?.fra?.m, c.demonyms?.fra?.f].filter((d): d is string => !!d).map((d) => d.toLowerCase());
  const independentFrench = new Set(countries.filter((c) => c.independent === true).flatMap(frenchDemonym));
  for (const e of entries) {
    const names: Record<string, LocalNames> = {};
    if (e.id.startsWith('country-')) {
      const c = byCca2.get(e.country ?? '');
      if (!c) continue;
      e.lang = 'en';
      for (const lang of LANGS) {
        const t = c.translations[DATASET_KEY[lang]];
        const excluded = new Set(COUNTRY_NAME_EXCLUSIONS[lang] ?? []);
        const candidates = [t?.common, t?.official, ...list(COUNTRY_ALIASES[c.cca2]?.[lang])].filter((n): n is string => !!n && usable(n) && !excluded.has(n));
        if (candidates.length === 0) continue;
        const demonyms = list(COUNTRY_DEMONYMS[c.cca2]?.[lang]);
        if (lang === 'fr' && c.demonyms?.fra) {
          // world-countries gives the nouns ("Russe", "Nord-coréen"); the adjective is the same word in lower case.
          for (const d of [c.demonyms.fra.m, c.demonyms.fra.f]) {
            if (d && (c.independent === true || !independentFrench.has(d.toLowerCase()))) demonyms.push(d, d.toLowerCase());
          }
        }
        names[lang] = localNames(candidates[0]!, candidates, demonyms);
      }
    } else if (e.id.startsWith('city-')) {
      const exonyms = CITY_EXONYMS[e.name];
      if (CITY_FIRST_NAMES.has(e.name)) {
        e.lang = 'en';
      } else if (exonyms) {
        e.lang = 'en';
        for (const lang of LANGS) {
          const own = list(exonyms[lang]);
          const all = own.length > 0 ? own : [e.name, ...e.aliases];
          names[lang] = localNames(all[0]!, all, []);
        }
      }
    }
    if (Object.keys(names).length > 0) e.localNames = names;
  }
}
