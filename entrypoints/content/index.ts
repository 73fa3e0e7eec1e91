/**
 * Content script: finds the article, asks the background for its mentions, and starts the
 * features (highlights, hover cards) on them. Runs at document idle on http(s) pages.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { glossaryChangedAt } from '@/lib/db/glossary-events';
import { extractArticle } from '@/lib/extract/article';
import { HighlightRegistry, highlightsSupported } from '@/lib/highlight/registry';
import { toMetaMessage, type AnalyseReply, type AnalyseRequest, type ErrorReply, type PageStatus, type TabMessage } from '@/lib/messaging/protocol';
import { disabledSites, isSiteEnabled } from '@/lib/sites/site-settings';
import { CardController } from './card-controller';
import { FEATURES } from './features';
import { locateMentions, type LiveMention } from './page-model';
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    if (!highlightsSupported() || !(document instanceof HTMLDocument)) return;
    void new PageController(ctx).start();
  },
});

/** Runs the page's lifecycle: enabled or not, analysed or not, features started or stopped. */
class PageController {
  private status: PageStatus = { host: location.hostname, url: location.href, enabled: true, state: 'idle', mentionCount: 0, entityCount: 0 };
  private run: AbortController | null = null;
  private mentions: LiveMention[] = [];
  private cards: CardController | null = null;
  private stepIndex = -1;
  private readonly highlights = new HighlightRegistry();

  constructor(private readonly ctx: ContentScriptContext) {}

  async start(): Promise<void> {
    browser.runtime.onMessage.addListener(this.onMessage);
    this.ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(this.onMessage);
      this.stop();
    });
    const unwatch = disabledSites.watch((list) => this.setEnabled(isSiteEnabled(location.hostname, list ?? [])));
    this.ctx.onInvalidated(unwatch);
    // The reader edited the glossary: analyse again so highlights follow, without a reload.
    const unwatchGlossary = glossaryChangedAt.watch(() => {
      if (this.status.enabled && this.status.state === 'ready') void this.analyse();
    });
    this.ctx.onInvalidated(unwatchGlossary);
    this.setEnabled(isSiteEnabled(location.hostname, await disabledSites.getValue()));
  }

  private setEnabled(enabled: boolean): void {
    if (this.ctx.isInvalid) return;
    const wasEnabled = this.status.enabled && this.status.state !== 'idle';
    this.status.enabled = enabled;
    if (!enabled) {
      this.stop();
      this.status = { ...this.status, state: 'idle', mentionCount: 0, entityCount: 0 };
    } else if (!wasEnabled) {
      void this.analyse();
    }
  }

  private stop(): void {
    this.run?.abort();
    this.run = null;
    this.cards?.dispose();
    this.cards = null;
    this.mentions = [];
  }

  private async analyse(): Promise<void> {
    this.stop();
    const run = new AbortController();
    this.run = run;
    this.ctx.onInvalidated(() => run.abort());
    this.status.state = 'working';
    const t0 = performance.now();
    const extracted = extractArticle(document);
    if (extracted.status !== 'article') {
      this.status = { ...this.status, state: extracted.status, timings: { ...extracted.timings } };
      return;
    }
    const { article, timings } = extracted;
    const request: AnalyseRequest = { type: 'analyse', text: article.text, meta: toMetaMessage(article.meta) };
    const t1 = performance.now();
    let reply: AnalyseReply | ErrorReply;
    try {
      reply = (await browser.runtime.sendMessage(request)) as AnalyseReply | ErrorReply;
    } catch (error) {
      reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    const t2 = performance.now();
    if (run.signal.aborted) return;
    if (!reply?.ok) {
      this.status = { ...this.status, state: 'error', error: reply?.error ?? 'No answer from the background' };
      return;
    }
    const entries = new Map(reply.entries.map((e) => [e.id, e]));
    this.mentions = locateMentions(document, article.text, article.segments, reply.mentions, entries);
    this.cards = new CardController(this.ctx, this.highlights);
    const page = { mentions: this.mentions, entries };
    for (const feature of FEATURES) {
      const cleanup = feature.start({ ctx: this.ctx, page, highlights: this.highlights, cards: this.cards, signal: run.signal });
      if (cleanup) run.signal.addEventListener('abort', cleanup, { once: true });
    }
    const t3 = performance.now();
    this.stepIndex = -1;
    this.status = {
      ...this.status,
      state: 'ready',
      mentionCount: this.mentions.length,
      entityCount: new Set(this.mentions.map((m) => m.entry?.id).filter(Boolean)).size,
      timings: { ...timings, roundTrip: t2 - t1, highlight: t3 - t2, total: t3 - t0 },
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

  private readonly onMessage = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void): boolean | undefined => {
    if (sender.id !== browser.runtime.id || typeof message !== 'object' || message === null) return undefined;
    const m = message as TabMessage;
    if (m.type === 'page-status') {
      sendResponse({ ...this.status, url: location.href });
      return undefined;
    }
    if (m.type === 'step-mention' && (m.direction === 1 || m.direction === -1)) {
      this.step(m.direction);
      sendResponse({ ok: true });
    }
    return undefined;
  };
}
