/**
 * First run, in Chromium and Firefox: installing opens the welcome page; its live demo shows the
 * bundled article highlighted with working cards; the one-click site choice works; axe-core finds
 * no serious or critical violation on the welcome page in light and dark.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { waitForCard, openExtensionPage, readHighlights, waitForTransitions } from './harness';
import { BROWSERS, useExtensionSuite } from './suite';

interface StorageApi {
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
}
declare const chrome: StorageApi;

/** Sets the theme setting from inside an extension page; open pages follow it live. */
export async function setTheme(page: Page, theme: 'light' | 'dark' | 'system') {
  await page.evaluate(async (t) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object), theme: t } });
  }, theme);
  if (theme !== 'system') await page.waitForFunction((t) => document.documentElement.dataset.theme === t, { timeout: 5000, polling: 100 }, theme);
}

for (const name of BROWSERS) {
  describe(`welcome page in ${name}`, () => {
    const suite = useExtensionSuite(name);
    let welcome: Page;

    it('installing opens the welcome page', async () => {
      const url = `${suite.session.extensionOrigin}welcome.html`;
      // The extension's own view of its tabs (Firefox's BiDi does not report moz-extension:// tab URLs).
      const probe = await openExtensionPage(suite.session, 'options.html');
      await probe.waitForFunction(async (u) => (await chrome.tabs.query({})).some((t) => t.url === u), { timeout: 15_000, polling: 200 }, url);
      await probe.close();
      // Drive a welcome page of our own (the same page; puppeteer can attach to it in both browsers).
      welcome = await openExtensionPage(suite.session, 'welcome.html');
      await welcome.bringToFront();
      await welcome.waitForFunction(() => document.querySelector('h1')?.textContent === 'Backstory is ready', { timeout: 10_000, polling: 100 });
      const text = await welcome.evaluate(() => document.body.innerText);
      expect(text).toMatch(/Nothing leaves your device/);
      expect(text).toMatch(/Keyboard/);
      expect(text).toMatch(/Where it runs/);
      expect(await welcome.$('iframe.demo-frame')).toBeTruthy();
    });

    it('the live demo shows the bundled article highlighted, with cards', async () => {
      const demo = await openExtensionPage(suite.session, 'welcome.html?demo');
      await demo.bringToFront();
      await demo.waitForFunction(() => Number(document.body.dataset.demoMentions) > 20, { timeout: 15_000, polling: 100 });
      const highlights = await readHighlights(demo);
      expect(highlights.map((h) => h.text)).toEqual(expect.arrayContaining(['Kim Jong Un', 'Vladimir Putin', 'Vladivostok']));
      const point = await demo.evaluate(() => {
        for (const [n, h] of CSS.highlights) {
          if (!n.startsWith('backstory-')) continue;
          for (const r of h as unknown as Iterable<Range>) {
            if (r.toString() !== 'Vladimir Putin') continue;
            const rect = r.getClientRects()[0]!;
            return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
          }
        }
        return null;
      });
      expect(point).not.toBeNull();
      await demo.mouse.move(point!.x - 40, point!.y + 60);
      await demo.mouse.move(point!.x, point!.y, { steps: 4 });
      await waitForCard(demo, (root) => root.querySelector('.bs-name')?.textContent === 'Vladimir Putin', { timeout: 5000, polling: 100 });
      await demo.close();
    });

    it('changes where Backstory runs in one click', async () => {
      await welcome.bringToFront();
      await welcome.$eval('input[name="welcome-site-mode"][value="allowed"]', (el) => (el as HTMLInputElement).click());
      await welcome.waitForFunction(async () => (await chrome.storage.local.get('siteMode')).siteMode === 'allowed', { timeout: 5000, polling: 100 });
      await welcome.$eval('input[name="welcome-site-mode"][value="all"]', (el) => (el as HTMLInputElement).click());
      await welcome.waitForFunction(async () => (await chrome.storage.local.get('siteMode')).siteMode === 'all', { timeout: 5000, polling: 100 });
    });

    it('has no serious or critical accessibility violations, light and dark', async () => {
      for (const theme of ['light', 'dark'] as const) {
        await setTheme(welcome, theme);
        await waitForTransitions(welcome);
        const violations = await seriousViolations(welcome);
        expect(violations, `${theme}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
      }
      await setTheme(welcome, 'system');
    });
  });
}
