/**
 * The search language of the reading list, parsed into clauses. Pure.
 *
 *   kim sanctions            words (each matches as a word prefix; all must match)
 *   "armored train"          a phrase: these words, in this order
 *   is:unread is:archived is:fav
 *   tag:korea  site:apnews.com
 *   person:"Vladimir Putin"  place:Ussuriysk  org:KCNA  topic:sanctions  event:…
 *   -word -"a phrase" -tag:x -is:archived   negation of any of the above
 */
import { t } from '@/lib/i18n/i18n';
import { foldWords } from './text';
import type { MentionKind } from './types';

export type IsValue = 'unread' | 'archived' | 'fav';

export type Clause =
  | { kind: 'word'; value: string }
  | { kind: 'phrase'; words: string[] }
  | { kind: 'is'; value: IsValue }
  | { kind: 'tag'; value: string }
  | { kind: 'site'; value: string }
  | { kind: 'entity'; entityKind: MentionKind; value: string };

export interface ParsedQuery {
  include: Clause[];
  exclude: Clause[];
  /** Problems worth telling the reader ("is:unred is not an option"). The rest of the query still runs. */
  problems: string[];
}

const ENTITY_OPERATORS: Record<string, MentionKind> = {
  person: 'person',
  people: 'person',
  place: 'place',
  org: 'organization',
  organization: 'organization',
  organisation: 'organization',
  topic: 'topic',
  event: 'event',
};

const IS_VALUES: Record<string, IsValue> = {
  unread: 'unread',
  archived: 'archived',
  archive: 'archived',
  read: 'archived',
  fav: 'fav',
  favs: 'fav',
  favourite: 'fav',
  favorite: 'fav',
  starred: 'fav',
};

/** Splits a query into raw terms: `-`? `op:`? then a quoted string or a bare run of non-space. */
const TERM = /(-)?(?:([A-Za-z]+):)?(?:"([^"]*)"?|(\S+))/g;

/** Parses the reader's query. Never throws. */
export function parseQuery(input: string): ParsedQuery {
  const out: ParsedQuery = { include: [], exclude: [], problems: [] };
  const text = input.replace(/[“”„]/g, '"').slice(0, 1000);
  for (const m of text.matchAll(TERM)) {
    const negated = m[1] === '-';
    const op = m[2]?.toLowerCase();
    const quoted = m[3];
    const bare = m[4];
    const value = (quoted ?? bare ?? '').trim();
    const target = negated ? out.exclude : out.include;
    if (op === undefined && bare !== undefined && /^[A-Za-z]+:$/.test(bare)) continue; // "tag:" with nothing after it
    if (op !== undefined && (op === 'is' || op === 'tag' || op === 'site' || Object.hasOwn(ENTITY_OPERATORS, op))) {
      if (!value) continue;
      if (op === 'is') {
        const is = Object.hasOwn(IS_VALUES, value.toLowerCase()) ? IS_VALUES[value.toLowerCase()] : undefined;
        if (is) target.push({ kind: 'is', value: is });
        else out.problems.push(t('library.isOption', [value]));
      } else if (op === 'tag') {
        target.push({ kind: 'tag', value: value.replace(/\s+/g, ' ').toLowerCase() });
      } else if (op === 'site') {
        const site = value.toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '').replace(/^www\./, '');
        if (site) target.push({ kind: 'site', value: site });
      } else {
        target.push({ kind: 'entity', entityKind: ENTITY_OPERATORS[op]!, value });
      }
      continue;
    }
    // Not an operator: the whole thing (an unknown "op:" included) is text.
    const raw = op !== undefined ? `${m[2]}:${value}` : value;
    const words = foldWords(raw);
    if (words.length === 0) continue;
    if (quoted !== undefined) target.push({ kind: 'phrase', words });
    else if (words.length === 1) target.push({ kind: 'word', value: words[0]! });
    // "Kim-Jong-un" or "U.S." typed bare: its words belong together, like a phrase.
    else target.push({ kind: 'phrase', words });
  }
  return out;
}

/** True when the query asks for nothing (every article matches). */
export function isEmptyQuery(q: ParsedQuery): boolean {
  return q.include.length === 0 && q.exclude.length === 0;
}

/** The words and phrases of a query that text search highlights in snippets. */
export function highlightTerms(q: ParsedQuery): { prefixes: string[]; phrases: string[][] } {
  const prefixes: string[] = [];
  const phrases: string[][] = [];
  for (const c of q.include) {
    if (c.kind === 'word') prefixes.push(c.value);
    else if (c.kind === 'phrase') phrases.push(c.words);
  }
  return { prefixes, phrases };
}
