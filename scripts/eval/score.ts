/**
 * Scores mentions against gold the way NER systems are scored: a mention counts only when its span is
 * exactly a gold span and its entry is a gold entry. An unresolved mention (several candidates) counts
 * when the gold accepts more than one reading and every candidate is one of them.
 */
import type { Mention } from '../../lib/glossary/matcher.ts';
import type { EvalDoc } from './corpus.ts';

/** What the scorer needs to know about an entry id. */
export interface EntryInfo {
  kind: string;
  pack: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ErrorCase {
  doc: string;
  split: string;
  type: 'fp' | 'fn';
  surface: string;
  /** The entry found (fp) or expected (fn). */
  entry: string;
  /** Set for an fp on a name marked as not in the glossary. */
  trap: boolean;
  sentence: string;
}

export interface Score {
  total: Counts;
  byKind: Record<string, Counts>;
  byPack: Record<string, Counts>;
  traps: number;
  errors: ErrorCase[];
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function precision(c: Counts): number {
  return c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
}
export function recall(c: Counts): number {
  return c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
}
export function f1(c: Counts): number {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Kind and pack of an id the glossary does not have (yet): read from its id scheme. */
function guessInfo(id: string): EntryInfo {
  if (id.startsWith('region-')) return { kind: 'place', pack: 'regions' };
  if (id.startsWith('city-') || id.startsWith('country-')) return { kind: 'place', pack: 'world' };
  return { kind: 'unknown', pack: 'unknown' };
}

/** The sentence around `start..end`, for reading an error in context. */
export function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const sentenceEnd = before.lastIndexOf('. ');
  const from = Math.max(sentenceEnd < 0 ? 0 : sentenceEnd + 2, before.lastIndexOf('\n') + 1);
  const after = text.slice(end).search(/[.!?](\s|$)|\n/);
  const to = after < 0 ? text.length : end + after + 1;
  return `${text.slice(from, start)}[${text.slice(start, end)}]${text.slice(end, to)}`.replace(/\s+/g, ' ').trim();
}

/** Scores one document's mentions, adding to `score`. */
export function scoreDoc(doc: EvalDoc, mentions: readonly Mention[], info: (id: string) => EntryInfo | undefined, score: Score): void {
  const infoOf = (id: string) => info(id) ?? guessInfo(id);
  const add = (id: string, key: keyof Counts) => {
    const i = infoOf(id);
    score.total[key]++;
    (score.byKind[i.kind] ??= zero())[key]++;
    (score.byPack[i.pack] ??= zero())[key]++;
  };
  const goldAt = new Map(doc.gold.map((g) => [`${g.start}:${g.end}`, g]));
  const hit = new Set<string>();
  const err = (type: 'fp' | 'fn', start: number, end: number, entry: string, trap = false) =>
    score.errors.push({ doc: doc.id, split: doc.split, type, surface: doc.text.slice(start, end), entry, trap, sentence: sentenceAround(doc.text, start, end) });
  for (const m of mentions) {
    const key = `${m.start}:${m.end}`;
    const g = goldAt.get(key);
    const found = m.entryId ? [m.entryId] : (m.candidates ?? []);
    const label = m.entryId ?? `one of ${found.join(', ')}`;
    const right = g !== undefined && g.ids.length > 0 && (m.entryId ? g.ids.includes(m.entryId) : g.ids.length > 1 && found.every((c) => g.ids.includes(c)));
    if (right) {
      hit.add(key);
      add(g.ids.includes(m.entryId ?? '') ? m.entryId! : g.ids[0]!, 'tp');
      continue;
    }
    const trap = doc.gold.some((x) => x.ids.length === 0 && m.start < x.end && m.end > x.start);
    if (trap) score.traps++;
    add(found[0] ?? 'unknown', 'fp');
    err('fp', m.start, m.end, label, trap);
  }
  for (const g of doc.gold) {
    if (g.ids.length === 0 || hit.has(`${g.start}:${g.end}`)) continue;
    add(g.ids[0]!, 'fn');
    err('fn', g.start, g.end, g.ids.join('/'));
  }
}

export function emptyScore(): Score {
  return { total: zero(), byKind: {}, byPack: {}, traps: 0, errors: [] };
}
