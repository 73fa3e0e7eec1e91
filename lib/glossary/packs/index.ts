/**
 * The packs bundled with this build, in load order (storyline first: when entries share a name, the
 * matcher prefers the earlier pack). `generated/world.json` is built from datasets by
 * `npm run packs` (run by `postinstall`), and so is `generated/regions.json`; see scripts/packs/build-world.ts
 * and scripts/packs/build-regions.ts. The storyline and news packs carry their names in other languages
 * from `i18n/<lang>.json` (local-names.ts).
 */
import type { GlossaryPack } from '../types';
import regions from './generated/regions.json';
import world from './generated/world.json';
import de from './i18n/de.json';
import es from './i18n/es.json';
import fr from './i18n/fr.json';
import it from './i18n/it.json';
import pt from './i18n/pt.json';
import { withLocalNames, type LocalNamesFile } from './local-names';
import news from './news.json';
import storyline from './storyline.json';

/** Each language's names file, as the build ships them (`packs/i18n/<lang>.json`). */
export const LOCAL_NAMES_FILES: Readonly<Record<string, LocalNamesFile>> = { fr, es, de, pt, it };

export const BUNDLED_PACKS: readonly GlossaryPack[] = [
  withLocalNames(storyline as GlossaryPack, LOCAL_NAMES_FILES),
  withLocalNames(news as GlossaryPack, LOCAL_NAMES_FILES),
  world as GlossaryPack,
  regions as GlossaryPack,
];
