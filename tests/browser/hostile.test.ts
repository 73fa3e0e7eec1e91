/**
 * The hostile-page suite (issue 18), in the built extension in Chromium and Firefox. Each page in
 * tests/fixtures/hostile runs one attack from its own scripts (attacks.js + <attack>.js) and reports
 * what it got in window.__leaks / window.__report; every test fails on any success. The reader has
 * an entry of their own ("Jane Doe") and a note on a bundled one (Vladimir Putin), each carrying a
 * SECRET-… marker the pages look for everywhere they can reach.
 */
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../eventually';
import { inCard, mentionCentre, openCardTitle, openExtensionPage, privateMarks, readHighlights, reanalyse, setValue, storeRows, textCentre, waitForCard, waitForNoCard } from './harness';
import { BROWSERS, openArticle, useExtensionSuite } from './suite';

interface Report {
  rounds?: number;
  reach?: { host: boolean; openRoot: boolean; captured: number; highlights: string[]; active: boolean; hostBox?: number[] };
  first?: { highlights: string[] };
  second?: { highlights: string[] };
  hitsHost?: boolean;
  gesture?: boolean;
  forwarded?: number;
  sequences?: number;
  events?: number;
  activeSeen?: boolean;
  openRoot?: boolean;
  ms?: number;
}
declare global {
  interface Window {
    __leaks: string[];
    __report: Report;
    __stop?: boolean;
  }
}
interface ExtensionApi {
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> }; session: { get(k: string): Promise<Record<string, unknown>> } };
}
declare const chrome: ExtensionApi;

/** An alias the reader adds to a bundled entry (Vladimir Putin): a page must not learn it. */
const ALIAS = 'Jane Roe Probe';

const results = (page: Page) => page.evaluate(() => ({ leaks: window.__leaks, report: window.__report }));

/** What the extension recorded that only a reader's click may cause: a side panel request, a correction. */
async function actedOn(ext: Page, tabId: number) {
  return ext.evaluate(async (id) => {
    const focus = (await chrome.storage.session.get(`panel-focus:${id}`))[`panel-focus:${id}`] ?? null;
    const corrections = (await chrome.storage.local.get('corrections')).corrections ?? {};
    return { focus, corrections: JSON.stringify(corrections) };
  }, tabId);
}

for (const name of BROWSERS) {
  describe(`hostile pages in ${name}`, () => {
    const suite = useExtensionSuite(name);

    beforeAll(async () => {
      const session = suite.session;
      // The reader's own entry, with texts only they wrote…
      // Opened at the editor's own address: a hash set after load could land before the page listens for it.
      const options = await openExtensionPage(session, 'options.html#glossary/new?name=Jane%20Doe');
      await options.waitForFunction(() => (document.querySelector('#entry-name') as HTMLInputElement | null)?.value === 'Jane Doe', { timeout: 20_000, polling: 100 });
      await setValue(options, '#entry-summary', 'SECRET-SUMMARY-jane');
      await setValue(options, '#entry-notes', 'SECRET-NOTES-jane');
      await setValue(options, '#entry-user-notes', 'SECRET-USERNOTE-jane');
      await options.$eval('form.editor', (f) => (f as HTMLFormElement).requestSubmit());
      await options.waitForFunction(() => location.hash.startsWith('#glossary/entry/user'), { timeout: 10_000, polling: 100 });
      // …and a note and an alias of their own on a bundled entry.
      await options.evaluate(() => (location.hash = '#glossary/entry/vladimir-putin'));
      await options.waitForFunction(() => (document.querySelector('#entry-aliases') as HTMLTextAreaElement | null)?.value.includes('Putin'), { timeout: 10_000, polling: 100 });
      const aliases = await options.$eval('#entry-aliases', (el) => (el as HTMLTextAreaElement).value);
      await setValue(options, '#entry-aliases', `${aliases}\n${ALIAS}`);
      await setValue(options, '#entry-user-notes', 'SECRET-USERNOTE-putin');
      await options.$eval('form.editor', (f) => (f as HTMLFormElement).requestSubmit());
      await eventually(() => storeRows<{ id: string; userNotes?: string }>(options, 'edits'), (rows) => rows.some((r) => r.id === 'vladimir-putin' && r.userNotes === 'SECRET-USERNOTE-putin'), { what: 'the note on Vladimir Putin stored' });
      await options.close();
    }, 120_000);

    async function open(file: string) {
      const { page, tabId } = await openArticle(suite, `hostile/${file}`);
      await page.mouse.move(1, 1);
      return { page, tabId };
    }

    it('1. synthetic pointer events open no card, and no page script reads the card or the reader’s notes', async () => {
      const { page } = await open('read-notes.html');
      await page.waitForFunction(() => (window.__report.rounds ?? 0) >= 3, { timeout: 20_000, polling: 100 });
      expect(await openCardTitle(page)).toBeNull();
      let { leaks, report } = await results(page);
      expect(leaks).toEqual([]);
      expect(report.reach).toMatchObject({ host: true, openRoot: false, captured: 0, active: false, hostBox: [0, 0] });

      // The reader's own hover opens Jane Doe's card with every private text, inside the closed root…
      const jane = (await textCentre(page, 'Jane Doe'))!;
      await page.mouse.move(jane.x - 40, jane.y + 60);
      await page.mouse.move(jane.x, jane.y, { steps: 4 });
      await waitForCard(page, (root) => root.querySelector('.bs-layer:not([hidden]) .bs-name')?.textContent === 'Jane Doe', { timeout: 5000 });
      const text = (await inCard(page, (root) => root.querySelector('.bs-card')!.textContent))!;
      expect(text).toContain('SECRET-SUMMARY-jane');
      expect(text).toContain('SECRET-USERNOTE-jane');
      // …where the page, probing all the while, still finds nothing (and no active mark in CSS.highlights).
      const rounds = (await results(page)).report.rounds!;
      await page.waitForFunction((n) => (window.__report.rounds ?? 0) >= n + 2, { timeout: 10_000, polling: 100 }, rounds);
      ({ leaks, report } = await results(page));
      expect(leaks).toEqual([]);
      expect(report.reach?.active).toBe(false);

      // A bundled name's card shows the reader's note to the reader only.
      const putin = (await mentionCentre(page, 'Vladimir Putin'))!;
      await page.mouse.move(putin.x, putin.y, { steps: 4 });
      await waitForCard(page, (root) => /SECRET-USERNOTE-putin/.test(root.querySelector('.bs-layer:not([hidden]) .bs-card')?.textContent ?? ''), { timeout: 5000 });
      await page.waitForFunction((n) => (window.__report.rounds ?? 0) >= n + 4, { timeout: 10_000, polling: 100 }, rounds);
      expect((await results(page)).leaks).toEqual([]);
      await page.evaluate(() => (window.__stop = true));
      await page.close();
    });

    it('2. CSS.highlights shows bundled names only: the reader’s own “Jane Doe” is marked where only the reader sees it', async () => {
      const { page } = await open('probe-highlights.html');
      await page.waitForFunction(() => document.title === 'done', { timeout: 20_000, polling: 100 });
      const { leaks, report } = await results(page);
      expect(leaks).toEqual([]);
      for (const probe of [report.first!, report.second!]) {
        // What a page may learn: Backstory is installed and which bundled names it found…
        expect(probe.highlights).toContain('backstory-person:Vladimir Putin');
        // …but nothing of the reader's own entries.
        expect(probe.highlights.filter((h) => h.includes('Jane'))).toEqual([]);
      }
      expect(report.hitsHost).toBe(false);
      // The reader still sees Jane Doe underlined: drawn inside the closed root.
      const marked = await eventually(() => privateMarks(page, ['Jane Doe']), (m) => m.length > 0, { timeout: 8000, interval: 200, what: 'a private mark on Jane Doe' });
      expect(marked).toEqual(['person:Jane Doe']);
      expect((await readHighlights(page)).some((h) => h.text === 'Jane Doe')).toBe(false);
      await page.close();
    });

    it('2b. an alias the reader added to a bundled entry is not in CSS.highlights: the reader sees it marked, in their own colours', async () => {
      const { page } = await open(`probe-highlights.html?name=${encodeURIComponent(ALIAS)}`);
      await page.waitForFunction(() => document.title === 'done', { timeout: 20_000, polling: 100 });
      const { leaks, report } = await results(page);
      expect(leaks).toEqual([]);
      // The page wrote the alias beside a bundled name of the same entry: the bundled name is public…
      expect(report.second!.highlights).toContain('backstory-person:Vladimir Putin');
      // …the alias is not, on its own or inside a longer range.
      expect([...report.first!.highlights, ...report.second!.highlights].filter((h) => h.includes('Probe'))).toEqual([]);
      expect(report.hitsHost).toBe(false);
      const marked = await eventually(() => privateMarks(page, [ALIAS]), (m) => m.length > 0, { timeout: 8000 });
      expect(marked).toEqual([`person:${ALIAS}`]);

      // The reader picks another colour for people: the private marks follow at once, like the highlights.
      const markColour = () =>
        inCard(page, (root) => {
          const mark = root.querySelector<HTMLElement>('.bs-mark-person');
          return mark ? getComputedStyle(mark).backgroundColor : null;
        });
      expect(await markColour()).toBe('rgba(59, 130, 246, 0.85)');
      const setPersonColour = (colour: string) =>
        suite.ext.evaluate(async (c: string) => {
          const settings = ((await chrome.storage.local.get('settings')).settings ?? {}) as { kindColors?: Record<string, string> };
          await chrome.storage.local.set({ settings: { ...settings, kindColors: { ...settings.kindColors, person: c } } });
        }, colour);
      await setPersonColour('#ff0000');
      await waitForCard(page, (root) => [...root.querySelectorAll('.bs-mark-person')].some((m) => getComputedStyle(m).backgroundColor === 'rgba(255, 0, 0, 0.85)'), { timeout: 5000 });
      await setPersonColour('#3b82f6');
      await page.close();
    });

    it('3. a page forwarding the reader’s click (and synthetic keys) to the card opens no panel, pins nothing, corrects nothing', async () => {
      const { page, tabId } = await open('forward-clicks.html');
      const before = await actedOn(suite.ext, tabId);
      // The reader clicks the page's own button (a real gesture the page can forward)…
      await page.click('#page-button');
      // …and rests on a name: the card is open when the page forwards clicks all over it.
      const putin = (await mentionCentre(page, 'Vladimir Putin'))!;
      await page.mouse.move(putin.x, putin.y, { steps: 4 });
      await waitForCard(page, (root) => root.querySelector('.bs-layer:not([hidden]) .bs-name')?.textContent === 'Vladimir Putin', { timeout: 5000 });
      await page.waitForFunction(() => document.title === 'done', { timeout: 15_000, polling: 100 });
      const { leaks, report } = await results(page);
      expect(report.gesture).toBe(true);
      expect(report.forwarded).toBeGreaterThan(1000);
      expect(leaks).toEqual([]);
      // Synthetic Escape left the card open; nothing opened the panel or stored a correction.
      expect(await openCardTitle(page)).toBe('Vladimir Putin');
      // The background has since answered the analysis this page asked for after every forwarded click (one channel, in order).
      await reanalyse(suite.ext, tabId);
      expect(await actedOn(suite.ext, tabId)).toEqual(before);
      expect(before.focus).toBeNull();
      // Not pinned: the card closes when the pointer leaves.
      await page.mouse.move(1, 1);
      await waitForNoCard(page, 2000);
      expect(await openCardTitle(page)).toBeNull();
      expect((await readHighlights(page)).some((h) => h.text === 'Vladimir Putin')).toBe(true);
      await page.close();
    });

    it('4. fuzz: 10,000 synthetic event sequences open no card and read no text', async () => {
      const { page, tabId } = await open('fuzz.html');
      const before = await actedOn(suite.ext, tabId);
      let opened: string | null = null;
      // Until the fuzz is done, any card it opens is caught on the way.
      const progress = async () => {
        opened ??= await openCardTitle(page);
        return (await page.title()) === 'done' ? 'done' : (await results(page)).report;
      };
      await eventually(progress, (p) => p === 'done', { timeout: 150_000, interval: 150, what: 'the fuzz finishing' });
      const { leaks, report } = await results(page);
      expect(opened).toBeNull();
      expect(await openCardTitle(page)).toBeNull();
      expect(report.sequences).toBe(10_000);
      expect(report.events).toBeGreaterThan(30_000);
      expect(leaks).toEqual([]);
      expect(report.activeSeen).toBeUndefined();
      expect(report.openRoot).toBeUndefined();
      expect(report.reach).toMatchObject({ openRoot: false, active: false });
      expect(await actedOn(suite.ext, tabId)).toEqual(before);
      await page.close();
    }, 180_000);
  });
}
