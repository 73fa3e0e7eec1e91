/**
 * The words around a mention, as the context rules read them (context.ts): a word's folded letters, its
 * capital and possessive, the gap to the next; the closed word lists (given names, titles, grammar words:
 * packs/generated/name-words.json); and the capitalised runs after a name that make it part of a longer
 * one or leave it alone (a title, an organisation's or a public body's head, a headline in title case).
 */
import nameWords from './packs/generated/name-words.json';
import { AREA_HEADS, BODY_HEADS, RIVER_HEADS } from './head-words';
import { GAP_JOINABLE, GAP_SENTENCE, gapFlags, stripDiacritics } from './tokenize';

/** The word lists as sets, built on first use (no module-level work: bundles that only fold names drop the lists). */
let lexicon:
  | { given: Set<string>; titles: Set<string>; honorifics: Set<string>; parties: Set<string>; calendar: Set<string>; grammar: Set<string>; organisations: Set<string> }
  | undefined;
export function words() {
  return (lexicon ??= {
    given: new Set(nameWords.given),
    titles: new Set(nameWords.titles),
    honorifics: new Set(nameWords.honorifics),
    parties: new Set(nameWords.parties),
    calendar: new Set(nameWords.calendar),
    grammar: new Set(nameWords.grammar),
    organisations: new Set(nameWords.organisations),
  });
}

export interface Word {
  start: number;
  end: number;
  /** Folded letters. */
  key: string;
  capital: boolean;
  possessive: boolean;
}

const WORD_BEFORE = /([\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’]*)([^\p{L}\p{M}\p{N}]*)$/u;
const WORD_AFTER = /^([^\p{L}\p{M}\p{N}]*)([\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’]*)/u;
const POSSESSIVE_END = /['’][sS]$/;

/** The word `raw` found at `start`: its folded letters, its capital, and a possessive "'s" taken off its end. */
export function makeWord(text: string, start: number, raw: string): Word {
  let end = start + raw.length;
  let possessive = false;
  if (POSSESSIVE_END.test(raw)) {
    end -= 2;
    possessive = true;
  }
  const letters = stripDiacritics(text.slice(start, end));
  const first = letters[0] ?? '';
  return { start, end, key: letters.toLowerCase().replace(/['’-]/g, ''), capital: first !== first.toLowerCase(), possessive };
}

/** The word that ends before `pos` (within 80 characters), if any. */
export function wordBefore(text: string, pos: number): Word | null {
  const from = Math.max(0, pos - 80);
  const m = WORD_BEFORE.exec(text.slice(from, pos));
  return m ? makeWord(text, from + m.index, m[1]!) : null;
}

/** The word that starts after `pos` (within 80 characters), if any. */
export function wordAfter(text: string, pos: number): Word | null {
  const m = WORD_AFTER.exec(text.slice(pos, pos + 80));
  return m ? makeWord(text, pos + m[1]!.length, m[2]!) : null;
}

/** Gap flags between two words. */
export function between(text: string, a: Word, b: Word): number {
  return gapFlags(text, a.end, b.start, a.possessive, a.key.length);
}

/** Whether the word at `w` opens a sentence (a capital there says nothing). */
export function opensSentence(text: string, w: Word): boolean {
  const prev = wordBefore(text, w.start);
  return prev === null || (between(text, prev, w) & GAP_SENTENCE) !== 0;
}

/**
 * Sports whose national bodies are named "<Sport> <Country>" ("Swimming Australia", "Cycling Canada"): the
 * gerunds among them are no modifier of the place (see `grammarWord`).
 */
const SPORT_GERUNDS = new Set(['swimming', 'cycling', 'rowing', 'sailing', 'skating', 'curling', 'skiing', 'boxing', 'shooting', 'wrestling', 'diving', 'surfing', 'climbing', 'fencing', 'canoeing', 'bowling']);

/**
 * A word of English grammar rather than of a name: a closed-class word ("In", "Across", "Both", "Did"), a
 * sentence adverb in -ly ("Recently") or a participle modifying the place ("Neighbouring Mississippi",
 * "Landlocked Chad"). Opening a sentence before a place, it leaves the place alone; any other capitalised
 * word there is the first word of a longer name ("Environment Canada", "Swimming Australia").
 */
export function grammarWord(w: Word): boolean {
  if (words().grammar.has(w.key)) return true;
  if (w.key.length <= 4) return false;
  return w.key.endsWith('ly') || (w.key.length >= MIN_PARTICIPLE && (w.key.endsWith('ing') || w.key.endsWith('ed')) && !SPORT_GERUNDS.has(w.key));
}

/**
 * Shortest participle read as modifying the place after it. Those that do are long ("Landlocked", "Isolated",
 * "Divided", "Neighbouring"); a five-letter word in -ed or -ing is a bare verb or a name's first word
 * ("Wired Italy reports…", the magazine's Italian edition).
 */
const MIN_PARTICIPLE = 6;

/** An abbreviation's letters that are a title, an honorific or a month ("Gov.", "Dr.", "Jan."), not a region's. */
export function notRegionWord(key: string): boolean {
  const w = words();
  return w.titles.has(key) || w.honorifics.has(key) || w.calendar.has(key);
}

/** A given name after a surname, in East Asian order: a known given name, or a hyphenated romanised one ("Min-seo"). */
export function givenNameAfterSurname(text: string, next: Word, given: ReadonlySet<string>): boolean {
  return given.has(next.key) || /^-\p{Ll}/u.test(text.slice(next.end, next.end + 2));
}

/** Directly joined: only spaces (no punctuation, no sentence end) between them. */
export function joined(text: string, a: Word, b: Word): boolean {
  const f = between(text, a, b);
  return (f & GAP_JOINABLE) !== 0 && (f & GAP_SENTENCE) === 0 && !a.possessive;
}

/** A score right after a name in a result line: "Glory 1,", "Hurricanes 5-147", "Breakers 88". */
const RESULT_SCORE = /\p{L}[\s\u00A0]+\d{1,3}(?:-\d{1,3})?(?=[,;]|[\s\u00A0]+(?:def|v|vs|at|\()|[\s\u00A0]*$)/gu;

/**
 * A short line in which every word of four letters or more is capitalised: a headline in title case. Not a
 * result line, whose words are capitalised because they are names ("Perth Glory 1, Adelaide United 3",
 * "Hobart Hurricanes 5-147 def Melbourne Stars"): two scores after names make one.
 */
export function inTitleCaseLine(text: string, pos: number): boolean {
  const from = text.lastIndexOf('\n', pos) + 1;
  const nl = text.indexOf('\n', pos);
  const line = text.slice(from, nl < 0 ? text.length : nl);
  const words = line.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  if (words.length > 16) return false;
  if ((line.match(RESULT_SCORE) ?? []).length >= 2) return false;
  const long = words.filter((w) => w.length > 3);
  return long.length >= 2 && long.every((w) => w[0] !== w[0]!.toLowerCase());
}

/**
 * A title within the next three joined capitalised words ("President", "Prime Minister", "Defense Secretary").
 * A title word hyphenated to a capitalised word that is no title is part of a name ("Paris Saint-Germain"),
 * not a title ("NATO Secretary-General"); so is a plural title with no name after it, a team's name ("the
 * Washington Commanders", "the Ottawa Senators"; "U.S. Senators Smith and Jones" and "Texas Democrats" are people).
 */
export function titleFollows(text: string, w: Word): boolean {
  const { titles: TITLES, parties: PARTIES } = words();
  let cur: Word | null = w;
  for (let i = 0; i < 3 && cur; i++) {
    if (TITLES.has(cur.key)) {
      // A title before the head of an organisation's name is part of that name ("Indian Premier League").
      const after = wordAfter(text, cur.end);
      if (after !== null && after.capital && joined(text, cur, after) && words().organisations.has(after.key)) return false;
      // A title word that closes a quotation ends a work's name ("Tulsa King"), no office.
      if (teamPlural(text, cur, TITLES, PARTIES) || /^[,.!?]?(?:["”]|['’](?![sS]\b))/u.test(text.slice(cur.end, cur.end + 3))) return false;
      const hyphened = text[cur.end] === '-' ? wordAfter(text, cur.end + 1) : null;
      // A role word closing three capitalised words with no name after it heads an organisation's name
      // ("the Australian Energy Market Operator has…"); an office is named with fewer ("Defense Secretary").
      if (i === 2 && hyphened === null && !/[-‐‑]/u.test(text[cur.start - 1] ?? '') && !(after !== null && after.capital && joined(text, cur, after))) return false;
      // A peer's word right after a place with no name after it ends a horse's or a ship's name ("Lisbon Lady by a
      // length"), no office: a peer is named ("Lady Hale"), an office stands alone ("the Sydney Lord Mayor").
      if (i === 0 && PEER_WORDS.has(cur.key) && !(after !== null && after.capital && joined(text, cur, after))) return false;
      return hyphened === null || !hyphened.capital || TITLES.has(hyphened.key);
    }
    const next = wordAfter(text, cur.end + (cur.possessive ? 2 : 0));
    if (!next || !next.capital || !joined(text, cur, next)) return false;
    cur = next;
  }
  return false;
}

/** Titles that are also a peer's or a lady's word ("Lady", "Dame"): a title only before a name. */
const PEER_WORDS = new Set(['lady', 'dame']);

/** Most capitalised words after a place that may still end an institution's or a publication's name ("Commonwealth University"). */
const MAX_NAME_TAIL = 3;

/**
 * Whether the joined capitalised words from `w` on, up to `MAX_NAME_TAIL` of them, end the run with the head
 * of an institution's or a publication's name ("Times", "Today", "University"): "The [New York] Times",
 * "[USA] Today", "[Virginia] Commonwealth University". "Georgia Voters Head to the Polls" has none.
 */
export function organisationTail(text: string, w: Word): boolean {
  const heads = words().organisations;
  let cur = w;
  for (let i = 1; ; i++) {
    const next = wordAfter(text, cur.end + (cur.possessive ? 2 : 0));
    if (!next || !next.capital || !joined(text, cur, next)) return heads.has(cur.key);
    if (i === MAX_NAME_TAIL) return false;
    cur = next;
  }
}

/** Most capitalised words after a place that may still end a public body's name ("Public Service Commission"). */
const MAX_BODY_TAIL = 4;

/**
 * Whether the joined capitalised words from `w` on end in the head of a public body's name, not before "of" (`BODY_HEADS`),
 * with no word of a river's or an area's name among them: "the Tennessee Valley Authority" is the valley's.
 */
export function bodyNameFrom(text: string, w: Word, heads: ReadonlySet<string> = BODY_HEADS): boolean {
  let cur = w;
  for (let i = 1; ; i++) {
    if (RIVER_HEADS.has(cur.key) || AREA_HEADS.has(cur.key)) return false;
    const next = wordAfter(text, cur.end);
    if (!next || !next.capital || !joined(text, cur, next) || cur.possessive) return heads.has(cur.key) && !/^[\s\u00A0]+of[\s\u00A0]/u.test(text.slice(cur.end, cur.end + 5));
    if (i === MAX_BODY_TAIL) return false;
    cur = next;
  }
}

/** The last of the joined capitalised words from `w` on: "Party" of "National Party" (the Scottish National Party is no body of Scotland's). */
export function lastOfRun(text: string, w: Word): Word {
  let cur = w;
  for (let i = 0; i < MAX_BODY_TAIL; i++) {
    const next = wordAfter(text, cur.end);
    if (!next || !next.capital || !joined(text, cur, next) || cur.possessive) break;
    cur = next;
  }
  return cur;
}

/** The line number of a position in `text`, by binary search over its line breaks (found once). */
export function lineIndex(text: string): (pos: number) => number {
  const breaks: number[] = [];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) breaks.push(at);
  return (pos) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** A plural title that names no people: its singular a title too, no party, no capitalised name after it. */
function teamPlural(text: string, w: Word, titles: ReadonlySet<string>, parties: ReadonlySet<string>): boolean {
  if (!w.key.endsWith('s') || !titles.has(w.key.slice(0, -1)) || parties.has(w.key)) return false;
  const after = wordAfter(text, w.end);
  return !(after !== null && after.capital && joined(text, w, after));
}

