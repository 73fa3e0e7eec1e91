/**
 * Tokeniser shared by the matcher for both glossary aliases and article text.
 *
 * The article text is never rewritten: every token carries offsets into the original string, and
 * the folded `key` (lower case, no diacritics, no apostrophes) is what the matcher compares. This is
 * how "Kim&nbsp;Jong-un", "Korea’s" and "Vla\u00ADdivostok" all meet the aliases they spell.
 */

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
   * a single-letter initial ("U.N. sanctions", "Vladimir V. Putin").
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
/** A gap that ends a sentence or a paragraph. */
const SENTENCE_END_GAP = /(?:[.!?…:]["'”’»)\]]*\s+|\n\s*\n\s*|[—–]\s*)["“‘«([]?$/;
/** After a single-letter initial, a dot and optional spaces. */
const INITIAL_GAP = /^\.[\s\u00A0]*$/;
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
 * Splits `text` into word tokens. Possessive endings ("’s") are left out of the token so that
 * "Kim’s" yields the token "Kim" spanning exactly the name.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let prevEnd = -1;
  let prev: Token | null = null;
  while (i < n) {
    // Skip to the next word character.
    while (i < n && !isWordCode(text, i)) i++;
    if (i >= n) break;
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
        raw ??= text.slice(start, i);
        i++; // internal apostrophe (O'Brien): part of the word, dropped from the key
        continue;
      }
      break;
    }
    const letters = ascii ? (raw ?? text.slice(start, end)) : stripDiacritics(raw ?? text.slice(start, end));
    let joinable: boolean;
    let sentenceStart: boolean;
    if (prev === null) {
      joinable = false;
      sentenceStart = true;
    } else if (start === prevEnd + 1 && text.charCodeAt(prevEnd) === 32) {
      // The common case, one plain space: joinable, mid-sentence.
      joinable = true;
      sentenceStart = false;
    } else {
      const gap = text.slice(prevEnd, start);
      joinable = JOINABLE_GAP.test(gap) || (prev.possessive && POSSESSIVE_GAP.test(gap)) || (prev.key.length === 1 && INITIAL_GAP.test(gap));
      sentenceStart = SENTENCE_END_GAP.test(gap);
    }
    // Most words are plain lower-case ASCII: their key is their text, no second string needed.
    const key = ascii && !upper ? letters : letters.toLowerCase();
    const token: Token = { start, end, key, raw: letters, joinable, possessive, sentenceStart };
    tokens.push(token);
    prev = token;
    prevEnd = end;
  }
  return tokens;
}
