/**
 * Which mentions come from what the reader wrote. A bundled entry the reader edited (an alias added,
 * the name changed, a short name, a name in another language) is matched through names a page could
 * not know: drawn where the page can read them (`CSS.highlights`), they would tell it what the reader
 * keeps. The decision is made per mention: "Vladimir Putin" stays a bundled name after the reader
 * adds "Jane Roe Probe" to his entry; the mention of "Jane Roe Probe" is the reader's.
 */
import { foldName } from './matcher';
import type { GlossaryEntry, Mention } from './types';

/** Every name an entry can be matched by (name, aliases, short names, demonyms, common-word names, other languages'), folded. */
export function foldedNamesOf(entry: Partial<GlossaryEntry>): Set<string> {
  const names: string[] = [entry.name ?? '', ...(entry.aliases ?? []), ...(entry.shortNames ?? []), ...(entry.demonyms ?? []), ...(entry.commonWordAliases ?? [])];
  for (const local of Object.values(entry.localNames ?? {})) {
    if (!local) continue;
    names.push(local.name ?? '', ...(local.aliases ?? []), ...(local.demonyms ?? []), ...(local.shortNames ?? []));
  }
  return new Set(names.filter(Boolean).map(foldName));
}

/** The fields of an entry whose change alters what it is matched by, or how its mentions are drawn. */
const MATCHED_FIELDS = ['name', 'aliases', 'shortNames', 'demonyms', 'commonWordAliases', 'localNames', 'kind'] as const;

/**
 * What a page may see of a bundled entry the reader edited: the names of its bundled row (folded),
 * or null when the edit changes nothing a page could see (notes, summary, facts: those are sealed
 * with the entry). A changed kind makes every mention the reader's (its colour would tell).
 */
export interface BundledNames {
  names: ReadonlySet<string> | null;
}

/** The bundled names of `row` when the reader's `fields` change how it is matched or drawn; undefined when they do not. */
export function bundledNamesUnder(row: GlossaryEntry, fields: Partial<GlossaryEntry> | undefined): BundledNames | undefined {
  if (!fields || !MATCHED_FIELDS.some((f) => Object.hasOwn(fields, f))) return undefined;
  if (fields.kind !== undefined && fields.kind !== row.kind) return { names: null };
  return { names: foldedNamesOf(row) };
}

/**
 * Marks `private` the mentions that come from the reader's data: a mention of (or ambiguous with) an
 * edited entry whose words are not one of that entry's bundled names. A near miss of a bundled name
 * ("Puttin") on an edited entry counts as the reader's too: it cannot be told from a near miss of an
 * alias the reader added, and a page could otherwise probe the alias with a misspelling.
 */
export function markReaderMentions(mentions: readonly Mention[], text: string, edited: ReadonlyMap<string, BundledNames>): Mention[] {
  if (edited.size === 0) return [...mentions];
  return mentions.map((m) => {
    if (m.private) return m;
    const ids = m.entryId ? [m.entryId] : (m.candidates ?? []);
    const surface = foldName(text.slice(m.start, m.end));
    const readers = ids.some((id) => {
      const bundled = edited.get(id);
      return bundled !== undefined && (bundled.names === null || !bundled.names.has(surface));
    });
    return readers ? { ...m, private: true as const } : m;
  });
}
