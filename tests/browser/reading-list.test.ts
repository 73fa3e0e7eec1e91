/**
 * The reading list in Chromium and Firefox, with the built extension: save the seed article from
 * the toolbar popup, find it by a word and by a person, read it in the reader view (article only,
 * names highlighted, cards on hover), save it again and still have one; and a page whose article
 * is full of active markup saves and displays with none of it active.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { deflateSync, strToU8 } from 'fflate';
import { rawZip } from '../../lib/reading-list/formats/test-zips';
import { eventually } from '../eventually';
import { chooseFile, openExtensionPage, setValue, storeRows, tabIdOf, waitForCard, waitForSettled, watchErrors } from './harness';
import { BROWSERS, openArticle, useExtensionSuite } from './suite';

interface SaveReply {
  ok: boolean;
  outcome?: 'created' | 'updated';
  id?: string;
  error?: string;
}
declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

async function saveFrom(extPage: Page, tabId: number): Promise<SaveReply> {
  return extPage.evaluate((id) => chrome.runtime.sendMessage({ type: 'save-tab', tabId: id }) as Promise<SaveReply>, tabId);
}

/** A query no article matches: the list shows none, so the next query's results are told from what was there. */
const NO_MATCH = 'zq-no-article-says-this-zq';

/**
 * Puts a query in the library's search box (as a paste would) and returns the titles listed for it,
 * once the list shows this query's results: the box first gets a query that matches nothing, and
 * the results of the real one are the first articles (or a fresh "nothing found") shown after it.
 */
async function search(library: Page, query: string): Promise<string[]> {
  await library.bringToFront();
  await library.waitForSelector('.rl-search input');
  for (const q of [NO_MATCH, query]) {
    // What is shown now is marked stale; the query's own "nothing found" is a new element (while it loads, none shows).
    await library.evaluate(() => document.querySelectorAll('.rl-empty').forEach((e) => ((e as unknown as { stale: boolean }).stale = true)));
    await setValue(library, '.rl-search input', q);
    await library.waitForFunction((v) => new URL(location.href).searchParams.get('q') === v, { timeout: 5000, polling: 100 }, q);
    await library.waitForFunction(
      (none) => {
        const fresh = [...document.querySelectorAll('.rl-empty')].some((e) => !(e as unknown as { stale?: boolean }).stale);
        return fresh || (!none && !!document.querySelector('.rl-item'));
      },
      { timeout: 10_000, polling: 50 },
      q === NO_MATCH,
    );
  }
  return library.$$eval('.rl-title', (els) => els.map((e) => e.textContent ?? ''));
}

/** Chooses a file in the library's import panel (opening the panel first), as the reader would. */
async function chooseImportFile(library: Page, name: string, bytes: Uint8Array): Promise<void> {
  if (!(await library.$('.rl-io input[type=file]'))) await library.click('.rl-page-head .rl-button');
  await library.waitForSelector('.rl-io input[type=file]');
  await chooseFile(library, '.rl-io input[type=file]', name, bytes);
}

/** Articles in the reading list, counted in the extension's own database. */
const storedCount = async (extPage: Page): Promise<number> => (await storeRows(extPage, 'articles')).length;

const POCKET_ZIP = new Uint8Array(readFileSync(join(import.meta.dirname, '../../lib/reading-list/formats/fixtures/pocket-export.zip')));

/** An Omnivore zip of a few hundred bytes whose page claims to unpack to 1.4 GB. */
function lyingZip(): Uint8Array {
  const metadata = strToU8(JSON.stringify([{ url: 'https://example.org/a', slug: 'a', title: 'A', savedAt: '2023-09-12T00:00:00Z', labels: [] }]));
  const page = strToU8('<p>hello</p>');
  return rawZip([
    { name: 'metadata_0_to_1.json', data: deflateSync(metadata), crc: crc32(metadata), declared: metadata.length },
    { name: 'content/a.html', data: deflateSync(page), crc: crc32(page), declared: 1_400_000_000 },
  ]);
}

for (const name of BROWSERS) {
  describe(`reading list in ${name}`, () => {
    const suite = useExtensionSuite(name, { extPage: 'library.html' });

    it('saves the seed article, finds it by a word and by a person, reads it, and keeps one copy when saved again', async () => {
      const { tabId } = await openArticle(suite, 'ap-kim-putin.html?utm_source=newsletter&utm_medium=email', { exact: true });
      const library = await openExtensionPage(suite.session, 'library.html');

      // Save from the toolbar popup.
      const popup = await openExtensionPage(suite.session, `popup.html?tab=${tabId}`);
      const button = (await popup.waitForSelector('.bs-save-button'))!;
      expect(await button.evaluate((b) => b.textContent)).toMatch(/Save to reading list/);
      await popup.bringToFront();
      await button.click();
      await popup.waitForFunction(() => /Saved to your reading list/.test(document.querySelector('.bs-save-status')?.textContent ?? ''), { timeout: 10_000, polling: 100 });
      await popup.waitForFunction(() => document.querySelector('.bs-save-button')?.getAttribute('data-saved') === 'true', { timeout: 5000, polling: 100 });
      // The toolbar button says the page is saved.
      const title = await popup.evaluate((id) => (globalThis as unknown as { chrome: { action: { getTitle(d: { tabId: number }): Promise<string> } } }).chrome.action.getTitle({ tabId: id }), tabId);
      expect(title).toMatch(/saved in your reading list/);

      // Find it (a fresh page: Firefox never reports a reload of an extension page as finished).
      await library.close();
      const list0 = await openExtensionPage(suite.session, 'library.html');
      await list0.waitForSelector('.rl-title', { timeout: 10_000 });
      const found = list0;
      const byWord = await search(found, 'Ussuriysk');
      expect(byWord).toEqual(['North Korea’s Kim is in Russia to meet Putin, as both are locked in standoffs with the West']);
      expect(await found.$eval('.rl-snippet mark', (m) => m.textContent)).toBe('Ussuriysk');
      expect(await search(found, 'person:"Vladimir Putin"')).toHaveLength(1);
      expect(await found.$eval('.rl-item .rl-chips', (c) => c.textContent)).toMatch(/Kim Jong Un/);
      expect(await search(found, 'person:"Vladimir Putin" -ussuriysk')).toHaveLength(0);

      // Read it: the article only, with names highlighted and cards on hover.
      await search(found, 'Ussuriysk');
      await found.click('.rl-title');
      await found.waitForFunction(() => location.pathname === '/reader.html', { timeout: 5000, polling: 100 });
      await found.waitForFunction(() => document.documentElement.dataset.analysed === 'true', { timeout: 15_000, polling: 100 });
      const reader = found;
      const text = await reader.$eval('.rd-body', (b) => b.textContent ?? '');
      expect(text).toContain('Ussuriysk, a city about 60 kilometers north of Vladivostok');
      expect(text).toContain('Kim is making his first foreign trip since the pandemic');
      for (const junk of ['Trending', 'Related stories', 'Advertisement', 'Comments', 'morning briefing', 'Sign up', 'Copy link', 'Will Kim and Putin sign']) {
        expect(text).not.toContain(junk);
      }
      expect(await reader.$eval('.rd-title', (h) => h.textContent)).toMatch(/Kim is in Russia/);
      const highlighted = await reader.evaluate(() => {
        const out: Record<string, string[]> = {};
        for (const [key, h] of CSS.highlights) out[key] = [...(h as unknown as Iterable<Range>)].map((r) => r.toString());
        return out;
      });
      expect(highlighted['backstory-person']).toEqual(expect.arrayContaining(['Kim Jong Un', 'Vladimir Putin']));
      expect(highlighted['backstory-place']).toEqual(expect.arrayContaining(['Ussuriysk']));

      // Rest the pointer on "Ussuriysk": the same card as on the web.
      const rangeOf = () =>
        reader.evaluate(() => {
          for (const r of CSS.highlights.get('backstory-place') as unknown as Iterable<Range>) {
            if (r.toString() !== 'Ussuriysk') continue;
            const rect = r.getClientRects()[0]!;
            if (rect.top < 80 || rect.bottom > innerHeight - 40) r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
            const now = r.getClientRects()[0]!;
            return { x: now.left + now.width / 2, y: now.top + now.height / 2 };
          }
          return null;
        });
      await reader.bringToFront();
      await rangeOf();
      // Layout and scrolling settle: the mention stays put from one frame to the next.
      const frame = () => reader.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const steady = async () => {
        const a = await rangeOf();
        await frame();
        const b = await rangeOf();
        return a && b && a.x === b.x && a.y === b.y ? b : null;
      };
      const point = await eventually(steady, (p) => p !== null, { timeout: 5000, what: 'the mention at rest on screen' }).catch(() => null);
      expect(point).not.toBeNull();
      await reader.mouse.move(point!.x - 40, point!.y - 30);
      await reader.mouse.move(point!.x, point!.y, { steps: 4 });
      await waitForCard(reader, (root) => root.querySelector('.bs-name')?.textContent === 'Ussuriysk', { timeout: 5000, polling: 100 });

      // Reading position: saved while scrolling, restored when the article is opened again.
      const readerUrl = await reader.evaluate(() => location.href); // Firefox's page.url() misses in-page navigations
      await reader.mouse.move(5, 5);
      await reader.evaluate(() => scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
      // The reader writes the position while scrolling: wait until it is stored.
      const savedAt = () => storeRows<{ title: string; progress: number }>(reader, 'articles').then((rows) => rows.find((r) => /Kim is in Russia/.test(r.title))?.progress ?? 0);
      await eventually(savedAt, (progress) => progress > 0.35 && progress < 0.65, { what: 'the reading position stored' });
      const reopened = await openExtensionPage(suite.session, readerUrl.slice(suite.session.extensionOrigin.length));
      await reopened.bringToFront();
      await reopened.waitForFunction(() => scrollY > 0, { timeout: 5000, polling: 100 });
      const fraction = await reopened.evaluate(() => scrollY / (document.documentElement.scrollHeight - innerHeight));
      expect(fraction).toBeGreaterThan(0.35);
      expect(fraction).toBeLessThan(0.65);

            // Save again, from another address of the same article: updated, still one.
      const again = await suite.session.browser.newPage();
      const url2 = `${suite.server.url}/ap-kim-putin.html?fbclid=abc#comments`;
      await again.goto(url2);
      const tab2 = await tabIdOf(popup, url2);
      await waitForSettled(popup, tab2);
      const reply = await saveFrom(popup, tab2);
      expect(reply).toMatchObject({ ok: true, outcome: 'updated' });
      const popup2 = await openExtensionPage(suite.session, `popup.html?tab=${tab2}`);
      await popup2.waitForFunction(() => document.querySelector('.bs-save-button')?.getAttribute('data-saved') === 'true', { timeout: 5000, polling: 100 });
      await popup2.bringToFront();
      await popup2.click('.bs-save-button');
      await popup2.waitForFunction(() => /Already in your reading list/.test(document.querySelector('.bs-save-status')?.textContent ?? ''), { timeout: 10_000, polling: 100 });

      const list = await openExtensionPage(suite.session, 'library.html');
      await list.waitForSelector('.rl-title', { timeout: 10_000 });
      await list.click('.rl-tab:last-child'); // All
      await list.waitForFunction(() => document.querySelector('.rl-tab:last-child')?.getAttribute('aria-pressed') === 'true', { timeout: 5000, polling: 50 });
      // The list under "All" shows what the database holds.
      const stored = await storedCount(list);
      await eventually(() => list.$$eval('.rl-item', (items) => items.length), (n) => n === stored, { what: 'the list showing every stored article' }).catch(() => undefined);
      expect(await list.$$eval('.rl-item', (items) => items.length)).toBe(1);
      expect(await list.$eval('#rl-count', (c) => c.textContent)).toMatch(/^1 article/);
    });

    it('saves and shows a page full of active markup with none of it active', async () => {
      const { tabId } = await openArticle(suite, 'hostile-article.html', { exact: true });
      const probe = suite.ext;
      const reply = await saveFrom(probe, tabId);
      expect(reply).toMatchObject({ ok: true, outcome: 'created' });

      const hitsBefore = suite.server.hits.length;
      const reader = await openExtensionPage(suite.session, `reader.html?id=${reply.id}`);
      const errors = watchErrors(reader);
      await reader.waitForSelector('.rd-body p', { timeout: 10_000 });
      // Rendered and analysed in full: whatever the article's markup could run would have run.
      await reader.waitForFunction(() => document.documentElement.dataset.analysed === 'true', { timeout: 15_000, polling: 100 });
      const report = await reader.evaluate(() => {
        const body = document.querySelector('.rd-body')!;
        const onAttrs: string[] = [];
        for (const el of body.querySelectorAll('*')) for (const a of el.attributes) if (/^on/i.test(a.name) || a.name === 'srcdoc' || a.name === 'formaction') onAttrs.push(`${el.tagName}@${a.name}`);
        return {
          active: [...body.querySelectorAll('script, iframe, frame, form, input, button, textarea, select, object, embed, svg, style, link, meta')].map((e) => e.tagName),
          onAttrs,
          hrefs: [...body.querySelectorAll('a')].map((a) => a.getAttribute('href')),
          styled: body.querySelectorAll('[style], [class], [id]').length,
          imgSrcs: [...body.querySelectorAll('img')].map((i) => i.getAttribute('src')),
          pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
          pageScript: (window as unknown as { __pageScriptRan?: boolean }).__pageScriptRan ?? null,
          title: document.title,
          text: body.textContent ?? '',
        };
      });
      expect(report.active).toEqual([]);
      expect(report.onAttrs).toEqual([]);
      expect(report.styled).toBe(0);
      expect(report.pwned).toBeNull();
      expect(report.pageScript).toBeNull();
      expect(report.title).not.toMatch(/PWNED/);
      expect(report.text).toContain('The reader should see this sentence');
      expect(report.text).toContain('Ussuriysk is a city about 60 kilometres north of Vladivostok');
      for (const href of report.hrefs) expect(href === null || /^https?:\/\//.test(href)).toBe(true);
      expect(report.hrefs).toContain(`${suite.server.url}/world/related-story`);
      expect(report.hrefs.filter((h) => h && /javascript/i.test(h))).toEqual([]);
      // Images stay unloaded until the reader asks: no request at all from the reader view.
      expect(report.imgSrcs).toEqual([null]);
      await reader.mouse.move(200, 300);
      await reader.click('.rd-body p');
      // The click's handlers, and the tasks and frames they queue, have run.
      await reader.evaluate(() => new Promise((r) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); })));
      expect(await reader.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).toBeNull();
      const later = suite.server.hits.slice(hitsBefore);
      expect(later.filter((h) => /hostile-frame|steal|does-not-exist/.test(h))).toEqual([]);
      expect(errors.filter((e) => /Content Security Policy|CSP|pwned/i.test(e))).toEqual([]);
    });

    it('imports Pocket’s own zip (part_000000.csv) after a preview that labels its bad line, and refuses a lying zip, writing nothing', async () => {
      const library = await openExtensionPage(suite.session, 'library.html');
      await library.waitForSelector('#rl-count');
      const before = await storedCount(library);

      await chooseImportFile(library, 'pocket-export.zip', POCKET_ZIP);
      await library.waitForSelector('.rl-preview', { timeout: 15_000 });
      const preview = await library.$eval('.rl-preview', (p) => (p as HTMLElement).innerText);
      expect(preview).toMatch(/Pocket export \(zip\)/);
      expect(preview).toMatch(/5 new/);
      expect(preview).toMatch(/Line 8: not a valid URL \(not-a-url\)/);
      expect(await storedCount(library)).toBe(before); // a preview writes nothing
      await library.click('.rl-preview .rl-primary');
      await library.waitForFunction(() => /Imported 5 articles from Pocket export \(zip\)/.test(document.querySelector('.rl-io-status')?.textContent ?? ''), { timeout: 20_000, polling: 100 });
      expect(await storedCount(library)).toBe(before + 5);
      // Two Google Groups threads, one site, one route each: both kept.
      expect(await search(library, 'helm-find-files')).toEqual(['helm-find-files slow']);

      const started = Date.now();
      await chooseImportFile(library, 'omnivore-export.zip', lyingZip());
      await library.waitForSelector('.rl-io-status .rl-error', { timeout: 5000 });
      expect(Date.now() - started).toBeLessThan(5000);
      const message = await library.$eval('.rl-io-status .rl-error', (e) => e.textContent ?? '');
      expect(message).toMatch(/The zip entry “content\/a\.html” unpacks to 1,335 MB: Backstory reads entries up to 32 MB\. Nothing was imported\./);
      expect(await library.$('.rl-preview')).toBeNull();
      expect(await storedCount(library)).toBe(before + 5);
    });
  });
}
