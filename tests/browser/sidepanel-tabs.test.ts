/** The side panel hosts the reading list as a tab, in Chromium and Firefox. */
import { describe, expect, it } from 'vitest';
import { openExtensionPage } from './harness';
import { BROWSERS, openArticle, useExtensionSuite } from './suite';

for (const name of BROWSERS) {
  describe(`side panel tabs in ${name}`, () => {
    const suite = useExtensionSuite(name, { extPage: 'library.html' });

    it('switches from the article to the reading list, which lists the saved article', async () => {
      const { tabId } = await openArticle(suite, 'ap-kim-putin.html?tabs', { exact: true });
      const probe = suite.ext;
      await probe.evaluate(
        (id) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'save-tab', tabId: id }),
        tabId,
      );
      const panel = await openExtensionPage(suite.session, `sidepanel.html?tab=${tabId}`);
      await panel.bringToFront();
      await panel.waitForSelector('[data-entity-row="kim-jong-un"]', { timeout: 10_000 });
      expect(await panel.$eval('#sp-tabpanel-list', (el) => (el as HTMLElement).hidden)).toBe(true);
      await panel.focus('#sp-tab-article');
      await panel.keyboard.press('ArrowRight');
      await panel.waitForSelector('#sp-tabpanel-list .rl-item', { timeout: 10_000 });
      expect(await panel.$eval('#sp-tab-list', (el) => el.getAttribute('aria-selected'))).toBe('true');
      expect(await panel.$eval('#sp-tabpanel-article', (el) => (el as HTMLElement).hidden)).toBe(true);
      expect(await panel.$eval('#sp-tabpanel-list', (el) => el.textContent)).toContain('North Korea’s Kim is in Russia');
      await panel.click('#sp-tab-article');
      expect(await panel.$eval('#sp-tabpanel-article', (el) => (el as HTMLElement).hidden)).toBe(false);
    });
  });
}
