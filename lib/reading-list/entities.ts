/** The entities an article mentions, counted, and the index keys that make them searchable. */
import type { EntityCount, MentionKind } from './types';

interface MentionLike {
  entryId: string | null;
}
interface EntryLike {
  id: string;
  kind: MentionKind;
  name: string;
}

/** Counts resolved mentions per entry, most mentioned first (ties by name). Ambiguous mentions are not counted. */
export function countEntities(mentions: readonly MentionLike[], entries: readonly EntryLike[]): EntityCount[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.entryId && byId.has(m.entryId)) counts.set(m.entryId, (counts.get(m.entryId) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => {
      const e = byId.get(id)!;
      return { id, kind: e.kind, name: e.name, count };
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** The `entities` index keys of an article: each entry id, and `kind:id` for the kind operators. */
export function entityKeys(counts: readonly EntityCount[]): string[] {
  const keys = new Set<string>();
  for (const c of counts) {
    keys.add(c.id);
    keys.add(`${c.kind}:${c.id}`);
  }
  return [...keys];
}
