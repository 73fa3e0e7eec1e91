/**
 * `npm start`: the built extension in Chromium on the demo article, served from localhost.
 * With a display, a real browser window opens and stays until closed. Without one (servers, CI),
 * Chromium runs headless and writes screenshots to demo-output/: the article with highlights, an
 * open card, a card on a dark page, and the toolbar popup.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launch, openExtensionPage, serveFixtures, sleep, tabIdOf, waitForSettled } from '../tests/browser/harness.ts';

const OUT = resolve(import.meta.dirname, '../demo-output');
const DEMO = 'ap-kim-putin.html';
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;

/** Rests the pointer on the first highlighted mention with this text and waits for its card. */
async function openCard(page: Page, text: string): Promise<void> {
  const point = await page.evaluate((t) => {
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('backstory-')) continue;
      for (const r of h as unknown as Iterable<Range>) {
        if (r.toString() !== t) continue;
        const top = r.getBoundingClientRect().top + scrollY;
        scrollTo(0, Math.max(0, top - 140));
        const rect = r.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, text);
  if (!point) throw new Error(`"${text}" is not highlighted`);
  await sleep(100);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await page.waitForFunction(() => !!document.querySelector('backstory-ui')?.shadowRoot?.querySelector('.bs-name'), { timeout: 3000, polling: 50 });
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
    console.log(`No display found: ran headless. ${status.entityCount} names, ${status.mentionCount} mentions highlighted.`);
    console.log(`Screenshots written to ${OUT}/ (article.png, card.png, card-place.png, card-dark.png, popup.png)`);
  } finally {
    await session.browser.close();
    server.close();
  }
}
