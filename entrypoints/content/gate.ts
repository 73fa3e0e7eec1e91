/**
 * The part of the content script every page pays for: is this page an article, and is the site on?
 * In that order: a page that is no article reads the site lists only when the extension asks for
 * its status. When both hold it loads the extractor and starts the first analysis; only when that
 * finds names to show (or the reader asks for this page: "Analyse anyway", "Save") does it load
 * the rest, the analyser (entrypoints/analyser.ts: highlights, the hover card, the page's
 * lifecycle), and hand the page over to it. Until then it answers the extension's questions about
 * the page itself, and watches for an article arriving later (a single-page app navigating, text
 * rendered after load) or for what could give an analysed page its first names.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowUi, type ShadowUi } from '@/components/annotator/shadow-host';
import { gateArticle } from '@/lib/extract/gate';
import { articleRootOf } from '@/lib/highlight/article-root';
import { requestOffPageParse } from '@/lib/extract/parse-request';
import { yieldToPage } from '@/lib/extract/yield-to-page';
import type { PageStatus, TabMessage, TabReplies } from '@/lib/messaging/protocol';
import { getSitePolicy, siteEnabledBy, watchSitePolicy } from '@/lib/sites/site-policy';
import { backgroundParser, type BackgroundParser } from './background-parser';
import type { Asked } from './extract-and-ask';
import { loadPart, onPageParserLoader, type AnalyserController } from './lazy';
import { PageWatcher } from './page-watcher';
import { errorText, pageRoutes, reportState, tabListener } from './tab-routes';
import { readyTimings } from './timings';

/** The counts of a page without an analysis. */
const NO_MENTIONS = { mentionCount: 0, entityCount: 0 } as const;

/**
 * What the reader can change that may give an analysed page its first mentions (`storage.local`
 * keys): the settings (kinds, packs, demonyms), the glossary (lib/db/glossary-events.ts), the
 * corrections (lib/sites/corrections-store.ts). Written out rather than read from those storage
 * items, whose modules would bring the matcher into every page's script; gate.test.ts holds them
 * to the items' keys.
 */
/** The settings' key (gate.test.ts holds it to the item's): the gate reads it for the analyser while the analyser loads. */
const SETTINGS_KEY = 'settings';
export const WAKING_KEYS = [SETTINGS_KEY, 'glossaryChangedAt', 'corrections'];

/** Runs the gate on the page and hands over to the analyser when it passes. */
export class PageGate {
  private status: PageStatus = { host: location.hostname, url: location.href, enabled: true, state: 'idle', ...NO_MENTIONS };
  /** Made when the gate first rejects the page: only then is there an article to wait for. */
  private watcher: PageWatcher | null = null;
  private handover: Promise<AnalyserController> | null = null;
  /** The site switch's first read, under way or done (`readPolicy`). */
  private policy: Promise<void> | null = null;
  /**
   * Set while the page's first analysis found nothing to show (`stayQuiet`): the analyser is not
   * loaded until something calls for it, and this calls for it.
   */
  private wake: (() => void) | null = null;
  /**
   * The analysed article's text while quiet, for the side panel's "Other names": the live text, read on the
   * panel's first request where the first analysis stopped at the article's copy (`probe`).
   */
  private quietArticle: { text: () => Promise<string>; lang: string | null } | null = null;
  /** The (empty) UI host of a quiet page, handed to the analyser when it comes. */
  private host: ShadowUi | null = null;
  private readonly cleanups: Array<() => void> = [];

  constructor(private readonly ctx: ContentScriptContext) {}

  async start(): Promise<void> {
    browser.runtime.onMessage.addListener(this.onMessage);
    this.cleanups.push(() => browser.runtime.onMessage.removeListener(this.onMessage));
    this.ctx.onInvalidated(() => this.dispose());
    // The gate runs in a task of its own, after the script's evaluation, as it did after the policy read.
    await yieldToPage();
    if (!this.ctx.isInvalid) this.check();
  }

  /**
   * Reads the site switch on first need (the page passed the gate, or the extension asks for the
   * page's status) and follows it from then on. A page that is no article never reads it: storage
   * is the costliest extension API a page that is not an article would otherwise touch (docs/benchmarks.md).
   */
  private readPolicy(): Promise<void> {
    this.policy ??= (async () => {
      this.cleanups.push(watchSitePolicy((policy) => this.setEnabled(siteEnabledBy(policy, location.hostname))));
      if (!siteEnabledBy(await getSitePolicy(), location.hostname)) this.setEnabled(false);
    })();
    return this.policy;
  }

  private dispose(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.watcher?.dispose();
    this.host?.remove();
    this.host = null;
  }

  private setEnabled(enabled: boolean): void {
    if (this.ctx.isInvalid) return;
    // A quiet page's analyser follows the switch from here on.
    if (this.wake) return this.wake();
    if (this.handover) return;
    this.status.enabled = enabled;
    if (!enabled) {
      this.watcher?.dispose();
      this.status = { ...this.status, state: 'idle', ...NO_MENTIONS };
      reportState('disabled');
    } else {
      this.check();
    }
  }

  /** The gate itself; on a pass, the hand-over. */
  private check(): void {
    const t0 = performance.now();
    const gated = gateArticle(document);
    const gate = performance.now() - t0;
    if (gated.status === 'pass') {
      void this.readPolicy()
        .then(() => (this.status.enabled && !this.handover && !this.ctx.isInvalid ? this.handOver() : undefined))
        .catch((error: unknown) => this.failed(error));
      return;
    }
    this.status = { ...this.status, url: location.href, state: gated.status, ...NO_MENTIONS, timings: { gate } };
    reportState(gated.status);
    this.watchPage().watch({ articleRoot: null, ownHost: () => null });
  }

  /** The page watcher: a change calls for the gate again, or on a quiet page for the analyser. */
  private watchPage(): PageWatcher {
    return (this.watcher ??= new PageWatcher(this.ctx, () => {
      if (this.wake) this.wake();
      else if (this.status.enabled && !this.handover) this.check();
    }));
  }

  /**
   * Loads the analyser and gives the page to it: from here on it answers the messages and watches
   * the page. `forced` (the reader asked for this page): the analyser runs its own gate as usual.
   * On a page that passed the gate the first analysis starts now, beside the analyser's import: the
   * parse request leaves at once and the small extractor part asks for the mentions, so the
   * background works on the article while the highlights' and cards' code loads (docs/benchmarks.md).
   */
  private handOver(forced = false): Promise<AnalyserController> {
    this.handover ??= (async () => {
      this.status.state = 'working';
      const parser = backgroundParser();
      const onPageParser = onPageParserLoader();
      const sent = forced || !parser.current ? undefined : requestOffPageParse(document, parser.current, yieldToPage, () => performance.now());
      const extractor = loadPart('extractor');
      if (!forced) reportState('working', undefined, document.documentElement.lang);
      let first = forced
        ? undefined
        : extractor.then((part) =>
            part.extractAndAsk(document, {
              parser: parser.current,
              parseOnPage: async (doc, options) => (await onPageParser()).extractArticle(doc, options),
              force: true,
              stale: () => this.ctx.isInvalid,
              sent,
              probe: true,
            }),
          );
      first?.catch(() => undefined); // read by the analyser; a failed load is reported below
      let gated = !forced;
      // The analyser (highlights, cards, the page's lifecycle) loads once the first analysis has
      // something to show: most pages that pass the gate (documentation, blogs, news in another
      // language) name nothing in the glossary, and there it would be work for nothing
      // (docs/benchmarks.md). Until then the gate answers for the page.
      const asked = first && (await first.catch(() => null));
      if (asked?.kind === 'asked' && asked.reply.mentions.length === 0 && !this.ctx.isInvalid) {
        await this.stayQuiet(asked, parser);
        // Whatever woke it (the page changed, the reader changed the glossary or asked for this
        // page) calls for a new analysis, with the gate's guess again.
        first = undefined;
        gated = false;
      }
      // The reader's settings decide how the mentions show: read them while the analyser loads, so
      // showing the first highlights does not wait for a storage round trip after it.
      const storedSettings = browser.storage.local.get(SETTINGS_KEY).then((got) => got[SETTINGS_KEY]);
      storedSettings.catch(() => undefined); // the analyser reads them again
      const [extractorPart, analyserPart] = await Promise.all([extractor, loadPart('analyser')]);
      if (this.ctx.isInvalid) throw new Error('Backstory was reloaded');
      const host = this.host;
      this.host = null;
      this.dispose();
      return analyserPart.start(this.ctx, { gated, parser, extractor: extractorPart, onPageParser, first, host, storedSettings });
    })();
    return this.handover;
  }

  /**
   * The first analysis found no name to show: the page stays with the gate, which answers for it
   * (status ready, the article's text for the side panel), until the page changes, the reader
   * changes what could match (settings, glossary, corrections, the site's switch) or asks for this
   * page ("Analyse anyway", "Save"). Then the returned promise settles and the analyser comes.
   * Every analysed page gets the (empty) UI host, as the analyser would give it: its presence tells
   * the page nothing about private names (components/annotator/features/highlights.ts).
   */
  private stayQuiet(asked: Extract<Asked, { kind: 'asked' }>, parser: BackgroundParser): Promise<void> {
    return new Promise((resolve) => {
      const now = performance.now();
      this.status = {
        ...this.status,
        url: location.href,
        state: 'ready',
        ...NO_MENTIONS,
        parsedOn: asked.parsedOn,
        parseRoute: asked.parsedOn === 'off the page' ? parser.route : undefined,
        timings: readyTimings(asked.timings, { ...asked.marks, t3: now, locate: 0 }, now, 1),
      };
      const { exact } = asked.article;
      let text: Promise<string> | undefined;
      this.quietArticle = { text: () => (text ??= exact ? exact().then((t) => t.text) : Promise.resolve(asked.article.text)), lang: asked.article.lang };
      this.host = createShadowUi();
      const onStorage = (changes: Record<string, unknown>, area: string) => {
        if (area === 'local' && WAKING_KEYS.some((key) => key in changes)) this.wake?.();
      };
      browser.storage.onChanged.addListener(onStorage);
      // Removed with the gate's other listeners: at the hand-over, or when the extension unloads.
      this.cleanups.push(() => browser.storage.onChanged.removeListener(onStorage));
      this.wake = () => {
        this.wake = null;
        this.quietArticle = null;
        resolve();
      };
      const host = this.host;
      this.watchPage().watch({ articleRoot: asked.article.root ?? articleRootOf(asked.article.segments), ownHost: () => host.host });
    });
  }

  private failed(error: unknown): void {
    if (this.ctx.isInvalid) return;
    const message = errorText(error);
    this.status = { ...this.status, state: 'error', error: message };
    reportState('error', message);
  }

  /**
   * Loads the analyser (or waits for the hand-over under way) and lets it answer: the reader's request
   * for this page ("Analyse anyway", "Save"), or the article's text once an analysis is on its way.
   */
  private readonly forward = <K extends 'analyse-anyway' | 'collect-article' | 'article-text'>(message: Extract<TabMessage, { type: K }>, sender: { id?: string }): Promise<TabReplies[K]> => {
    // A quiet page's hand-over is waiting for this.
    this.wake?.();
    return this.handOver(true).then((controller) => new Promise((resolve: (reply: unknown) => void) => void controller.onMessage(message, sender, resolve)) as Promise<TabReplies[K]>);
  };

  /** The routes the gate answers like the analyser (the page's status, the selected sentence). */
  private readonly shared = pageRoutes(() => this.status, false);

  /** What the gate answers without the analyser: no article analysed here (yet), or one that names nothing. */
  private readonly onMessage = tabListener({
    'selection-context': this.shared['selection-context'],
    // Whether the site is switched off is part of the status: read it now if the gate did not need it.
    'page-status': async (message, sender) => {
      await this.readPolicy().catch(() => undefined);
      return this.shared['page-status']!(message, sender)!;
    },
    'step-mention': () => ({ ok: true }),
    'reveal-mention': () => ({ ok: false }),
    // The background answers the first analysis while the analyser may still be loading, and the side
    // panel then asks for the article's text ("Other names"): the analyser, once loaded, answers it.
    'article-text': async (message, sender) => {
      const quiet = this.quietArticle;
      if (quiet) return { ok: true, text: await quiet.text(), lang: quiet.lang };
      return this.handover ? this.forward(message, sender) : { ok: false, error: 'No article on this page' };
    },
    'analyse-anyway': this.forward,
    'collect-article': this.forward,
  });
}
