import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { HighlightRegistry } from '@/lib/highlight/registry';
import type { CardController } from '../card-controller';
import type { PageModel } from '../page-model';

/** What a feature gets when the page's analysis is ready. */
export interface FeatureContext {
  ctx: ContentScriptContext;
  page: PageModel;
  highlights: HighlightRegistry;
  cards: CardController;
  /** Aborted when the analysis is replaced, the site is switched off, or the extension unloads. */
  signal: AbortSignal;
}

/**
 * One content-script feature. `start` runs once per analysis and must undo everything it did when
 * `signal` aborts (or return a cleanup function, called at the same moment).
 */
export interface Feature {
  id: string;
  /** Pages (fixtures) whose tests exercise this feature. */
  testedOn: readonly string[];
  start(context: FeatureContext): void | (() => void);
}
