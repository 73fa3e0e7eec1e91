/**
 * Loose name comparison for UI decisions ("is this name already known?", "is this Wikipedia title
 * the name itself?"). Coarser than the matcher's folding: punctuation becomes a space and a
 * possessive is dropped, so "Kim’s" and "Kim" compare equal.
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
