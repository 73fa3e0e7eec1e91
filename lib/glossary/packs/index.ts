/** The packs bundled with this build, in load order. */
import type { GlossaryPack } from '../types';
import storyline from './storyline.json';

export const BUNDLED_PACKS: readonly GlossaryPack[] = [storyline as GlossaryPack];
