/**
 * The real web, in Chromium and Firefox: strict CSP, re-rendering frameworks, late articles, SPA
 * navigation, hostile pages and a megabyte of article text. Each test names the guard it checks.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { inCard, openCardTitle, waitForCard as waitForCardIn, mentionCentre, pageStatus, readHighlights, reanalyse, readerHoldsStill, waitForSettled, workerGone } from './harness';
import { eventually } from '../eventually';
import { BROWSERS, openArticle, restAndReadCard, shownTitle, useExtensionSuite } from './suite';

/** Highlighted texts, and whether every range still points into the live document. */
async function liveHighlights(page: Page) {
  return page.evaluate(() => {
    const texts: string[] = [];
    let detached = 0;
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('backstory-') || name === 'backstory-active') continue;
      for (const r of h as unknown as Iterable<Range>) {
        if (!r.startContainer.isConnected || !r.endContainer.isConnected || r.collapsed) detached++;
        texts.push(r.toString());
      }
    }
    return { texts, detached };
  });
}

/** Waits up to two seconds for a card to show and returns its title (null when none showed). */
async function waitForCard(page: Page): Promise<string | null> {
  await waitForCardIn(page, (root) => !!root.querySelector('.bs-layer:not([hidden]) .bs-name'), { timeout: 2000, polling: 50 }).catch(() => undefined);
  return openCardTitle(page);
}

/**
 * Waits for the analysis that follows a re-rendering page's last render (debounced): every range
 * live again, in the nodes the page now shows. Returns the highlights as they then are.
 */
const afterLastRender = (page: Page) => eventually(() => liveHighlights(page), (h) => h.detached === 0 && h.texts.length > 0, { timeout: 10_000, interval: 100, what: 'highlights in the re-rendered nodes' });

/** Rests the pointer on a highlighted mention and returns the card's title (suite.ts restAndReadCard: the first-run re-rest is there). */
const hoverCard = (page: Page, text: string): Promise<string | null> => restAndReadCard(page, text, shownTitle, { timeout: 2000 }).catch(() => null);

for (const name of BROWSERS) {
  describe(`resilience in ${name}`, () => {
    const suite = useExtensionSuite(name);
    const open = (file: string) => openArticle(suite, file, { settle: false });

    it('renders a styled card under a strict Content-Security-Policy, with no CSP errors', async () => {
      const { page, errors, tabId } = await open('ap-kim-putin.html?csp=strict');
      await waitForSettled(suite.ext, tabId);
      expect(await hoverCard(page, 'Ussuriysk')).toBe('Ussuriysk');
      const style = await inCard(page, (root) => {
        const card = root.querySelector<HTMLElement>('.bs-card')!;
        return { width: card.getBoundingClientRect().width, radius: getComputedStyle(card).borderRadius, styleElements: root.querySelectorAll('style').length };
      });
      expect(style).toEqual({ width: 320, radius: '10px', styleElements: 0 });
      expect(errors).toEqual([]);
      await page.close();
    });

    it('keeps a pending and an open card while the same article is analysed again', async () => {
      const { page, errors, tabId } = await open('ap-kim-putin.html');
      await waitForSettled(suite.ext, tabId);
      /** Announces a glossary change, as the background does at first run: the page analyses again. */
      const reanalyseNow = () => reanalyse(suite.ext, tabId);
      // The pointer comes to rest on a name as the re-analysis starts: the rest still opens its card.
      const p = (await mentionCentre(page, 'Kim Jong Un'))!;
      await page.mouse.move(2, 2);
      await page.mouse.move(p.x, p.y, { steps: 3 });
      await reanalyseNow();
      expect(await waitForCard(page)).toBe('Kim Jong Un');
      // An open card stays open, still marking its mention, through another re-analysis.
      await reanalyseNow();
      expect(await openCardTitle(page)).toBe('Kim Jong Un');
      const active = await page.evaluate(() => [...((CSS.highlights.get('backstory-active') ?? []) as unknown as Iterable<Range>)].map((r) => r.toString()));
      expect(active).toEqual(['Kim Jong Un']);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('follows a framework re-rendering the article’s text nodes: no range left in removed nodes', async () => {
      const { page, errors, tabId } = await open('dynamic/rerender.html');
      await waitForSettled(suite.ext, tabId);
      await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready, { timeout: 10_000, polling: 100 });
      const { texts, detached } = await afterLastRender(page);
      expect(detached).toBe(0);
      expect(texts).toEqual(expect.arrayContaining(['Kim Jong Un', 'Vladimir Putin', 'Vladivostok', 'Dmitry Peskov', 'UN sanctions']));
      expect(await hoverCard(page, 'Dmitry Peskov')).toBe('Dmitry Peskov');
      expect(errors).toEqual([]);
      await page.close();
    });

    it('finds an article rendered after load', async () => {
      const { page, errors, tabId } = await open('dynamic/late-article.html');
      await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready, { timeout: 10_000, polling: 100 });
      await suite.ext.waitForFunction(
        async (id) => {
          const s = (await (globalThis as unknown as { chrome: { tabs: { sendMessage(i: number, m: unknown): Promise<{ state: string }> } } }).chrome.tabs.sendMessage(id, { type: 'page-status' })) as { state: string };
          return s.state === 'ready';
        },
        { timeout: 10_000, polling: 200 },
        tabId,
      );
      const { texts } = await liveHighlights(page);
      expect(texts).toEqual(expect.arrayContaining(['Vladimir Putin', 'Kim Jong Un', 'Sergei Lavrov', 'Pyongyang']));
      expect(errors).toEqual([]);
      await page.close();
    });

    it('re-analyses after client-side navigation (pushState)', async () => {
      const { page, errors, tabId } = await open('dynamic/spa.html');
      await waitForSettled(suite.ext, tabId);
      expect((await liveHighlights(page)).texts).toContain('Ussuriysk');
      await page.bringToFront();
      await page.click('#next');
      await page.waitForFunction(
        () => {
          for (const [name, h] of CSS.highlights) {
            if (!name.startsWith('backstory-')) continue;
            for (const r of h as unknown as Iterable<Range>) if (r.toString() === 'Choe Son Hui' && r.startContainer.isConnected) return true;
          }
          return false;
        },
        { timeout: 8000, polling: 100 },
      );
      const { texts, detached } = await liveHighlights(page);
      expect(detached).toBe(0);
      expect(texts).not.toContain('Ussuriysk');
      expect(texts).toEqual(expect.arrayContaining(['Sergei Lavrov', 'Pyongyang', 'Choe Son Hui']));
      expect(errors).toEqual([]);
      await page.close();
    });

    it('works on a page that sabotages DOM prototypes and CSS.highlights in its own world', async () => {
      const { page, tabId } = await open('dynamic/hostile.html');
      const status = await waitForSettled(suite.ext, tabId);
      expect(status.state).toBe('ready');
      expect((await readHighlights(page)).map((h) => h.text)).toEqual(expect.arrayContaining(['Vladimir Putin', 'Kim Jong Un', 'Sergei Shoigu']));
      expect(await hoverCard(page, 'Sergei Shoigu')).toBe('Sergei Shoigu');
      // What the page can learn is the highlighted ranges; nothing of the card's data is in its world.
      const leaked = await page.evaluate(() => Object.keys(window).filter((k) => /backstory/i.test(k)));
      expect(leaked).toEqual([]);
      await page.close();
    });

    it('handles a megabyte of article text: bounded, no errors, highlights or an honest state', async () => {
      const { page, errors, tabId } = await open('dynamic/megabyte.html');
      const status = await waitForSettled(suite.ext, tabId, 60_000);
      expect(['ready', 'too-large']).toContain(status.state);
      if (status.state === 'ready') {
        expect(status.mentionCount).toBeGreaterThan(5000);
        expect((await liveHighlights(page)).detached).toBe(0);
      }
      expect(errors).toEqual([]);
      await page.close();
    });

    it('parses the article away from the page, also after its parser was closed and the worker slept', async () => {
      // Chrome: the page's HTML goes straight to the offscreen document once it is open; Firefox's background page parses it.
      const direct = name === 'chromium' ? 'direct' : 'background';
      const first = await open('ap-kim-putin.html');
      expect(await waitForSettled(suite.ext, first.tabId)).toMatchObject({ state: 'ready', parsedOn: 'off the page' });
      await first.page.close();
      const again = await open('ap-kim-putin.html');
      expect(await waitForSettled(suite.ext, again.tabId)).toMatchObject({ state: 'ready', parsedOn: 'off the page', parseRoute: direct });
      await again.page.close();
      if (name === 'chromium') {
        // Chrome's offscreen document closed behind the background's back, then the service worker stopped.
        await suite.ext.evaluate(() => (globalThis as unknown as { chrome: { offscreen: { closeDocument(): Promise<void> } } }).chrome.offscreen.closeDocument());
        const worker = await suite.session.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(suite.session.extensionOrigin));
        await (await worker.worker())?.close();
        await workerGone(suite.session);
      }
      // The page's report wakes the worker, which opens the document again: the page's own port may find it
      // open already, or find nobody and go through the background. Either way the page is parsed off the page.
      const second = await open('ap-kim-putin.html');
      expect(await waitForSettled(suite.ext, second.tabId)).toMatchObject({ state: 'ready', parsedOn: 'off the page', parseRoute: expect.stringMatching(name === 'chromium' ? /^(direct|background)$/ : /^background$/) });
      expect((await readHighlights(second.page)).map((h) => h.text)).toEqual(expect.arrayContaining(['Vladimir Putin', 'Kim Jong Un']));
      if (name === 'chromium') {
        // And closed again while the worker is awake: the page's port finds nobody, and the background reopens
        // the document rather than have the page parse itself.
        await suite.ext.evaluate(() => (globalThis as unknown as { chrome: { offscreen: { closeDocument(): Promise<void> } } }).chrome.offscreen.closeDocument());
        const third = await open('ap-kim-putin.html');
        expect(await waitForSettled(suite.ext, third.tabId)).toMatchObject({ state: 'ready', parsedOn: 'off the page', parseRoute: 'background' });
        expect(third.errors).toEqual([]);
        await third.page.close();
        // The reopened document takes the next page's HTML straight from the page again.
        const fourth = await open('ap-kim-putin.html');
        expect(await waitForSettled(suite.ext, fourth.tabId)).toMatchObject({ state: 'ready', parsedOn: 'off the page', parseRoute: 'direct' });
        expect((await readHighlights(fourth.page)).map((h) => h.text)).toEqual(expect.arrayContaining(['Vladimir Putin', 'Kim Jong Un']));
        await fourth.page.close();
      }
      expect(second.errors).toEqual([]);
      await second.page.close();
    });

    it('stops re-analysing once the page is quiet (re-analysis is bounded)', async () => {
      const { page, tabId } = await open('dynamic/rerender.html');
      await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready, { timeout: 10_000, polling: 100 });
      await afterLastRender(page);
      const a = await pageStatus(suite.ext, tabId);
      // Time without change is the case under test: the page and the reader both stay still.
      await readerHoldsStill(1500);
      const b = await pageStatus(suite.ext, tabId);
      expect(a?.timings?.total).toBe(b?.timings?.total); // no analysis ran while nothing changed
      await page.close();
    });
  });
}
