/**
 * Vitest suites for the browser tests: one browser with the built extension and the fixtures server
 * per `describe`, opened before its tests and closed after; an article opened and analysed; a card
 * opened by resting the pointer on a mention. Only the tests import this (it imports vitest); the
 * harness it builds on is shared with the scripts.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { launch, openExtensionPage, serveFixtures, watchErrors, type BrowserName, type FixtureServer, type Session } from './launch';
import { tabIdOf, waitForSettled, type TabStatus } from './status';
import { waitForCard } from './card';
import { mentionCentre, textCentre } from './marks';
import { pointerAway, restPointerOn } from './pointer';

/** Both browsers every cross-browser suite runs in. */
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** What a suite's tests share; filled in by its `beforeAll`. */
export interface ExtensionSuite {
  name: BrowserName;
  session: Session;
  server: FixtureServer;
  /** An extension page (popup.html unless asked otherwise), for asking tabs for their status. */
  ext: Page;
}

/**
 * Launches `name` with the extension, serves the fixtures (or `fixtures`, another folder) and opens
 * the extension page `extPage` before the suite's tests; closes both after them. Call it inside a
 * `describe`; the returned object is filled in once `beforeAll` ran.
 */
export function useExtensionSuite(name: BrowserName, options: { extPage?: string; fixtures?: string; locale?: string } = {}): ExtensionSuite {
  const suite = { name } as ExtensionSuite;
  beforeAll(async () => {
    suite.server = await serveFixtures(options.fixtures);
    suite.session = await launch(name, options.locale ? { locale: options.locale } : {});
    suite.ext = await openExtensionPage(suite.session, options.extPage ?? 'popup.html');
  });
  afterAll(async () => {
    await suite.session?.browser.close();
    suite.server?.server.close();
  });
  return suite;
}

export interface OpenedArticle {
  page: Page;
  tabId: number;
  url: string;
  /** Console errors and uncaught exceptions of the page, from before it loaded. */
  errors: string[];
}

interface OpenOptions {
  /** Runs on the new page before it navigates (scripts to inject, protocol listeners). */
  before?: (page: Page) => Promise<unknown>;
  /** Open this exact address (no `v=` query added to tell the visit apart). */
  exact?: boolean;
  /** Another fixtures server than the suite's. */
  server?: FixtureServer;
}

let visits = 0;

/**
 * Opens a fixture in a new tab (its URL made unique with a `v=` query, so its tab is found among
 * earlier visits), finds its tab, waits until the content script settled (`settle`: a time-out in
 * ms, or false to leave that to the test) and brings it to the front.
 */
export async function openArticle(suite: ExtensionSuite, file: string, options?: OpenOptions & { settle?: true | number }): Promise<OpenedArticle & { status: TabStatus }>;
export async function openArticle(suite: ExtensionSuite, file: string, options: OpenOptions & { settle: false }): Promise<OpenedArticle>;
export async function openArticle(suite: ExtensionSuite, file: string, options: OpenOptions & { settle?: boolean | number } = {}): Promise<OpenedArticle & { status?: TabStatus }> {
  const page = await suite.session.browser.newPage();
  const errors = watchErrors(page);
  await options.before?.(page);
  const url = `${(options.server ?? suite.server).url}/${file}${options.exact ? '' : `${file.includes('?') ? '&' : '?'}v=${++visits}`}`;
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdOf(suite.ext, url);
  if (options.settle === false) return { page, tabId, url, errors };
  const status = await waitForSettled(suite.ext, tabId, typeof options.settle === 'number' ? options.settle : undefined);
  await page.bringToFront();
  return { page, tabId, url, errors, status };
}

/**
 * Rests the pointer on the `nth` mention reading `text` (a private name, marked only inside the
 * card's root, is found in the page's text) after moving off every mention until no card shows, and
 * returns what `read` finds in the card's closed root once it is truthy (harness.ts waitForCard).
 *
 * Right after install the first rest can be dropped once: the first run's settings write makes the
 * page apply its features again in the same moment the pointer comes to rest (seen in full runs,
 * rarely alone). The pointer then rests once more; a second miss fails. That a card survives a
 * re-analysis is proven on its own in resilience.test.ts.
 */
export async function restAndReadCard<R>(page: Page, text: string, read: (root: ShadowRoot) => R, options: { nth?: number; timeout?: number } = {}): Promise<NonNullable<R>> {
  for (let attempt = 0; ; attempt++) {
    await page.bringToFront();
    await pointerAway(page);
    const point = (await mentionCentre(page, text, { nth: options.nth })) ?? (await textCentre(page, text));
    if (!point) throw new Error(`no mention of ${text} on the page`);
    await restPointerOn(page, point);
    try {
      return await waitForCard(page, read, { timeout: options.timeout ?? 5000 });
    } catch (error) {
      if (attempt >= 1) throw error;
    }
  }
}

/** Reads the open card's title (`.bs-name` of the shown layer), for `restAndReadCard`. */
export const shownTitle = (root: ShadowRoot): string | null => root.querySelector('.bs-layer:not([hidden]) .bs-name')?.textContent ?? null;
