/**
 * Names of the storyline and news packs' entries in other languages, kept beside the packs in one
 * file per language (`i18n/<lang>.json`: entry id -> names) so that translating never touches the
 * pack files, and merged into the entries (`localNames`) when a pack is loaded.
 */
import type { GlossaryPack, LocalNames } from '../types';

/** The languages that have a names file, besides English. */
export const LOCAL_NAME_LANGUAGES = ['fr', 'es', 'de', 'pt', 'it'] as const;

/** One language's file: entry id -> its names in that language. */
export type LocalNamesFile = Record<string, LocalNames>;

/**
 * The pack with each entry's names from `files` (language -> file) added to its `localNames`; names
 * the entry already carries for a language come first. Ids a file names that the pack does not have
 * are ignored (the file covers several packs). The pack given is not changed.
 */
export function withLocalNames(pack: GlossaryPack, files: Readonly<Record<string, LocalNamesFile>>): GlossaryPack {
  return {
    ...pack,
    entries: pack.entries.map((entry) => {
      let merged = entry.localNames;
      for (const [lang, file] of Object.entries(files)) {
        const names = Object.hasOwn(file, entry.id) ? file[entry.id] : undefined;
        if (!names) continue;
        const had = merged?.[lang];
        const join = (a?: string[], b?: string[]) => (a || b ? [...new Set([...(a ?? []), ...(b ?? [])])] : undefined);
        const next: LocalNames = {
          ...(had?.name || names.name ? { name: had?.name ?? names.name } : {}),
          ...(join(had?.aliases, names.aliases) ? { aliases: join(had?.aliases, names.aliases) } : {}),
          ...(join(had?.demonyms, names.demonyms) ? { demonyms: join(had?.demonyms, names.demonyms) } : {}),
          ...(join(had?.shortNames, names.shortNames) ? { shortNames: join(had?.shortNames, names.shortNames) } : {}),
        };
        merged = { ...merged, [lang]: next };
      }
      return merged === entry.localNames ? entry : { ...entry, localNames: merged };
    }),
  };
}
