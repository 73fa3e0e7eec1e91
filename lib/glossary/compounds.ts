/**
 * German closed compounds that start with a name: "Russlandreise", "Nordkoreabesuch", "Ukrainekrieg",
 * "Moskaureise". German writes a compound as one word, so the matcher would see "russlandreise" and
 * nothing it knows. For German articles the matcher splits such a word in two when its end is one of
 * the compound heads news writes after a place or a person (COMPOUND_HEADS) and what comes before is a
 * word of some name of at least four letters: the name then counts as a mention covering its part of
 * the word ("Russland" in "Russlandreise").
 *
 * The heads are a list of kinds, not of cases: travel and visits, war and crisis, politics and
 * diplomacy, trade, elections. A list keeps precision: without a German lexicon, "Bernstein" (amber)
 * or "Perugia" would otherwise read as "Bern" and "Peru" followed by something.
 */

/** Folded compound heads (lower case, no diacritics), longest first so the longest head is tried first. */
export const COMPOUND_HEADS: readonly string[] = [
  'reise', 'reisen', 'besuch', 'besuche', 'krieg', 'kriege', 'krise', 'krisen', 'politik', 'konflikt', 'gipfel',
  'abkommen', 'sanktionen', 'grenze', 'handel', 'geschaft', 'geschafte', 'beziehungen', 'kurs', 'frage', 'treffen',
  'hilfe', 'hilfen', 'gesprache', 'verhandlungen', 'wahl', 'wahlen', 'strategie', 'experte', 'experten',
  'korrespondent', 'botschaft', 'botschafter', 'vertrag', 'invasion', 'offensive', 'front', 'feldzug', 'regierung',
  'fluchtlinge', 'export', 'exporte', 'import', 'importe', 'zolle', 'deal', 'affare', 'skandal', 'connection',
].sort((a, b) => b.length - a.length);

/** Shortest name part a compound may start with ("Iran", "Irak", "Kiew"; not "Rom"). */
const MIN_NAME_PART = 4;

/**
 * The length of the name part of a German compound whose folded letters are `key` ("russlandreise" -> 8),
 * or 0 when the word is no such compound. `isNameWord` says whether a folded word is a word of some name.
 */
export function compoundNamePart(key: string, isNameWord: (part: string) => boolean): number {
  for (const head of COMPOUND_HEADS) {
    if (key.length - head.length < MIN_NAME_PART || !key.endsWith(head)) continue;
    const part = key.slice(0, key.length - head.length);
    if (isNameWord(part)) return part.length;
  }
  return 0;
}
