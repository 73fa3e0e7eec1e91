/**
 * Facts dated to the article, end to end in the built extension, in Chromium and Firefox: the seed
 * article (September 2023) and a 2025 article give Shoigu's card in opposite orders, and the side
 * panel's timeline places the 2019 summit before the seed article and the 2024 treaty under
 * "What happened next"; the reading list's person:Shoigu timeline puts the two saved articles in
 * order with the role change between them, and the reader view of the saved 2023 article dates
 * Shoigu's card to September 2023.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { openExtensionPage, watchErrors } from './harness';
import { BROWSERS, openArticle, restAndReadCard, useExtensionSuite } from './suite';

/** Rests on the first mention of `surface` and returns the text of the card's dated facts. */
async function datedCardText(page: Page, surface: string): Promise<string> {
  // The card's root is closed: read it the way only the browser's tools can (harness.ts inCard).
  return restAndReadCard(page, surface, (root) => {
    const layer = root.querySelector<HTMLElement>('.bs-layer');
    return layer && !layer.hidden ? (layer.querySelector('.bs-dated')?.textContent ?? null) : null;
  });
}

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

/** Saves a tab to the reading list as the toolbar's button does; returns the article id. */
async function saveTab(ext: Page, tabId: number): Promise<string> {
  const reply = (await ext.evaluate((id) => chrome.runtime.sendMessage({ type: 'save-tab', tabId: id }), tabId)) as { ok: boolean; id?: string; error?: string };
  if (!reply.ok || !reply.id) throw new Error(`save failed: ${reply.error ?? 'no id'}`);
  return reply.id;
}

for (const name of BROWSERS) {
  describe(`dated facts in ${name}`, () => {
    const suite = useExtensionSuite(name);
    /** The id of the seed article once the timeline test has saved it. */
    let savedSeed = '';

    async function open(file: string) {
      const { page, errors, tabId, status } = await openArticle(suite, file);
      expect(status.state).toBe('ready');
      return { page, errors, tabId };
    }

    it('the September 2023 article: Shoigu was Defence Minister then, Security Council secretary since May 2024', async () => {
      const { page, errors } = await open('ap-kim-putin.html');
      const text = await datedCardText(page, 'Sergei Shoigu');
      expect(text).toContain('In September 2023');
      expect(text).toMatch(/Minister of Defence of Russia \(6 November 2012 – 12 May 2024\)/);
      expect(text).toMatch(/What changed since\s*Since 12 May 2024:\s*Secretary of the Security Council of Russia/);
      expect(text.indexOf('Minister of Defence')).toBeLessThan(text.indexOf('Secretary of the Security Council'));
      expect(errors).toEqual([]);
      await page.close();
    });

    it('a June 2025 article: Security Council secretary then, Defence Minister earlier', async () => {
      const { page, errors } = await open('shoigu-pyongyang-2025.html');
      const text = await datedCardText(page, 'Sergei Shoigu');
      expect(text).toContain('In June 2025');
      expect(text).toMatch(/Secretary of the Security Council of Russia \(since 12 May 2024\)/);
      expect(text).toMatch(/Earlier\s*6 November 2012 – 12 May 2024:\s*Minister of Defence of Russia/);
      expect(text.indexOf('Secretary of the Security Council')).toBeLessThan(text.indexOf('Minister of Defence'));
      expect(errors).toEqual([]);
      await page.close();
    });

    it('the side panel’s timeline: the 2019 summit before the article, the 2024 treaty under “What happened next”', async () => {
      const { page, tabId } = await open('ap-kim-putin.html');
      const panel = await openExtensionPage(suite.session, `sidepanel.html?tab=${tabId}`);
      const panelErrors = watchErrors(panel);
      await panel.waitForSelector('.sp-timeline .sp-timeline-here', { timeout: 15_000 });
      const timeline = await panel.$eval('.sp-timeline', (el) => {
        const here = el.querySelector('.sp-timeline-here')!;
        const before = [...el.querySelectorAll(':scope > .sp-timeline-list > .sp-timeline-event')].map((li) => li.querySelector('.sp-timeline-open')!.textContent);
        const details = el.querySelector<HTMLDetailsElement>('.sp-timeline-next');
        const after = [...(details?.querySelectorAll('.sp-timeline-event') ?? [])].map((li) => li.querySelector('.sp-timeline-open')!.textContent);
        return { here: here.textContent, before, after, open: details?.open ?? null, summary: details?.querySelector('summary')?.textContent ?? null };
      });
      expect(timeline.here).toBe('You are here: this article, 12 September 2023');
      expect(timeline.before).toContain('2019 Kim–Putin summit');
      expect(timeline.after).toEqual(expect.arrayContaining([expect.stringMatching(/Comprehensive Strategic Partnership/)]));
      expect(timeline.before.join(' ')).not.toMatch(/Comprehensive Strategic Partnership/);
      // What came after is collapsed until the reader opens it.
      expect(timeline.open).toBe(false);
      expect(timeline.summary).toMatch(/^What happened next \(\d+ events\)$/);
      // An event opens its entry in the panel.
      await panel.$$eval('.sp-timeline-open', (buttons) => (buttons.find((b) => /Comprehensive Strategic Partnership/.test(b.textContent ?? '')) as HTMLButtonElement).click());
      await panel.waitForFunction(() => /Comprehensive Strategic Partnership/.test(document.querySelector('.sp-detail-title')?.textContent ?? ''), { timeout: 5000 });
      expect(panelErrors).toEqual([]);
      await panel.close();
      await page.close();
    });
    it('the reading list’s person:Shoigu timeline: the 2023 article, the role change of May 2024, then the 2025 article', async () => {
      const seed = await open('ap-kim-putin.html');
      const later = await open('shoigu-pyongyang-2025.html');
      savedSeed = await saveTab(suite.ext, seed.tabId);
      await saveTab(suite.ext, later.tabId);
      await seed.page.close();
      await later.page.close();
      const library = await openExtensionPage(suite.session, `library.html?q=${encodeURIComponent('person:Shoigu')}`);
      const errors = watchErrors(library);
      await library.waitForFunction(() => document.querySelectorAll('.rl-ptl .rl-ptl-article').length === 2, { timeout: 15_000, polling: 100 });
      const items = await library.$$eval('.rl-ptl .rl-ptl-item', (lis) => lis.map((li) => ({ kind: li.className.replace('rl-ptl-item rl-ptl-', ''), text: li.textContent ?? '' })));
      const seedAt = items.findIndex((i) => i.kind === 'article' && /Kim is in Russia/.test(i.text));
      const changeAt = items.findIndex((i) => i.kind === 'role' && /Began: Secretary of the Security Council of Russia/.test(i.text));
      const laterAt = items.findIndex((i) => i.kind === 'article' && /security chief Shoigu visits Pyongyang/.test(i.text));
      expect(seedAt).toBeGreaterThanOrEqual(0);
      expect(seedAt).toBeLessThan(changeAt);
      expect(changeAt).toBeLessThan(laterAt);
      // Each article with the role Shoigu held on its published day, the published day shown.
      expect(items[seedAt]!.text).toMatch(/^12 September 2023 .*then: Minister of Defence of Russia$/);
      expect(items[changeAt]!.text).toMatch(/^12 May 2024 /);
      expect(items[laterAt]!.text).toMatch(/^4 June 2025 .*then: Secretary of the Security Council of Russia/);
      expect(errors).toEqual([]);
      await library.close();
    });

    it('the reader view of the saved September 2023 article: Shoigu was Defence Minister then, and what changed since', async () => {
      expect(savedSeed).toBeTruthy();
      const reader = await openExtensionPage(suite.session, `reader.html?id=${encodeURIComponent(savedSeed)}`);
      const errors = watchErrors(reader);
      await reader.waitForFunction(() => document.documentElement.dataset.analysed === 'true', { timeout: 15_000, polling: 100 });
      await reader.bringToFront();
      // The reader's card is the same closed-root card as on the web (components/annotator).
      const text = await datedCardText(reader, 'Sergei Shoigu');
      expect(text).toContain('In September 2023');
      expect(text).toMatch(/Minister of Defence of Russia \(6 November 2012 – 12 May 2024\)/);
      expect(text).toMatch(/What changed since\s*Since 12 May 2024:\s*Secretary of the Security Council of Russia/);
      expect(errors).toEqual([]);
      await reader.close();
    });
  });
}
