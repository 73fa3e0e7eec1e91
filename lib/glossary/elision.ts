/**
 * Elided articles and prepositions (French, Italian), on their own so that the tokenizer, which
 * every bundle that folds names carries, does not bring the language tables of language.ts with it.
 */

/**
 * Elided words of French and Italian (and the rare Portuguese "d'"), folded: in "l'ONU",
 * "d'Ukraine", "qu'Emmanuel", "dell'Onu", "all'Ucraina" they are words of their own, so the name
 * after the apostrophe is found.
 */
const ELISIONS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'lorsqu', 'puisqu', 'jusqu', 'quoiqu', 'presqu', 'dell', 'nell', 'all', 'dall', 'sull', 'coll', 'degl', 'quell', 'quest', 'un', 'sant']);

/**
 * Whether the letters `text[start, end)`, just before an apostrophe, are an elided article or
 * preposition ("l", "d", "dell"). The tokenizer ends the word there, so the name that follows
 * becomes a word of its own. Aliases go through the same tokenizer, so "Côte d'Ivoire" and
 * "L'Aquila" still meet their text.
 */
export function isElision(text: string, start: number, end: number): boolean {
  const n = end - start;
  if (n < 1 || n > 6) return false;
  return ELISIONS.has(text.slice(start, end).toLowerCase());
}
