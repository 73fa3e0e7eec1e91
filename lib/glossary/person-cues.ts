/**
 * Words around a name that show it to be a person's, whatever place or organisation it also names
 * (read by the context rules, context.ts):
 *
 *  - Named as a relative: right after a word of kinship and a comma, alone or in a list ("his wife,
 *    Sydney, a former Marine"; "his wife of 61 years, Florence; two sons, Austin and Israel").
 *  - After a person's initials: "P.J. Washington", "J.R. Smith". A dotted abbreviation that is a name of
 *    its own ("U.S.", "U.N.") is a mention, and the caller leaves it alone.
 *  - A surname the article gives with a first name before it ("Dean Holland, 44, of Salford"), even
 *    where the matcher had no reading for it there: later bare uses are that person too ("Holland, a
 *    haulage company owner", "Holland's lawyer").
 *
 * Each reads a few words before one mention, or (for the surname) the article's occurrences of one name.
 */

/** Words for a relative, singular and plural, after which a comma introduces the relative's first name. */
const KIN =
  'wife|husband|son|sons|daughter|daughters|mother|father|parents|brother|brothers|sister|sisters|widow|widower|children|child|grandson|grandsons|granddaughter|granddaughters|grandchildren|fiancé|fiancée|twins|niece|nieces|nephew|nephews|stepson|stepdaughter|stepsons|stepdaughters';
/** A capitalised first name (one or two words), and what joins it to the next one in a list. */
const LISTED_NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:[\s\u00A0]+\p{Lu}[\p{L}'’-]*)?(?:,[\s\u00A0]+and[\s\u00A0]+|,[\s\u00A0]+|[\s\u00A0]+and[\s\u00A0]+)`;
/** Whether `text` has a word of kinship before a capitalised word anywhere: most articles have none, and then no mention needs `relativeNamed`. */
export function namesRelatives(text: string): boolean {
  return KIN_ANYWHERE.test(text);
}
// Plain ASCII, no Unicode classes: this scans the whole article, and V8 runs this form far faster.
// ("Partner" is no kin word here: "its biggest trading partner, Canada,".)
const KIN_ANYWHERE = new RegExp(String.raw`\b(?:${KIN})(?: of \d+ years)?,? [A-ZÀ-Þ]`);

/** "wife, ", "wife of 61 years, ", "two sons, Austin and ", "grandchildren Chelsea, Dakota and ", "her sister ": right before a relative's name. */
const KIN_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])((?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our)[\s\u00A0]+(?:(?:late|younger|older|elder|eldest|youngest|twin|only)[\s\u00A0]+)?)?(?:${KIN})(?:[\s\u00A0]+of[\s\u00A0]+\d+[\s\u00A0]+years)?(,?)[\s\u00A0]+((?:${LISTED_NAME}){0,4})$`, 'u');

/**
 * Whether the name at `start..end` is a relative's first name after a word of kinship ("his wife, Sydney,").
 * Not before a hyphen or a possessive: "his wife, Sydney-born singer…" and "his father, Jordan's late
 * king" keep the place.
 */
export function relativeNamed(text: string, start: number, end: number): boolean {
  if (/^(?:[-‐‑]\p{L}|['’]s\b)/u.test(text.slice(end, end + 3))) return false;
  const kin = KIN_BEFORE.exec(text.slice(Math.max(0, start - 120), start));
  if (!kin) return false;
  // Without a comma after the word of kinship, only in a list of names ("grandchildren Chelsea, Dakota and
  // Brooklyn", not "the number of children Israel has killed"), or after a possessive ("her sister Sofia").
  return kin[1] !== undefined || kin[2] === ',' || kin[3] !== '' || /^(?:,[\s\u00A0]+\p{Lu}|[\s\u00A0]+and[\s\u00A0]+\p{Lu})/u.test(text.slice(end, end + 8));
}

/** One to three capital initials, each with its dot, right before a name: "P.J. ", "J. ". */
const INITIALS_BEFORE = /(?:^|[\s\u00A0(“"])(?:\p{Lu}\.){1,3}[\s\u00A0]+$/u;

/** Whether a person's initials come right before `start` ("P.J. Washington"). The caller checks that they are no mention ("U.S."). */
export function initialsBefore(text: string, start: number): boolean {
  return INITIALS_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/** A letter, for the edges of a whole word. */
const LETTER = /[\p{L}\p{M}\p{N}]/u;

/**
 * Where the article first gives `surface` as a surname: a capitalised word that `isGiven` knows as a
 * first name (or any capitalised word, with an age after the name: "Dean Holland, 44,"), one space, then
 * `surface` as a whole word. -1 when it never does. A first
 * name opening a sentence counts only with a comma after the surname ("Dean Holland, 44,"): "Will Georgia
 * vote" opens with a verb.
 */
export function firstAsSurname(text: string, surface: string, isGiven: (word: string) => boolean): number {
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
    const after = text[at + surface.length];
    if (after !== undefined && LETTER.test(after)) continue;
    const given = GIVEN_BEFORE.exec(text.slice(Math.max(0, at - 30), at))?.[1];
    if (given === undefined || !(isGiven(given) || AGE_AFTER.test(text.slice(at + surface.length, at + surface.length + 8)))) continue;
    const givenAt = at - 1 - given.length;
    // "the Sierra Nevada", "the Jordan Valley": a name after "the" is a place's, no person's.
    if (afterThe(text, givenAt)) continue;
    const opens = SENTENCE_END_BEFORE.test(text.slice(Math.max(0, givenAt - 4), givenAt));
    if (!opens || after === ',') return at;
  }
  return -1;
}

/**
 * Whether "the" comes right before `pos`: a first name there opens a place's name, no person's ("the Sierra
 * Nevada", "the Jordan Valley").
 */
export function afterThe(text: string, pos: number): boolean {
  return THE_BEFORE.test(text.slice(Math.max(0, pos - 5), pos));
}
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he[\s\u00A0]+$/u;

/** A person's age in apposition, the way news gives it: "Dean Holland, 44, of Salford". */
const AGE_AFTER = /^(?:[ \u00A0]+(?:Jr|Sr)\.|,?[ \u00A0]+(?:II|III|IV))?,[ \u00A0]\d{1,3},/u;

/** Whether a person's age in apposition follows `end` ("Dallas Washington, 47, of Scottsdale"). */
export function ageAfter(text: string, end: number): boolean {
  return AGE_AFTER.test(text.slice(end, end + 14));
}
/** A capitalised word and one space, right before a name. */
const GIVEN_BEFORE = /(?<![\p{L}\p{M}'’])(\p{Lu}[\p{Ll}'’]+)[ \u00A0]$/u;
/** Nothing but a sentence's end (or the text's start) and spaces or quotes before a word. */
const SENTENCE_END_BEFORE = /(?:^|[.!?])[\s\u00A0"“‘']*$/u;

/**
 * A person's role in apposition after a name, the way quotes are attributed: "said Victoria Scholar, head of
 * investment at Interactive Investor", "Austin Hope, chief economist at…". After a first name and a capitalised
 * word that is also a title's ("Scholar"), the pair is a person's name.
 */
const ROLE_AFTER =
  /^,[\s\u00A0]+(?:the[\s\u00A0]+|a[\s\u00A0]+|an[\s\u00A0]+)?(?:[\p{L}-]+[\s\u00A0]+)?(?:head|chief|director|analyst|economist|strategist|founder|co-founder|president|vice[\s\u00A0-]president|professor|spokesman|spokeswoman|spokesperson|manager|partner|editor|chair|chairman|chairwoman|executive|researcher|lecturer|coach|captain|owner|secretary|minister|adviser|advisor|lawyer|attorney)\b/u;

/** Whether a person's role follows `end` in apposition ("…, head of investment at…"). */
export function roleInApposition(text: string, end: number): boolean {
  return ROLE_AFTER.test(text.slice(end, end + 50));
}
