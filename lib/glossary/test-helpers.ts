/** Builders shared by the glossary tests. */
import type { GlossaryEntry } from './types';

/** A minimal valid entry; fields can be overridden. */
export function entry(id: string, kind: GlossaryEntry['kind'], aliases: string[], extra: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return {
    id,
    kind,
    name: aliases[0] ?? id,
    aliases,
    summary: `${id} summary`,
    notes: `${id} notes`,
    facts: [],
    related: [],
    links: [],
    asOf: '2024-12-31',
    origin: 'test',
    ...extra,
  };
}
