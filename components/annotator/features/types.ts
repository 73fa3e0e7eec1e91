import type { HighlightRegistry } from '@/lib/highlight/registry';
import type { PageModel } from '@/lib/highlight/page-model';
import type { CardController } from '../card-controller';

/** What a feature gets when the page's analysis is ready. */
export interface FeatureContext {
  page: PageModel;
  highlights: HighlightRegistry;
  cards: CardController;
  /** Aborted when the analysis is replaced, the site is switched off, or the extension unloads. */
  signal: AbortSignal;
}

/**
 * One annotator feature (the content script's, the reader's and the welcome demo's). `start` runs
 * once per analysis and must undo everything it did when `signal` aborts (or return a cleanup
 * function, called at the same moment).
 */
export interface Feature {
  id: string;
  /** Pages (fixtures) whose tests exercise this feature. */
  testedOn: readonly string[];
  start(context: FeatureContext): void | (() => void);
}
