/**
 * The packs bundled with this build, in load order (storyline first: when entries share a name, the
 * matcher prefers the earlier pack). `generated/world.json` is built from datasets by
 * `npm run packs` (run by `postinstall`); see scripts/packs/build-world.ts.
 */
import type { GlossaryPack } from '../types';
import world from './generated/world.json';
import news from './news.json';
import storyline from './storyline.json';

export const BUNDLED_PACKS: readonly GlossaryPack[] = [storyline as GlossaryPack, news as GlossaryPack, world as GlossaryPack];
