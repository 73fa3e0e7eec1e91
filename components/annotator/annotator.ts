/**
 * The annotator: one page's highlights, private marks and hover cards, shared by the content script
 * (entrypoints/content/), the reader view (components/reading-list/reader-cards.ts) and the welcome
 * demo (entrypoints/welcome/demo.ts). Each of them finds the mentions its own way (the background's
 * analysis of the page, of the saved article, of the demo article), locates them
 * (lib/highlight/page-model.ts) and hands them here with its `CardServices`.
 */
import type { HoverTimings } from '@/lib/highlight/hover-intent';
import type { LiveMention, PageModel } from '@/lib/highlight/page-model';
import { HighlightRegistry } from '@/lib/highlight/registry';
import { CardController, LOCAL_CARD_SERVICES, type CardServices } from './card-controller';
import type { ShadowUi } from './shadow-host';
import { FEATURES } from './features';

/** What the annotator reads of the reader's settings, live (components/annotator/reader-settings.ts). */
export interface AnnotatorPrefs {
  readonly timings: HoverTimings;
  /** The card's theme when the reader forced one; null to follow the page. */
  cardTheme(): 'light' | 'dark' | null;
}

export interface AnnotatorOptions {
  prefs?: AnnotatorPrefs | null;
  /** Where sealed entries come from, and the card's side-panel and correction actions. */
  services?: CardServices;
  /** An empty UI host already on the page (the gate's), for the first card controller to build in. */
  host?: ShadowUi | null;
}

/** Shows one analysis at a time; a new one replaces the previous without a flicker. */
export class Annotator {
  readonly highlights = new HighlightRegistry();
  private controller: CardController | null = null;
  private run: AbortController | null = null;
  /** `options.host`, until the first card controller takes it. */
  private adoptable: ShadowUi | null;

  constructor(private readonly options: AnnotatorOptions = {}) {
    this.adoptable = options.host ?? null;
  }

  /** The card controller of the shown analysis, if any. */
  get cards(): CardController | null {
    return this.controller;
  }

  /** The card's shadow host, once created: the page watcher ignores changes inside it. */
  get host(): HTMLElement | null {
    return this.controller?.host ?? null;
  }

  /**
   * Shows `page`'s mentions (already chosen by the highlight style). `keepCard`: the same article
   * analysed again, so the reader's open or pending card moves onto the new analysis' mention at
   * the same place (and closes if there is none, as with "first mention" and a later one open).
   */
  show(page: PageModel, options: { keepCard?: boolean } = {}): CardController {
    this.clear(options.keepCard);
    const run = new AbortController();
    this.run = run;
    if (this.controller) this.controller.retarget(page.mentions);
    else {
      this.controller = new CardController(this.highlights, this.options.services ?? LOCAL_CARD_SERVICES, this.options.prefs ?? null, this.adoptable);
      this.adoptable = null;
    }
    const cards = this.controller;
    for (const feature of FEATURES) {
      const cleanup = feature.start({ page, highlights: this.highlights, cards, signal: run.signal });
      if (cleanup) run.signal.addEventListener('abort', cleanup, { once: true });
    }
    return cards;
  }

  /** Marks a mention as active (revealed from the side panel), privately when its name is private; null: back to the open card's. */
  markActive(m: LiveMention | null): void {
    if (this.controller) this.controller.markActive(m ?? this.controller.intent.current);
    else this.highlights.setActive(m?.range ?? null);
  }

  /** Ends the shown analysis' features and, unless `keepCard`, the cards with their open or pending card. */
  clear(keepCard = false): void {
    this.run?.abort();
    this.run = null;
    if (!keepCard) {
      this.controller?.dispose();
      this.controller = null;
    }
  }

  /** Removes everything the annotator added to the page. */
  dispose(): void {
    this.clear();
    this.highlights.clear();
    this.adoptable?.remove();
    this.adoptable = null;
  }
}

/** Creates an annotator for the current document. */
export function createAnnotator(options: AnnotatorOptions = {}): Annotator {
  return new Annotator(options);
}
