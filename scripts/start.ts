/**
 * `npm start`: the built extension in Chromium on the demo article, served from localhost.
 * With a display, a real browser window opens and stays until closed. Without one (servers, CI),
 * Chromium runs headless and writes screenshots to demo-output/: the article with highlights, an
 * open card, a card on a dark page, and the toolbar popup.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { setTimeout as sleep } from 'node:timers/promises';
import { launch, mentionCentre, waitForCard, openExtensionPage, serveFixtures, tabIdOf, waitForSettled } from '../tests/browser/harness.ts';

const OUT = resolve(import.meta.dirname, '../demo-output');
const DEMO = 'ap-kim-putin.html';
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;

/** Rests the pointer on the first highlighted mention with this text and waits for its card. */
async function openCard(page: Page, text: string): Promise<void> {
  // The mention sits 140 px below the top, so the card below it fits in the screenshot.
  const point = await mentionCentre(page, text, { top: 140 });
  if (!point) throw new Error(`"${text}" is not highlighted`);
  await sleep(100);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  // The card's shadow root is closed: the harness reads it through the browser's DevTools protocol.
  await waitForCard(page, (root) => !!root.querySelector('.bs-name'), { timeout: 3000, polling: 50 });
  await sleep(250); // let the entrance animation finish
}

const { url, server } = await serveFixtures();
const articleUrl = `${url}/${DEMO}`;

if (hasDisplay) {
  const session = await launch('chromium', { headless: false });
  const page = (await session.browser.pages())[0] ?? (await session.browser.newPage());
  await page.goto(articleUrl);
  console.log(`Backstory is running in Chromium on ${articleUrl}\nRest the pointer on an underlined name. Close the browser to stop.`);
  session.browser.on('disconnected', () => {
    server.close();
    process.exit(0);
  });
} else {
  await mkdir(OUT, { recursive: true });
  const session = await launch('chromium');
  try {
    const page = await session.browser.newPage();
    await page.setViewport({ width: 1280, height: 860 });
    await page.goto(articleUrl);
    const probe = await openExtensionPage(session, 'popup.html');
    const tabId = await tabIdOf(probe, articleUrl);
    const status = await waitForSettled(probe, tabId);
    await page.bringToFront();
    await page.evaluate(() => scrollTo(0, 230));
    await page.screenshot({ path: join(OUT, 'article.png') });
    await openCard(page, 'Kim Jong Un');
    await page.screenshot({ path: join(OUT, 'card.png') });
    await page.mouse.move(2, 2);
    await sleep(800);
    await openCard(page, 'Ussuriysk');
    await page.screenshot({ path: join(OUT, 'card-place.png') });

    // The same article on a dark page: the card follows the page's colour scheme.
    await page.mouse.move(2, 2);
    await sleep(800);
    await page.addStyleTag({ content: 'body{background:#15171c!important;color:#d8dde6!important} main p{color:#d8dde6!important}' });
    await openCard(page, 'Vladimir Putin');
    await page.screenshot({ path: join(OUT, 'card-dark.png') });

    const popup = await openExtensionPage(session, `popup.html?tab=${tabId}`);
    await popup.setViewport({ width: 340, height: 220 });
    await popup.waitForSelector('input[role="switch"]');
    await popup.screenshot({ path: join(OUT, 'popup.png') });

    // The reading list: save the demo article and a few more from the corpus, import a small Pocket
    // export through the page's own import (preview, then confirm), then the library and the reader.
    const api = (p: Page) => (m: unknown) =>
      p.evaluate((msg) => (globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<{ ok: boolean; id?: string; error?: string }> } } }).chrome.runtime.sendMessage(msg), m);
    const saved = await api(popup)({ type: 'save-tab', tabId });
    if (!saved.ok || !saved.id) throw new Error(`saving the demo article failed: ${saved.error}`);
    for (const name of ['korean-outlet-english', 'explainer-timeline', 'fact-check', 'interview-qa', 'liveblog']) {
      const other = await session.browser.newPage();
      const otherUrl = `${url}/corpus/${name}.html`;
      await other.goto(otherUrl);
      const otherTab = await tabIdOf(popup, otherUrl);
      await waitForSettled(popup, otherTab).catch(() => undefined);
      await api(popup)({ type: 'save-tab', tabId: otherTab });
      await other.close();
    }
    const pocketCsv = join(OUT, 'pocket-demo.csv');
    await writeFile(
      pocketCsv,
      [
        'title,url,time_added,cursor,tags,status',
        '"UN panel: sanctions on North Korea are being evaded",https://news.example/un-panel-sanctions?utm_source=pocket,1700000000,1,sanctions|korea,unread',
        'How the Eastern Economic Forum works,https://news.example/eef-explainer,1690000000,2,russia,archive',
        'Broken row,not-a-url,1690000001,3,,unread',
      ].join('\n'),
    );
    const library = await openExtensionPage(session, 'library.html');
    await library.setViewport({ width: 1200, height: 860 });
    await library.bringToFront();
    await library.waitForSelector('.rl-title', { timeout: 10_000 });
    await library.click('.rl-page-head .rl-button');
    const fileInput = await library.waitForSelector('.rl-io input[type=file]');
    await fileInput!.uploadFile(pocketCsv);
    await library.waitForSelector('.rl-preview', { timeout: 10_000 });
    await library.screenshot({ path: join(OUT, 'library-import.png') });
    await library.click('.rl-preview .rl-primary');
    await library.waitForSelector('.rl-ok', { timeout: 10_000 });
    await library.click('.rl-page-head .rl-button');
    const search = await library.waitForSelector('.rl-search input');
    await search!.type('person:"Kim Jong Un" russia');
    await library.waitForFunction(() => document.querySelectorAll('.rl-snippet mark').length > 0, { timeout: 10_000, polling: 100 });
    await library.click('.rl-tab:last-child'); // All, archived included
    await sleep(500);
    await library.screenshot({ path: join(OUT, 'library.png') });

    const reader = await openExtensionPage(session, `reader.html?id=${saved.id}`);
    await reader.setViewport({ width: 1200, height: 860 });
    await reader.bringToFront();
    await reader.waitForFunction(() => document.documentElement.dataset.analysed === 'true', { timeout: 15_000, polling: 100 });
    const personPoint = await reader.evaluate(() => {
      scrollTo(0, 0);
      for (const r of (CSS.highlights.get('backstory-person') ?? []) as unknown as Iterable<Range>) {
        if (r.toString() !== 'Kim Jong Un') continue;
        const rect = r.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    });
    if (personPoint) {
      await sleep(300);
      await reader.mouse.move(personPoint.x - 30, personPoint.y - 20);
      await reader.mouse.move(personPoint.x, personPoint.y, { steps: 4 });
      // The reader's card is the same closed-root card as on the web (components/annotator).
      await waitForCard(reader, (root) => !!root.querySelector('.bs-layer:not([hidden]) .bs-name'), { timeout: 5000, polling: 100 });
      await sleep(250);
    }
    await reader.screenshot({ path: join(OUT, 'reader.png') });
    await reader.click('.rd-tool[aria-controls="rd-type"]');
    await reader.click('.rd-swatch[data-swatch="sepia"]');
    await reader.mouse.move(1190, 600);
    await reader.evaluate(() => scrollTo(0, 420));
    await sleep(700);
    await reader.screenshot({ path: join(OUT, 'reader-sepia.png') });
    await reader.click('.rd-swatch[data-swatch="auto"]');
    await rm(pocketCsv, { force: true });
    console.log(`Reading-list screenshots written to ${OUT}/ (library.png, library-import.png, reader.png, reader-sepia.png)`);

    // The side panel beside the article, as a 360-pixel-wide panel: the list in the light theme,
    // a place's detail with its locator map in the dark one (the panel follows the system theme).
    const panel = await openExtensionPage(session, `sidepanel.html?tab=${tabId}`);
    await panel.setViewport({ width: 360, height: 900 });
    await panel.bringToFront();
    await panel.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await panel.waitForFunction(() => document.querySelectorAll('.sp-row .sp-tick').length > 0, { timeout: 15_000, polling: 100 });
    await sleep(300);
    await panel.screenshot({ path: join(OUT, 'sidepanel-light.png') });
    await panel.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await panel.click('[data-entity="vladivostok"]');
    await panel.waitForSelector('.sp-map svg .sp-map-marker', { timeout: 5000 });
    await sleep(300);
    await panel.screenshot({ path: join(OUT, 'sidepanel-dark.png') });
    console.log(`Side panel screenshots written to ${OUT}/ (sidepanel-light.png, sidepanel-dark.png)`);

    // The welcome page (with its live demo), and the options page's sections, light and dark.
    const welcome = await openExtensionPage(session, 'welcome.html');
    await welcome.setViewport({ width: 1200, height: 1000 });
    await welcome.bringToFront();
    await welcome.waitForFunction(() => document.querySelector('h1') !== null, { timeout: 10_000, polling: 100 });
    await sleep(2500); // the demo article is analysed inside its frame
    await welcome.screenshot({ path: join(OUT, 'welcome.png') });
    const options = await openExtensionPage(session, 'options.html#settings');
    await options.setViewport({ width: 1100, height: 1400 });
    await options.bringToFront();
    await options.waitForSelector('#hover-delay');
    await sleep(300);
    await options.screenshot({ path: join(OUT, 'options-settings.png') });
    await options.evaluate(() => (location.hash = '#glossary'));
    await options.waitForSelector('table.entries');
    await options.setViewport({ width: 1100, height: 900 });
    await sleep(300);
    await options.screenshot({ path: join(OUT, 'options-glossary.png') });
    const firstEntry = await options.$eval('a.entry-link[href*="putin"], a.entry-link', (a) => a.getAttribute('href'));
    await options.evaluate((h) => (location.hash = h ?? '#glossary'), firstEntry);
    await options.waitForSelector('.preview .bs-card');
    await sleep(300);
    await options.screenshot({ path: join(OUT, 'options-entry.png') });
    await options.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } }).chrome;
      const { settings } = await api.storage.local.get('settings');
      await api.storage.local.set({ settings: { ...(settings as object), theme: 'dark' } });
      location.hash = '#settings';
    });
    await options.waitForFunction(() => document.documentElement.dataset.theme === 'dark' && !!document.querySelector('#hover-delay'), { timeout: 5000, polling: 100 });
    await sleep(300);
    await options.setViewport({ width: 1100, height: 900 });
    await options.screenshot({ path: join(OUT, 'options-settings-dark.png') });
    console.log(`No display found: ran headless. ${status.entityCount} names, ${status.mentionCount} mentions highlighted.`);
    console.log(
      `Screenshots written to ${OUT}/ (article.png, card.png, card-place.png, card-dark.png, popup.png, welcome.png, options-settings.png, options-glossary.png, options-entry.png, options-settings-dark.png)`,
    );
  } finally {
    await session.browser.close();
    server.close();
  }
}
