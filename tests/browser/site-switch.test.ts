/** The per-site switch in the toolbar popup, in Chromium and Firefox: off and on again without a reload. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openExtensionPage, readHighlights, serveFixtures, sleep, tabIdOf, waitForSettled, type BrowserName, type Session } from './harness';

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`per-site switch in ${name}`, () => {
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

    it('turns Backstory off for the site from the popup, remembers it, and back on, without reloading', async () => {
      const page = await session.browser.newPage();
      const url = `${server.url}/ap-kim-putin.html?switch`;
      await page.goto(url);
      const probe = await openExtensionPage(session, 'popup.html');
      const tabId = await tabIdOf(probe, url);
      await waitForSettled(probe, tabId);
      expect((await readHighlights(page)).length).toBeGreaterThan(20);
      await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 42)); // survives only without reload

      const popup = await openExtensionPage(session, `popup.html?tab=${tabId}`);
      const toggle = await popup.waitForSelector('input[role="switch"]');
      expect(await popup.$eval('.popup-status', (el) => el.textContent)).toMatch(/names highlighted/);
      expect(await toggle!.evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);
      await toggle!.click();
      await page.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('backstory-')), { timeout: 5000, polling: 100 });
      await popup.waitForFunction(() => /switched off/.test(document.querySelector('.popup-status')?.textContent ?? ''), { timeout: 5000, polling: 100 });

      // Remembered: a new visit to the same site stays off.
      const again = await session.browser.newPage();
      const url2 = `${server.url}/ap-kim-putin.html?switch-2`;
      await again.goto(url2);
      const tab2 = await tabIdOf(probe, url2);
      // The page answers as soon as its script runs, before it has read the site lists: ask until it has
      // (up to five seconds), then check the answer.
      const askStatus = () =>
        probe.evaluate(
          (id) => (globalThis as unknown as { chrome: { tabs: { sendMessage(i: number, m: unknown): Promise<{ enabled: boolean }> } } }).chrome.tabs.sendMessage(id, { type: 'page-status' }),
          tab2,
        );
      let status = await askStatus();
      for (let i = 0; i < 50 && status.enabled; i++) {
        await sleep(100);
        status = await askStatus();
      }
      expect(status.enabled).toBe(false);
      expect(await readHighlights(again)).toEqual([]);

      await popup.bringToFront(); // background tabs get no animation frames, which clicks wait for
      await toggle!.click();
      await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('backstory-')), { timeout: 5000, polling: 100 });
      expect(await page.evaluate(() => (window as unknown as { __marker: number }).__marker)).toBe(42);
    });
  });
}
