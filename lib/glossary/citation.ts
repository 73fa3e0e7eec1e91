/**
 * A reference list's author: "Hoffman, Jordan (September 25, 2016)", "French, Todd (July 1996)", "Lee,
 * Hyo-won (7 July 2017)". Citations write a person's name surname first, a comma, the given name, then
 * the date in brackets; a place or a leader's surname in either slot is that author's name ("Jordan" the
 * given name, "French" and "Lee" the surnames), not the place or the leader.
 *
 * The slots are read strictly, so that a dateline keeps its places: the given name is a known first name
 * (or a romanised one with a hyphen, "Hyo-won"), the surname is written in title case (datelines write
 * the town in capitals: "PARIS, France (Reuters) -"), neither is another mention ("Paris, France (June
 * 2023)" is two places), and the bracket opens with a date: a number or a month, not an agency.
 */

/** What the rule needs to know of words and of the other mentions. */
export interface CitationWords {
  /** Whether a folded word is a known first name. */
  isGiven(key: string): boolean;
  /** Whether a folded word is a month or a day ("September", "Sept"). */
  isCalendar(key: string): boolean;
  /** Whether some mention starts, or ends, at an offset. */
  mentionStartsAt(pos: number): boolean;
  mentionEndsAt(pos: number): boolean;
}

const SPACE = String.raw`[\s\u00A0]+`;
/** Initials after a given name ("Jordan A. (2016)"), then the bracket and its first word or number. */
const INITIALS_THEN_DATE = String.raw`(?:${SPACE}\p{Lu}\.)*[\s\u00A0]*\((\d|\p{L}+)`;
/** After a surname: a comma, the given name (maybe hyphenated), initials, the date's bracket. */
const GIVEN_AFTER = new RegExp(String.raw`^,${SPACE}(\p{Lu}\p{Ll}+(-\p{Ll}+)?)${INITIALS_THEN_DATE}`, 'u');
/** Before a given name: a title-case surname and a comma. */
const SURNAME_BEFORE = new RegExp(String.raw`(\p{Lu}[\p{Ll}'’-]*\p{Ll}),${SPACE}$`, 'u');
const DATE_AFTER_GIVEN = new RegExp(`^${INITIALS_THEN_DATE}`, 'u');

/** Whether the bracket's first word or number opens a date. */
function opensDate(first: string, words: CitationWords): boolean {
  return /^\d/.test(first) || words.isCalendar(first.toLowerCase());
}

/**
 * Whether the one-word name at `start..end` fills a citation's author slot (see the module comment):
 * the surname before ", Given (date" or the given name after "Surname, " and before "(date".
 */
export function inAuthorSlot(text: string, start: number, end: number, words: CitationWords): boolean {
  const after = text.slice(end, end + 60);
  const given = GIVEN_AFTER.exec(after);
  if (given && opensDate(given[3]!, words) && !words.mentionStartsAt(end + given[0].indexOf(given[1]!))) {
    return given[2] !== undefined || words.isGiven(given[1]!.toLowerCase());
  }
  const date = DATE_AFTER_GIVEN.exec(after);
  if (!date || !opensDate(date[1]!, words) || !words.isGiven(text.slice(start, end).toLowerCase())) return false;
  const surname = SURNAME_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  return surname !== null && !words.mentionEndsAt(start - surname[0].length + surname[1]!.length);
}
