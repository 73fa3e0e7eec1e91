/**
 * The content script's lazily loaded part (entrypoints/analyser.ts, loaded by the gate in
 * entrypoints/content/index.ts once a page passes it): the page's lifecycle. It follows the site
 * switch, the settings, glossary and corrections, runs the analysis pipeline (pipeline.ts), shows
 * its result with the annotator (components/annotator/), and answers the extension's tab messages
 * from a route table (tab-routes.ts). Stepping through mentions is stepping.ts; the bench's
 * timings are timings.ts.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createAnnotator } from '@/components/annotator/annotator';
import { ReaderSettings } from '@/components/annotator/reader-settings';
import { backgroundCardServices } from '@/components/annotator/services';
import { glossaryChangedAt } from '@/lib/db/glossary-events';
import { articleRootOf, type LiveMention } from '@/lib/highlight/page-model';
import type { PageStatus } from '@/lib/messaging/protocol';
import { corrections } from '@/lib/sites/corrections-store';
import { getSitePolicy, siteEnabledBy, watchSitePolicy } from '@/lib/sites/site-policy';
import { PageWatcher } from './page-watcher';
import type { BackgroundParser } from './background-parser';
import type { Asked } from './extract-and-ask';
import type { Extractor, HandOver, OnPageParser } from './lazy';
import { locateAsked } from './pipeline';
import { MentionStepper } from './stepping';
import { pageRoutes, reportState, tabListener } from './tab-routes';
import { readyTimings } from './timings';

/** Runs the page's lifecycle: enabled or not, analysed or not, annotated or not. */
export class PageController {
  private status: PageStatus = { host: location.hostname, url: location.href, enabled: true, state: 'idle', mentionCount: 0, entityCount: 0 };
  private mentions: LiveMention[] = [];
  /** Increases with every analysis; a slower, older analysis never overwrites a newer one. */
  private generation = 0;
  /** The reader's settings (timings, colours, style, theme), applied live. */
  private readonly prefs = new ReaderSettings();
  private readonly annotator: ReturnType<typeof createAnnotator>;
  private readonly stepper: MentionStepper;
  private readonly watcher: PageWatcher;
  /** The analysed article's text, for the side panel's "Other names" list. */
  private article: { text: string; lang: string | null } | null = null;
  /** The reader asked to analyse this page although the gate said it is no article ("Analyse anyway"). */
  private forced = false;
  /** Analyses finished on this page, reported with the timings: only the first one runs cold. */
  private analyses = 0;
  /** When this page first showed highlights (`performance.now()`), for the bench's time to first highlight. */
  private firstHighlightAt: number | undefined;
  private readonly parser: BackgroundParser;
  /** The first half of every analysis (entrypoints/extractor.ts), loaded by the gate before this part. */
  private readonly extractor: Extractor;
  /** The first analysis, which the gate started while this part loaded: the first `analyse()` takes it over. */
  private first: Promise<Asked> | undefined;
  /** Readability on the page and the save's collector (entrypoints/on-page-parser.ts): loaded on first need, once. */
  private readonly loadOnPageParser: () => Promise<OnPageParser>;
  /** The analysis under way, if any: a question about the article's text waits for it. */
  private analysing: Promise<void> | null = null;
  /** Settles once the reader's settings are read: an analysis shows its mentions only after that. */
  private prefsLoaded: Promise<void> = Promise.resolve();
  /** The gate already passed this page (entrypoints/content/gate.ts): the first analysis skips it. */
  private gated: boolean;
  /** The settings the gate read while this part loaded. */
  private readonly storedSettings: Promise<unknown> | undefined;

  constructor(
    private readonly ctx: ContentScriptContext,
    options: HandOver,
  ) {
    this.annotator = createAnnotator({ prefs: this.prefs, services: backgroundCardServices(location.hostname), host: options.host });
    this.stepper = new MentionStepper(this.annotator, () => this.mentions);
    this.gated = options.gated;
    this.parser = options.parser;
    this.extractor = options.extractor;
    this.first = options.first;
    this.storedSettings = options.storedSettings;
    this.loadOnPageParser = options.onPageParser;
    this.watcher = new PageWatcher(ctx, () => {
      if (this.status.enabled) void this.analyse();
    });
  }

  async start(): Promise<void> {
    browser.runtime.onMessage.addListener(this.onMessage);
    this.ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(this.onMessage);
      this.stop();
    });
    const unwatch = watchSitePolicy((policy) => this.setEnabled(siteEnabledBy(policy, location.hostname)));
    this.ctx.onInvalidated(unwatch);
    // The gate has just read the site's switch and passed this page: its first analysis starts at
    // once, while the switch is read again (it may have changed while this part loaded) and the
    // reader's settings are read. Only showing the mentions waits for the settings (analyse()).
    // Settings: timings and colours apply at once; style, kinds, packs and demonyms re-analyse.
    const policy = getSitePolicy();
    this.prefsLoaded = this.prefs.load(this.storedSettings).catch(() => undefined); // unreadable settings: the defaults
    if (this.gated) this.setEnabled(true);
    await this.prefsLoaded;
    this.ctx.onInvalidated(() => this.prefs.dispose());
    const reanalyseIfReady = () => {
      if (this.status.enabled && this.status.state === 'ready') void this.analyse();
    };
    this.ctx.onInvalidated(this.prefs.watch(reanalyseIfReady));
    // The reader edited the glossary, or corrected a name ("not this one", "it is X"): analyse
    // again so highlights follow, without a reload.
    this.ctx.onInvalidated(glossaryChangedAt.watch(reanalyseIfReady));
    this.ctx.onInvalidated(corrections.watch(reanalyseIfReady));
    this.setEnabled(siteEnabledBy(await policy, location.hostname));
  }

  private setEnabled(enabled: boolean): void {
    if (this.ctx.isInvalid) return;
    const wasEnabled = this.status.enabled && this.status.state !== 'idle';
    this.status.enabled = enabled;
    if (!enabled) {
      this.stop();
      this.status = { ...this.status, state: 'idle', mentionCount: 0, entityCount: 0 };
      reportState('disabled');
    } else if (!wasEnabled) {
      void this.analyse();
    }
  }

  private stop(): void {
    this.generation++;
    this.watcher.dispose();
    this.stepper.dispose();
    this.clear();
    // Also the gate's host, if no analysis showed here since it was handed over.
    this.annotator.dispose();
  }

  /** Ends the shown analysis and, unless `keepCard`, the cards with their open or pending card. */
  private clear(keepCard = false): void {
    this.annotator.clear(keepCard);
    this.mentions = [];
    this.article = null;
  }

  /** Starts an analysis; `analysing` holds it until it ends. */
  private analyse(): Promise<void> {
    const run = this.runAnalysis();
    this.analysing = run;
    void run.finally(() => {
      if (this.analysing === run) this.analysing = null;
    });
    return run;
  }

  /**
   * Finds the article, asks for its mentions and shows them. The previous analysis keeps its
   * highlights until the new one is ready, so re-analysing a changing page does not flicker.
   */
  private async runAnalysis(): Promise<void> {
    const generation = ++this.generation;
    const stale = () => generation !== this.generation || this.ctx.isInvalid;
    if (this.status.state !== 'ready') this.status.state = 'working';
    // Only the first analysis takes over the one the gate started (and reported): a later one (the
    // page changed) finds the article again. Reporting "working" for the taken-over one would undo
    // the background's record of its answer, which may already have come.
    const first = this.first;
    this.first = undefined;
    if (!first) reportState('working');
    const asked = await (first ??
      this.extractor.extractAndAsk(document, {
        parser: this.parser.current,
        parseOnPage: async (doc, opts) => (await this.loadOnPageParser()).extractArticle(doc, opts),
        force: this.forced || this.gated,
        stale,
      }));
    this.gated = false;
    const outcome = await locateAsked(document, asked, stale);
    if (outcome.kind === 'stale') return;
    if (outcome.kind === 'no-article') {
      this.clear();
      this.status = { ...this.status, state: outcome.status, mentionCount: 0, entityCount: 0, timings: outcome.timings };
      reportState(outcome.status);
      this.watcher.watch({ articleRoot: null, ownHost: () => null });
      return;
    }
    if (outcome.kind === 'error') {
      this.clear();
      this.status = { ...this.status, state: 'error', error: outcome.error };
      reportState('error', outcome.error);
      return;
    }
    const { article, mentions, entries } = outcome;
    await this.prefsLoaded;
    if (stale()) return;
    // The same article analysed again (a settings or glossary write, a re-render): the reader's open
    // or pending card survives, moved onto the new analysis' mention.
    const sameArticle = this.annotator.cards !== null && this.article?.text === article.text;
    this.clear(sameArticle);
    this.mentions = mentions;
    this.article = { text: article.text, lang: article.lang };
    this.annotator.show({ mentions: this.prefs.present(mentions), entries }, { keepCard: sameArticle });
    const annotator = this.annotator;
    this.watcher.watch({ articleRoot: articleRootOf(article.segments), ownHost: () => annotator.host });
    const t4 = performance.now();
    this.analyses++;
    if (mentions.length > 0) this.firstHighlightAt ??= t4;
    this.stepper.reset();
    this.status = {
      ...this.status,
      state: 'ready',
      mentionCount: mentions.length,
      entityCount: new Set(mentions.map((m) => m.entry?.id).filter(Boolean)).size,
      parsedOn: outcome.parsedOn,
      parseRoute: outcome.parsedOn === 'off the page' ? this.parser.route : undefined,
      timings: readyTimings(outcome.timings, outcome.marks, t4, this.analyses, this.firstHighlightAt),
    };
  }

  /** Answers the extension's messages to this tab; the gate hands over the message that loaded this part. */
  readonly onMessage = tabListener({
    ...pageRoutes(() => this.status, true),
    // The reader asked to save this page: extract what they see now, sanitised, for the background to store.
    'collect-article': async () => (await this.loadOnPageParser()).collectArticle(document),
    'step-mention': (m) => {
      if (m.direction !== 1 && m.direction !== -1) return undefined;
      this.stepper.step(m.direction);
      return { ok: true };
    },
    'reveal-mention': (m) => (Number.isInteger(m.start) ? { ok: this.stepper.reveal(m.start) } : undefined),
    'analyse-anyway': () => {
      this.forced = true;
      if (this.status.enabled) void this.analyse();
      return { ok: true };
    },
    // Asked as soon as the background has answered (the side panel's "Other names"), which can be
    // before this page has placed the mentions: the analysis under way is waited for.
    'article-text': async () => {
      if (!this.article && this.analysing) await this.analysing;
      return this.article ? { ok: true, ...this.article } : { ok: false, error: 'No article on this page' };
    },
  });
}
