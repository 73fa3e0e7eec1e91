/**
 * Per-tab analysis in `storage.session`: what the side panel needs to show a tab's article (its
 * metadata, mention offsets, entity ids and state). It survives the worker being stopped and
 * vanishes with the browser session, so no page history is kept on disk.
 *
 * Writes for one tab are queued, so a "working" report and the analysis that follows it land in
 * the order they were made even when storage answers out of order.
 */
import { browser } from 'wxt/browser';
import type { AnalyseReply, AnalyseRequest, ReportedState } from '../messaging/protocol';

export type TabState = ReportedState | 'ready';

/** The article metadata the panel's header shows. */
export interface TabArticleMeta {
  url: string;
  /** The page's canonical link, for the reading list's "already saved". */
  canonicalUrl?: string | null;
  title: string;
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
  lang: string | null;
}

/** A mention by offsets into the article text (the panel never sees the page's nodes). */
export interface TabMention {
  entryId: string | null;
  start: number;
  end: number;
  candidates?: string[];
}

export interface TabAnalysis {
  state: TabState;
  /** The page the record describes. */
  url: string;
  meta: TabArticleMeta | null;
  /** Length of the article text the offsets point into. */
  textLength: number;
  mentions: TabMention[];
  mentionCount: number;
  /** Entries the analysis names, candidates of ambiguous mentions included. */
  entityIds: string[];
  /** Names the article left open (mentions with no entry), as written: the only names its card may look up. */
  openNames?: string[];
  error?: string;
  at: number;
}

/** A record keeps at most this many mentions (storage.session holds 10 MB for the whole extension). */
export const MAX_STORED_MENTIONS = 5_000;
/** …and at most this many open names, each at most this long (a look-up's name limit). */
export const MAX_OPEN_NAMES = 500;
const MAX_OPEN_NAME_LENGTH = 200;

/** The names an analysis left open (ambiguous or unknown), as the article wrote them. */
export function openNamesOf(text: string, mentions: ReadonlyArray<{ entryId: string | null; start: number; end: number }>): string[] {
  const names = new Set<string>();
  for (const m of mentions) {
    if (m.entryId || m.end - m.start > MAX_OPEN_NAME_LENGTH) continue;
    names.add(text.slice(m.start, m.end));
    if (names.size >= MAX_OPEN_NAMES) break;
  }
  return [...names];
}

export const tabKey = (tabId: number) => `tab:${tabId}`;
/** The entry the card's "Open in side panel" asked the panel to select, per tab. */
export const panelFocusKey = (tabId: number) => `panel-focus:${tabId}`;

export interface PanelFocus {
  entryId: string;
  at: number;
}

/** The record of a finished analysis. */
export function summariseAnalysis(request: Pick<AnalyseRequest, 'text' | 'meta'>, reply: AnalyseReply, now: number): TabAnalysis {
  const { meta } = request;
  const mentions = reply.mentions.slice(0, MAX_STORED_MENTIONS).map(
    (m): TabMention => ({ entryId: m.entryId, start: m.start, end: m.end, ...(m.candidates?.length ? { candidates: [...m.candidates] } : {}) }),
  );
  return {
    state: 'ready',
    url: meta.url,
    meta: { url: meta.url, canonicalUrl: meta.canonicalUrl, title: meta.title, siteName: meta.siteName, byline: meta.byline, publishedTime: meta.publishedTime, lang: meta.lang },
    textLength: request.text.length,
    mentions,
    mentionCount: reply.mentions.length,
    entityIds: reply.entries.map((e) => e.id),
    openNames: openNamesOf(request.text, reply.mentions),
    at: now,
  };
}

/**
 * The record after a reported state. Re-analysing the same page keeps the previous article while
 * "working", so the panel does not flash empty; any other state, or another page, starts afresh.
 */
export function applyReportedState(previous: TabAnalysis | undefined, report: { state: ReportedState; url: string; error?: string }, now: number): TabAnalysis {
  if (report.state === 'working' && previous && previous.url === report.url && previous.meta) {
    return { ...previous, state: 'working', at: now };
  }
  return {
    state: report.state,
    url: report.url,
    meta: null,
    textLength: 0,
    mentions: [],
    mentionCount: 0,
    entityIds: [],
    ...(report.error ? { error: report.error } : {}),
    at: now,
  };
}

const queues = new Map<number, Promise<unknown>>();
function enqueue(tabId: number, write: () => Promise<void>): Promise<void> {
  const next = (queues.get(tabId) ?? Promise.resolve()).then(write, write);
  queues.set(tabId, next);
  void next.finally(() => {
    if (queues.get(tabId) === next) queues.delete(tabId);
  });
  return next;
}

/** Stores the latest analysis of a tab. */
export function rememberTabAnalysis(tabId: number, request: Pick<AnalyseRequest, 'text' | 'meta'>, reply: AnalyseReply): Promise<void> {
  return enqueue(tabId, () => browser.storage.session.set({ [tabKey(tabId)]: summariseAnalysis(request, reply, Date.now()) }));
}

/** Stores a state the content script reported (working, not an article, switched off, error). */
export function rememberTabState(tabId: number, report: { state: ReportedState; url: string; error?: string }): Promise<void> {
  return enqueue(tabId, async () => {
    const key = tabKey(tabId);
    const previous = (await browser.storage.session.get(key))[key] as TabAnalysis | undefined;
    await browser.storage.session.set({ [key]: applyReportedState(previous, report, Date.now()) });
  });
}

/** Asks the panel of this tab to select an entry. */
export function rememberPanelFocus(tabId: number, entryId: string): Promise<void> {
  const focus: PanelFocus = { entryId, at: Date.now() };
  return browser.storage.session.set({ [panelFocusKey(tabId)]: focus });
}

/** Drops a closed tab's records. */
export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove([tabKey(tabId), panelFocusKey(tabId)]);
}
