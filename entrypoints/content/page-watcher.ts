/**
 * Watches the page for what calls for a new analysis, and calls for it sparingly:
 * - SPA navigation (history.pushState, popstate: WXT's `wxt:locationchange`);
 * - the article's text changing under the page's framework (re-rendered paragraphs), which also
 *   leaves highlight ranges pointing into removed nodes until the next analysis replaces them;
 * - an article rendered after load, on a page that had none at first.
 * Changes are debounced, and re-analyses are bounded per minute so a page that never stops
 * mutating (tickers, clocks, ads) cannot keep Backstory busy.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Quiet time after the last relevant change before re-analysing. */
const DEBOUNCE_MS = 400;
/** A page that keeps changing is still re-analysed this often. */
const MAX_WAIT_MS = 2_000;
/** At most this many re-analyses in any minute. */
const MAX_PER_MINUTE = 10;
/** While no article was found, added text must reach this many characters to look like one arriving. */
const LATE_ARTICLE_MIN_CHARS = 200;

export type ChangeReason = 'navigation' | 'article-changed' | 'content-added';

export interface WatchScope {
  /** The live element holding the article, or null when no article was found. */
  articleRoot: Node | null;
  /** Backstory's own shadow host, whose insertion is not a page change. */
  ownHost: () => Node | null;
}

export class PageWatcher {
  private observer: MutationObserver | null = null;
  private scope: WatchScope = { articleRoot: null, ownHost: () => null };
  private pending: ChangeReason | null = null;
  private debounce: ReturnType<typeof setTimeout> | null = null;
  private firstPendingAt = 0;
  private readonly recent: number[] = [];

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly onChange: (reason: ChangeReason) => void,
  ) {
    ctx.addEventListener(window, 'wxt:locationchange', () => this.request('navigation'));
    ctx.onInvalidated(() => this.dispose());
  }

  /** (Re)starts observing with what the latest analysis found. */
  watch(scope: WatchScope): void {
    this.scope = scope;
    if (!this.observer) {
      this.observer = new MutationObserver((records) => this.onRecords(records));
      this.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    }
  }

  dispose(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.debounce) clearTimeout(this.debounce);
    this.debounce = null;
  }

  private onRecords(records: MutationRecord[]): void {
    const host = this.scope.ownHost();
    const root = this.scope.articleRoot;
    let addedChars = 0;
    for (const r of records) {
      if (host && (r.target === host || host.contains(r.target) || isOnly(r, host))) continue;
      if (root) {
        if (root.contains(r.target) || !root.isConnected) return this.request('article-changed');
      } else {
        for (const n of r.addedNodes) addedChars += n.textContent?.length ?? 0;
        if (r.type === 'characterData') addedChars += (r.target as CharacterData).length;
      }
    }
    if (!root && addedChars >= LATE_ARTICLE_MIN_CHARS) this.request('content-added');
  }

  /** Asks for a re-analysis, debounced and rate-limited. */
  request(reason: ChangeReason): void {
    if (this.ctx.isInvalid) return;
    const now = Date.now();
    if (this.pending === null) this.firstPendingAt = now;
    this.pending = reason === 'navigation' || this.pending === null ? reason : this.pending;
    if (this.debounce) clearTimeout(this.debounce);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, this.firstPendingAt + MAX_WAIT_MS - now));
    this.debounce = setTimeout(() => this.fire(), wait);
  }

  private fire(): void {
    this.debounce = null;
    const reason = this.pending;
    if (reason === null || this.ctx.isInvalid) return;
    const now = Date.now();
    while (this.recent.length && now - this.recent[0]! > 60_000) this.recent.shift();
    if (this.recent.length >= MAX_PER_MINUTE) {
      // Over budget: try again when the oldest analysis of the last minute ages out.
      this.debounce = setTimeout(() => this.fire(), 60_000 - (now - this.recent[0]!) + 10);
      return;
    }
    this.pending = null;
    this.recent.push(now);
    this.onChange(reason);
  }
}

function isOnly(record: MutationRecord, node: Node): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((n) => n === node);
}
