/**
 * Matching on real pages, in Chromium and Firefox: names inside links, non-breaking spaces, inline
 * markup and soft hyphens inside names, a misspelling, and bare surnames resolved or left open.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { clickInCard, inCard, readHighlights, reanalyse } from './harness';
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

      // The reader's own click on "It is Kim Yo Jong" is remembered for the site and applied at once.
      await clickInCard(page, '.bs-choice', 'Kim Yo Jong');
      await page.waitForFunction(
        () => {
          for (const [name, h] of CSS.highlights) {
            if (name !== 'backstory-person') continue;
            for (const r of h as unknown as Iterable<Range>) if (r.toString() === 'Kim') return true;
          }
          return false;
        },
        { timeout: 5000, polling: 100 },
      );
      expect(await cardFor(page, 'Kim')).toBe('Kim Yo Jong');
      await page.close();
    });
  });
}
