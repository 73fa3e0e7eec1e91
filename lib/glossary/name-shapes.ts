/**
 * Shapes of the words around a name that show it to be something other than the place or the body it
 * names: a neighbourhood named after a place ("Little Egypt"), a river's reach ("the lower Mississippi"),
 * a surname after a nickname (Lester "Boogie" Jordan), a town of a county ("Ontario, in San Bernardino
 * County"), a town of a Romance name ("Mocímboa da Praia"), a side's score in a result line ("England 27,
 * New Zealand 24"), and a news agency's capitals that are a party's or a police force's ("PTI supporters").
 * Each reads a few characters around one mention; the context rules (context.ts) decide what to do with it.
 */

/** The news agencies the news pack knows: their capitals ("AP", "AFP", "PTI", "AAP") are also parties' and police forces'. */
export const NEWS_AGENCIES: ReadonlySet<string> = new Set(['associated-press', 'agence-france-presse', 'press-trust-of-india', 'australian-associated-press', 'dpa']);

/** A party's or a force's people after its capitals: "PTI supporters", "AAP leader", "AFP officers". */
const PARTY_OR_FORCE_AFTER = /^[\s\u00A0]+(?:supporters|leaders?|founder|lawmakers|legislators|members|MLAs?|MPs?|officers?|agents|workers|candidates?|government|commissioner|protesters|activists|rally)\b/u;

/** Whether an agency's capitals ending at `end` are a party's or a police force's, by the people after them. */
export function agencyAsParty(text: string, end: number): boolean {
  return PARTY_OR_FORCE_AFTER.test(text.slice(end, end + 20));
}

/** Whether an agency's name ending at `end` opens a photo's or a graphic's credit ("(AP Photo/Jeffrey T."). */
export function agencyCredit(text: string, end: number): boolean {
  return /^[\s\u00A0]+(?:Photo|Photos|Image|Images|Video|Graphic|Illustration)\b/u.test(text.slice(end, end + 14));
}

/** A side's score that another side's follows: "England 27, New Zealand 24", "Queensland 9-412 dec and 1-36 v". */
const SCORE_PAIR_AFTER = /^[\s\u00A0]+\d{1,3}(?:[\s\u00A0]+\([^)]{1,30}\))?(?:,[\s\u00A0]+\p{Lu}|[\s\u00A0]+(?:v|vs\.?|def\.?)[\s\u00A0]|[\s\u00A0]+and[\s\u00A0]+\d|(?:[\s\u00A0]+points?)?;[\s\u00A0]+\p{Lu})/u;
/** A side's score after another side's or after "v": "…27, New Zealand 24", "v Tasmania 298". */
const SCORE_PAIR_BEFORE = /(?:\d[\s\u00A0]*,|\d(?:[\s\u00A0]+points?)?;|\bv|\bvs\.?|\bdef\.?)[\s\u00A0]+$/u;

/** A cricket side's innings with its scorers in brackets: "England 317 (Root 122, Brook 58; …)", "India 214-6 (Gill 71*)". */
const SCORECARD_AFTER = /^[\s\u00A0]+\d{1,3}(?:[-/]\d{1,2})?(?:[\s\u00A0]+dec)?[\s\u00A0]+\((?:\d{1,2}(?:\.\d)?[\s\u00A0]+overs;[\s\u00A0]+)?(?:\p{Lu}[\p{L}'’-]+[\s\u00A0]+)?\p{Lu}[\p{L}'’-]+[\s\u00A0]+\d{1,3}\*?[,;)]/u;

/** Whether the name at `start` (its end at `end`) stands before its score in a result ("England 27, New Zealand 24", "England 317 (Root 122)"). */
export function scoreInResult(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 50);
  return SCORE_PAIR_AFTER.test(after) || SCORECARD_AFTER.test(after) || SCORE_PAIR_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/** Whether a kind of town and "of" come before a region's name: "the city of Delaware" (Ohio's), not "the province of Ontario". */
export function townOfBeforeRegion(text: string, start: number): boolean {
  return /(?:^|[^\p{L}])(?:village|town|township|hamlet|borough|city)[\s\u00A0]+of[\s\u00A0]+$/iu.test(text.slice(Math.max(0, start - 20), start));
}

/** Whether a capitalised word and a Romance particle come before a name: "Mocímboa da ", "Villafranca del ", "Ciudad de ". */
export function romanceNameBefore(text: string, start: number): boolean {
  return /\p{Lu}[\p{L}'’-]+[\s\u00A0]+(?:da|do|dos|das|de|del|della|di|du|des)[\s\u00A0]+$/u.test(text.slice(Math.max(0, start - 40), start));
}

/** Whether a Romance particle and a capitalised word come after a name: "Palau de la Música", "Monaco di Baviera". */
export function romanceNameAfter(text: string, end: number): boolean {
  return /^[\s\u00A0]+(?:da|do|dos|das|de|del|della|delle|dei|di|du|des|de[\s\u00A0]+la|de[\s\u00A0]+los|de[\s\u00A0]+las)[\s\u00A0]+\p{Lu}/u.test(text.slice(end, end + 14));
}

/** Whether "Little" comes before a name: a neighbourhood or a region named after a place abroad ("Little Italy", "Little Egypt"). */
export function littleBefore(text: string, start: number): boolean {
  return /(?:^|[^\p{L}])Little[\s\u00A0]+$/u.test(text.slice(Math.max(0, start - 8), start));
}

/** Whether a first name and a nickname in quotation marks come before a name: Lester "Boogie" Jordan. */
export function nicknameBefore(text: string, start: number): boolean {
  return /\p{Lu}[\p{L}'’-]+[ \u00A0]["“][^"”\n.,;:!?]{1,24}["”][ \u00A0]$/u.test(text.slice(Math.max(0, start - 40), start));
}

/** Whether a county follows a name as a town's place: "In Ontario, in San Bernardino County" (a state lies in no county). */
export function countyAfter(text: string, end: number): boolean {
  return /^,[\s\u00A0]+in[\s\u00A0]+(?:\p{Lu}[\p{L}'’-]+[\s\u00A0]+){1,3}(?:County|Parish)\b/u.test(text.slice(end, end + 50));
}

/** Whether a river's reach comes before a name: "the lower Mississippi", "the upper Missouri". */
export function riverReachBefore(text: string, start: number): boolean {
  return /\bthe[\s\u00A0]+(?:lower|upper|middle|Lower|Upper|Middle)[\s\u00A0]+$/u.test(text.slice(Math.max(0, start - 14), start));
}
