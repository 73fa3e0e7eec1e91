/**
 * The content script's lazily loaded part (entrypoints/analyser.ts, loaded by the gate in
 * entrypoints/content/index.ts once a page passes it): finds the article, asks the background for
 * its mentions, and starts the features (highlights, hover cards) on them.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { glossaryChangedAt } from '@/lib/db/glossary-events';
import { extractArticleOffPage, type PageParser } from '@/lib/extract/off-page';
import { canonicalUrl } from '@/lib/extract/metadata';
import { SELECTION_CONTEXT_MESSAGE, selectionSentence } from '@/lib/glossary-io/sentence';
import { HighlightRegistry } from '@/lib/highlight/registry';
import { collectArticle } from '@/lib/reading-list/collect';
import {
  toMetaMessage,
  type AnalyseReply,
  type AnalyseRequest,
  type ArticleTextReply,
  type ErrorReply,
  type PageStatus,
  type ParsePageReply,
  type ParsePageRequest,
  type ReportStateRequest,
  type RevealReply,
  type TabMessage,
} from '@/lib/messaging/protocol';
import { corrections } from '@/lib/sites/corrections-store';
import { getSitePolicy, siteEnabledBy, watchSitePolicy } from '@/lib/sites/site-settings';
import { CardController } from './card-controller';
import { FEATURES } from './features';
import { ReaderSettings } from './reader-settings';
import { articleRootOf, locateMentions, yieldToPage, type LiveMention } from './page-model';
import { PageWatcher } from './page-watcher';

/** Mentions are located in chunks of this many, yielding to the page between chunks. */
const LOCATE_CHUNK = 400;
/** How long a mention revealed from the side panel stays marked as active. */
const REVEAL_FLASH_MS = 1600;

/** Runs the page's lifecycle: enabled or not, analysed or not, features started or stopped. */
export class PageController {
  private status: PageStatus = { host: location.hostname, url: location.href, enabled: true, state: 'idle', mentionCount: 0, entityCount: 0 };
  private run: AbortController | null = null;
  private mentions: LiveMention[] = [];
  private cards: CardController | null = null;
  private stepIndex = -1;
  /** Increases with every analysis; a slower, older analysis never overwrites a newer one. */
  private generation = 0;
  private readonly highlights = new HighlightRegistry();
  /** The reader's settings (timings, colours, style, theme), applied live. */
  private readonly prefs = new ReaderSettings();
  private readonly watcher: PageWatcher;
  /** The analysed article's text, for the side panel's "Other names" list. */
  private article: { text: string; lang: string | null } | null = null;
  /** The reader asked to analyse this page although the gate said it is no article ("Analyse anyway"). */
  private forced = false;
  private revealTimer = 0;
  /** Analyses finished on this page, reported with the timings: only the first one runs cold. */
  private analyses = 0;
  /**
   * Readability off the page's thread, through the background (lib/extract/off-page.ts); null once
   * the background said it cannot, so later analyses parse on the page without asking again.
   */
  private parser: PageParser | null = async (html, url) => {
    const request: ParsePageRequest = { type: 'parse-page', html, url };
    const reply = (await browser.runtime.sendMessage(request)) as ParsePageReply | ErrorReply | undefined;
    if (reply?.ok) return reply.result;
    if (reply && !reply.ok && /not available/.test(reply.error)) this.parser = null;
    return null;
  };

  /** The gate already passed this page (entrypoints/content/gate.ts): the first analysis skips it. */
  private gated: boolean;

  constructor(
    private readonly ctx: ContentScriptContext,
    options: { gated?: boolean } = {},
  ) {
    this.gated = options.gated ?? false;
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
    // Settings: timings and colours apply at once; style, kinds, packs and demonyms re-analyse.
    await this.prefs.load();
    this.ctx.onInvalidated(() => this.prefs.dispose());
    this.ctx.onInvalidated(
      this.prefs.watch(() => {
        if (this.status.enabled && this.status.state === 'ready') void this.analyse();
      }),
    );
    // The reader edited the glossary: analyse again so highlights follow, without a reload.
    const unwatchGlossary = glossaryChangedAt.watch(() => {
      if (this.status.enabled && this.status.state === 'ready') void this.analyse();
    });
    this.ctx.onInvalidated(unwatchGlossary);
    // The reader corrected a name ("not this one", "it is X"): analyse again with the correction.
    const unwatchCorrections = corrections.watch(() => {
      if (this.status.enabled && this.status.state === 'ready') void this.analyse();
    });
    this.ctx.onInvalidated(unwatchCorrections);
    this.setEnabled(siteEnabledBy(await getSitePolicy(), location.hostname));
  }

  private setEnabled(enabled: boolean): void {
    if (this.ctx.isInvalid) return;
    const wasEnabled = this.status.enabled && this.status.state !== 'idle';
    this.status.enabled = enabled;
    if (!enabled) {
      this.stop();
      this.status = { ...this.status, state: 'idle', mentionCount: 0, entityCount: 0 };
      this.report('disabled');
    } else if (!wasEnabled) {
      void this.analyse();
    }
  }

  private stop(): void {
    this.generation++;
    this.watcher.dispose();
    this.teardownRun();
  }

  /**
   * Ends the current analysis' features (highlights, hover handling) and, unless `keepCards`, the
   * card controller with its open or pending card.
   */
  private teardownRun(keepCards = false): void {
    this.run?.abort();
    this.run = null;
    if (!keepCards) {
      this.cards?.dispose();
      this.cards = null;
    }
    this.mentions = [];
    this.article = null;
  }

  /** Tells the background (and so the side panel) a state that is not a finished analysis. */
  private report(state: ReportStateRequest['state'], error?: string): void {
    const message: ReportStateRequest = { type: 'report-state', state, ...(error ? { error: error.slice(0, 2000) } : {}) };
    browser.runtime.sendMessage(message).catch(() => {
      // The extension is reloading or the worker is waking: the next analysis reports again.
    });
  }

  /**
   * Finds the article, asks for its mentions and starts the features. The previous analysis keeps
   * its highlights until the new one is ready, so re-analysing a changing page does not flicker.
   */
  private async analyse(): Promise<void> {
    const generation = ++this.generation;
    const stale = () => generation !== this.generation || this.ctx.isInvalid;
    if (this.status.state !== 'ready') this.status.state = 'working';
    this.report('working');
    const t0 = performance.now();
    const extracted = await extractArticleOffPage(document, this.parser, { force: this.forced || this.gated, yieldToPage });
    this.gated = false;
    if (stale()) return;
    if (extracted.status !== 'article') {
      this.teardownRun();
      this.status = { ...this.status, state: extracted.status, mentionCount: 0, entityCount: 0, timings: { ...extracted.timings } };
      this.report(extracted.status);
      this.watcher.watch({ articleRoot: null, ownHost: () => null });
      return;
    }
    const { article, timings } = extracted;
    const parsedOn = extracted.fallback ? `page (${extracted.fallback})` : 'off the page';
    await yieldToPage();
    if (stale()) return;
    const request: AnalyseRequest = { type: 'analyse', text: article.text, meta: toMetaMessage(article.meta) };
    const t1 = performance.now();
    let reply: AnalyseReply | ErrorReply;
    // The message is serialised on the page's main thread before sendMessage returns: `send` times that part.
    let send = 0;
    try {
      const sent = browser.runtime.sendMessage(request) as Promise<AnalyseReply | ErrorReply>;
      send = performance.now() - t1;
      reply = await sent;
    } catch (error) {
      reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    const t2 = performance.now();
    if (stale()) return;
    if (!reply?.ok) {
      this.teardownRun();
      this.status = { ...this.status, state: 'error', error: reply?.error ?? 'No answer from the background' };
      this.report('error', this.status.error);
      return;
    }
    const entries = new Map(reply.entries.map((e) => [e.id, e]));
    // Locate in chunks: on a long article this is the one step that grows with the mention count.
    const mentions: LiveMention[] = [];
    let busy = 0;
    for (let i = 0; i < reply.mentions.length; i += LOCATE_CHUNK) {
      const t = performance.now();
      for (const m of locateMentions(document, article.text, article.segments, reply.mentions.slice(i, i + LOCATE_CHUNK), entries)) {
        mentions.push({ ...m, index: mentions.length });
      }
      busy += performance.now() - t;
      if (i + LOCATE_CHUNK < reply.mentions.length) {
        await yieldToPage();
        if (stale()) return;
      }
    }
    const t3 = performance.now();
    // The same article analysed again (a settings or glossary write, a re-render): the reader's open
    // or pending card survives, moved onto the new analysis' mention.
    const sameArticle = this.cards !== null && this.article?.text === article.text;
    this.teardownRun(sameArticle);
    const run = new AbortController();
    this.run = run;
    this.mentions = mentions;
    this.article = { text: article.text, lang: article.meta.lang };
    const page = { mentions: this.prefs.present(mentions), entries };
    // Only a mention still shown keeps its card: with highlights set to "none", or "first" and a
    // later mention open, the card closes with its underline.
    if (this.cards) this.cards.retarget(page.mentions);
    else this.cards = new CardController(this.highlights, this.prefs);
    for (const feature of FEATURES) {
      const cleanup = feature.start({ ctx: this.ctx, page, highlights: this.highlights, cards: this.cards, signal: run.signal });
      if (cleanup) run.signal.addEventListener('abort', cleanup, { once: true });
    }
    const cards = this.cards;
    this.watcher.watch({ articleRoot: articleRootOf(article.segments), ownHost: () => cards.host });
    const t4 = performance.now();
    this.analyses++;
    this.stepIndex = -1;
    this.status = {
      ...this.status,
      state: 'ready',
      mentionCount: this.mentions.length,
      entityCount: new Set(this.mentions.map((m) => m.entry?.id).filter(Boolean)).size,
      parsedOn,
      timings: { ...timings, send, roundTrip: t2 - t1, highlight: busy + (t4 - t3), locate: busy, features: t4 - t3, total: t4 - t0, readyAt: t4, analyses: this.analyses },
    };
  }

  /** Steps to the next or previous mention, scrolls it into view and opens its card. */
  private step(direction: 1 | -1): void {
    if (!this.cards || this.mentions.length === 0) return;
    const n = this.mentions.length;
    this.stepIndex = (((this.stepIndex + direction) % n) + n) % n;
    const m = this.mentions[this.stepIndex]!;
    const rect = m.range.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > innerHeight) {
      const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
      window.scrollBy({ top: rect.top - innerHeight / 3, behavior: reduce ? 'auto' : 'smooth' });
    }
    this.cards.openFromKeyboard(m);
  }

  /** Scrolls the mention starting at `start` (an article-text offset) into view and flashes it. */
  private reveal(start: number): boolean {
    const m = this.mentions.find((x) => x.mention.start === start);
    if (!m) return false;
    const rect = m.range.getBoundingClientRect();
    if (rect.top < innerHeight * 0.15 || rect.bottom > innerHeight * 0.85) {
      const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
      window.scrollBy({ top: rect.top - innerHeight / 3, behavior: reduce ? 'auto' : 'smooth' });
    }
    // A private name's mark stays in the closed shadow root (card-controller.ts markActive).
    if (this.cards) this.cards.markActive(m);
    else this.highlights.setActive(m.range);
    clearTimeout(this.revealTimer);
    const cards = this.cards;
    this.revealTimer = window.setTimeout(() => {
      // Leave the active mark to an open card, if there is one.
      if (cards) cards.markActive(cards.intent.current);
      else this.highlights.setActive(null);
    }, REVEAL_FLASH_MS);
    return true;
  }

  /** Answers the extension's messages to this tab; the gate hands over the message that loaded this part. */
  readonly onMessage = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void): boolean | undefined => {
    if (sender.id !== browser.runtime.id || typeof message !== 'object' || message === null) return undefined;
    const m = message as TabMessage;
    if ((message as { type?: unknown }).type === SELECTION_CONTEXT_MESSAGE) {
      // "Add to Backstory glossary": the sentence the selected words came from.
      sendResponse({ sentence: selectionSentence(window.getSelection()) });
      return undefined;
    }
    if (m.type === 'page-status') {
      sendResponse({ ...this.status, url: location.href, canonicalUrl: canonicalUrl(document), analyser: true });
      return undefined;
    }
    if (m.type === 'collect-article') {
      // The reader asked to save this page: extract what they see now, sanitised, for the background to store.
      sendResponse(collectArticle(document));
      return undefined;
    }
    if (m.type === 'step-mention' && (m.direction === 1 || m.direction === -1)) {
      this.step(m.direction);
      sendResponse({ ok: true });
    }
    if (m.type === 'reveal-mention' && Number.isInteger(m.start)) {
      sendResponse({ ok: this.reveal(m.start) } satisfies RevealReply);
    }
    if (m.type === 'analyse-anyway') {
      this.forced = true;
      if (this.status.enabled) void this.analyse();
      sendResponse({ ok: true });
    }
    if (m.type === 'article-text') {
      const reply: ArticleTextReply = this.article ? { ok: true, ...this.article } : { ok: false, error: 'No article on this page' };
      sendResponse(reply);
    }
    return undefined;
  };
}
