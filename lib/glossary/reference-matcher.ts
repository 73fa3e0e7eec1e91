/**
 * Reference for tests only, kept on purpose as an oracle: the matcher as first written, with a trie
 * of objects and Maps over `tokenize`'s token objects. `matcher.ts` is the fast version (integer
 * tables, no token objects); `matcher.test.ts` checks with fast-check that both find exactly the same
 * mentions. Its passes stay a separate, plain implementation so that the check means something; the
 * case rules it imports from matcher.ts. Keep the two in step when a pass changes.
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
 *
 * Offsets always point into the original text: nothing is normalised in place.
 */
import type { GlossaryEntry } from './types';
import { officeForms } from './head-words';
import { classifyAbbreviations, isAbbreviation, NO_ABBREVIATIONS } from './abbreviations';
import { isAllCaps, tokenize, type Token } from './tokenize';
import { refineMentions, type EntryFacts } from './context';
import { countriesOfPlaces, introductionsOf, lastIntroducedBefore, ownInstitution, shortEndsOrganisation, shortReadingOf } from './short-in-context';
import { preferRegionReadings } from './region-readings';
import { regionAbbreviatedAfter } from './town-region';
import { storiesUntold } from './story-topics';
import { afterDateline, inDateline } from './dateline';
import { coordinated, countryOpeningUse, personUse } from './discourse';
// The rules (an alias word's case rule, what counts as capitalised) are the production ones: this
// oracle checks the engine (trie, passes, resolution), not the rules, so it shares them.
import { caseRuleFor, HYPHENS, isCapitalised, defaultOriginRank, isRegionEntry, isStoryEntry, withinOneEdit, type CaseRule, type Matcher, type MatcherOptions, type Mention, type PayloadMode } from './matcher';

/** Misspellings are only considered for words at least this long: shorter words collide too often. */
const FUZZY_MIN_LENGTH = 7;
/**
 * A bare short name that the article neither introduces nor places in context is shown as
 * ambiguous only when it has this few readings ("Korea": North or South); otherwise it is dropped.
 */
const MAX_UNINTRODUCED_CANDIDATES = 2;

interface Payload {
  entryId: string;
  mode: PayloadMode;
  rank: number;
  rules: CaseRule[];
  raws: string[];
  /** Per alias word: it carries its own "'s" ("St George's"), which the text's word must carry too. */
  possessive: boolean[];
}


/** URLs and e-mail addresses: names inside them are not mentions. */
const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)[^\s<>"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

/** The "'s" a name carries itself ("St. John's"), which its span holds: an apostrophe and the s. */
const OWN_S_LENGTH = 2;

interface TrieNode {
  next: Map<string, TrieNode>;
  payloads?: Payload[];
}

/** Whether `token` meets an alias word's case rule; `inner`: the word is not the name's first (see `HYPHENS`). */
function caseHolds(rule: CaseRule, aliasRaw: string, token: Token, text: string, inner: boolean): boolean {
  switch (rule) {
    case 'any':
      return true;
    case 'capital':
      return isCapitalised(token.raw) || (inner && HYPHENS.has(text[token.start - 1] ?? ''));
    case 'exact':
      return aliasRaw === token.raw || (aliasRaw.length >= 3 && token.raw === aliasRaw.toUpperCase() && token.raw !== aliasRaw && inDateline(text, token.start));
    case 'proper':
      return aliasRaw === token.raw || (aliasRaw.length >= 3 && token.raw === aliasRaw.toUpperCase());
  }
}

/** All strings made by deleting one character from `s` (the SymSpell neighbourhood). */
function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

/**
 * Compiles glossary entries into a matcher. Entries with no usable alias are skipped; an entry whose
 * `sameAs` names another compiled entry lends it its names instead of competing with it.
 */
export function compileReferenceMatcher(entries: readonly GlossaryEntry[], options: MatcherOptions = {}): Pick<Matcher, 'match' | 'aliasCount'> {
  const originRank = options.originRank ?? defaultOriginRank;
  const present = new Set(entries.map((e) => e.id));
  const root: TrieNode = { next: new Map() };
  /** Folded single-word long aliases, and their one-deletion neighbours, for near-miss lookup. */
  const fuzzyExact = new Map<string, Set<string>>();
  const fuzzyDeletes = new Map<string, Set<string>>();
  let aliasCount = 0;
  const relatedOf = new Map<string, readonly string[]>();
  const kindOf = new Map<string, GlossaryEntry['kind']>();
  const storyIds = new Set<string>();
  const wellKnown = new Set<string>();
  const townsOf = new Map<string, readonly string[]>();
  const abbreviationAliases = new Map<string, string[]>();

  const addAlias = (entry: GlossaryEntry, entryId: string, alias: string, mode: PayloadMode): void => {
    const tokens = tokenize(alias);
    if (tokens.length === 0) return;
    let node = root;
    for (const t of tokens) {
      let child = node.next.get(t.key);
      if (!child) {
        child = { next: new Map() };
        node.next.set(t.key, child);
      }
      node = child;
    }
    const payload: Payload = {
      entryId,
      mode,
      rank: originRank(entry.origin),
      rules: tokens.map((t) => caseRuleFor(t.raw, tokens.length, mode, entry.kind)),
      raws: tokens.map((t) => t.raw),
      possessive: tokens.map((t) => t.possessive),
    };
    (node.payloads ??= []).push(payload);
    aliasCount++;
    const only = tokens[0]!;
    if (mode === 'alias' && tokens.length === 1 && only.key.length >= FUZZY_MIN_LENGTH && (entry.kind === 'person' || entry.kind === 'place')) {
      addToSetMap(fuzzyExact, only.key, entryId);
      for (const d of deletions(only.key)) addToSetMap(fuzzyDeletes, d, only.key);
    }
  };

  const numbered = new Set<string>();
  for (const entry of entries) {
    const id = entry.sameAs?.find((other) => other !== entry.id && present.has(other)) ?? entry.id;
    numbered.add(id);
    if (id === entry.id) {
      relatedOf.set(entry.id, entry.related);
      kindOf.set(entry.id, entry.kind);
      if (entry.kind === 'person' && entry.wellKnown) wellKnown.add(entry.id);
      if (isStoryEntry(entry)) storyIds.add(entry.id);
      if (entry.towns?.length) townsOf.set(entry.id, entry.towns);
    }
    abbreviationAliases.set(id, [...(abbreviationAliases.get(id) ?? []), ...entry.aliases.filter(isAbbreviation)]);
    const common = new Set(entry.commonWordAliases ?? []);
    for (const alias of new Set([entry.name, ...entry.aliases, ...(entry.kind === 'person' ? officeForms([entry.name, ...entry.aliases]) : [])])) if (!common.has(alias)) addAlias(entry, id, alias, 'alias');
    for (const alias of common) addAlias(entry, id, alias, 'common');
    if (options.demonyms !== false) for (const alias of new Set(entry.demonyms ?? [])) addAlias(entry, id, alias, 'demonym');
    for (const alias of new Set(entry.shortNames ?? [])) addAlias(entry, id, alias, 'short');
  }

  const longestAt = (tokens: Token[], i: number, text: string, untold: ReadonlySet<string>): { end: number; payloads: Payload[]; ownS: boolean } | null => {
    let node: TrieNode | undefined = root;
    let best: { end: number; payloads: Payload[]; ownS: boolean } | null = null;
    for (let j = i; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (j > i && !t.joinable) break;
      node = node.next.get(t.key);
      if (!node) break;
      if (node.payloads) {
        const fitting = node.payloads.filter((p) => !untold.has(p.entryId) && p.rules.every((rule, k) => (!p.possessive[k] || tokens[i + k]!.possessive) && caseHolds(rule, p.raws[k]!, tokens[i + k]!, text, k > 0)));
        // A name with its own "'s" ("St. John's") is the reading of that "'s", and its span holds it.
        const own = fitting.filter((p) => p.possessive[p.possessive.length - 1]);
        if (fitting.length > 0) best = { end: j, payloads: own.length > 0 ? own : fitting, ownS: own.length > 0 };
      }
    }
    return best;
  };

  const nearMiss = (t: Token): string | null => {
    // A capital at the start of a sentence is no evidence of a name.
    if (t.key.length < FUZZY_MIN_LENGTH - 1 || t.sentenceStart || !isCapitalised(t.raw)) return null;
    const candidates = new Set<string>();
    const exact = fuzzyDeletes.get(t.key); // the article dropped a letter
    exact?.forEach((a) => candidates.add(a));
    for (const d of deletions(t.key)) {
      if (fuzzyExact.has(d)) candidates.add(d); // the article added a letter
      fuzzyDeletes.get(d)?.forEach((a) => candidates.add(a)); // substitution or swap
    }
    // A misspelling keeps the first letter: "Siberia" is not a misspelt "Liberia".
    const fitting = [...candidates].filter((a) => a[0] === t.key[0] && withinOneEdit(a, t.key));
    if (fitting.length === 0) return null;
    const ids = new Set<string>();
    for (const a of fitting) fuzzyExact.get(a)?.forEach((id) => ids.add(id));
    return ids.size === 1 ? [...ids][0]! : null;
  };

  const facts: EntryFacts = {
    isPerson: (id) => kindOf.get(id) === 'person',
    isRegion: (id) => kindOf.has(id) && isRegionEntry({ id, kind: kindOf.get(id)! }),
    isStory: (id) => storyIds.has(id),
    abbreviations: (id) => classifyAbbreviations(kindOf.get(id), abbreviationAliases.get(id) ?? []) ?? NO_ABBREVIATIONS,
    related: (id) => (relatedOf.get(id) ?? []).filter((r) => numbered.has(r)),
    towns: (id) => townsOf.get(id) ?? [],
    listedByRegion: (id) => [...relatedOf].some(([r, rel]) => facts.isRegion(r) && rel.includes(id) && numbered.has(id)),
  };

  type Raw = { start: number; end: number; full: string[]; short: string[]; misspelling?: string; demonym?: boolean; commonStart?: boolean; local?: boolean };

  const rawHits = (tokens: Token[], text: string, untold: ReadonlySet<string>): Raw[] => {
    const raws: Raw[] = [];
    const excluded = excludedSpans(text);
    const inExcluded = (start: number, end: number) => excluded.some(([a, b]) => start < b && end > a);
    for (let i = 0; i < tokens.length; i++) {
      const hit = longestAt(tokens, i, text, untold);
      if (hit) {
        const start = tokens[i]!.start;
        const end = tokens[hit.end]!.end + (hit.ownS ? OWN_S_LENGTH : 0);
        if (!inExcluded(start, end)) {
          // A common-word name opening a sentence is only a candidate, like a bare short name.
          const opens = tokens[i]!.sentenceStart || (hit.payloads.some((p) => p.mode === 'common') && afterDateline(text, start));
          const sentenceStart = opens && !tokens[hit.end]!.possessive && !(isAllCaps(text.slice(start, end)) && inDateline(text, start));
          const counts = (p: Payload) => p.mode === 'alias' || p.mode === 'demonym' || (p.mode === 'common' && !sentenceStart);
          const fullPayloads = hit.payloads.filter(counts);
          const bestRank = Math.min(...fullPayloads.map((p) => p.rank));
          const full = unique(fullPayloads.filter((p) => p.rank === bestRank).map((p) => p.entryId));
          const short = unique(hit.payloads.filter((p) => !counts(p)).map((p) => p.entryId));
          const demonym = fullPayloads.length > 0 && fullPayloads.every((p) => p.mode === 'demonym');
          const commonStart = sentenceStart && hit.payloads.some((p) => p.mode === 'common');
          raws.push({ start, end, full, short, ...(demonym ? { demonym } : {}), ...(commonStart ? { commonStart } : {}) });
        }
        i = hit.end;
        continue;
      }
      const t = tokens[i]!;
      const fuzzy = nearMiss(t);
      if (fuzzy && !inExcluded(t.start, t.end)) raws.push({ start: t.start, end: t.end, full: [fuzzy], short: [], misspelling: text.slice(t.start, t.end) });
    }
    return raws;
  };

  const match = (text: string): Mention[] => {
    const tokens = tokenize(text);
    let raws = rawHits(tokens, text, new Set());
    const storyRaws = raws.filter((r) => r.full.length > 0 && r.full.every((id) => storyIds.has(id)));
    const untold = storiesUntold(raws, storyRaws, (id) => facts.related(id));
    if (untold.size > 0) raws = rawHits(tokens, text, untold);

    preferRegionReadings(text, raws, (id) => facts.isRegion(id), (id) => facts.related(id), (id) => id.startsWith('country-'), (id) => facts.towns(id), (end) => regionAbbreviatedAfter(text, end));

    const { introduced, introductions } = introductionsOf<string>(raws, text);

    const mentions: Mention[] = [];
    const demonymStarts = new Set<number>();
    raws.forEach((r, k) => {
      if (r.demonym) demonymStarts.add(r.start);
      const pick = shortReadingOf(r, text, introductions, (id) => relatedOf.get(id) ?? []);
      if (pick !== null) {
        mentions.push({ start: r.start, end: r.end, entryId: pick });
        return;
      }
      if (r.full.length === 1) {
        mentions.push({ start: r.start, end: r.end, entryId: r.full[0]!, ...(r.misspelling ? { misspelling: r.misspelling } : {}) });
        return;
      }
      const readings = r.full.length > 1 ? r.full : r.short;
      const named = readings.filter((id) => introduced.has(id));
      if (r.full.length === 0 && !readings.some((id) => kindOf.get(id) === 'person') && shortEndsOrganisation(text, r.start) && !ownInstitution(readings.length, named.length)) return;
      if (named.length === 1) {
        mentions.push({ start: r.start, end: r.end, entryId: named[0]! });
      } else if (named.length > 1) {
        const last = named.some((id) => kindOf.get(id) === 'person') ? null : lastIntroducedBefore(named, raws, r.start);
        mentions.push(last !== null ? { start: r.start, end: r.end, entryId: last } : { start: r.start, end: r.end, entryId: null, candidates: named });
      } else {
        // A person's bare surname is read from context only through another person the article introduces.
        const person = (id: string) => kindOf.get(id) === 'person';
        const isCountry = (id: string) => id.startsWith('country-');
        const inContext = readings.filter((id) => relatedOf.get(id)?.some((rel) => introduced.has(rel) && (!person(id) || person(rel))));
        if (inContext.length === 0 && readings.length === 1 && isCountry(readings[0]!) && countriesOfPlaces([...introduced].filter((id) => !person(id)), (id) => facts.related(id), isCountry).has(readings[0]!)) inContext.push(readings[0]!);
        const next = raws[k + 1];
        if (inContext.length === 1) {
          mentions.push({ start: r.start, end: r.end, entryId: inContext[0]! });
        } else if (readings.length === 1 && wellKnown.has(readings[0]!) && personUse(text, r.start, r.end)) {
          mentions.push({ start: r.start, end: r.end, entryId: readings[0]! });
        } else if (
          readings.length === 1 &&
          r.commonStart &&
          ((next !== undefined && next.full.length > 0 && coordinated(text, r.end, next.start)) ||
            (readings[0]!.startsWith('country-') && countryOpeningUse(text, r.end, [...introduced].filter((id) => id.startsWith('country-')).length)))
        ) {
          mentions.push({ start: r.start, end: r.end, entryId: readings[0]! });
        } else if (
          readings.length > 1 &&
          (r.full.length > 1 ||
            // A person's bare surname needs an introduction; a bare place name may be offered as a choice.
            (readings.length <= MAX_UNINTRODUCED_CANDIDATES && readings.every((id) => kindOf.get(id) !== 'person')))
        ) {
          mentions.push({ start: r.start, end: r.end, entryId: null, candidates: readings });
        }
      }
    });
    return refineMentions(text, mentions, facts, options.language, demonymStarts);
  };

  return { match, aliasCount };
}

/** Spans of URLs and e-mail addresses in `text`. */
function excludedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!text.includes('@') && !text.includes('://') && !text.includes('www.')) return spans;
  for (const m of text.matchAll(URL_OR_EMAIL)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

function addToSetMap(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}
