/** Every annotator feature, registered in one place, started in this order. */
import { highlights } from './highlights';
import { hoverCards } from './hover-cards';
import type { Feature } from './types';

export const FEATURES: readonly Feature[] = [highlights, hoverCards];
export type { Feature, FeatureContext } from './types';
