/**
 * Browser test harness, what a tab's content script reports: its tab id, its status (state, counts,
 * timings, how many analyses it ran), asked from one of the extension's own pages. Tests wait on
 * these instead of sleeping: the status says when the work a test waits for has happened.
 */
import type { Page } from 'puppeteer-core';
import { eventually } from '../eventually';

/** The slice of the extension API the tests call from inside an extension page. */
interface ExtensionApi {
  tabs: {
    query(q: object): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}
declare const chrome: ExtensionApi;

/** What the content script of a tab reports (lib/messaging/protocol.ts `PageStatus`). */
export interface TabStatus {
  state: string;
  enabled?: boolean;
  mentionCount: number;
  entityCount: number;
  timings?: Record<string, number>;
  parsedOn?: string;
  analyser?: boolean;
}

/** Sends `message` to a tab's content script from an extension page and returns its reply. */
export async function tabMessage<R = unknown>(extPage: Page, tabId: number, message: object): Promise<R> {
  return extPage.evaluate((id, m) => chrome.tabs.sendMessage(id, m), tabId, message as never) as Promise<R>;
}

/**
 * The tab id of the page whose URL is `url`. The extension has no `tabs` permission, so tab URLs are
 * hidden from it: each tab's content script is asked for its own URL instead.
 */
export async function tabIdOf(extPage: Page, url: string, timeoutMs = 10_000): Promise<number> {
  const find = () =>
    extPage.evaluate(async (u) => {
      for (const tab of await chrome.tabs.query({})) {
        if (tab.id === undefined) continue;
        const status = (await chrome.tabs.sendMessage(tab.id, { type: 'page-status' }).catch(() => null)) as { url?: string } | null;
        if (status?.url === u) return tab.id;
      }
      return null;
    }, url);
  return (await eventually(find, (id) => id !== null, { timeout: timeoutMs, interval: 100, what: `a content script answering for ${url}` }))!;
}

/** What the content script of a tab reports (state, counts, timings), asked from an extension page; null when it does not answer. */
export async function pageStatus(extPage: Page, tabId: number): Promise<TabStatus | null> {
  return tabMessage<TabStatus>(extPage, tabId, { type: 'page-status' }).catch(() => null);
}

/** Waits until the content script of a tab has settled (not idle or working). */
export async function waitForSettled(extPage: Page, tabId: number, timeoutMs = 15_000): Promise<TabStatus> {
  const settled = (s: TabStatus | null) => !!s && s.state !== 'working' && s.state !== 'idle';
  return (await eventually(() => pageStatus(extPage, tabId), settled, { timeout: timeoutMs, interval: 100, what: 'the page settling' }))!;
}

/** How many analyses the tab's content script has finished (0 before the first, or when it does not answer). */
export async function analysesOf(extPage: Page, tabId: number): Promise<number> {
  return (await pageStatus(extPage, tabId))?.timings?.analyses ?? 0;
}

/**
 * Waits until the tab has finished an analysis after the `after`th and is ready: the signal that a
 * settings write, a glossary change or a re-render has reached the page.
 */
export async function waitForAnalysis(extPage: Page, tabId: number, after: number, timeoutMs = 15_000): Promise<TabStatus> {
  const done = (s: TabStatus | null) => s?.state === 'ready' && (s.timings?.analyses ?? 0) > after;
  return (await eventually(() => pageStatus(extPage, tabId), done, { timeout: timeoutMs, interval: 50, what: `analysis #${after + 1} finished` }))!;
}

/**
 * Announces a glossary change from the extension page, as the background does at first run, and
 * waits until the tab finished the analysis it causes. Also a barrier for negative checks: an
 * analysis that began after an action has finished, so whatever the action could have changed on
 * the page (a stored correction, a setting) would show by now.
 */
export async function reanalyse(extPage: Page, tabId: number): Promise<TabStatus> {
  const before = await analysesOf(extPage, tabId);
  await extPage.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ glossaryChangedAt: Date.now() }));
  return waitForAnalysis(extPage, tabId, before);
}

/** Waits until the extension's service worker is gone (Chromium, after a test stopped it). */
export async function workerGone(session: { browser: import('puppeteer-core').Browser; extensionOrigin: string }): Promise<void> {
  const running = () => session.browser.targets().some((t) => t.type() === 'service_worker' && t.url().startsWith(session.extensionOrigin));
  await eventually(running, (up) => !up, { timeout: 5000, interval: 20, what: 'the service worker stopping' });
}
