/** The side panel hosts the reading list as a tab, in Chromium and Firefox. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openExtensionPage, serveFixtures, tabIdOf, waitForSettled, type BrowserName, type Session } from './harness';

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`side panel tabs in ${name}`, () => {
    let session: Session;
    let server: Awaited<ReturnType<typeof serveFixtures>>;
    beforeAll(async () => {
      server = await serveFixtures();
      session = await launch(name);
    });
    afterAll(async () => {
      await session?.browser.close();
      server?.server.close();
    });

    it('switches from the article to the reading list, which lists the saved article', async () => {
      const page = await session.browser.newPage();
      const url = `${server.url}/ap-kim-putin.html?tabs`;
      await page.goto(url);
      const probe = await openExtensionPage(session, 'library.html');
      const tabId = await tabIdOf(probe, url);
      await waitForSettled(probe, tabId);
      await probe.evaluate(
        (id) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'save-tab', tabId: id }),
        tabId,
      );
      const panel = await openExtensionPage(session, `sidepanel.html?tab=${tabId}`);
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
