/**
 * "Other names in this article": proper names the glossary does not know, found on the device with
 * compromise (people, places, organisations). compromise is generous, so its matches are cleaned:
 * titles, demonyms and lower-case words are cut off, names the glossary already matched or knows are
 * dropped, and a bare surname counts toward the full name the article gave earlier.
 */
import nlp from 'compromise';
import { foldForCompare } from '../glossary/fold-for-compare';
import type { Span } from './strip';

export type OtherNameKind = 'person' | 'place' | 'organization';

export interface OtherName {
  name: string;
  kind: OtherNameKind;
  count: number;
  /** Offset of the first mention in the article text. */
  first: number;
  /** The sentence of the first mention, for the glossary editor. */
  sentence: string;
}

/** Texts longer than this are cut before tagging: compromise's cost grows with the text. */
export const MAX_TAGGED_CHARS = 60_000;
/** At most this many names are listed. */
export const MAX_OTHER_NAMES = 40;

/** Words that stand before a name but are not part of it (compromise tags some of them as part of the name). */
const TITLE_WORDS = new Set(
  [
    'president', 'minister', 'prime', 'deputy', 'vice', 'foreign', 'defense', 'defence', 'secretary', 'spokesman', 'spokeswoman',
    'spokesperson', 'leader', 'general', 'gen', 'lt', 'col', 'adm', 'sen', 'senator', 'rep', 'gov', 'governor', 'mayor', 'chairman',
    'chief', 'ambassador', 'king', 'queen', 'prince', 'princess', 'pope', 'mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'state', 'news',
    'agency', 'official', 'officials', 'the', 'a', 'an', 'comrade', 'marshal', 'premier', 'chancellor', 'director', 'commander',
  ],
);

const PORTFOLIO_BEFORE = /^[’']?s?\s+(?:minister|secretary|spokes(?:man|woman|person)|commissioner|czar|tsar)\b/i;

/** Tags that mean a word, on its own, is not part of a name. */
const NOT_A_NAME = ['#Demonym', '#Honorific', '#Actor', '#Date', '#Determiner', '#Preposition', '#Pronoun', '#Verb', '#Conjunction'];

/** Tags that, given in context, cut a word out of a name ("Natural Resources Minister Alexander Kozlov"). */
const CONTEXT_NOT_A_NAME = ['Date', 'Honorific', 'Actor'];

/**
 * How a word can take part in a name: 'no'; 'soft' (an adjective such as "Far" or "New", part of a
 * name only before a noun: "Far Eastern Policy Institute", "New York"); or 'ok'.
 */
type WordClass = 'no' | 'soft' | 'ok';

interface Isolated {
  cls: WordClass;
  proper: boolean;
}

const isolated = new Map<string, Isolated>();
/** A word judged out of context (cached): its class and whether compromise knows it as a proper noun. */
function judgeWord(word: string): Isolated {
  const key = word.replace(/[’']s$/u, '').replace(/[.,;:]+$/, '');
  let got = isolated.get(key);
  if (!got) {
    if (!/^\p{Lu}/u.test(key) || TITLE_WORDS.has(key.toLowerCase())) got = { cls: 'no', proper: false };
    else {
      const doc = nlp(key);
      const cls: WordClass = NOT_A_NAME.some((tag) => doc.has(tag)) ? 'no' : doc.has('#Adjective') ? 'soft' : 'ok';
      got = { cls, proper: doc.has('#ProperNoun') };
    }
    isolated.set(key, got);
  }
  return got;
}

export { foldForCompare };

const ABBREVIATION_BEFORE = /(?:^|[\s.(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Jr|Sr|No)\.$/u;

/** The sentence around `offset`: from the previous sentence end to the next. */
export function sentenceAround(text: string, offset: number, maxLength = 400): string {
  const enders = /[.!?]["”’)\]]?\s+|\n+/g;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(enders)) {
    // "U.S." and "Mr." end with a full stop but not a sentence.
    if (m[0][0] === '.' && ABBREVIATION_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index + 1))) continue;
    const stop = m.index + m[0].length;
    if (stop <= offset) start = stop;
    else if (m.index >= offset) {
      end = m.index + m[0].trimEnd().length;
      break;
    }
  }
  const s = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return s.length > maxLength ? `${s.slice(0, maxLength - 1)}…` : s;
}

interface Term {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** The longest run of name-like words in a match, as a span of the original text. */
function cleanMatch(terms: readonly Term[], text: string): (Span & { name: string }) | null {
  const classes = terms.map((t): WordClass => (CONTEXT_NOT_A_NAME.some((tag) => t.tags.includes(tag)) ? 'no' : judgeWord(t.text).cls));
  let best: [number, number] | null = null;
  let i = 0;
  while (i < terms.length) {
    if (classes[i] === 'no') {
      i++;
      continue;
    }
    let j = i;
    while (j < terms.length && classes[j] !== 'no') j++;
    // Trailing adjectives are not part of a name ("South" in "South Korean" once the demonym is cut).
    let end = j;
    while (end > i && classes[end - 1] === 'soft') end--;
    if (end > i && (!best || end - i > best[1] - best[0])) best = [i, end];
    i = j;
  }
  if (!best) return null;
  const first = terms[best[0]]!;
  const last = terms[best[1] - 1]!;
  // A one-word name must be a proper noun on its own or in context: "Resources" is not a name.
  if (best[1] - best[0] === 1 && !judgeWord(first.text).proper && !first.tags.includes('Person')) return null;
  const start = first.offset.start;
  let end = last.offset.start + last.offset.length;
  // "Natural Resources Minister …": words before a title name a portfolio, not a body or a person.
  if (PORTFOLIO_BEFORE.test(text.slice(end, end + 24))) return null;
  let name = text.slice(start, end);
  const trimmed = name.replace(/[’']s$/u, '').replace(/[\s.,;:!?"“”()\-–—]+$/u, '');
  end -= name.length - trimmed.length;
  name = trimmed;
  if (name.replace(/[^\p{L}]/gu, '').length < 2) return null;
  return { start, end, name };
}

export interface OtherNamesOptions {
  /** Spans the glossary already matched: a name overlapping one is known. */
  known: readonly Span[];
  /** Whether the glossary knows a name (folded with `foldForCompare`). */
  isKnownName(folded: string): boolean;
}

/** Finds the proper names in `text` that the glossary does not know. */
export function findOtherNames(text: string, options: OtherNamesOptions): OtherName[] {
  const source = text.length > MAX_TAGGED_CHARS ? text.slice(0, MAX_TAGGED_CHARS) : text;
  const doc = nlp(source);
  const known = [...options.known].sort((a, b) => a.start - b.start);
  const overlapsKnown = (s: Span) => {
    for (const k of known) {
      if (k.start >= s.end) break;
      if (k.end > s.start) return true;
    }
    return false;
  };

  const found: Array<Span & { name: string; kind: OtherNameKind }> = [];
  const kinds: Array<[OtherNameKind, { json(options: object): unknown }]> = [
    ['person', doc.people()],
    ['place', doc.places()],
    ['organization', doc.organizations()],
  ];
  for (const [kind, view] of kinds) {
    const matches = view.json({ offset: true, terms: { offset: true } }) as Array<{ terms: Term[] }>;
    for (const match of matches) {
      const span = cleanMatch(match.terms, source);
      if (!span || overlapsKnown(span)) continue;
      if (options.isKnownName(foldForCompare(span.name))) continue;
      found.push({ ...span, kind });
    }
  }
  found.sort((a, b) => a.start - b.start);

  // One row per name; a later bare surname or first word counts toward the full name given earlier.
  const rows = new Map<string, OtherName>();
  const seen = new Set<number>();
  for (const f of found) {
    if (seen.has(f.start)) continue; // the same words found as two kinds: the first kind found wins
    seen.add(f.start);
    const folded = foldForCompare(f.name);
    let row = rows.get(folded);
    if (!row && !folded.includes(' ')) {
      row = [...rows.values()].find((r) => r.kind === f.kind && foldForCompare(r.name).split(' ').includes(folded));
    }
    if (row) {
      row.count++;
      continue;
    }
    rows.set(folded, { name: f.name, kind: f.kind, count: 1, first: f.start, sentence: sentenceAround(source, f.start) });
  }
  return [...rows.values()].slice(0, MAX_OTHER_NAMES);
}
