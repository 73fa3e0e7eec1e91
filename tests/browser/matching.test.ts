/**
 * Matching on real pages, in Chromium and Firefox: names inside links, non-breaking spaces, inline
 * markup and soft hyphens inside names, a misspelling, and bare surnames resolved or left open.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { eventually } from '../eventually';
import { clickInCard, inCard, privateMarks, readHighlights, reanalyse, waitForCard } from './harness';
import { BROWSERS, openArticle, restAndReadCard, shownTitle, useExtensionSuite } from './suite';

/** The card title for the `nth` mention whose text is `text`, read through the page-status-free path: hover. */
const cardFor = (page: Page, text: string, nth = 0): Promise<string> => restAndReadCard(page, text, shownTitle, { nth, timeout: 3000 });

for (const name of BROWSERS) {
  describe(`matching on real pages in ${name}`, () => {
    const suite = useExtensionSuite(name);
    const open = async (file: string) => (await openArticle(suite, file)).page;

    it('recognises names in links, across &nbsp;, <b> and soft hyphens, and a misspelling', async () => {
      const page = await open('matching-variants.html');
      const texts = (await readHighlights(page)).map((h) => h.text);
      expect(texts).toEqual(expect.arrayContaining(['Kim\u00a0Jong\u00a0Un', 'Vladimir Putin', 'Vla\u00addivostok', 'Vladisvostok', 'Dmitry Peskov', 'Ussuriysk']));
      expect(await cardFor(page, 'Vladimir Putin')).toBe('Vladimir Putin');
      expect(await cardFor(page, 'Vladisvostok')).toBe('Vladivostok');
      expect(await inCard(page, (root) => root.querySelector('.bs-card')!.textContent)).toContain('Spelled “Vladisvostok” in this article.');
      await page.close();
    });

    it('resolves a bare "Kim" to the Kim the article introduced', async () => {
      const page = await open('matching-variants.html');
      const kims = (await readHighlights(page)).filter((h) => h.text === 'Kim');
      expect(kims.length).toBe(3); // the headline's and two in the body
      expect(kims.every((h) => h.name === 'backstory-person')).toBe(true);
      expect(await cardFor(page, 'Kim', 1)).toBe('Kim Jong Un');
      await page.close();
    });

    it('leaves a bare "Kim" unresolved, offering both, when the article names two Kims', async () => {
      const { page, tabId } = await openArticle(suite, 'two-kims.html');
      const kims = (await readHighlights(page)).filter((h) => h.text === 'Kim');
      expect(kims.length).toBe(1);
      expect(kims[0]!.name).toBe('backstory-ambiguous');
      expect(await cardFor(page, 'Kim')).toBe('Kim');
      const choices = await inCard(page, (root) => [...root.querySelectorAll('.bs-choices strong')].map((s) => s.textContent));
      expect(choices!.sort()).toEqual(['Kim Jong Un', 'Kim Yo Jong']);

      // A script clicking the card's choice changes nothing, even one holding the closed root: only the reader's clicks count.
      await inCard(page, (root) => root.querySelector<HTMLButtonElement>('.bs-choice')!.click());
      // A correction would be stored and re-analyse the page: once an analysis begun after the click has finished, it would show.
      await reanalyse(suite.ext, tabId);
      expect((await readHighlights(page)).filter((h) => h.text === 'Kim')[0]!.name).toBe('backstory-ambiguous');

      // The reader's own click on "It is Kim Yo Jong" is remembered for the site and applied at once:
      // "Kim" is underlined as a person, privately (the reader's choice is not for the page to read).
      await clickInCard(page, '.bs-choice', 'Kim Yo Jong');
      expect(await eventually(() => privateMarks(page, ['Kim']), (marks) => marks.length > 0, { timeout: 8000 })).toEqual(['person:Kim']);
      expect((await readHighlights(page)).filter((h) => h.text === 'Kim')).toEqual([]);
      // The bare "Kim" of "On Friday Kim said…": its card is now Kim Yo Jong's.
      const bare = await page.evaluate(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = (node.nodeValue ?? '').indexOf('Friday Kim');
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at + 'Friday '.length);
          range.setEnd(node, at + 'Friday Kim'.length);
          const b = range.getClientRects()[0]!;
          return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        }
        return null;
      });
      await page.mouse.move(5, 5);
      await page.mouse.move(bare!.x, bare!.y, { steps: 3 });
      expect(await waitForCard(page, (root) => root.querySelector('.bs-layer:not([hidden]) .bs-name')?.textContent, { timeout: 3000, polling: 50 })).toBe('Kim Yo Jong');
      await page.close();
    });
  });
}
