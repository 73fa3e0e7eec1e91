/**
 * A wire story's dateline: the place it was filed from, in capitals at the start of its first line
 * ("PHOENIX (AP) —", "SALT LAKE CITY, Utah (Reuters) —", "LONDON —"). A name that is also an everyday word
 * ("Phoenix", "Reading", "Mobile") must be written as a name to match, and capitals are how a dateline
 * writes one: there the capitals say "a place", not "shouting".
 */

/** Only capitalised words (and spaces or quotes) from the line's start up to the word. */
const CAPITALS_BEFORE = /^[\s"“]*(?:[\p{Lu}.'’-]+[ \u00A0])*$/u;
/** A dateline's place: words in capitals ("SALT LAKE CITY"). */
const PLACE_IN_CAPITALS = String.raw`[\p{Lu}.'’-]+(?:[ \u00A0][\p{Lu}.'’-]+)*`;
/** An optional comma and region after the place ("Ariz.", "Utah", "England"). */
const REGION_AFTER_PLACE = String.raw`(?:,[ \u00A0][^\n(—–]{1,30}?)?`;
/** The agency in brackets ("(AP)", "(Reuters)"). */
const AGENCY = String.raw`\([^)\n]{1,30}\)`;
/**
 * From the word on: more words in capitals, an optional comma and region ("Ariz.", "Utah", "England"), then
 * the agency in brackets or a dash.
 */
const DATELINE_FROM = new RegExp(String.raw`^${PLACE_IN_CAPITALS}${REGION_AFTER_PLACE}[ \u00A0]*(?:${AGENCY}|[—–])`, 'u');

/** Whether the word at `start` (in capitals) is part of a dateline opening its line. */
export function inDateline(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (start - lineStart > 40) return false;
  return CAPITALS_BEFORE.test(text.slice(lineStart, start)) && DATELINE_FROM.test(text.slice(start, start + 80));
}

/** A line's start up to a dateline's end: its capitals, an optional region, the agency in brackets and a dash. */
const DATELINE_BEFORE = new RegExp(String.raw`^[\s"“]*${PLACE_IN_CAPITALS}${REGION_AFTER_PLACE}[ \u00A0]*(?:${AGENCY}[ \u00A0]*)?[—–][ \u00A0]*$`, 'u');

/** Whether `start` is the first word after a dateline ("(AP) — Turkey farmers…"): there a sentence opens. */
export function afterDateline(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return start - lineStart <= 80 && DATELINE_BEFORE.test(text.slice(lineStart, start));
}
