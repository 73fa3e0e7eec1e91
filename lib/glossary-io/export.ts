/**
 * The glossary export: the reader's own entries and every change the reader made to pack entries.
 * It is a valid pack file (`id`, `version`, `title`, `entries`) with one extra list, `edits`, so
 * any importer of the pack format can read its entries, and Backstory's importer restores all of it.
 * Pure: the caller reads the database.
 */
import type { GlossaryEntry } from '../glossary/types';
import type { EditExport } from './parse';

export const GLOSSARY_EXPORT_FORMAT = 'backstory-glossary';

export interface GlossaryExport {
  format: typeof GLOSSARY_EXPORT_FORMAT;
  formatVersion: 1;
  id: 'user';
  version: 1;
  title: string;
  exportedAt: string;
  entries: GlossaryEntry[];
  edits: EditExport[];
}

/** Builds the export document; entries and edits are sorted by id so two exports of one glossary are identical. */
export function buildGlossaryExport(entries: readonly GlossaryEntry[], edits: readonly EditExport[], now = new Date()): GlossaryExport {
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    format: GLOSSARY_EXPORT_FORMAT,
    formatVersion: 1,
    id: 'user',
    version: 1,
    title: 'My Backstory glossary',
    exportedAt: now.toISOString(),
    entries: [...entries].sort(byId),
    edits: edits.map((e) => ({ ...e })).sort(byId),
  };
}

/** A file name for an export made now: "backstory-glossary-2024-12-31.json". */
export function exportFileName(prefix: string, now = new Date()): string {
  return `${prefix}-${now.toISOString().slice(0, 10)}.json`;
}
