/**
 * The content script in two parts, in Chromium and Firefox: the gate every page pays for, and the
 * analyser (extraction, highlights, hover card) loaded only on pages that pass it
 * (entrypoints/content/gate.ts, entrypoints/content/lazy.ts, entrypoints/analyser.ts).
 */
import type { CDPSession, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { pageStatus, readHighlights, tabMessage, waitForSettled, workerGone } from './harness';
import { eventually } from '../eventually';
import { BROWSERS, openArticle, restAndReadCard, shownTitle, useExtensionSuite } from './suite';

/** Rests the pointer on a highlighted mention; the card's title, or null when no card showed. */
const hoverCard = (page: Page, text: string): Promise<string | null> => restAndReadCard(page, text, shownTitle, { timeout: 3000 }).catch(() => null);

for (const name of BROWSERS) {
  describe(`lazily loaded analyser in ${name}`, () => {
    const suite = useExtensionSuite(name);

    /**
     * Opens a fixture; in Chromium also records every script the page's renderer compiles (any
     * world), so a test can see whether the analyser's file was injected.
     */
    async function open(file: string) {
      const scripts: string[] = [];
      let cdp: CDPSession | null = null;
      const before = async (page: Page) => {
        if (name !== 'chromium') return;
        cdp = await page.createCDPSession();
        cdp.on('Debugger.scriptParsed', (e: { url: string }) => scripts.push(e.url));
        await cdp.send('Debugger.enable');
      };
      const opened = await openArticle(suite, file, { before, settle: false });
      return { ...opened, scripts, cdp };
    }

    it('rejects a page that is no article without loading the analyser', async () => {
      const { page, tabId, scripts, errors } = await open('not-an-article.html');
      const status = await waitForSettled(suite.ext, tabId);
      expect(status).toMatchObject({ state: 'not-article', analyser: false });
      // The gate's decision stands until the page changes, and this page was loaded in full and is static: asked again, the same.
      expect((await pageStatus(suite.ext, tabId)) as unknown).toMatchObject({ state: 'not-article', analyser: false });
      if (name === 'chromium') {
        expect(scripts.some((u) => u.includes('/content-scripts/content.js'))).toBe(true); // the gate ran
        expect(scripts.filter((u) => u.includes('analyser.js') || u.includes('extractor.js'))).toEqual([]);
      }
      expect(await page.evaluate(() => document.querySelector('backstory-ui'))).toBeNull();
      expect(errors).toEqual([]);
      await page.close();
    });

    it("posts nothing into the page's own window on a page it rejects", async () => {
      // A page's message listeners are its own code: Backstory has nothing to tell them.
      const before = (page: Page) => page.evaluateOnNewDocument(() => {
        const seen: unknown[] = [];
        (window as unknown as { __seen: unknown[] }).__seen = seen;
        addEventListener('message', (e) => seen.push(e.data));
      });
      const { page, tabId } = await openArticle(suite, 'not-an-article.html', { before, settle: false });
      expect(await waitForSettled(suite.ext, tabId)).toMatchObject({ state: 'not-article' });
      expect(await page.evaluate(() => (window as unknown as { __seen: unknown[] }).__seen)).toEqual([]);
      await page.close();
    });

    it('loads the analyser on an article: highlights and a working card', async () => {
      const { page, tabId, scripts, errors } = await open('ap-kim-putin.html');
      expect(await waitForSettled(suite.ext, tabId)).toMatchObject({ state: 'ready', analyser: true });
      expect((await readHighlights(page)).map((h) => h.text)).toEqual(expect.arrayContaining(['Vladimir Putin', 'Kim Jong Un']));
      expect(await hoverCard(page, 'Vladimir Putin')).toBe('Vladimir Putin');
      expect(errors).toEqual([]); // (before the probe below, whose refusal the console reports)
      if (name === 'chromium') {
        // Loaded once, from the extension's own files; parsed off the page, so without the on-page parser.
        const loaded = scripts.filter((u) => u.includes('analyser.js'));
        expect(loaded).toHaveLength(1);
        // The extractor (find the article, ask for its mentions) loads before it, once, and serves later analyses too.
        expect(scripts.filter((u) => u.includes('extractor.js'))).toHaveLength(1);
        expect(scripts.filter((u) => u.includes('on-page-parser.js'))).toEqual([]);
        expect(loaded[0]).toMatch(/^chrome-extension:\/\//);
        // The page cannot probe for it by its fixed URL (use_dynamic_url) to fingerprint the reader.
        for (const file of ['analyser.js', 'extractor.js']) {
          const probe = `${suite.session.extensionOrigin}${file}`;
          expect(await page.evaluate((u) => fetch(u).then(() => 'loaded', () => 'refused'), probe)).toBe('refused');
        }
      }
      // Nothing was added to the page for it: no <script>, no <link>, no <style>.
      expect(await page.evaluate(() => [...document.querySelectorAll('script[src*="extension://"], link[href*="extension://"]')].length)).toBe(0);
      await page.close();
    });

    it('keeps an article that names nothing in the gate: no analyser until the page or the glossary changes', async () => {
      // No name of the glossary in it: analysed, ready, and nothing more loaded.
      const { page, tabId, scripts, errors } = await open('unknown-names.html');
      expect(await waitForSettled(suite.ext, tabId)).toMatchObject({ state: 'ready', analyser: false, mentionCount: 0, parsedOn: 'off the page' });
      if (name === 'chromium') {
        expect(scripts.filter((u) => u.includes('extractor.js'))).toHaveLength(1);
        expect(scripts.filter((u) => u.includes('analyser.js'))).toEqual([]);
      }
      // Every analysed page gets the (empty) UI host, so its presence tells the page nothing about private names.
      expect(await page.evaluate(() => document.querySelectorAll('backstory-ui').length)).toBe(1);
      // The side panel's "Other names" still get the article's text, from the gate.
      const text = (await tabMessage(suite.ext, tabId, { type: 'article-text' })) as { ok: boolean; text?: string };
      expect(text.ok).toBe(true);
      expect(text.text).toContain('Quillhaven');
      // The live text, read on this request (the first analysis stopped at the article's copy): without the
      // sign-up box Readability kept, which only the live page's classes tell apart.
      expect(text.text).not.toContain('Zephyrine');
      expect(await pageStatus(suite.ext, tabId)).toMatchObject({ analyser: false });

      // The article changes and now names someone: the analyser comes and underlines them.
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'The council also wrote to Vladimir Putin about the lighthouse, and received no reply.';
        document.querySelector('article')!.append(p);
      });
      const status = (await eventually(() => pageStatus(suite.ext, tabId), (s) => !!s?.analyser && s.state === 'ready', { timeout: 15_000, what: 'the analyser taking over' }))!;
      expect(status.mentionCount).toBeGreaterThan(0);
      expect((await readHighlights(page)).map((h) => h.text)).toContain('Vladimir Putin');
      // Still one host: the analyser built its UI in the gate's.
      expect(await page.evaluate(() => document.querySelectorAll('backstory-ui').length)).toBe(1);
      expect(errors).toEqual([]);
      await page.close();

      // A glossary change wakes a quiet page too (its analysis may now find names).
      const quiet = await open('unknown-names.html');
      expect(await waitForSettled(suite.ext, quiet.tabId)).toMatchObject({ state: 'ready', analyser: false });
      await suite.ext.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ glossaryChangedAt: Date.now() }));
      await eventually(() => pageStatus(suite.ext, quiet.tabId), (s) => !!s?.analyser && s.state === 'ready', { timeout: 15_000, what: 'the analyser after a glossary change' });
      expect(await quiet.page.evaluate(() => document.querySelectorAll('backstory-ui').length)).toBe(1);
      await quiet.page.close();
    });

    it('loads the on-page parser only when it is needed: to save the page, or to parse XHTML on the page', async () => {
      const { page, tabId, scripts, errors } = await open('ap-kim-putin.html');
      expect(await waitForSettled(suite.ext, tabId)).toMatchObject({ state: 'ready', analyser: true, parsedOn: 'off the page' });
      const parserLoads = () => scripts.filter((u) => u.includes('on-page-parser.js'));
      if (name === 'chromium') expect(parserLoads()).toEqual([]);
      // The background asks for the article when the reader saves: the parser loads, once, and answers.
      for (let i = 0; i < 2; i++) {
        const reply = (await tabMessage(suite.ext, tabId, { type: 'collect-article' })) as { ok: boolean; article?: { text: string; html: string; meta: { title: string } } };
        expect(reply.ok).toBe(true);
        expect(reply.article!.text).toContain('munitions for Russia');
        expect(reply.article!.html).toContain('munitions for Russia');
        expect(reply.article!.html).not.toMatch(/<script|<form|onsubmit/i); // sanitised for the reading list
      }
      if (name === 'chromium') {
        expect(parserLoads()).toHaveLength(1);
        expect(parserLoads()[0]).toMatch(/^chrome-extension:\/\//);
      }
      expect(errors).toEqual([]);
      await page.close();

      // XHTML served as XML cannot be posted as HTML: the page parses it itself, with the on-page parser.
      const xhtml = await open('corpus/xhtml-article.xhtml');
      expect(await waitForSettled(suite.ext, xhtml.tabId)).toMatchObject({ state: 'ready', analyser: true, parsedOn: 'page (xhtml)' });
      expect((await readHighlights(xhtml.page)).map((h) => h.text)).toEqual(expect.arrayContaining(['Kim Jong Un', 'Vladimir Putin']));
      if (name === 'chromium') expect(xhtml.scripts.filter((u) => u.includes('on-page-parser.js'))).toHaveLength(1);
      expect(xhtml.errors).toEqual([]);
      await xhtml.page.close();
    });

    it('loads it on a page whose CSP header forbids everything', async () => {
      const { page, tabId, errors } = await open('ap-kim-putin.html?csp=none');
      expect(await waitForSettled(suite.ext, tabId)).toMatchObject({ state: 'ready', analyser: true });
      expect((await readHighlights(page)).map((h) => h.text)).toEqual(expect.arrayContaining(['Vladimir Putin']));
      expect(await hoverCard(page, 'Vladimir Putin')).toBe('Vladimir Putin');
      expect(errors.filter((e) => /Content Security Policy|CSP/i.test(e) && /extension/i.test(e))).toEqual([]);
      await page.close();
    });

    it('loads it when the reader asks for a page the gate rejected ("Analyse anyway")', async () => {
      const { page, tabId } = await open('not-an-article.html');
      expect(await waitForSettled(suite.ext, tabId)).toMatchObject({ analyser: false });
      const reply = await tabMessage(suite.ext, tabId, { type: 'analyse-anyway' });
      expect(reply).toEqual({ ok: true });
      // Settled again, by the analyser this time (before, the gate's own "not-article" still answers).
      const status = (await eventually(() => pageStatus(suite.ext, tabId), (s) => !!s?.analyser && s.state !== 'working' && s.state !== 'idle', { timeout: 15_000, what: 'the analyser settling' }))!;
      expect(status).toMatchObject({ analyser: true });
      expect(status.state).not.toBe('working');
      await page.close();
    });

    it('loads it after the background was stopped', async () => {
      if (name === 'chromium') {
        const worker = await suite.session.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(suite.session.extensionOrigin));
        await (await worker.worker())?.close();
        await workerGone(suite.session);
      }
      // (Firefox's background page cannot be stopped from here; the page still loads cold.)
      const { page, tabId, errors } = await open('ap-kim-putin.html');
      expect(await waitForSettled(suite.ext, tabId, 20_000)).toMatchObject({ state: 'ready', analyser: true });
      expect((await readHighlights(page)).map((h) => h.text)).toEqual(expect.arrayContaining(['Vladimir Putin', 'Kim Jong Un']));
      expect(errors).toEqual([]);
      await page.close();
    });
  });
}
