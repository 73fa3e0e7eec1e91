/**
 * Articles and the interface in other languages, in Chromium and Firefox: a French article's
 * "la Corée du Nord", "l'ONU" and "Moscou" open their cards (named as the article names them), a
 * German "Russlands" is Russia, a French first name is no country; the side panel lists the French
 * article's entities by their French names; with the browser in French, the
 * popup and the side panel speak French.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { inCard, openExtensionPage, readHighlights } from './harness';
import { BROWSERS, openArticle, restAndReadCard, useExtensionSuite } from './suite';

/** Rests on the first mention whose text is `text` and returns the card's title. */
async function cardFor(page: Page, text: string): Promise<string | null> {
  // The card's root is closed: read it the way only the browser's tools can (harness.ts inCard).
  return restAndReadCard(page, text, (root) => (root.querySelector('.bs-card') ? (root.querySelector('.bs-layer:not([hidden]) .bs-name')?.textContent ?? null) : null), { timeout: 3000 });
}

for (const name of BROWSERS) {
  describe(`articles in other languages, in ${name}`, () => {
    const suite = useExtensionSuite(name);
    const open = async (file: string) => (await openArticle(suite, file)).page;

    it('a French article: la Corée du Nord, l’ONU and Moscou open their cards; Jordan and Victoria are people', async () => {
      const page = await open('fr-coree-du-nord.html');
      const texts = (await readHighlights(page)).map((h) => h.text);
      expect(texts).toEqual(expect.arrayContaining(['Corée du Nord', 'ONU', 'Moscou', 'Vladimir Poutine', 'Kim Jong-un', 'Séoul', 'Conseil de sécurité', 'OTAN', 'Russie']));
      expect(texts).not.toContain('Jordan');
      expect(texts).not.toContain('Victoria');
      expect(await cardFor(page, 'Corée du Nord')).toBe('Corée du Nord');
      // Its notes are the pack's, in English, and the card says so.
      expect(await inCard(page, (root) => root.querySelector('.bs-card')?.textContent ?? '')).toContain('Notes in English.');
      expect(await cardFor(page, 'ONU')).toBe('Nations unies');
      expect(await cardFor(page, 'Moscou')).toBe('Moscou');
      await page.close();
    });

    it('the side panel lists a French article’s entities as the article names them, English names beside', async () => {
      const { page, tabId: tab } = await openArticle(suite, 'fr-coree-du-nord.html');
      const panel = await openExtensionPage(suite.session, `sidepanel.html?tab=${tab}`);
      await panel.waitForFunction(() => [...document.querySelectorAll('.sp-entity-label')].some((e) => e.textContent === 'Corée du Nord'), { timeout: 15_000, polling: 100 });
      const rows = await panel.evaluate(() =>
        [...document.querySelectorAll('.sp-entity-name')].map((b) => [b.querySelector('.sp-entity-label')?.textContent, b.querySelector('.sp-entity-english')?.textContent ?? null]),
      );
      expect(rows).toContainEqual(['Corée du Nord', 'North Korea']);
      expect(rows).toContainEqual(['Moscou', 'Moscow']);
      expect(rows.map(([label]) => label)).not.toContain('North Korea');
      await panel.close();
      await page.close();
    });

    it('a German article: “Russlands” is Russia, “Moskauer” Moscow', async () => {
      const page = await open('de-russland.html');
      const highlights = await readHighlights(page);
      const texts = highlights.map((h) => h.text);
      expect(texts).toEqual(expect.arrayContaining(['Russlands', 'Nordkoreas', 'Wladimir Putin', 'Moskau', 'Moskauer', 'UN-Sicherheitsrat', 'Sergej Lawrow']));
      expect(highlights.find((h) => h.text === 'Russlands')!.name).toBe('backstory-place');
      expect(await cardFor(page, 'Russlands')).toBe('Russland');
      await page.close();
    });
  });

  describe(`the interface in French, in ${name}`, () => {
    const suite = useExtensionSuite(name, { locale: 'fr' });

    it('the popup and the side panel render in French when the browser is in French', async () => {
      const { tabId: tab } = await openArticle(suite, 'fr-coree-du-nord.html');
      const popup = suite.ext;
      await popup.bringToFront();
      expect(await popup.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage())).toMatch(/^fr/);
      const popupText = await popup.evaluate(() => document.body.innerText);
      expect(popupText).toContain('Réglages');
      expect(popupText).toContain('Glossaire');
      expect(popupText).not.toContain('Settings');

      const panel = await openExtensionPage(suite.session, `sidepanel.html?tab=${tab}`);
      await panel.waitForFunction(() => document.querySelectorAll('.sp-entity-label').length > 0, { timeout: 15_000, polling: 100 });
      const panelText = await panel.evaluate(() => document.body.innerText);
      expect(panelText).toContain('Cet article');
      expect(panelText).toContain('Liste de lecture');
      expect(panelText).toMatch(/\d+ noms/);
      expect(panelText).not.toContain('This article');
    });
  });
}
