/**
 * The world pack's output: entries built with a fixed key order and the pack serialised as two-space
 * JSON, so that the generated file is byte-for-byte reproducible.
 */
import type { Fact, GlossaryEntry, GlossaryPack } from '../../../lib/glossary/types.ts';
import type { Names } from './names.ts';
import { wikipedia } from './text.ts';

export interface EntryParts {
  id: string;
  name: string;
  names: Names & { shortNames?: string[] };
  demonyms?: string[];
  summary: string;
  notes: string;
  facts: Fact[];
  related: string[];
  /** A country's towns named like a sizeable city of the pack abroad (`GlossaryEntry.towns`). */
  towns?: string[];
  link: string;
  asOf: string;
  lat: number;
  lon: number;
  country: string;
  sameAs: string[];
}

/** Builds an entry with a fixed key order (the JSON output depends on it). */
export function makeEntry(p: EntryParts): GlossaryEntry {
  return {
    id: p.id,
    kind: 'place',
    name: p.name,
    aliases: p.names.aliases,
    ...(p.names.shortNames && p.names.shortNames.length > 0 ? { shortNames: p.names.shortNames } : {}),
    ...(p.names.commonWordAliases.length > 0 ? { commonWordAliases: p.names.commonWordAliases } : {}),
    ...(p.demonyms && p.demonyms.length > 0 ? { demonyms: p.demonyms } : {}),
    summary: p.summary,
    notes: p.notes,
    facts: p.facts,
    related: p.related,
    ...(p.towns && p.towns.length > 0 ? { towns: p.towns } : {}),
    links: [wikipedia(p.link)],
    asOf: p.asOf,
    origin: 'world',
    coordinates: { lat: p.lat, lon: p.lon },
    country: p.country,
    ...(p.sameAs.length > 0 ? { sameAs: p.sameAs } : {}),
  };
}

/** The pack as written to disk: two-space JSON with a final newline. */
export function serializePack(pack: GlossaryPack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}
