/**
 * Hover to understand, end to end, in the built production extension in Chromium and Firefox.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOVER_TIMINGS } from '../../lib/highlight/hover-intent';
import { inCard, openCardTitle, waitForCard, waitForNoCard, mentionCentre, readHighlights, readerHoldsStill, tabMessage } from './harness';
import { BROWSERS, openArticle, useExtensionSuite } from './suite';

/** How the seed article names each entity of issue "Hover to understand", with the kind it must show as. */
const SEED_SURFACES: Array<[string, string]> = [
  ['Kim Jong Un', 'person'], ['Vladimir Putin', 'person'], ['Dmitry Peskov', 'person'], ['Sergei Shoigu', 'person'],
  ['Jo Chun Ryong', 'person'], ['North Korea', 'place'], ['South Korea', 'place'], ['Russia', 'place'], ['Ukraine', 'place'],
  ['SEOUL', 'place'], ['Moscow', 'place'], ['Vladivostok', 'place'], ['Ussuriysk', 'place'], ['Razdolnaya River', 'place'],
  ['Kremlin', 'organization'], ['Korean Central News Agency', 'organization'], ['RIA-Novosti', 'organization'],
  ['Yonhap', 'organization'], ['Unification Ministry', 'organization'], ['UN sanctions', 'topic'],
  ['invasion of Ukraine', 'event'], ['ruling party', 'organization'], ['economic forum', 'organization'],
];

/** Records the DOM as the page built it, before any content script could run. */
const SNAPSHOT_SCRIPT = `document.addEventListener('DOMContentLoaded', () => {
  window.__before = { html: document.documentElement.outerHTML, count: document.getElementsByTagName('*').length };
});`;

/** The page's DOM now, with Backstory's shadow host taken out. */
async function domWithoutHost(page: Page) {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('backstory-ui').forEach((el) => el.remove());
    const hosts = document.querySelectorAll('backstory-ui').length;
    return { html: clone.outerHTML, count: document.getElementsByTagName('*').length - hosts * 1, hosts };
  });
}

/** The card's title, or null when no card is shown (the root is closed: read through the browser's tools). */
const cardTitle = openCardTitle;

/** Centre of the first highlighted mention whose text is `text`, scrolled into view. */
async function mentionPoint(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await mentionCentre(page, text);
  if (!point) throw new Error(`no highlight for ${text}`);
  return point;
}

for (const name of BROWSERS) {
  describe(`hover to understand in ${name}`, () => {
    const suite = useExtensionSuite(name);
    const openFixture = (file: string) => openArticle(suite, file, { before: (page) => page.evaluateOnNewDocument(SNAPSHOT_SCRIPT) });

    it('highlights every seed entity inside the article and nothing outside it', async () => {
      const { page, errors, status } = await openFixture('ap-kim-putin.html');
      expect(status.state).toBe('ready');
      const highlights = await readHighlights(page);
      for (const [surface, kind] of SEED_SURFACES) {
        expect(highlights.some((h) => h.text === surface && h.name === `backstory-${kind}`), `${surface} as ${kind}`).toBe(true);
      }
      for (const h of highlights) {
        expect(h.inArticle, h.text).toBe(true);
        expect(h.container, h.text).toBe('');
      }
      // The misspelling is recognised too.
      expect(highlights.some((h) => h.text === 'Vladisvostok')).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('opens the card for "Ussuriysk" on rest, keeps it through the grace period, closes after', async () => {
      const { page, errors } = await openFixture('ap-kim-putin.html');
      const p = await mentionPoint(page, 'Ussuriysk');
      await page.mouse.move(p.x - 60, p.y + 80);
      await page.mouse.move(p.x, p.y, { steps: 5 });
      const started = Date.now();
      // Timed in the page (the card marks its bundled mention active as it renders), then read through the closed root.
      await page.waitForFunction(() => CSS.highlights.has('backstory-active'), { timeout: 1000, polling: 20 });
      expect(Date.now() - started).toBeLessThan(1000);
      await waitForCard(
        page,
        (root) => {
          const layer = root.querySelector<HTMLElement>('.bs-layer');
          return !!layer && !layer.hidden && !!layer.querySelector('.bs-name');
        },
        { timeout: 1000, polling: 20 },
      );
      expect(await cardTitle(page)).toBe('Ussuriysk');
      const cardText = await inCard(page, (root) => root.querySelector('.bs-card')!.textContent);
      expect(cardText).toMatch(/Place/);
      expect(cardText).toMatch(/As of/);
      const role = await inCard(page, (root) => root.querySelector('.bs-card')!.getAttribute('role'));
      expect(role).toBe('dialog');
      // Hovering must not steal focus from the page.
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

      // Leave to empty margin: still there during the grace period, gone after it.
      const left = Date.now();
      await page.mouse.move(5, p.y);
      expect(await cardTitle(page)).toBe('Ussuriysk');
      await waitForNoCard(page, 2000);
      expect(Date.now() - left).toBeGreaterThanOrEqual(DEFAULT_HOVER_TIMINGS.graceMs);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('Escape closes the card', async () => {
      const { page } = await openFixture('ap-kim-putin.html');
      const p = await mentionPoint(page, 'Dmitry Peskov');
      await page.mouse.move(p.x, p.y, { steps: 3 });
      await waitForCard(page, (root) => root.querySelector('.bs-name')?.textContent === 'Dmitry Peskov', { timeout: 2000, polling: 20 });
      await page.keyboard.press('Escape');
      await waitForNoCard(page, 1000);
      await page.close();
    });

    it('a sweep of the pointer across the text opens no card', async () => {
      const { page } = await openFixture('ap-kim-putin.html');
      const a = await mentionPoint(page, 'Kim Jong Un');
      // Any card opening marks its mention active: the page records every one, however briefly shown.
      await page.evaluate(() => {
        const seen: string[] = ((window as unknown as { __active: string[] }).__active = []);
        const watch = () => {
          for (const r of (CSS.highlights.get('backstory-active') as unknown as Iterable<Range> | undefined) ?? []) seen.push(r.toString());
          requestAnimationFrame(watch);
        };
        watch();
      });
      await page.mouse.move(a.x - 200, a.y);
      await page.mouse.move(a.x + 400, a.y, { steps: 12 });
      await page.mouse.move(a.x + 400, a.y + 300);
      // The reader's pointer then rests in empty space past the hover delay, when a card would have opened.
      await readerHoldsStill(DEFAULT_HOVER_TIMINGS.showDelayMs + 300);
      expect(await cardTitle(page)).toBeNull();
      expect(await page.evaluate(() => (window as unknown as { __active: string[] }).__active)).toEqual([]);
      await page.close();
    });

    it('steps through mentions from the keyboard command and opens their cards', async () => {
      const { page, tabId } = await openFixture('ap-kim-putin.html');
      await tabMessage(suite.ext, tabId, { type: 'step-mention', direction: 1 });
      await waitForCard(page, (root) => !!root.querySelector('.bs-name'), { timeout: 2000, polling: 20 });
      expect(await cardTitle(page)).toBe('Seoul');
      const active = await page.evaluate(() => [...(CSS.highlights.get('backstory-active') as unknown as Iterable<Range>)].map((r) => r.toString()));
      expect(active).toEqual(['SEOUL']);
      await page.close();
    });

    it('leaves the page’s DOM unchanged outside the shadow host', async () => {
      const { page, errors } = await openFixture('ap-kim-putin.html');
      const p = await mentionPoint(page, 'Vladimir Putin');
      await page.mouse.move(p.x, p.y, { steps: 3 });
      await page.waitForFunction(() => !!document.querySelector('backstory-ui'), { timeout: 2000 });
      const before = await page.evaluate(() => (window as unknown as { __before: { html: string; count: number } }).__before);
      const now = await domWithoutHost(page);
      expect(now.hosts).toBe(1);
      expect(now.count).toBe(before.count);
      expect(now.html).toBe(before.html);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('gives a non-article page no highlights, no UI and no errors', async () => {
      const { page, errors, status } = await openFixture('not-an-article.html');
      expect(status.state).toBe('not-article');
      expect(await readHighlights(page)).toEqual([]);
      expect(await page.evaluate(() => document.querySelector('backstory-ui'))).toBeNull();
      expect(errors).toEqual([]);
      await page.close();
    });
  });
}
