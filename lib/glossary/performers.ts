/**
 * A place's name used for a band or a racehorse, read from an article that is about music or a race:
 *
 *  - A music report (three or more words only music news uses: "band", "album", "guitarist", "tour"…): a
 *    place's name doing what bands do is the band ("Chicago hits the road", "Kansas plans hometown show",
 *    "Chicago, which formed in Chicago in 1967", "Zach Condon has put Beirut on indefinite hiatus",
 *    "Boston brings its 50th-anniversary tour to TD Garden"). Cities and US states only, the names bands take;
 *    a country's name doing those things is more often the country's music ("New Zealand music has been influenced…").
 *  - A race report (three or more words only racing uses: "furlongs", "jockey", "colt", "by a neck"…): a
 *    place's name doing what horses do is the horse ("Sierra Leone rallied on the outside", "holding off
 *    Sierra Leone by a neck"), a country's too: no country runs in a race.
 *
 * The context rules (context.ts) drop such mentions and the name's other bare uses in that article, as for
 * sides in sport (`sides.ts`), except where a word of place, a dateline or a town and a comma make it the
 * place again ("shows at TD Garden in Boston", "Manhattan, Kansas").
 *
 * Each reads a few words around one mention, except the two report tests, which read the article once.
 */

/** Words only music news uses. "show", "single" and "hits" are other news's too. */
const MUSIC_WORDS = /\b(?:bands?|albums?|touring|tours?|concerts?|setlist|guitarist|drummer|bassist|keyboardist|singer|frontman|frontwoman|songwriter|gigs?|headliners?|headlining|encore|Grammys?|rock|folk-rock|pop|indie)\b/gi;
/** Words only racing news uses. */
const RACING_WORDS = /\b(?:furlongs?|jockeys?|colts?|fill(?:y|ies)|mares?|geldings?|stud|paddock|racehorses?|thoroughbreds?|Breeders['’] Cup|Stakes|by a (?:neck|nose|head|length)|saddles?|saddled|post time|racecourse|trainer)\b/gi;
/** How many of those words make an article a music or a race report… */
const REPORT_WORDS = 3;
/** …and, in a long text, one per this many characters at least: a country's encyclopaedia page has a section on its music. */
const REPORT_CHARS_PER_WORD = 1500;

function countAtLeast(text: string, words: RegExp, n: number): boolean {
  let seen = 0;
  const needed = Math.max(n, Math.ceil(text.length / REPORT_CHARS_PER_WORD));
  for (const _ of text.matchAll(words)) if (++seen >= needed) return true;
  return false;
}

/** Whether `text` reads as music news (`MUSIC_WORDS`). */
export function musicReport(text: string): boolean {
  return countAtLeast(text, MUSIC_WORDS, REPORT_WORDS);
}

/** Whether `text` reads as a race report (`RACING_WORDS`). */
export function raceReport(text: string): boolean {
  return countAtLeast(text, RACING_WORDS, REPORT_WORDS);
}

/** What a band does, right after its name. */
const BAND_AFTER = new RegExp(
  String.raw`^(?:,?[\s\u00A0]+(?:which|who)[\s\u00A0]+formed\b|[\s\u00A0]+formed[\s\u00A0]+in\b|,[\s\u00A0]+(?:still[\s\u00A0]+)?(?:led|fronted)[\s\u00A0]+by\b|` +
    String.raw`[\s\u00A0]+(?:hits|hit)[\s\u00A0]+the[\s\u00A0]+road\b|` +
    String.raw`[\s\u00A0]+(?:is|are)[\s\u00A0]+(?:going[\s\u00A0]+)?(?:back[\s\u00A0]+)?on[\s\u00A0]+the[\s\u00A0]+road\b|[\s\u00A0]+(?:is|are)[\s\u00A0]+(?:coming[\s\u00A0]+home|bringing[\s\u00A0]+back)\b|` +
    String.raw`[\s\u00A0]+(?:brings|bring|takes|take)[\s\u00A0]+(?:its|their)[\s\u00A0]+(?:[\p{L}\d-]+[\s\u00A0]+){0,3}(?:tour|show|shows)\b|` +
    String.raw`[\s\u00A0]+(?:announced|announces|plans|planned|launches|launched|adds|added|has added|ends|ended|closes|closed|opens|opened|cancels|cancelled|canceled|postpones|postponed)[\s\u00A0]+(?:(?:a|an|its|their)[\s\u00A0]+)?(?:[\p{L}\d-]+[\s\u00A0]+){0,4}(?:tour|album|show|shows|residency|concerts?|dates|gigs?)\b|` +
    String.raw`[\s\u00A0]+(?:is|are|was|were)[\s\u00A0]+(?:coming[\s\u00A0]+home|returning|back)[\s\u00A0]+to[\s\u00A0]+play\b|` +
    String.raw`[\s\u00A0]+(?:plays|played|headlines|headlined|performs|performed|reunites|reunited|releases|released|broke[\s\u00A0]+up|split[\s\u00A0]+up)\b|` +
    String.raw`['’]s[\s\u00A0]+(?:[\p{L}\d-]+[\s\u00A0]+){0,2}(?:album|albums|tour|singer|guitarist|drummer|bassist|frontman|frontwoman|songs|hits|catalog|catalogue|setlist|farewell))`,
  'u',
);
/** What is done to a band, right before its name, and after it: "put Beirut on hiatus", "opens for Boston", "a band called Berlin". */
const BAND_BEFORE =
  /\b(?:opens for|opened for|opening for|opening act for|toured with|touring with|supporting|(?:band|group|trio|quartet)[\s\u00A0]+(?:called|named)|(?:the|rock|pop|country|soft-rock|prog-rock)[\s\u00A0]+(?:band|group))[\s\u00A0]+$/u;
const PUT_BEFORE = /\bput[\s\u00A0]+$/u;
const HIATUS_AFTER = /^[\s\u00A0]+on[\s\u00A0]+(?:an[\s\u00A0]+)?(?:indefinite[\s\u00A0]+)?hiatus\b/u;

/** Whether the name at `start..end`, in a music report, does what bands do. */
export function bandInReport(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 80);
  return BAND_AFTER.test(after) || BAND_BEFORE.test(before) || (PUT_BEFORE.test(before) && HIATUS_AFTER.test(after));
}

/** What a horse does, right after its name. */
const HORSE_AFTER =
  /^(?:[\s\u00A0]+(?:came[\s\u00A0]+from|rallied|closed[\s\u00A0]+fast|was[\s\u00A0]+(?:also[\s\u00A0]+)?(?:second|third|fourth)|finished[\s\u00A0]+(?:second|third|fourth)|paid[\s\u00A0]+\$|will[\s\u00A0]+be[\s\u00A0]+retired|(?:is|was)[\s\u00A0]+(?:trained|owned|ridden|bred)[\s\u00A0]+by)|,[\s\u00A0]+(?:owned|trained|ridden|bred)[\s\u00A0]+by)\b/u;
/** What is done to a horse, right before its name: "holding off Sierra Leone", "aboard Dubai". */
const HORSE_BEFORE = /\b(?:holding off|held off|holds off|aboard|rode|rides|riding|saddles|saddled)[\s\u00A0]+$/u;

/** Whether the name at `start..end`, in a race report, does what horses do. */
export function horseInReport(text: string, start: number, end: number): boolean {
  return HORSE_AFTER.test(text.slice(end, end + 40)) || HORSE_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}
