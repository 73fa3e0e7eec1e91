/**
 * The side panel, end to end, in the built production extension: the panel page opened as a tab
 * next to the seed article (and the next article of the story) in Chromium; loading and listing in
 * Firefox's sidebar page opened as a tab.
 */
import type { Page, Target } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { cardPoint, mentionCentre, waitForCard, openExtensionPage, privateMarks, readHighlights, tabIdOf, waitForSettled, watchErrors } from './harness';
import { openArticle, useExtensionSuite } from './suite';

const SEED = 'ap-kim-putin.html';
const NEXT = 'ap-kim-putin-cosmodrome.html';

/** What the seed article names, by group: the entities of issue "Hover to understand". */
const SEED_GROUPS: Record<string, string[]> = {
  People: ['Kim Jong Un', 'Vladimir Putin', 'Dmitry Peskov', 'Sergei Shoigu', 'Jo Chun Ryong'],
  Places: ['North Korea', 'South Korea', 'Russia', 'Ukraine', 'Seoul', 'Moscow', 'Vladivostok', 'Ussuriysk', 'Razdolnaya River'],
  Organisations: ['Kremlin', 'Korean Central News Agency', 'RIA Novosti', 'Yonhap News Agency', 'Ministry of Unification'],
  Topics: ['UN sanctions on North Korea'],
};

interface PanelRow {
  group: string;
  name: string;
  count: number;
  ticks: number;
}

/** The panel's groups and rows as the reader sees them. */
async function panelRows(panel: Page): Promise<PanelRow[]> {
  return panel.evaluate(() =>
    [...document.querySelectorAll('.sp-group')].flatMap((g) => {
      const group = g.querySelector('.sp-group-title')?.childNodes[1]?.textContent?.trim() ?? '';
      return [...g.querySelectorAll('.sp-row')].map((row) => ({
        group,
        name: row.querySelector('.sp-entity-label')?.textContent ?? '',
        count: Number(row.querySelector('.sp-count')?.textContent),
        ticks: row.querySelectorAll('.sp-tick').length,
      }));
    }),
  );
}

/** Waits until the panel lists `name` among the article's names. */
async function waitForName(panel: Page, name: string, timeout: number): Promise<void> {
  await panel.waitForFunction((n) => [...document.querySelectorAll('.sp-entity-label')].some((e) => e.textContent === n), { timeout, polling: 100 }, name);
}

async function waitForList(panel: Page, timeout = 15_000): Promise<void> {
  await panel.waitForFunction(() => document.querySelectorAll('.sp-row .sp-tick').length > 0, { timeout, polling: 100 });
}

async function panelTitle(panel: Page): Promise<string | null> {
  return panel.evaluate(() => document.querySelector('.sp-title')?.textContent ?? null);
}

describe('side panel in chromium', () => {
  const suite = useExtensionSuite('chromium');
  let session: typeof suite.session;
  let server: typeof suite.server;
  let seed: Page;
  let seedTab: number;
  let probe: Page;
  let panel: Page;
  let panelErrors: string[];

  beforeAll(async () => {
    ({ session, server, ext: probe } = suite);
    const before = (page: Page) => page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    ({ page: seed, tabId: seedTab } = await openArticle(suite, SEED, { exact: true, before }));
    panel = await openExtensionPage(session, `sidepanel.html?tab=${seedTab}`);
    panelErrors = watchErrors(panel);
    await waitForList(panel);
  });

  it('heads the panel with the article: title, site, date, byline, reading time, number of names', async () => {
    expect(await panelTitle(panel)).toBe('North Korea’s Kim is in Russia to meet Putin, as both are locked in standoffs with the West');
    const head = await panel.$eval('.sp-header', (el) => (el as HTMLElement).innerText);
    expect(head).toMatch(/World News Wire · (12 Sept? 2023|Sept? 12, 2023)/); // the date in the browser’s locale
    expect(head).toContain('By Wire Staff');
    expect(head).toMatch(/\d+(–\d+)? min read/);
    expect(head).toMatch(/\d+ names/);
  });

  it('lists the seed’s entities in their groups, each with one tick per mention', async () => {
    const rows = await panelRows(panel);
    for (const [group, names] of Object.entries(SEED_GROUPS)) {
      const inGroup = rows.filter((r) => r.group === group).map((r) => r.name);
      expect(inGroup, group).toEqual(expect.arrayContaining(names));
    }
    for (const r of rows) expect(r.ticks, r.name).toBe(r.count);
    // Every mention the page highlights has a tick in the panel (ambiguous ones included).
    const highlighted = (await readHighlights(seed)).filter((h) => h.name !== 'backstory-active');
    const ticks = await panel.$$eval('.sp-tick', (els) => els.length);
    expect(ticks).toBe(highlighted.length);
  });

  it('counts every mention of Kim Jong Un, the bare “Kim” included', async () => {
    const highlighted = (await readHighlights(seed)).filter((h) => h.name === 'backstory-person' && /^Kim(’s)?$|^Kim Jong Un$/.test(h.text));
    const kim = (await panelRows(panel)).find((r) => r.name === 'Kim Jong Un')!;
    expect(highlighted.filter((h) => h.text !== 'Kim Jong Un').length).toBeGreaterThanOrEqual(5);
    expect(kim.count).toBe(highlighted.length);
    expect(kim.ticks).toBe(highlighted.length);
  });

  it('clicking a tick scrolls the page so the mention is in view, and marks it', async () => {
    await seed.evaluate(() => scrollTo(0, 0));
    await panel.bringToFront();
    // The last mention of Kim is far down the article, out of a 900-pixel viewport.
    const ticks = await panel.$$('[data-entity-row="kim-jong-un"] .sp-tick');
    const start = await ticks.at(-1)!.evaluate((el) => Number((el as HTMLElement).dataset.start));
    const before = await seed.evaluate(() => {
      const r = [...(CSS.highlights.get('backstory-person') as unknown as Iterable<Range>)].filter((x) => x.toString() === 'Kim').at(-1)!;
      return r.getBoundingClientRect().top;
    });
    expect(before).toBeGreaterThan(900);
    await ticks.at(-1)!.click();
    const view = await seed.waitForFunction(
      () => {
        const active = CSS.highlights.get('backstory-active') as unknown as Set<Range> | undefined;
        const range = active && [...active][0];
        if (!range) return null;
        const rect = range.getBoundingClientRect();
        return { text: range.toString(), top: rect.top, bottom: rect.bottom, height: innerHeight, scrollY };
      },
      { timeout: 5000, polling: 100 },
    );
    const v = (await view.jsonValue())!;
    expect(v.text).toBe('Kim');
    expect(v.scrollY).toBeGreaterThan(0);
    expect(v.top).toBeGreaterThanOrEqual(0);
    expect(v.bottom).toBeLessThanOrEqual(v.height);
    expect(start).toBeGreaterThan(0);
  });

  it('a place shows an offline SVG locator map with a marker', async () => {
    await panel.bringToFront();
    await panel.click('[data-entity="vladivostok"]');
    await panel.waitForSelector('.sp-map svg .sp-map-marker', { timeout: 5000 });
    const map = await panel.$eval('.sp-map svg', (svg) => {
      const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
      const m = /translate\(([\d.]+) ([\d.]+)\)/.exec(svg.querySelector('.sp-map-marker')!.getAttribute('transform')!)!;
      return { label: svg.getAttribute('aria-label'), w, h, x: Number(m[1]), y: Number(m[2]), land: svg.querySelectorAll('.sp-map-land').length };
    });
    expect(map.label).toMatch(/^Map: Vladivostok, 43\.\d+° N, 131\.\d+° E, in Russia$/);
    expect(map.x).toBeGreaterThan(0);
    expect(map.x).toBeLessThan(map.w!);
    expect(map.y).toBeGreaterThan(0);
    expect(map.y).toBeLessThan(map.h!);
    expect(map.land).toBeGreaterThan(3);
    expect(await panel.$eval('.sp-detail-title', (el) => el.textContent)).toBe('Vladivostok');
    // The page made no network request for the map: only the fixtures were served.
    expect(server.hits.every((p) => p.startsWith('/ap-kim-putin') || p === '/favicon.ico')).toBe(true);
    await panel.click('.sp-back');
    await waitForList(panel);
  });

  it('lists names the glossary lacks; “Add to glossary” adds one, highlighted on the next page naming it', async () => {
    const next = await session.browser.newPage();
    await next.goto(`${server.url}/${NEXT}`);
    const nextTab = await tabIdOf(probe, `${server.url}/${NEXT}`);
    await waitForSettled(probe, nextTab);
    const other = await openExtensionPage(session, `sidepanel.html?tab=${nextTab}`);
    await other.waitForSelector('.sp-other-row', { timeout: 15_000 });
    const names = await other.$$eval('.sp-other-row', (rows) => rows.map((r) => ({ name: (r as HTMLElement).dataset.name!, meta: r.querySelector('.sp-other-meta')!.textContent! })));
    expect(names.length).toBeGreaterThan(0);
    // None of them is a glossary name: the page underlines none of them.
    const underlined = new Set((await readHighlights(next)).map((h) => h.text));
    for (const n of names) expect(underlined.has(n.name), n.name).toBe(false);

    const pick = names.find((n) => n.name === 'Marina Volkova') ?? names.find((n) => n.meta.startsWith('Person')) ?? names[0]!;
    await other.bringToFront();
    await other.click(`button[aria-label="Add ${pick.name} to glossary"]`);
    await other.waitForSelector('.sp-editor');
    expect(await other.$eval('#sp-editor-name', (el) => (el as HTMLInputElement).value)).toBe(pick.name);
    expect(await other.$eval('#sp-editor-notes', (el) => (el as HTMLTextAreaElement).value)).toContain(pick.name);
    await other.type('#sp-editor-summary', 'Researcher quoted on the summit');
    await other.click('.sp-editor button[type="submit"]');
    await other.waitForFunction((n) => document.querySelector('.sp-other .sp-status')?.textContent?.includes(`Added “${n}”`), { timeout: 5000, polling: 100 }, pick.name);

    // The next page that names it underlines it.
    const again = await session.browser.newPage();
    await again.goto(`${server.url}/${NEXT}?again`);
    const againTab = await tabIdOf(probe, `${server.url}/${NEXT}?again`);
    await waitForSettled(probe, againTab);
    // The reader's own entry is underlined privately, inside the card's closed root: never in
    // CSS.highlights, which the page can read (issue 18).
    expect((await readHighlights(again)).map((h) => h.text)).not.toContain(pick.name);
    expect((await privateMarks(again, [pick.name])).some((m) => m.endsWith(`:${pick.name}`))).toBe(true);
    // And the panel of the page it was added from lists it among the names, no longer as an other name.
    await waitForName(other, pick.name, 10_000);
    expect(await other.$$eval('.sp-other-row', (rows) => rows.map((r) => (r as HTMLElement).dataset.name))).not.toContain(pick.name);
    await again.close();
    await other.close();
    await next.close();
  });

  // The list is drawn against that page's own entries (components/sidepanel/data.test.tsx: never another tab's).
  it('opened as a tab, it follows the most recently focused web page of its window', async () => {
    const next = await session.browser.newPage();
    await next.goto(`${server.url}/${NEXT}?follow`);
    const nextTab = await tabIdOf(probe, `${server.url}/${NEXT}?follow`);
    await waitForSettled(probe, nextTab);
    const follower = await openExtensionPage(session, 'sidepanel.html?pop-out');
    await follower.waitForFunction(() => !!document.querySelector('.sp-title'), { timeout: 15_000, polling: 100 });
    expect(await panelTitle(follower)).toMatch(/^Putin and Kim meet at a Russian spaceport/);
    // Watch every drawing of the panel: a list under one article's title never lacks that article's
    // own place (drawn against the other tab's entries, the switch showed a list missing names).
    await follower.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { wrongLists: string[] }).wrongLists = seen;
      const own: [RegExp, string][] = [[/^North Korea’s Kim is in Russia/, 'Ussuriysk'], [/^Putin and Kim meet at a Russian spaceport/, 'Vostochny Cosmodrome']];
      new MutationObserver(() => {
        const title = document.querySelector('.sp-title')?.textContent ?? '';
        const labels = [...document.querySelectorAll('.sp-entity-label')].map((e) => e.textContent);
        for (const [re, name] of own) if (re.test(title) && labels.length && !labels.includes(name)) seen.push(`${title}: ${labels.join(', ')}`);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });

    await seed.bringToFront();
    await follower.waitForFunction(() => /^North Korea’s Kim is in Russia/.test(document.querySelector('.sp-title')?.textContent ?? ''), { timeout: 10_000, polling: 100 });
    await waitForName(follower, 'Ussuriysk', 5000);

    await next.bringToFront();
    await follower.waitForFunction(() => /^Putin and Kim meet at a Russian spaceport/.test(document.querySelector('.sp-title')?.textContent ?? ''), { timeout: 10_000, polling: 100 });
    await waitForName(follower, 'Vostochny Cosmodrome', 5000);
    expect(await follower.evaluate(() => (window as unknown as { wrongLists: string[] }).wrongLists)).toEqual([]);
    await follower.close();
    await next.close();
  });

  it('says when a page is not an article; “Analyse anyway” reads it and lists the names it found', async () => {
    const open = async (file: string) => {
      const page = await session.browser.newPage();
      await page.goto(`${server.url}/${file}`);
      const tab = await tabIdOf(probe, `${server.url}/${file}`);
      await waitForSettled(probe, tab);
      const p = await openExtensionPage(session, `sidepanel.html?tab=${tab}`);
      await p.waitForFunction(() => document.querySelector('.sp-state-title')?.textContent === 'No article found', { timeout: 10_000, polling: 100 });
      await p.click('.sp-state button');
      return { page, p };
    };
    // A brief too short for the article gate: read anyway, its names are listed.
    const brief = await open('short-brief.html');
    await brief.p.waitForFunction(() => document.querySelectorAll('.sp-entity-label').length > 0, { timeout: 10_000, polling: 100 });
    expect((await panelRows(brief.p)).map((r) => r.name)).toEqual(expect.arrayContaining(['Kim Jong Un', 'Vladimir Putin']));
    // A section page: read anyway, Readability takes its headline list for the text (in both browsers
    // alike, now that both parse off the page), and the panel lists the names in it, never others.
    const sections = await open('not-an-article.html');
    await sections.p.waitForFunction(() => document.querySelectorAll('.sp-entity-label').length > 0, { timeout: 10_000, polling: 100 });
    const headlineNames = new Set(['Vladimir Putin', 'Vladivostok', 'Kim', 'Kim Jong Un']);
    const rows = await panelRows(sections.p);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(headlineNames.has(row.name), row.name).toBe(true);
    for (const { page, p } of [brief, sections]) {
      await p.close();
      await page.close();
    }
  });

  it('saves the article from the header; another article’s entity then says it is also in a saved article', async () => {
    await panel.bringToFront();
    await panel.click('.sp-header .bs-save-button');
    await panel.waitForFunction(() => /Saved|reading list/.test(document.querySelector('.sp-header .bs-save-status')?.textContent ?? ''), { timeout: 10_000, polling: 100 });
    await panel.waitForFunction(() => document.querySelector('.sp-header .bs-save-button')?.getAttribute('data-saved') === 'true', { timeout: 10_000, polling: 100 });

    const next = await session.browser.newPage();
    await next.goto(`${server.url}/${NEXT}?saved`);
    const nextTab = await tabIdOf(probe, `${server.url}/${NEXT}?saved`);
    await waitForSettled(probe, nextTab);
    const p = await openExtensionPage(session, `sidepanel.html?tab=${nextTab}`);
    await waitForList(p);
    await p.click('[data-entity="kim-jong-un"]');
    await p.waitForFunction(() => document.querySelector('#sp-saved-title')?.textContent === 'Also in 1 saved article', { timeout: 10_000, polling: 100 });
    expect(await p.$eval('.sp-saved-list a', (a) => a.textContent)).toBe('North Korea’s Kim is in Russia to meet Putin, as both are locked in standoffs with the West');
    await p.close();
    await next.close();
  });

  it('the card’s “Open in side panel” opens the browser’s side panel on that entity (the click’s gesture carries through)', async () => {
    await seed.bringToFront();
    const point = await mentionCentre(seed, 'Vladimir Putin');
    await seed.mouse.move(point!.x, point!.y, { steps: 3 });
    await waitForCard(seed, (root) => !!root.querySelector('.bs-open-panel'), { timeout: 5000, polling: 100 });
    const box = (await cardPoint(seed, '.bs-open-panel'))!;
    await seed.mouse.move(box.x, box.y, { steps: 3 });
    const opened = session.browser.waitForTarget((t: Target) => t.url() === `${session.extensionOrigin}sidepanel.html`, { timeout: 5000 });
    await seed.mouse.click(box.x, box.y);
    const side = await (await opened).asPage();
    await side.waitForFunction(() => document.querySelector('.sp-detail-title')?.textContent === 'Vladimir Putin', { timeout: 10_000, polling: 100 });

    // The real side panel follows the active tab of its window.
    const next = await session.browser.newPage();
    await next.goto(`${server.url}/${NEXT}?side`);
    await waitForSettled(probe, await tabIdOf(probe, `${server.url}/${NEXT}?side`));
    await next.bringToFront();
    await side.waitForFunction(() => /^Putin and Kim meet at a Russian spaceport/.test(document.querySelector('.sp-title')?.textContent ?? ''), { timeout: 10_000, polling: 100 });
    await seed.bringToFront();
    await side.waitForFunction(() => /^North Korea’s Kim is in Russia/.test(document.querySelector('.sp-title')?.textContent ?? ''), { timeout: 10_000, polling: 100 });
    await next.close();
  });

  it('follows its tab when the page navigates to another article, and to a page that is not one', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${server.url}/${SEED}?nav`);
    const tab = await tabIdOf(probe, `${server.url}/${SEED}?nav`);
    await waitForSettled(probe, tab);
    const p = await openExtensionPage(session, `sidepanel.html?tab=${tab}`);
    await p.waitForFunction(() => /^North Korea’s Kim is in Russia/.test(document.querySelector('.sp-title')?.textContent ?? ''), { timeout: 10_000, polling: 100 });
    await page.goto(`${server.url}/${NEXT}?nav`);
    await p.waitForFunction(() => /^Putin and Kim meet at a Russian spaceport/.test(document.querySelector('.sp-title')?.textContent ?? ''), { timeout: 10_000, polling: 100 });
    await page.goto(`${server.url}/not-an-article.html?nav`);
    await p.waitForFunction(() => document.querySelector('.sp-state-title')?.textContent === 'No article found', { timeout: 10_000, polling: 100 });
    await p.close();
    await page.close();
  });

  it('logs no errors in the panel', async () => {
    // A round trip to the panel: every console message it logged before has reached the test.
    await panel.evaluate(() => 0);
    expect(panelErrors).toEqual([]);
  });
});

describe('side panel in firefox', () => {
  const suite = useExtensionSuite('firefox');

  it('the sidebar page loads and lists the seed’s entities', async () => {
    const { page, tabId } = await openArticle(suite, SEED, { exact: true });
    const panel = await openExtensionPage(suite.session, `sidepanel.html?tab=${tabId}`);
    await waitForList(panel);
    const rows = await panelRows(panel);
    for (const [group, names] of Object.entries(SEED_GROUPS)) {
      expect(rows.filter((r) => r.group === group).map((r) => r.name), group).toEqual(expect.arrayContaining(names));
    }
    const kim = rows.find((r) => r.name === 'Kim Jong Un')!;
    expect(kim.count).toBeGreaterThanOrEqual(6);
    expect(kim.ticks).toBe(kim.count);

    // The card cannot open Firefox's sidebar: it says how to, and an open panel selects the card's name.
    await page.bringToFront();
    const point = await mentionCentre(page, 'Vladimir Putin');
    await page.mouse.move(point!.x, point!.y, { steps: 3 });
    await waitForCard(page, (root) => !!root.querySelector('.bs-open-panel'), { timeout: 5000, polling: 100 });
    const box = (await cardPoint(page, '.bs-open-panel'))!;
    await page.mouse.move(box.x, box.y, { steps: 3 });
    await page.mouse.click(box.x, box.y);
    await waitForCard(page, (root) => /Firefox opens sidebars only from its own controls/.test(root.querySelector('.bs-notice')?.textContent ?? ''), { timeout: 5000, polling: 100 });
    await panel.waitForFunction(() => document.querySelector('.sp-detail-title')?.textContent === 'Vladimir Putin', { timeout: 10_000, polling: 100 });
  });
});
