/**
 * Recognition on everyday US and Korean news, in Chromium and Firefox (issue 15): "Atlanta, Georgia"
 * opens the US state's card, "Georgia O'Keeffe" underlines no Georgia, and "Margie Kim" in an article
 * about Kim Jong Un opens no card of his, nor does the bare "Kim" that quotes her; "Athens" in an article
 * about the state of Georgia is the state's town (the regions pack's `towns`, through the stored match index);
 * in a game report, a city that is a side underlines nothing, and the city itself still opens its card.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { readHighlights } from './harness';
import { BROWSERS, openArticle, restAndReadCard, useExtensionSuite } from './suite';

/** Rests on the `nth` mention reading `text` and returns the open card's name and text. */
async function card(page: Page, text: string, nth = 0): Promise<{ name: string; text: string } | null> {
  // The card's root is closed: read it the way only the browser's tools can (harness.ts inCard).
  return restAndReadCard(
    page,
    text,
    (root) => {
      const name = root.querySelector('.bs-layer:not([hidden]) .bs-name')?.textContent;
      return name ? { name, text: root.querySelector('.bs-card')?.textContent ?? '' } : null;
    },
    { nth, timeout: 3000 },
  );
}

for (const name of BROWSERS) {
  describe(`recognition on everyday news in ${name}`, () => {
    const suite = useExtensionSuite(name);
    const open = async (file: string) => (await openArticle(suite, file)).page;

    it('"Atlanta, Georgia" in a US article opens the state’s card, not the country’s', async () => {
      const page = await open('recognition-atlanta.html');
      const georgias = (await readHighlights(page)).filter((h) => h.text === 'Georgia');
      expect(georgias.length).toBe(2);
      const c = await card(page, 'Georgia');
      expect(c?.name).toBe('Georgia');
      expect(c?.text).toContain('State of the United States');
      expect(c?.text).not.toContain('Tbilisi');
      await page.close();
    });

    it('"Athens" in an article about the state of Georgia underlines no Athens, Greece; a bare "Trump" used as a name is his', async () => {
      const page = await open('recognition-athens.html');
      const texts = (await readHighlights(page)).map((h) => h.text);
      expect(texts).toEqual(expect.arrayContaining(['Georgia', 'Atlanta', 'Trump']));
      expect(texts).not.toContain('Athens');
      expect((await card(page, 'Trump'))?.name).toBe('Donald Trump');
      await page.close();
    });

    it('"Georgia O\'Keeffe" underlines no Georgia', async () => {
      const page = await open('recognition-okeeffe.html');
      const texts = (await readHighlights(page)).map((h) => h.text);
      expect(texts).toEqual(expect.arrayContaining(['Paris', 'Tokyo']));
      expect(texts.filter((t) => t.includes('Georgia'))).toEqual([]);
      await page.close();
    });

    it('a city as a side in a game report underlines nothing; "back in Dallas" opens the city\'s card', async () => {
      const page = await open('recognition-sports.html');
      const texts = (await readHighlights(page)).map((h) => h.text);
      expect(texts.filter((t) => t === 'Dallas')).toEqual(['Dallas']);
      expect(texts).not.toContain('Washington');
      expect(texts).toEqual(expect.arrayContaining(['Chicago', 'Toronto']));
      const c = await card(page, 'Dallas');
      expect(c?.name).toContain('Dallas');
      await page.close();
    });

    it('"Margie Kim" in a Korea article opens no Kim Jong Un card', async () => {
      const page = await open('recognition-margie-kim.html');
      const texts = (await readHighlights(page)).map((h) => h.text);
      expect(texts).toContain('Kim Jong Un');
      expect(texts.filter((t) => t === 'Kim')).toEqual([]);
      expect((await card(page, 'Kim Jong Un'))?.name).toBe('Kim Jong Un');
      await page.close();
    });
  });
}
