/** The per-site switch in the toolbar popup, in Chromium and Firefox: off and on again without a reload. */
import { describe, expect, it } from 'vitest';
import { eventually } from '../eventually';
import { openExtensionPage, pageStatus, readHighlights, tabIdOf } from './harness';
import { BROWSERS, openArticle, useExtensionSuite } from './suite';

for (const name of BROWSERS) {
  describe(`per-site switch in ${name}`, () => {
    const suite = useExtensionSuite(name);

    it('turns Backstory off for the site from the popup, remembers it, and back on, without reloading', async () => {
      const { page, tabId } = await openArticle(suite, 'ap-kim-putin.html?switch', { exact: true });
      const probe = suite.ext;
      expect((await readHighlights(page)).length).toBeGreaterThan(20);
      await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 42)); // survives only without reload

      const popup = await openExtensionPage(suite.session, `popup.html?tab=${tabId}`);
      const toggle = await popup.waitForSelector('input[role="switch"]');
      expect(await popup.$eval('.popup-status', (el) => el.textContent)).toMatch(/names highlighted/);
      expect(await toggle!.evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);
      await toggle!.click();
      await page.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('backstory-')), { timeout: 5000, polling: 100 });
      await popup.waitForFunction(() => /switched off/.test(document.querySelector('.popup-status')?.textContent ?? ''), { timeout: 5000, polling: 100 });

      // Remembered: a new visit to the same site stays off.
      const again = await suite.session.browser.newPage();
      const url2 = `${suite.server.url}/ap-kim-putin.html?switch-2`;
      await again.goto(url2);
      const tab2 = await tabIdOf(probe, url2);
      // The page answers as soon as its script runs, before it has read the site lists: ask until it has
      // (up to five seconds), then check the answer.
      const status = await eventually(() => pageStatus(probe, tab2), (s) => s?.enabled === false, { timeout: 5000, interval: 100, what: 'the new visit reading the site lists' });
      expect(status?.enabled).toBe(false);
      expect(await readHighlights(again)).toEqual([]);
      // A page that is no article reads the site lists only when asked (a page's status): it still answers "off".
      const other = await suite.session.browser.newPage();
      const url3 = `${suite.server.url}/not-an-article.html?switch-3`;
      await other.goto(url3);
      const tab3 = await tabIdOf(probe, url3);
      const otherStatus = await eventually(() => pageStatus(probe, tab3), (s) => s?.enabled === false, { timeout: 5000, interval: 100, what: 'the page that is no article reading the site lists' });
      expect(otherStatus).toMatchObject({ enabled: false, state: 'idle' });

      await popup.bringToFront(); // background tabs get no animation frames, which clicks wait for
      await toggle!.click();
      await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('backstory-')), { timeout: 5000, polling: 100 });
      expect(await page.evaluate(() => (window as unknown as { __marker: number }).__marker)).toBe(42);
      // Back on, the page that is no article runs its gate again and says so.
      expect(await eventually(() => pageStatus(probe, tab3), (s) => s?.enabled === true && s.state === 'not-article', { timeout: 5000, interval: 100, what: 'the page that is no article switched back on' })).toMatchObject({ enabled: true, state: 'not-article' });
      await other.close();
    });
  });
}
