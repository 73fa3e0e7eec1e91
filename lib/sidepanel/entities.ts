/**
 * The panel's entity list: mentions grouped by entity, entities grouped by kind, ordered by first
 * mention or by frequency. Pure functions over the per-tab analysis.
 */
import { t } from '@/lib/i18n/i18n';
import { articleLanguage, nameIn } from '../glossary/language';
import type { EntryKind, LocalNames } from '../glossary/types';
import type { Span } from './strip';

/** A mention as the per-tab analysis stores it (offsets into the article text). */
export interface PanelMention extends Span {
  entryId: string | null;
  candidates?: string[];
}

export interface EntityInfo {
  id: string;
  kind: EntryKind;
  name: string;
}

export type EntityOrder = 'first' | 'frequency';

export interface EntityRow {
  id: string;
  kind: EntryKind;
  name: string;
  count: number;
  /** Offset of the first mention. */
  first: number;
  mentions: Span[];
}

export interface EntityGroup {
  kind: EntryKind;
  label: string;
  rows: EntityRow[];
}

/**
 * The groups, in the order the panel shows them, each labelled with its kind's plural (`kinds.*`).
 * Events get their own group (PRODUCT.md names four; the glossary has five kinds).
 */
export const GROUPS: readonly EntryKind[] = ['person', 'place', 'organization', 'topic', 'event'];

/** Orders rows: by first mention, or by mention count (ties by first mention, then name). */
export function sortRows(rows: EntityRow[], order: EntityOrder): EntityRow[] {
  return [...rows].sort((a, b) =>
    order === 'frequency' ? b.count - a.count || a.first - b.first || a.name.localeCompare(b.name) : a.first - b.first || a.name.localeCompare(b.name),
  );
}

/**
 * Groups the resolved mentions by entity and the entities by kind. Mentions of entries the panel
 * has no data for (deleted since the analysis) are left out; empty groups are omitted.
 */
export function groupEntities(mentions: readonly PanelMention[], entries: ReadonlyMap<string, EntityInfo>, order: EntityOrder): EntityGroup[] {
  const rows = new Map<string, EntityRow>();
  for (const m of mentions) {
    if (!m.entryId) continue;
    const entry = entries.get(m.entryId);
    if (!entry) continue;
    let row = rows.get(entry.id);
    if (!row) rows.set(entry.id, (row = { id: entry.id, kind: entry.kind, name: entry.name, count: 0, first: m.start, mentions: [] }));
    row.count++;
    row.first = Math.min(row.first, m.start);
    row.mentions.push({ start: m.start, end: m.end });
  }
  const groups: EntityGroup[] = [];
  for (const kind of GROUPS) {
    const inGroup = [...rows.values()].filter((r) => r.kind === kind);
    if (inGroup.length > 0) groups.push({ kind, label: t(`kinds.${kind}`), rows: sortRows(inGroup, order) });
  }
  return groups;
}

/** A name the matcher could not resolve (two people called "Kim"), with its possible readings. */
export interface AmbiguousRow {
  key: string;
  surface: string;
  candidates: string[];
  count: number;
  first: number;
  mentions: Span[];
}

/** Unresolved mentions grouped by what the article wrote (or, without the text, by their candidates). */
export function ambiguousRows(mentions: readonly PanelMention[], text: string | null): AmbiguousRow[] {
  const rows = new Map<string, AmbiguousRow>();
  for (const m of mentions) {
    if (m.entryId) continue;
    const candidates = [...(m.candidates ?? [])].sort();
    const surface = text ? text.slice(m.start, m.end).replace(/[’']s$/, '') : '';
    const key = `${surface.toLowerCase()}|${candidates.join(',')}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { key, surface, candidates, count: 0, first: m.start, mentions: [] }));
    row.count++;
    row.mentions.push({ start: m.start, end: m.end });
  }
  return [...rows.values()].sort((a, b) => a.first - b.first);
}

/** Distinct resolved entities in the analysis. */
export function entityCount(mentions: readonly PanelMention[]): number {
  return new Set(mentions.map((m) => m.entryId).filter(Boolean)).size;
}

/** An entry as the panel names it: `localNames` per language, `edited` when the reader renamed it. */
export interface NameableEntry {
  name: string;
  localNames?: Partial<Record<string, LocalNames>>;
  edited?: boolean;
}

/**
 * The entries named as the article names them, the way cards are: each entry's name in the article's
 * language (declared by the page, or detected on its text), the reader's own name when they edited
 * it. A map of the same entries, renamed; `english` keeps each renamed entry's own (English) name.
 */
export function namedForArticle<T extends NameableEntry>(
  entries: ReadonlyMap<string, T>,
  declaredLang: string | null | undefined,
  text: string | null,
): { entries: Map<string, T>; english: Map<string, string> } {
  const lang = articleLanguage(declaredLang, text ?? '');
  const out = new Map<string, T>();
  const english = new Map<string, string>();
  for (const [id, e] of entries) {
    const name = e.edited ? e.name : nameIn(e, lang);
    if (name === e.name) out.set(id, e);
    else {
      out.set(id, { ...e, name });
      english.set(id, e.name);
    }
  }
  return { entries: out, english };
}
