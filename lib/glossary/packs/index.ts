/**
 * The packs bundled with this build, in load order (storyline first: when entries share a name, the
 * matcher prefers the earlier pack). `generated/world.json` is built from datasets by
 * `npm run packs` (run by `postinstall`), and so is `generated/regions.json`; see scripts/packs/build-world.ts
 * and scripts/packs/build-regions.ts.
 */
import type { GlossaryPack } from '../types';
import regions from './generated/regions.json';
import world from './generated/world.json';
import news from './news.json';
import storyline from './storyline.json';

export const BUNDLED_PACKS: readonly GlossaryPack[] = [storyline as GlossaryPack, news as GlossaryPack, world as GlossaryPack, regions as GlossaryPack];
