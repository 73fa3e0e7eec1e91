/**
 * Loose name comparison for UI decisions ("is this name already known?", "is this Wikipedia title
 * the name itself?", "is this the atlas's country?") and for searching a list as the reader types.
 * The one owner of folding names outside the matcher (whose own folding keeps offsets into the
 * text: lib/glossary/tokenize.ts). Coarser than the matcher's folding: punctuation becomes a space
 * and a possessive is dropped, so "Kim’s" and "Kim" compare equal.
 */
/** Folds a name for comparison: case, diacritics, apostrophes, punctuation and spacing. */
export function foldForCompare(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']s\b/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Folds text for a substring search as the reader types (the glossary's filter box): case,
 * diacritics and the apostrophe's forms, punctuation kept so "Jong-un" still finds "jong-un".
 */
export function foldForSearch(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .toLowerCase();
}
