/**
 * The bundled packs as the extension ships them: small version records here, the data as JSON
 * files copied into the build (`packs/<id>.json`, see wxt.config.ts). The background reads a pack's
 * data only when its version is newer than the stored one, so a waking worker never parses the
 * megabyte of pack JSON it does not need. `sources.test.ts` keeps these versions equal to the data.
 */
import type { GlossaryPack } from '../types';
import { LOCAL_NAME_LANGUAGES, withLocalNames, type LocalNamesFile } from './local-names';

/** A pack whose data is loaded on demand. */
export interface PackSource {
  id: string;
  version: number;
  load(): Promise<GlossaryPack>;
}

/** Pack ids and versions, in precedence order; each file is `packs/<id>.json` in the build. */
export const PACK_VERSIONS: ReadonlyArray<{ id: string; version: number; source: string }> = [
  { id: 'storyline', version: 6, source: 'lib/glossary/packs/storyline.json' },
  { id: 'news', version: 7, source: 'lib/glossary/packs/news.json' },
  { id: 'world', version: 10, source: 'lib/glossary/packs/generated/world.json' },
  { id: 'regions', version: 12, source: 'lib/glossary/packs/generated/regions.json' },
];

/** Packs whose entries get names in other languages from `packs/i18n/<lang>.json` (the world pack carries its own). */
const LOCALISED_PACKS = new Set(['storyline', 'news']);

/** Where each language's names file is in the source tree; the build copies it to `packs/i18n/<lang>.json`. */
export const LOCAL_NAMES_SOURCES = LOCAL_NAME_LANGUAGES.map((lang) => ({ lang, source: `lib/glossary/packs/i18n/${lang}.json` }));

/** Pack sources that fetch their data from the extension's own files. */
export function extensionPackSources(urlOf: (path: string) => string): PackSource[] {
  return PACK_VERSIONS.map(({ id, version }) => ({
    id,
    version,
    load: async () => {
      const response = await fetch(urlOf(`/packs/${id}.json`));
      if (!response.ok) throw new Error(`Pack ${id} could not be read (${response.status})`);
      const pack = (await response.json()) as GlossaryPack;
      if (pack.id !== id || pack.version !== version) throw new Error(`Pack file ${id} is version ${pack.version}, expected ${version}`);
      if (!LOCALISED_PACKS.has(id)) return pack;
      const files: Record<string, LocalNamesFile> = {};
      for (const lang of LOCAL_NAME_LANGUAGES) {
        const names = await fetch(urlOf(`/packs/i18n/${lang}.json`));
        if (!names.ok) throw new Error(`Names file ${lang} could not be read (${names.status})`);
        files[lang] = (await names.json()) as LocalNamesFile;
      }
      return withLocalNames(pack, files);
    },
  }));
}
