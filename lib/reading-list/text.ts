/**
 * Text measures and the full-text terms of an article. Words are folded exactly as the glossary
 * matcher folds them (lower case, no diacritics, no apostrophes), so a search for "pyongyang" finds
 * "Pyŏngyang" and "Kim’s" is found by "kim".
 */
import { tokenize } from '../glossary/tokenize';

/** Words longer than this are not indexed (hashes, base64, run-together URLs). */
export const MAX_TERM_LENGTH = 40;

/**
 * Characters per minute by language, from Firefox Reader View (ReaderMode's reading-speed table).
 * Languages not listed read at the English rate.
 */
const CHARS_PER_MINUTE: Record<string, number> = {
  en: 987, ar: 612, de: 920, es: 1025, fr: 998, he: 833, it: 950, ja: 357, nl: 978, pl: 916, pt: 913,
  ru: 986, sk: 885, sv: 917, tr: 1054, zh: 255,
};

/** Folds a string into its search words, in order (duplicates kept). */
export function foldWords(text: string): string[] {
  return tokenize(text).map((t) => t.key);
}

/** The unique folded words of `parts`, each at most `MAX_TERM_LENGTH` long: the full-text index entries. */
export function termsOf(...parts: ReadonlyArray<string | null | undefined>): string[] {
  const terms = new Set<string>();
  for (const part of parts) {
    if (!part) continue;
    for (const t of tokenize(part)) if (t.key.length <= MAX_TERM_LENGTH) terms.add(t.key);
  }
  return [...terms];
}

/** Number of words. */
export function wordCount(text: string): number {
  return tokenize(text).length;
}

/** Reading time in whole minutes (at least 1 for any text), from the language's characters per minute. */
export function readingTime(text: string, lang: string | null | undefined): number {
  const chars = text.replace(/\s+/g, ' ').trim().length;
  if (chars === 0) return 0;
  const primary = (lang ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  const cpm = (Object.hasOwn(CHARS_PER_MINUTE, primary) ? CHARS_PER_MINUTE[primary] : undefined) ?? CHARS_PER_MINUTE.en!;
  return Math.max(1, Math.round(chars / cpm));
}

/** The title's sort key: folded, leading articles kept (sorting is by what the reader sees). */
export function titleSortKey(title: string): string {
  return foldWords(title).join(' ');
}

/** Normalises tags: trimmed, single spaces, lower case, unique, no empties, at most 64 characters. */
export function normaliseTags(tags: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const tag of tags) {
    const t = tag.replace(/\s+/g, ' ').trim().toLowerCase().slice(0, 64);
    if (t) out.add(t);
  }
  return [...out];
}
