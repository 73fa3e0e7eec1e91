/**
 * axe-core on the hover card and every extension page that needs page data (popup, side panel,
 * library, reader), in light and dark: no serious or critical violations. The options and welcome
 * pages have their own runs in options.test.ts and welcome.test.ts. Chromium: axe's rules do not
 * depend on the engine, and Chromium can emulate the colour scheme.
 */
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { inCard, mentionCentre, waitForCard, openExtensionPage, pointerAway, waitForTransitions } from './harness';
import { openArticle, useExtensionSuite } from './suite';

describe('accessibility (axe-core) in chromium', () => {
  const suite = useExtensionSuite('chromium', { extPage: 'library.html' });
  let probe: Page;
  let article: Page;
  let tabId: number;
  let savedId: string;

  beforeAll(async () => {
    probe = suite.ext;
    ({ page: article, tabId } = await openArticle(suite, 'ap-kim-putin.html?a11y', { exact: true }));
    const reply = await probe.evaluate(
      (id) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; id: string }> } } }).chrome.runtime.sendMessage({ type: 'save-tab', tabId: id }),
      tabId,
    );
    savedId = reply.id;
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`the hover card has no serious violations (${scheme} page)`, async () => {
      await article.bringToFront();
      await article.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      if (scheme === 'dark') await article.evaluate(() => document.body.style.setProperty('background', '#15171c'));
      await pointerAway(article);
      const p = await mentionCentre(article, 'Kim Jong Un');
      await article.mouse.move(p!.x, p!.y, { steps: 3 });
      await waitForCard(article, (root) => !!root.querySelector('.bs-card'), { timeout: 3000, polling: 50 });
      await waitForTransitions(article);
      expect(await inCard(article, (root) => root.querySelector('.bs-card')!.getAttribute('data-theme'))).toBe(scheme);
      // axe cannot enter the card's closed shadow root: it checks a copy, with the card's own stylesheets, in an open one.
      await inCard(article, (root) => {
        const copy = document.createElement('axe-card-copy');
        const open = copy.attachShadow({ mode: 'open' });
        open.innerHTML = root.innerHTML;
        const style = document.createElement('style');
        style.textContent = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('\n');
        open.prepend(style);
        document.body.append(copy);
        return true;
      });
      const violations = await seriousViolations(article, { include: [['axe-card-copy', '.bs-card']] });
      await article.evaluate(() => document.querySelector('axe-card-copy')?.remove());
      expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
    });
  }

  const pages = (): Array<[string, string, string]> => [
    ['popup', `popup.html?tab=${tabId}`, 'input[role="switch"]'],
    ['side panel', `sidepanel.html?tab=${tabId}`, 'h1, h2'],
    ['library', 'library.html', '.rl-item'],
    ['reader', `reader.html?id=${savedId}`, '.rd-body p'],
    ['side panel, reading list tab', `sidepanel.html?tab=${tabId}&view=list`, '.rl-item'],
  ];
  for (const scheme of ['light', 'dark'] as const) {
    for (const index of [0, 1, 2, 3, 4]) {
      it(`extension page #${index + 1} has no serious violations (${scheme})`, async () => {
        const [label, path, ready] = pages()[index]!;
        const page = await openExtensionPage(suite.session, path);
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await page.bringToFront();
        await page.waitForSelector(ready, { timeout: 10_000 });
        await waitForTransitions(page);
        const violations = await seriousViolations(page);
        expect(violations, `${label} (${scheme}): ${JSON.stringify(violations, null, 1)}`).toEqual([]);
        await page.close();
      });
    }
  }
});
