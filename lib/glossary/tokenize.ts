/**
 * Tokeniser shared by the matcher for both glossary aliases and article text.
 *
 * The article text is never rewritten: every token carries offsets into the original string, and
 * the folded `key` (lower case, no diacritics, no apostrophes) is what the matcher compares. This is
 * how "Kim&nbsp;Jong-un", "Korea’s" and "Vla\u00ADdivostok" all meet the aliases they spell.
 */
import { isElision } from './elision';

/** One word of the input, with offsets into the original string. */
export interface Token {
  /** Offset of the first character (original string). */
  start: number;
  /** Offset just past the last character, excluding a possessive `'s`. */
  end: number;
  /** Folded form: lower case, diacritics and apostrophes removed. */
  key: string;
  /** Letters as written (diacritics removed, case kept): used for case rules. */
  raw: string;
  /**
   * Whether the gap between the previous token and this one may sit inside a name: only spaces,
   * hyphens, apostrophes, invisible characters; a possessive ("People’s Republic"); or a dot after
   * a single-letter initial ("U.N. sanctions", "Vladimir V. Putin") or a place name's abbreviated
   * first word ("St. Louis").
   */
  joinable: boolean;
  /** The word ended in a possessive "’s" (left out of `end`). */
  possessive: boolean;
  /** The word opens a sentence or a block, where a capital letter says nothing about names. */
  sentenceStart: boolean;
}

/** Characters that are deleted from names wherever they occur (soft hyphen, zero-width marks, BOM). */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
/** Apostrophe variants, all folded to nothing inside a word. */
const APOSTROPHE = /['’‘`´ʼ]/;
/** Letters, digits and combining marks make up words. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** A gap made only of these keeps two tokens in the same name. */
const JOINABLE_GAP = /^[\s\u00A0\u00AD\u200B-\u200D\u2060\uFEFF'’‘`´ʼ\-‐‑‒–]*$/;
/** After a possessive word the gap starts with the "’s" itself. */
const POSSESSIVE_GAP = /^['’‘`´ʼ][sS][\s\u00A0]+$/;
/** An apostrophe alone before a space: after an "s", a possessive ("Texas' capital"). */
const BARE_APOSTROPHE_GAP = /^['’][\s\u00A0]+$/;
/** A gap that ends a sentence or a paragraph. */
const SENTENCE_END_GAP = /(?:[.!?…:]["'”’»)\]]*\s+|\n\s*\n\s*|[—–]\s*)["“‘«([]?$/;
/** After a single-letter initial, a dot and optional spaces. */
const INITIAL_GAP = /^\.[\s\u00A0]*$/;
/**
 * The abbreviated words that open place names with a dot: "St. Louis", "Ste. Genevieve",
 * "Mt. Kilimanjaro", "Ft. Lauderdale". Their dot does not part them from the rest of the name
 * (the gap stays a sentence end too, for every rule that reads one: "Elm St. The mayor…").
 */
const DOTTED_NAME_WORD = /(?:^|[^\p{L}\p{N}])(?:St|Ste|Mt|Ft)$/iu;
const COMBINING_MARK = /\p{M}/gu;

/** Removes diacritics from a run of letters, keeping case ("Pyŏngyang" -> "Pyongyang"). */
export function stripDiacritics(s: string): string {
  return s.normalize('NFD').replace(COMBINING_MARK, '');
}

/**
 * Word-character lookup by UTF-16 code unit: ASCII by range, everything else through the Unicode
 * regex once per code unit, then cached (0 = unknown, 1 = word, 2 = not). The tokenizer runs on
 * every character of every article, so this is the matcher's hottest test.
 */
const WORD_CACHE = new Uint8Array(65536);

function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  let known = WORD_CACHE[c]!;
  if (known === 0) WORD_CACHE[c] = known = WORD_CHAR.test(text[i]!) ? 1 : 2;
  return known === 1;
}

function isWordChar(ch: string): boolean {
  return isWordCode(ch, 0);
}

/**
 * One word found by `scanWord`. A single instance is reused for every word so that scanning an
 * article allocates nothing per word; `raw` is non-null only when a skipped character (soft hyphen,
 * internal apostrophe) made the word's letters differ from its slice of the text.
 */
export interface WordScan {
  start: number;
  end: number;
  /** Where scanning continues (past a possessive "’s"). */
  next: number;
  possessive: boolean;
  ascii: boolean;
  /** The word holds an ASCII capital. */
  upper: boolean;
  raw: string | null;
}

/** A fresh `WordScan` to pass to `scanWord`. */
export function newWordScan(): WordScan {
  return { start: 0, end: 0, next: 0, possessive: false, ascii: true, upper: false, raw: null };
}

/**
 * Finds the next word at or after `i` and describes it in `w`; false when there is none. This is
 * the one definition of a word shared by `tokenize` and the matcher's allocation-free scanner.
 */
export function scanWord(text: string, i: number, w: WordScan): boolean {
  const n = text.length;
  // Skip to the next word character.
  while (i < n && !isWordCode(text, i)) i++;
  if (i >= n) return false;
  const start = i;
  /** The word's letters; built char by char only once a skipped character makes slicing wrong. */
  let raw: string | null = null;
  let end = i;
  let possessive = false;
  let ascii = true;
  let upper = false;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isWordCode(text, i)) {
      if (code >= 128) ascii = false;
      else if (code <= 90 && code >= 65) upper = true;
      if (raw !== null) raw += text[i];
      i++;
      end = i;
      continue;
    }
    if (code < 128 && code !== 39 && code !== 96) break; // ASCII punctuation and spaces end a word
    const ch = text[i]!;
    if (INVISIBLE.test(ch) && i + 1 < n && isWordCode(text, i + 1)) {
      raw ??= text.slice(start, i);
      i++;
      continue;
    }
    if (APOSTROPHE.test(ch) && i + 1 < n && isWordCode(text, i + 1)) {
      // Possessive "'s" at the end of a word: stop the token before the apostrophe.
      const next = text[i + 1]!;
      const after = text[i + 2];
      if ((next === 's' || next === 'S') && (after === undefined || !isWordChar(after))) {
        i += 2;
        possessive = true;
        break;
      }
      // An elided article or preposition ("l'ONU", "d'Ukraine", "dell'Onu") is a word of its own.
      if (raw === null && isElision(text, start, i)) break;
      raw ??= text.slice(start, i);
      i++; // internal apostrophe (O'Brien): part of the word, dropped from the key
      continue;
    }
    break;
  }
  w.start = start;
  w.end = end;
  w.next = i;
  w.possessive = possessive;
  w.ascii = ascii;
  w.upper = upper;
  w.raw = raw;
  return true;
}

/** Bit of `gapFlags`: the gap may sit inside a name (see `Token.joinable`). */
export const GAP_JOINABLE = 1;
/** Bit of `gapFlags`: the gap ends a sentence or block (see `Token.sentenceStart`). */
export const GAP_SENTENCE = 2;

/**
 * How the text between a word ending at `prevEnd` and the next starting at `start` relates them:
 * `GAP_JOINABLE` and/or `GAP_SENTENCE`. `prevPossessive` and `prevKeyLength` describe the earlier
 * word. The first word of a text has no gap: pass `prevEnd` -1 to get "sentence start".
 */
export function gapFlags(text: string, prevEnd: number, start: number, prevPossessive: boolean, prevKeyLength: number): number {
  if (prevEnd < 0) return GAP_SENTENCE;
  // The common case, one plain space: joinable, mid-sentence.
  if (start === prevEnd + 1 && text.charCodeAt(prevEnd) === 32) return GAP_JOINABLE;
  const gap = text.slice(prevEnd, start);
  // "Texas' Kerr County": a plural's or an s-name's bare apostrophe is a possessive, which ends the name.
  const bareApostrophe = BARE_APOSTROPHE_GAP.test(gap) && (text[prevEnd - 1] === 's' || text[prevEnd - 1] === 'S');
  const joinable =
    (JOINABLE_GAP.test(gap) && !bareApostrophe) ||
    (prevPossessive && POSSESSIVE_GAP.test(gap)) ||
    ((prevKeyLength === 1 || (prevKeyLength <= 3 && DOTTED_NAME_WORD.test(text.slice(Math.max(0, prevEnd - 4), prevEnd)))) && INITIAL_GAP.test(gap));
  return (joinable ? GAP_JOINABLE : 0) | (SENTENCE_END_GAP.test(gap) ? GAP_SENTENCE : 0);
}

/** The letters of a scanned word as written, diacritics removed (`Token.raw`). */
export function wordLetters(text: string, w: WordScan): string {
  const s = w.raw ?? text.slice(w.start, w.end);
  return w.ascii ? s : stripDiacritics(s);
}

/** The folded key of a word whose letters are `letters` (`Token.key`). */
export function wordKey(letters: string, w: WordScan): string {
  // Most words are plain lower-case ASCII: their key is their text, no second string needed.
  return w.ascii && !w.upper ? letters : letters.toLowerCase();
}

/**
 * Splits `text` into word tokens. Possessive endings ("’s") are left out of the token so that
 * "Kim’s" yields the token "Kim" spanning exactly the name.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const w = newWordScan();
  let i = 0;
  let prev: Token | null = null;
  while (scanWord(text, i, w)) {
    i = w.next;
    const letters = wordLetters(text, w);
    const key = wordKey(letters, w);
    const gap = prev === null ? GAP_SENTENCE : gapFlags(text, prev.end, w.start, prev.possessive, prev.key.length);
    const token: Token = {
      start: w.start,
      end: w.end,
      key,
      raw: letters,
      joinable: (gap & GAP_JOINABLE) !== 0,
      possessive: w.possessive,
      sentenceStart: (gap & GAP_SENTENCE) !== 0,
    };
    tokens.push(token);
    prev = token;
  }
  return tokens;
}

/** Whether `s` is written in capitals ("PHOENIX", "U.S."): two characters or more, with letters. */
export function isAllCaps(s: string): boolean {
  return s.length >= 2 && s === s.toUpperCase() && s !== s.toLowerCase();
}
