/**
 * The matcher's view of the glossary, kept as one compact row per glossary revision.
 *
 * A worker that wakes must compile the matcher before its first answer. Reading every full entry
 * (notes, facts, links) to get at the names is most of that cost, so the names alone are stored
 * in `meta` under the revision they were built from, and rebuilt only when the revision moved.
 */
import type { GlossaryEntry } from '../glossary/types';
import { loadEnabledEntries } from './glossary-repo';
import type { BackstoryDb } from './schema';

/** The fields the matcher reads. */
export type MatchEntry = Pick<
  GlossaryEntry,
  'id' | 'kind' | 'name' | 'aliases' | 'shortNames' | 'related' | 'origin' | 'demonyms' | 'commonWordAliases' | 'sameAs' | 'summary' | 'notes' | 'facts' | 'links' | 'asOf'
>;

const KEY = 'matchIndex';

function compact(e: GlossaryEntry): MatchEntry {
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    aliases: e.aliases,
    ...(e.shortNames ? { shortNames: e.shortNames } : {}),
    related: e.related,
    origin: e.origin,
    ...(e.demonyms ? { demonyms: e.demonyms } : {}),
    ...(e.commonWordAliases ? { commonWordAliases: e.commonWordAliases } : {}),
    ...(e.sameAs ? { sameAs: e.sameAs } : {}),
    // Not needed for matching: left empty so the row stays small.
    summary: '',
    notes: '',
    facts: [],
    links: [],
    asOf: '',
  };
}

/** The enabled entries' names at `revision`, from the stored row when it is current. */
export async function loadMatchIndex(db: BackstoryDb, revision: number): Promise<MatchEntry[]> {
  const row = await db.meta.get(KEY);
  if (typeof row?.value === 'string') {
    try {
      const stored = JSON.parse(row.value) as { revision: number; entries: MatchEntry[] };
      if (stored.revision === revision) return stored.entries;
    } catch {
      // a damaged row is rebuilt below
    }
  }
  const entries = (await loadEnabledEntries(db)).map(compact);
  await db.meta.put({ key: KEY, value: JSON.stringify({ revision, entries }) });
  return entries;
}
