/**
 * The glossary matcher: finds mentions of glossary entries in article text.
 *
 * Algorithm, in three passes over the tokens of the text (see `tokenize.ts`):
 *  1. Longest match. Aliases are compiled into a trie keyed by folded tokens. At each token the
 *     trie is walked as far as the gaps between tokens allow (spaces, hyphens, invisible marks),
 *     and the longest alias whose case rules hold wins ("South Korea" over "Korea").
 *  2. Near misses. A capitalised word of `FUZZY_MIN_LENGTH`+ letters that matched nothing is looked
 *     up among single-word aliases within one edit ("Vladisvostok" -> Vladivostok).
 *  3. Resolution. A bare short name ("Kim", "Korea") resolves to the one entry carrying it that the
 *     article names in full somewhere; when two are named it stays unresolved with both candidates.
 *     When none is named, a short name whose one reading is related to something the article names
 *     resolves by context ("the ruling party" in an article naming North Korea).
 *  4. Context rules (`context.ts`): mentions the neighbouring words show to be something else are
 *     dropped ("Paris Hilton", "New Jersey", "Moscow, Idaho", "Margie Kim", unsupported misspellings).
 *
 * Offsets always point into the original text: nothing is normalised in place.
 *
 * Layout, for speed and memory at hundreds of thousands of names: every distinct folded alias word
 * gets a number in an open-addressing table (`WordTable`), and the trie is a hash of (node, word
 * number) -> child in typed arrays, with payloads in parallel arrays. The article is scanned into
 * typed arrays too (`TextTokens`): a word is looked up straight from the text's characters, so the
 * words that cannot be part of any name (most of them) cost no string and no object. Things only
 * needed around a match (the gap's sentence and joining rules, a word's letters for case rules)
 * are computed when asked. `reference-matcher.ts` keeps the plain object version this must equal.
 * A compiled matcher can be stored (`matcher.data`) and restored without compiling (`matcherFromData`).
 */
import type { GlossaryEntry, Mention } from './types';
import { officeForms } from './head-words';
import { classifyAbbreviations, isAbbreviation, NO_ABBREVIATIONS, type EntryAbbreviations } from './abbreviations';
import { compoundNamePart } from './compounds';
import { refineMentions, type EntryFacts } from './context';
import { coordinated, countryOpeningUse, personUse } from './discourse';
import { countriesOfPlaces, introductionsOf, lastIntroducedBefore, ownInstitution, shortEndsOrganisation, shortReadingOf } from './short-in-context';
import { preferRegionReadings } from './region-readings';
import { regionAbbreviatedAfter } from './town-region';
import { storiesUntold } from './story-topics';
import { afterDateline, inDateline } from './dateline';

export type { Mention } from './types';
import { EdgeTable, IntList, WordTable } from './int-tables';
import { GAP_JOINABLE, GAP_SENTENCE, gapFlags, isAllCaps, newWordScan, scanWord, tokenize, wordKey, wordLetters } from './tokenize';

/** Misspellings are only considered for words at least this long: shorter words collide too often. */
const FUZZY_MIN_LENGTH = 7;
/** A single-word alias shorter than this only matches in its own case (or all capitals). */
const PROPER_CASE_BELOW = 5;
/**
 * A bare short name that the article neither introduces nor places in context is shown as
 * ambiguous only when it has this few readings ("Korea": North or South); otherwise it is dropped.
 */
const MAX_UNINTRODUCED_CANDIDATES = 2;

/**
 * How the case of a text token must relate to the alias token it matches:
 * - `any`: case is folded;
 * - `capital`: a capitalised word of a person's or place's name stays capitalised in the text
 *   (or follows a hyphen: "Kim Jong-un"), so "the bottom" is not the town of The Bottom;
 * - `proper`: short names, in their own case or all capitals;
 * - `exact`: acronyms and common-word names, exactly as written.
 */
export type CaseRule = 'any' | 'capital' | 'proper' | 'exact';

/**
 * What kind of name a trie payload is:
 * - `alias`: the entry's name or an alias; always counts.
 * - `demonym`: "North Korean" for North Korea; counts unless demonyms are turned off.
 * - `common`: a name that is also an everyday word ("Nice"); counts in its own case, and at the
 *   start of a sentence only when the article gives it context.
 * - `short`: a bare short name ("Kim"); counts only when the article resolves it.
 */
export type PayloadMode = 'alias' | 'demonym' | 'common' | 'short';

/** Payload modes as stored in the compiled arrays. */
const MODE_ALIAS = 0;
const MODE_DEMONYM = 1;
const MODE_COMMON = 2;
const MODE_SHORT = 3;
const MODE_CODE: Record<PayloadMode, number> = { alias: MODE_ALIAS, demonym: MODE_DEMONYM, common: MODE_COMMON, short: MODE_SHORT };

/** Case rules as stored in the compiled arrays. */
const RULE_ANY = 0;
const RULE_CAPITAL = 1;
const RULE_PROPER = 2;
const RULE_EXACT = 3;
const RULE_CODE: Record<CaseRule, number> = { any: RULE_ANY, capital: RULE_CAPITAL, proper: RULE_PROPER, exact: RULE_EXACT };
/** The case rule's bits of a stored rule. */
const RULE_CASE_MASK = 3;
/**
 * Added to a stored rule when the alias word carries its own "'s" ("St George's", "McDonald's"): the
 * word in the text must carry it too, or "St George" in Utah reads as Grenada's capital.
 */
const RULE_POSSESSIVE = 4;
/** The "'s" a name carries itself, which its span holds: an apostrophe and the s. */
const OWN_S_LENGTH = 2;

export interface MatcherOptions {
  /** Whether demonyms ("Russian") count as mentions of their country. Default true. */
  demonyms?: boolean;
  /**
   * Precedence of entry origins when several entries share a name: lower wins. By default the
   * reader's own entries come first, then the storyline, news and world packs.
   */
  originRank?: (origin: string) => number;
  /**
   * The language of the articles this matcher reads (primary subtag, default English): the context
   * rules read capitals as names only where the language capitalises names alone (not German nouns).
   */
  language?: string;
}

/** Regions rank with the world pack: "Georgia" the state and "Georgia" the country are both readings, for context to decide. */
const DEFAULT_ORIGIN_RANK: Record<string, number> = { user: 0, wikipedia: 1, storyline: 2, news: 3, world: 4, regions: 4 };
/** An entry's rank by its origin when the options give none (shared with the test oracle, reference-matcher.ts). */
export const defaultOriginRank = (origin: string): number => (Object.hasOwn(DEFAULT_ORIGIN_RANK, origin) ? DEFAULT_ORIGIN_RANK[origin]! : 5);

/** URLs and e-mail addresses: names inside them are not mentions. */
const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)[^\s<>"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

/** A compiled glossary, reusable across texts. */
export interface Matcher {
  /** Finds all mentions in `text`, non-overlapping and in order. */
  match(text: string): Mention[];
  /** Number of alias strings compiled. */
  readonly aliasCount: number;
  /** The compiled form, for storing and `matcherFromData`. */
  readonly data: MatcherData;
}

/** Kinds whose names are proper nouns, capitalised in running text: an organisation's too ("U.S. Steel", not "the U.S. steel industry"). */
const CAPITALISED_KINDS = new Set<GlossaryEntry['kind']>(['person', 'place', 'organization']);

/** The case rule of one word of an alias (shared with the test oracle, reference-matcher.ts: a rule, not the engine it checks). */
export function caseRuleFor(aliasToken: string, tokenCount: number, mode: PayloadMode, kind: GlossaryEntry['kind']): CaseRule {
  if (isAllCaps(aliasToken) || mode === 'common') return 'exact';
  if (tokenCount === 1 && (mode === 'short' || aliasToken.length < PROPER_CASE_BELOW)) return 'proper';
  if (CAPITALISED_KINDS.has(kind) && isCapitalised(aliasToken)) return 'capital';
  return 'any';
}

/**
 * Hyphen variants: a word right after one may be lower case in a romanised name ("Kim Jong-un"), but only
 * inside a name: a name's first word is capitalised wherever it stands ("plaster-of-paris" names no city).
 */
export const HYPHENS: ReadonlySet<string> = new Set(['-', '‐', '‑']);

/** Whether a text word with letters `raw`, starting at `start`, meets an alias word's case rule (`inner`: not the name's first word). */
function caseHolds(rule: number, aliasRaw: string, raw: string, start: number, text: string, inner: boolean): boolean {
  switch (rule) {
    case RULE_ANY:
      return true;
    case RULE_CAPITAL:
      return isCapitalised(raw) || (inner && HYPHENS.has(text[start - 1] ?? ''));
    case RULE_EXACT:
      return aliasRaw === raw || (aliasRaw.length >= 3 && raw === aliasRaw.toUpperCase() && raw !== aliasRaw && inDateline(text, start));
    default: // RULE_PROPER
      return aliasRaw === raw || (aliasRaw.length >= 3 && raw === aliasRaw.toUpperCase());
  }
}

/** Bits of `TextTokens.flags`. */
const TOKEN_POSSESSIVE = 1;
/** Plain ASCII word with nothing skipped inside: its letters are exactly its slice of the text. */
const TOKEN_PLAIN = 2;

/**
 * An article's words in parallel typed arrays, reused from one `match` call to the next (a match
 * runs synchronously, so one set per matcher is enough). Words that are not plain keep their
 * folded key and letters in `keys` / `letters`; plain ones derive them from the text on demand.
 */
class TextTokens {
  count = 0;
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  flags = new Uint8Array(1024);
  /** Word-table number of the folded word, or -1 when no alias contains it. */
  word = new Int32Array(1024);
  /** For a word that is not plain: its index in `keys` and `letters`. */
  extra = new Int32Array(1024);
  keys: string[] = [];
  letters: string[] = [];

  reset(): void {
    this.count = 0;
    this.keys.length = 0;
    this.letters.length = 0;
  }

  push(start: number, end: number, flags: number, word: number): number {
    if (this.count === this.start.length) this.grow();
    const i = this.count++;
    this.start[i] = start;
    this.end[i] = end;
    this.flags[i] = flags;
    this.word[i] = word;
    return i;
  }

  /** Adds a word that is not plain, with its folded key and its letters. */
  pushExtra(start: number, end: number, flags: number, word: number, key: string, letters: string): void {
    const i = this.push(start, end, flags, word);
    this.extra[i] = this.keys.length;
    this.keys.push(key);
    this.letters.push(letters);
  }

  private grow(): void {
    const size = this.start.length * 2;
    const copy = <T extends Int32Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
    this.start = copy(this.start, new Int32Array(size));
    this.end = copy(this.end, new Int32Array(size));
    this.flags = copy(this.flags, new Uint8Array(size));
    this.word = copy(this.word, new Int32Array(size));
    this.extra = copy(this.extra, new Int32Array(size));
  }
}

/** All strings made by deleting one character from `s` (the SymSpell neighbourhood). */
function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

/** True when a and b are within one insertion, deletion, substitution or adjacent swap. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Bits of `MatcherParts.entryPerson`: what resolution and the context rules need to know of an entry. */
const ENTRY_PERSON = 1;
const ENTRY_REGION = 2;
/** A person whose short name counts without an introduction (`GlossaryEntry.wellKnown`). */
const ENTRY_WELL_KNOWN = 4;
/** A storyline's topic ("UN sanctions" on North Korea): it counts only beside one of its related entries (`isStoryEntry`). */
const ENTRY_STORY = 8;

/**
 * A bundled storyline's topic with related entries (`ENTRY_STORY`): its aliases may be generic ("UN
 * sanctions", "Moscow Declaration") and name the story's subject only where the story is the article's.
 * Events keep their own names ("Ukrainekrieg"); a reader's own topics, and those with nothing related,
 * match as before.
 */
export function isStoryEntry(e: Pick<GlossaryEntry, 'kind' | 'origin' | 'related'>): boolean {
  return e.kind === 'topic' && e.origin === 'storyline' && e.related.length > 0;
}

/** A first-level division of a country (the regions pack's `region-*` entries): "Town, Region" reads it. */
export function isRegionEntry(e: Pick<GlossaryEntry, 'id' | 'kind'>): boolean {
  return e.kind === 'place' && e.id.startsWith('region-');
}

/** Whether a word starts with a capital letter. */
export function isCapitalised(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const first = raw[0]!;
  return first !== first.toLowerCase();
}

/**
 * Compiles glossary entries into a matcher. Entries with no usable alias are skipped; an entry whose
 * `sameAs` names another compiled entry lends it its names instead of competing with it.
 */
export function compileMatcher(entries: readonly GlossaryEntry[], options: MatcherOptions = {}): Matcher {
  const originRank = options.originRank ?? defaultOriginRank;
  const present = new Set(entries.map((e) => e.id));
  const words = new WordTable();
  const edges = new EdgeTable();
  // Trie nodes are numbers; node 0 is the root. Per node: its first and last payload, + 1 (0: none).
  let nodeCount = 1;
  const nodeFirst = new IntList();
  const nodeLast = new IntList();
  nodeFirst.push(0);
  nodeLast.push(0);
  // Payloads in parallel lists: entry number, mode, origin rank, where its case rules start, next + 1.
  const payloadEntry = new IntList();
  const payloadMode = new IntList();
  const payloadRank: number[] = [];
  const payloadCase = new IntList();
  const payloadNext = new IntList();
  // One rule and one spelling per word of each payload's alias.
  const caseRules = new IntList();
  const caseRaws: string[] = [];
  const rawStrings = new Map<string, string>(); // shares equal spellings between aliases
  // Entries by number: id, related ids, kind (set only for entries compiled under their own id).
  const entryNumber = new Map<string, number>();
  const entryIds: string[] = [];
  const entryRelated: Array<readonly string[] | undefined> = [];
  const entryKind: Array<GlossaryEntry['kind'] | undefined> = [];
  const entryIsRegion: boolean[] = [];
  const entryWellKnown: boolean[] = [];
  const entryStory: boolean[] = [];
  /** Abbreviations among each entry's aliases, its own and those lent by `sameAs` ("DRC", "U.S."), by entry number. */
  const entryAbbreviationAliases = new Map<number, string[]>();
  /** Regions' towns named like places elsewhere (`GlossaryEntry.towns`), by entry number. */
  const entryTowns = new Map<number, string[]>();
  const numberOf = (id: string): number => {
    let n = entryNumber.get(id);
    if (n === undefined) {
      entryNumber.set(id, (n = entryIds.length));
      entryIds.push(id);
      entryRelated.push(undefined);
      entryKind.push(undefined);
    }
    return n;
  };
  /** Folded single-word long aliases (-> entry numbers), and their one-deletion neighbours, for near-miss lookup. */
  const fuzzyExact = new Map<string, Set<number>>();
  const fuzzyDeletes = new Map<string, Set<string>>();
  let aliasCount = 0;

  const addAlias = (entry: GlossaryEntry, entryNo: number, alias: string, mode: PayloadMode): void => {
    const tokens = tokenize(alias);
    if (tokens.length === 0) return;
    let node = 0;
    for (const t of tokens) {
      const word = words.intern(t.key);
      let child = edges.get(node, word);
      if (child < 0) {
        child = nodeCount++;
        edges.set(node, word, child);
        nodeFirst.push(0);
        nodeLast.push(0);
      }
      node = child;
    }
    const p = payloadEntry.push(entryNo);
    payloadMode.push(MODE_CODE[mode]);
    payloadRank.push(originRank(entry.origin));
    payloadCase.push(caseRules.length);
    payloadNext.push(0);
    for (const t of tokens) {
      caseRules.push(RULE_CODE[caseRuleFor(t.raw, tokens.length, mode, entry.kind)] | (t.possessive ? RULE_POSSESSIVE : 0));
      let raw = rawStrings.get(t.raw);
      if (raw === undefined) rawStrings.set(t.raw, (raw = t.raw));
      caseRaws.push(raw);
    }
    const last = nodeLast.data[node]!;
    if (last === 0) nodeFirst.data[node] = p + 1;
    else payloadNext.data[last - 1] = p + 1;
    nodeLast.data[node] = p + 1;
    aliasCount++;
    const only = tokens[0]!;
    if (mode === 'alias' && tokens.length === 1 && only.key.length >= FUZZY_MIN_LENGTH && (entry.kind === 'person' || entry.kind === 'place')) {
      addToSetMap(fuzzyExact, only.key, entryNo);
      for (const d of deletions(only.key)) addToSetMap(fuzzyDeletes, d, only.key);
    }
  };

  for (const entry of entries) {
    const id = entry.sameAs?.find((other) => other !== entry.id && present.has(other)) ?? entry.id;
    const no = numberOf(id);
    if (id === entry.id) {
      entryRelated[no] = entry.related;
      entryKind[no] = entry.kind;
      entryIsRegion[no] = isRegionEntry(entry);
      entryWellKnown[no] = entry.wellKnown === true;
      entryStory[no] = isStoryEntry(entry);
      if (entry.towns?.length) entryTowns.set(no, entry.towns);
    }
    const abbreviations = entry.aliases.filter(isAbbreviation);
    if (abbreviations.length > 0) entryAbbreviationAliases.set(no, [...(entryAbbreviationAliases.get(no) ?? []), ...abbreviations]);
    const common = new Set(entry.commonWordAliases ?? []);
    for (const alias of new Set([entry.name, ...entry.aliases, ...(entry.kind === 'person' ? officeForms([entry.name, ...entry.aliases]) : [])])) if (!common.has(alias)) addAlias(entry, no, alias, 'alias');
    for (const alias of common) addAlias(entry, no, alias, 'common');
    if (options.demonyms !== false) for (const alias of new Set(entry.demonyms ?? [])) addAlias(entry, no, alias, 'demonym');
    for (const alias of new Set(entry.shortNames ?? [])) addAlias(entry, no, alias, 'short');
  }

  // Related ids only matter when the article introduces them, and only compiled entries can be
  // introduced: keep them as entry numbers.
  const related = entryRelated.map((ids) => (ids ?? []).flatMap((id) => entryNumber.get(id) ?? []));
  return matcherFromParts({
    aliasCount,
    words,
    edges,
    nodeFirst: nodeFirst.toArray(),
    payloadEntry: payloadEntry.toArray(),
    payloadMode: Uint8Array.from(payloadMode.toArray()),
    payloadRank: Float64Array.from(payloadRank),
    payloadCase: payloadCase.toArray(),
    payloadNext: payloadNext.toArray(),
    caseRules: Uint8Array.from(caseRules.toArray()),
    caseRaws,
    entryIds,
    entryRelated: related,
    entryPerson: Uint8Array.from(entryKind, (k, n) => (k === 'person' ? ENTRY_PERSON | (entryWellKnown[n] ? ENTRY_WELL_KNOWN : 0) : entryIsRegion[n] ? ENTRY_REGION : entryStory[n] ? ENTRY_STORY : 0)),
    entryTowns,
    entryAbbreviations: new Map([...entryAbbreviationAliases].flatMap(([n, aliases]) => {
      const sorted = classifyAbbreviations(entryKind[n], aliases);
      return sorted ? [[n, sorted] as const] : [];
    })),
    fuzzyExact,
    fuzzyDeletes,
    language: options.language ?? 'en',
  });
}

/** The trie's payload arrays, the same in memory and in stored data. */
interface PayloadArrays {
  /** Per trie node: its first payload + 1 (0: none). */
  nodeFirst: Int32Array;
  /** Per payload: entry number, mode, origin rank, start of its case rules, next payload + 1. */
  payloadEntry: Int32Array;
  payloadMode: Uint8Array;
  payloadRank: Float64Array;
  payloadCase: Int32Array;
  payloadNext: Int32Array;
  /** Per word of each payload's alias: its case rule. */
  caseRules: Uint8Array;
}

/** The compiled matcher in memory. */
interface MatcherParts extends PayloadArrays {
  aliasCount: number;
  words: WordTable;
  edges: EdgeTable;
  /** Per word of each payload's alias: its spelling. */
  caseRaws: string[];
  /** Per entry number: id, related entries' numbers, `ENTRY_*` bits (0 for ids known only through `sameAs`). */
  entryIds: string[];
  entryRelated: number[][];
  entryPerson: Uint8Array;
  /** A region's towns named like places elsewhere, by entry number. */
  entryTowns: Map<number, string[]>;
  /** An entry's bare abbreviations, by how they name it (`abbreviations.ts`), by entry number. */
  entryAbbreviations: Map<number, EntryAbbreviations>;
  /** Folded single-word long aliases (-> entry numbers), and their one-deletion neighbours (-> aliases). */
  fuzzyExact: Map<string, Set<number>>;
  fuzzyDeletes: Map<string, Set<string>>;
  /** The articles' language, for the context rules. */
  language: string;
}

/**
 * Bumped whenever `MatcherData`'s layout or meaning changes, so stored copies built by an older
 * version are recompiled instead of misread.
 */
export const MATCHER_DATA_FORMAT = 8;

/**
 * A compiled matcher as stored data: one JSON string and a few typed arrays, so that structured
 * cloning it into IndexedDB and back is close to copying bytes (a clone of thousands of small
 * arrays and strings took longer to read than compiling). The hash tables are stored as they are,
 * since rebuilding them in a freshly started worker (no optimised code yet) costs more than reading them.
 */
export interface MatcherData extends PayloadArrays {
  format: number;
  aliasCount: number;
  /** JSON of [words, distinct spellings, entry ids, related entry numbers, [fuzzy word number, entry numbers][], [entry number, towns][], [entry number, bare abbreviations][]]. */
  strings: string;
  /** The word and edge hash tables' slots, as `WordTable` and `EdgeTable` hold them. */
  wordSlots: Int32Array;
  edgeSlots: Int32Array;
  edgeCount: number;
  /** Per word of each payload's alias: index of its spelling in the distinct spellings. */
  caseRaws: Int32Array;
  entryPerson: Uint8Array;
  /** The articles' language (`MatcherOptions.language`). */
  language: string;
}

/** Packs a compiled matcher for storing. */
function packParts(p: MatcherParts): MatcherData {
  const words = p.words.toData();
  const edges = p.edges.toData();
  const spellings: string[] = [];
  const spellingIndex = new Map<string, number>();
  const caseRaws = Int32Array.from(p.caseRaws, (raw) => {
    let i = spellingIndex.get(raw);
    if (i === undefined) spellingIndex.set(raw, (i = spellings.push(raw) - 1));
    return i;
  });
  const fuzzy = [...p.fuzzyExact].map(([key, ids]) => [p.words.get(key), [...ids]]);
  return {
    format: MATCHER_DATA_FORMAT,
    aliasCount: p.aliasCount,
    strings: JSON.stringify([words.words, spellings, p.entryIds, p.entryRelated, fuzzy, [...p.entryTowns], [...p.entryAbbreviations]]),
    wordSlots: words.slots,
    edgeSlots: edges.slots,
    edgeCount: edges.count,
    nodeFirst: p.nodeFirst,
    payloadEntry: p.payloadEntry,
    payloadMode: p.payloadMode,
    payloadRank: p.payloadRank,
    payloadCase: p.payloadCase,
    payloadNext: p.payloadNext,
    caseRules: p.caseRules,
    caseRaws,
    entryPerson: p.entryPerson,
    language: p.language,
  };
}

const INT32_FIELDS = ['wordSlots', 'edgeSlots', 'nodeFirst', 'payloadEntry', 'payloadCase', 'payloadNext', 'caseRaws'] as const;
const UINT8_FIELDS = ['payloadMode', 'caseRules', 'entryPerson'] as const;

/** Whether `x` has the shape of `MatcherData` of the current format (a stored row may be damaged). */
export function isMatcherData(x: unknown): x is MatcherData {
  if (typeof x !== 'object' || x === null) return false;
  const d = x as Record<string, unknown>;
  return (
    d.format === MATCHER_DATA_FORMAT &&
    typeof d.aliasCount === 'number' &&
    typeof d.edgeCount === 'number' &&
    typeof d.strings === 'string' &&
    typeof d.language === 'string' &&
    d.payloadRank instanceof Float64Array &&
    INT32_FIELDS.every((k) => d[k] instanceof Int32Array) &&
    UINT8_FIELDS.every((k) => d[k] instanceof Uint8Array)
  );
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && (n & (n - 1)) === 0;
}

/** Unpacks stored data; throws on data that is not what `packParts` wrote. */
function unpackParts(d: MatcherData): MatcherParts {
  if (!isMatcherData(d)) throw new Error(`Not matcher data of format ${MATCHER_DATA_FORMAT}`);
  const [wordList, spellings, entryIds, entryRelated, fuzzy, towns, abbreviations] = JSON.parse(d.strings) as [string[], string[], string[], number[][], Array<[number, number[]]>, Array<[number, string[]]>, Array<[number, EntryAbbreviations]>];
  const words = new WordTable({ words: wordList, slots: d.wordSlots });
  const edges = new EdgeTable({ slots: d.edgeSlots, count: d.edgeCount });
  const nodeCount = d.nodeFirst.length;
  const payloads = d.payloadEntry.length;
  const consistent =
    // Hash tables are powers of two (the probes mask with size - 1), three ints per edge slot.
    isPowerOfTwo(d.wordSlots.length) &&
    d.edgeSlots.length % 3 === 0 &&
    isPowerOfTwo(d.edgeSlots.length / 3) &&
    d.edgeCount === nodeCount - 1 && // every node but the root has one parent edge
    [d.payloadMode, d.payloadRank, d.payloadCase, d.payloadNext].every((a) => a.length === payloads) &&
    d.caseRaws.length === d.caseRules.length &&
    entryRelated.length === entryIds.length &&
    d.entryPerson.length === entryIds.length;
  if (!consistent) throw new Error('Matcher data: inconsistent lengths');
  const fuzzyExact = new Map<string, Set<number>>();
  const fuzzyDeletes = new Map<string, Set<string>>();
  for (const [word, ids] of fuzzy) {
    const key = wordList[word]!;
    fuzzyExact.set(key, new Set(ids));
    for (const del of deletions(key)) addToSetMap(fuzzyDeletes, del, key);
  }
  return {
    aliasCount: d.aliasCount,
    words,
    edges,
    nodeFirst: d.nodeFirst,
    payloadEntry: d.payloadEntry,
    payloadMode: d.payloadMode,
    payloadRank: d.payloadRank,
    payloadCase: d.payloadCase,
    payloadNext: d.payloadNext,
    caseRules: d.caseRules,
    caseRaws: Array.from(d.caseRaws, (i) => spellings[i]!),
    entryIds,
    entryRelated,
    entryPerson: d.entryPerson,
    entryTowns: new Map(Array.isArray(towns) ? towns : []),
    entryAbbreviations: new Map(Array.isArray(abbreviations) ? abbreviations : []),
    fuzzyExact,
    fuzzyDeletes,
    language: d.language,
  };
}

/** A matcher over data made by `compileMatcher` (`matcher.data`), stored and read back. */
export function matcherFromData(data: MatcherData): Matcher {
  return matcherFromParts(unpackParts(data));
}

function matcherFromParts(parts: MatcherParts): Matcher {
  const { words, edges, fuzzyExact, fuzzyDeletes, entryIds, entryRelated, entryPerson, entryTowns, entryAbbreviations, caseRaws } = parts;
  const firstOf = parts.nodeFirst;
  const pEntry = parts.payloadEntry;
  const pMode = parts.payloadMode;
  const payloadRank = parts.payloadRank;
  const pCase = parts.payloadCase;
  const pNext = parts.payloadNext;
  const rules = parts.caseRules;
  const hasFuzzy = fuzzyExact.size > 0;

  const numberOfId = new Map(entryIds.map((id, n) => [id, n]));
  /** Entries some region lists (built on first use: only "Town, St." asks). */
  let listedByRegion: Set<string> | undefined;
  const facts: EntryFacts = {
    isPerson: (id) => ((entryPerson[numberOfId.get(id) ?? -1] ?? 0) & ENTRY_PERSON) !== 0,
    isRegion: (id) => ((entryPerson[numberOfId.get(id) ?? -1] ?? 0) & ENTRY_REGION) !== 0,
    isStory: (id) => ((entryPerson[numberOfId.get(id) ?? -1] ?? 0) & ENTRY_STORY) !== 0,
    abbreviations: (id) => entryAbbreviations.get(numberOfId.get(id) ?? -1) ?? NO_ABBREVIATIONS,
    related: (id) => (entryRelated[numberOfId.get(id) ?? -1] ?? []).map((n) => entryIds[n]!),
    towns: (id) => entryTowns.get(numberOfId.get(id) ?? -1) ?? [],
    listedByRegion: (id) => (listedByRegion ??= new Set(entryIds.flatMap((_, n) => ((entryPerson[n]! & ENTRY_REGION) !== 0 ? entryRelated[n]!.map((r) => entryIds[r]!) : [])))).has(id),
  };
  const tt = new TextTokens();
  const scan = newWordScan();
  let text = '';

  const german = parts.language === 'de';
  const isNameWord = (part: string): boolean => words.get(part) >= 0;
  /**
   * A German closed compound that starts with a name ("Russlandreise", compounds.ts): pushed as the
   * name part and the head, so the name matches alone. Only where letters and text line up one to one.
   */
  const pushedCompound = (word: number, possessive: number): boolean => {
    if (!german || word >= 0 || scan.raw !== null || !isCapitalised(text[scan.start]!)) return false;
    const letters = wordLetters(text, scan);
    if (letters.length !== scan.end - scan.start) return false;
    const key = letters.toLowerCase();
    const cut = compoundNamePart(key, isNameWord);
    if (cut === 0) return false;
    const at = scan.start + cut;
    tt.pushExtra(scan.start, at, 0, words.get(key.slice(0, cut)), key.slice(0, cut), letters.slice(0, cut));
    tt.pushExtra(at, scan.end, possessive, words.get(key.slice(cut)), key.slice(cut), letters.slice(cut));
    return true;
  };

  /** Scans `text` into `tt`, numbering each word that some alias contains. */
  const scanText = (): void => {
    tt.reset();
    let i = 0;
    while (scanWord(text, i, scan)) {
      i = scan.next;
      const possessive = scan.possessive ? TOKEN_POSSESSIVE : 0;
      if (scan.ascii && scan.raw === null) {
        const word = words.getAscii(text, scan.start, scan.end);
        if (!pushedCompound(word, possessive)) tt.push(scan.start, scan.end, possessive | TOKEN_PLAIN, word);
      } else if (german && pushedCompound(words.get(wordKey(wordLetters(text, scan), scan)), possessive)) {
        continue;
      } else {
        const letters = wordLetters(text, scan);
        const key = wordKey(letters, scan);
        tt.pushExtra(scan.start, scan.end, possessive, words.get(key), key, letters);
      }
    }
  };

  const isPlain = (t: number): boolean => (tt.flags[t]! & TOKEN_PLAIN) !== 0;
  const keyLength = (t: number): number => (isPlain(t) ? tt.end[t]! - tt.start[t]! : tt.keys[tt.extra[t]!]!.length);
  const lettersOf = (t: number): string => (isPlain(t) ? text.slice(tt.start[t]!, tt.end[t]!) : tt.letters[tt.extra[t]!]!);
  const keyOf = (t: number): string => (isPlain(t) ? text.slice(tt.start[t]!, tt.end[t]!).toLowerCase() : tt.keys[tt.extra[t]!]!);
  const capitalised = (t: number): boolean => {
    if (!isPlain(t)) return isCapitalised(tt.letters[tt.extra[t]!]!);
    const c = text.charCodeAt(tt.start[t]!);
    return c >= 65 && c <= 90;
  };
  /** `GAP_*` bits of the gap before token `t`. */
  const gapBefore = (t: number): number =>
    t === 0 ? GAP_SENTENCE : gapFlags(text, tt.end[t - 1]!, tt.start[t]!, (tt.flags[t - 1]! & TOKEN_POSSESSIVE) !== 0, keyLength(t - 1));

  /** Whether payload `p`, an alias of `length` words, meets its case rules on the tokens from `i`. */
  const fits = (p: number, i: number, length: number): boolean => {
    const at = pCase[p]!;
    for (let k = 0; k < length; k++) {
      const stored = rules[at + k]!;
      const t = i + k;
      if ((stored & RULE_POSSESSIVE) !== 0 && (tt.flags[t]! & TOKEN_POSSESSIVE) === 0) return false;
      const rule = stored & RULE_CASE_MASK;
      if (rule === RULE_ANY) continue;
      if (rule === RULE_CAPITAL) {
        if (!capitalised(t) && (k === 0 || !HYPHENS.has(text[tt.start[t]! - 1] ?? ''))) return false;
      } else if (!caseHolds(rule, caseRaws[at + k]!, lettersOf(t), tt.start[t]!, text, k > 0)) return false;
    }
    return true;
  };

  let hitEnd = -1;
  /** The longest alias found (`longestAt`) carries its own "'s", which its span holds. */
  let hitOwnS = false;
  /** Entry numbers of storyline topics the article does not tell (`storiesUntold`): their aliases are skipped. */
  let untold: ReadonlySet<number> | null = null;
  /** The payloads of the longest alias starting at token `i` whose case rules hold (end token in `hitEnd`). */
  const longestAt = (i: number): number[] | null => {
    let node = 0;
    let best: number[] | null = null;
    for (let j = i; j < tt.count; j++) {
      const word = tt.word[j]!;
      if (word < 0) break;
      if (j > i && (gapBefore(j) & GAP_JOINABLE) === 0) break;
      node = edges.get(node, word);
      if (node < 0) break;
      let fitting: number[] | null = null;
      let own: number[] | null = null;
      for (let p = firstOf[node]!; p !== 0; p = pNext[p - 1]!) {
        if (untold?.has(pEntry[p - 1]!) || !fits(p - 1, i, j - i + 1)) continue;
        (fitting ??= []).push(p - 1);
        if ((rules[pCase[p - 1]! + j - i]! & RULE_POSSESSIVE) !== 0) (own ??= []).push(p - 1);
      }
      if (fitting) {
        // A name with its own "'s" ("St. John's") is the reading of that "'s", and its span holds it.
        best = own ?? fitting;
        hitEnd = j;
        hitOwnS = own !== null;
      }
    }
    return best;
  };

  /** The entry number a capitalised unmatched word misspells, or -1. */
  const nearMiss = (t: number): number => {
    // A capital at the start of a sentence is no evidence of a name.
    if (!hasFuzzy || keyLength(t) < FUZZY_MIN_LENGTH - 1 || !capitalised(t) || (gapBefore(t) & GAP_SENTENCE) !== 0) return -1;
    const key = keyOf(t);
    const candidates = new Set<string>();
    const exact = fuzzyDeletes.get(key); // the article dropped a letter
    exact?.forEach((a) => candidates.add(a));
    for (const d of deletions(key)) {
      if (fuzzyExact.has(d)) candidates.add(d); // the article added a letter
      fuzzyDeletes.get(d)?.forEach((a) => candidates.add(a)); // substitution or swap
    }
    // A misspelling keeps the first letter: "Siberia" is not a misspelt "Liberia".
    const fitting = [...candidates].filter((a) => a[0] === key[0] && withinOneEdit(a, key));
    if (fitting.length === 0) return -1;
    const ids = new Set<number>();
    for (const a of fitting) fuzzyExact.get(a)?.forEach((id) => ids.add(id));
    return ids.size === 1 ? [...ids][0]! : -1;
  };

  type Raw = { start: number; end: number; full: number[]; short: number[]; misspelling?: string; demonym?: boolean; commonStart?: boolean; local?: boolean };

  /** The raw hits of the scanned text, longest first at each token: pass 1 (names) and 2 (near misses). */
  const rawHits = (input: string): Raw[] => {
    const raws: Raw[] = [];
    const excluded = excludedSpans(text);
    const inExcluded = (start: number, end: number) => excluded.some(([a, b]) => start < b && end > a);
    for (let i = 0; i < tt.count; i++) {
      const hit = tt.word[i]! >= 0 ? longestAt(i) : null;
      if (hit) {
        const start = tt.start[i]!;
        const end = tt.end[hitEnd]! + (hitOwnS ? OWN_S_LENGTH : 0);
        if (!inExcluded(start, end)) {
          // A common-word name opening a sentence is only a candidate, like a bare short name.
          // A possessive shows a name ("Japan's coast guard"), at a sentence's start too.
          // A dateline's capitals are a name's ("PHOENIX (AP) —"): no sentence's start there.
          // The first word after a dateline opens the article's first sentence ("(AP) — Turkey farmers…").
          const opens = (gapBefore(i) & GAP_SENTENCE) !== 0 || (hit.some((p) => pMode[p] === MODE_COMMON) && afterDateline(input, start));
          const sentenceStart = opens && (tt.flags[hitEnd]! & TOKEN_POSSESSIVE) === 0 && !(isAllCaps(input.slice(start, end)) && inDateline(input, start));
          const counts = (p: number) => pMode[p] === MODE_ALIAS || pMode[p] === MODE_DEMONYM || (pMode[p] === MODE_COMMON && !sentenceStart);
          const fullPayloads = hit.filter(counts);
          const bestRank = Math.min(...fullPayloads.map((p) => payloadRank[p]!));
          const full = unique(fullPayloads.filter((p) => payloadRank[p] === bestRank).map((p) => pEntry[p]!));
          const short = unique(hit.filter((p) => !counts(p)).map((p) => pEntry[p]!));
          const demonym = fullPayloads.length > 0 && fullPayloads.every((p) => pMode[p] === MODE_DEMONYM);
          const commonStart = sentenceStart && hit.some((p) => pMode[p] === MODE_COMMON);
          raws.push({ start, end, full, short, ...(demonym ? { demonym } : {}), ...(commonStart ? { commonStart } : {}) });
        }
        i = hitEnd;
        continue;
      }
      const fuzzy = nearMiss(i);
      const start = tt.start[i]!;
      const end = tt.end[i]!;
      if (fuzzy >= 0 && !inExcluded(start, end)) raws.push({ start, end, full: [fuzzy], short: [], misspelling: text.slice(start, end) });
    }
    return raws;
  };

  const match = (input: string): Mention[] => {
    text = input;
    scanText();
    untold = null;
    let raws = rawHits(input);
    // A storyline's topic whose story the article does not name is no name at all, so the names inside
    // it count on their own: "U.N. sanctions" on Iran are the U.N.'s (the context step checks the rest).
    const storyRaws = raws.filter((r) => r.full.length > 0 && r.full.every((n) => (entryPerson[n]! & ENTRY_STORY) !== 0));
    if (storyRaws.length > 0) {
      untold = storiesUntold(raws, storyRaws, (n) => entryRelated[n]!);
      if (untold.size > 0) raws = rawHits(input);
      untold = null;
    }
    text = '';
    preferRegionReadings(input, raws, (n) => (entryPerson[n]! & ENTRY_REGION) !== 0, (n) => entryRelated[n]!, (n) => entryIds[n]!.startsWith('country-'), (n) => entryTowns.get(n) ?? [], (end) => {
      const region = regionAbbreviatedAfter(input, end);
      return region === undefined ? undefined : numberOfId.get(region);
    });

    const { introduced, introductions } = introductionsOf<number>(raws, input);
    const ids = (ns: number[]) => ns.map((n) => entryIds[n]!);

    const mentions: Mention[] = [];
    const demonymStarts = new Set<number>();
    /** Countries the article's introduced places lie in, built on first need. */
    let placesIn: Set<number> | undefined;
    let countries = -1;
    const countriesNamed = () => (countries >= 0 ? countries : (countries = [...introduced].filter((n) => entryIds[n]!.startsWith('country-')).length));
    raws.forEach((r, k) => {
      if (r.demonym) demonymStarts.add(r.start);
      const pick = shortReadingOf(r, input, introductions, (n) => entryRelated[n]!);
      if (pick !== null) {
        mentions.push({ start: r.start, end: r.end, entryId: entryIds[pick]! });
        return;
      }
      if (r.full.length === 1) {
        mentions.push({ start: r.start, end: r.end, entryId: entryIds[r.full[0]!]!, ...(r.misspelling ? { misspelling: r.misspelling } : {}) });
        return;
      }
      const readings = r.full.length > 1 ? r.full : r.short;
      const named = readings.filter((n) => introduced.has(n));
      if (r.full.length === 0 && !readings.some((n) => (entryPerson[n]! & ENTRY_PERSON) !== 0) && shortEndsOrganisation(input, r.start) && !ownInstitution(readings.length, named.length)) return;
      if (named.length === 1) {
        mentions.push({ start: r.start, end: r.end, entryId: entryIds[named[0]!]! });
      } else if (named.length > 1) {
        // Places only: two people the article introduced stay a choice ("Kim" after Kim Jong Un and Kim Yo Jong).
        const last = named.some((n) => (entryPerson[n]! & ENTRY_PERSON) !== 0) ? null : lastIntroducedBefore(named, raws, r.start);
        mentions.push(last !== null ? { start: r.start, end: r.end, entryId: entryIds[last]! } : { start: r.start, end: r.end, entryId: null, candidates: ids(named) });
      } else {
        // A person's bare surname is read from context only through another person the article introduces (a
        // colleague: "Macron" beside Sébastien Lecornu), not a place: "Lee" in an article naming South Korea may be any Lee.
        const person = (n: number) => (entryPerson[n]! & ENTRY_PERSON) !== 0;
        const isCountry = (n: number) => entryIds[n]!.startsWith('country-');
        const inContext = readings.filter((n) => entryRelated[n]!.some((rel) => introduced.has(rel) && (!person(n) || person(rel))));
        // A country's short name where the article's places lie in it ("America" in a story set in New York).
        if (inContext.length === 0 && readings.length === 1 && isCountry(readings[0]!) && (placesIn ??= countriesOfPlaces([...introduced].filter((n) => !person(n)), (n) => entryRelated[n]!, isCountry)).has(readings[0]!)) inContext.push(readings[0]!);
        const next = raws[k + 1];
        if (inContext.length === 1) {
          mentions.push({ start: r.start, end: r.end, entryId: entryIds[inContext[0]!]! });
        } else if (readings.length === 1 && (entryPerson[readings[0]!]! & ENTRY_WELL_KNOWN) !== 0 && personUse(input, r.start, r.end)) {
          // A person news names by surname alone ("a call with Trump").
          mentions.push({ start: r.start, end: r.end, entryId: entryIds[readings[0]!]! });
        } else if (
          readings.length === 1 &&
          r.commonStart &&
          ((next !== undefined && next.full.length > 0 && coordinated(input, r.end, next.start)) || (entryIds[readings[0]!]!.startsWith('country-') && countryOpeningUse(input, r.end, countriesNamed())))
        ) {
          // A common-word name opening a sentence, joined to a name by "and" ("Japan and Canada will…"), or a
          // country's used as one among other countries ("China, whose exporters…").
          mentions.push({ start: r.start, end: r.end, entryId: entryIds[readings[0]!]! });
        } else if (
          readings.length > 1 &&
          (r.full.length > 1 ||
            // A person's bare surname needs an introduction; a bare place name may be offered as a choice.
            (readings.length <= MAX_UNINTRODUCED_CANDIDATES && readings.every((n) => (entryPerson[n]! & ENTRY_PERSON) === 0)))
        ) {
          mentions.push({ start: r.start, end: r.end, entryId: null, candidates: ids(readings) });
        }
      }
    });
    return refineMentions(input, mentions, facts, parts.language, demonymStarts);
  };

  let packed: MatcherData | undefined;
  return {
    match,
    aliasCount: parts.aliasCount,
    get data() {
      return (packed ??= packParts(parts));
    },
  };
}

/** Spans of URLs and e-mail addresses in `text`. */
function excludedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!text.includes('@') && !text.includes('://') && !text.includes('www.')) return spans;
  for (const m of text.matchAll(URL_OR_EMAIL)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

function unique<T>(ids: T[]): T[] {
  return [...new Set(ids)];
}

function addToSetMap<T>(map: Map<string, Set<T>>, key: string, value: T): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

/** Folds a name for comparisons outside the matcher (lower case, no diacritics, single spaces). */
export function foldName(name: string): string {
  return tokenize(name)
    .map((t) => t.key)
    .join(' ');
}

