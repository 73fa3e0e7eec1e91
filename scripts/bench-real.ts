/**
 * The real-page section of `npm run bench` (`--only=real`): Readability's test corpus
 * (../shared/corpus/readability-test-pages, 90 pages of news portals, blogs, documentation, other
 * languages; each `<name>/source.html`), served from localhost, one load per page.
 *
 * Chromium: each load is traced (scripts/bench-trace.ts) for the extension's main-thread total, its
 * longest share of one task, compile and top-level evaluation of its scripts, and the page's own
 * main-thread time; the same page is traced in a browser without the extension, and Readability
 * alone (gate, clone, parse) runs there in an isolated world. Firefox: the content script's own
 * timings (its profiler is not scriptable here): time to first highlight and its step timings.
 * First highlight: the moment the page's highlights were registered (`status.timings.readyAt`, on
 * the page's clock), from navigation start and from DOMContentLoaded.
 */
import { appendFileSync, existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { setTimeout as sleep } from 'node:timers/promises';
import { launch, useBuildFromEnvironment, openExtensionPage, serveFixtures, waitForSettled, type BrowserName, type Session } from '../tests/browser/harness.ts';
import { eventually } from '../tests/eventually.ts';
import { ms, quantile } from './bench-stats.ts';
import { readabilityAlone } from './bench-readability.ts';
import { extensionCost, TRACE_CATEGORIES, type ExtensionCost, type TraceEvent } from './bench-trace.ts';

const ROOT = resolve(import.meta.dirname, '..');
/**
 * Where the shared corpus lives: named by BACKSTORY_REAL_PAGES, or beside the checkout (`../shared`,
 * where the eval and the language tests look too), or beside a worktree folder (`../../shared`).
 */
export const REAL_PAGES =
  process.env.BACKSTORY_REAL_PAGES ??
  [resolve(ROOT, '../shared/corpus/readability-test-pages'), resolve(ROOT, '../../shared/corpus/readability-test-pages')].find((p) => existsSync(p)) ??
  resolve(ROOT, '../shared/corpus/readability-test-pages');
// A build other than .output (e.g. a copy of the previous one, for before-and-after figures).
useBuildFromEnvironment();
/** Pages measured in quick mode (CI): an article, a very long page, a page the gate rejects, another script, a news page with highlights. */
const QUICK_PAGES = ['aclu', 'wikipedia-2', 'mozilla-2', 'qq', 'cnet-svg-classes'];

/** One page load's figures; NaN where a figure does not apply (no highlight, no trace). */
export interface RealRun {
  page: string;
  state: string;
  mentions: number;
  parsedOn: string;
  cost: ExtensionCost | null;
  /** The content script's own sum of its steps (status.timings), for comparison with the trace. */
  selfTimed: number;
  highlightFromNav: number;
  highlightFromDcl: number;
  /** How many analyses the page finished (more than one: the page or the glossary changed after the first). */
  analyses: number;
  /** The same page in a browser without the extension: its main-thread total and longest task (wall, CPU). */
  plain: { total: number; longest: number; totalCpu: number; longestCpu: number } | null;
  alone: number;
  /** The content script's step timings of the page's analysis (status.timings), for the runs log. */
  timings?: Record<string, number>;
}

const p50 = (xs: number[]) => quantile(xs, 0.5);
const p95 = (xs: number[]) => quantile(xs, 0.95);
const max = (xs: number[]) => quantile(xs, 1);

/** The corpus pages by name (folders holding a source.html), all or the quick handful. */
export async function realPages(quick: boolean, dir = REAL_PAGES): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'source.html'))).map((d) => d.name).sort();
  return quick ? QUICK_PAGES.filter((p) => names.includes(p)) : names;
}

async function traced(page: Page, run: () => Promise<void>): Promise<TraceEvent[]> {
  await page.tracing.start({ categories: TRACE_CATEGORIES });
  await run();
  const buffer = await page.tracing.stop();
  if (!buffer) return [];
  const parsed = JSON.parse(Buffer.from(buffer).toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

const navTimes = (page: Page) =>
  page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { dcl: nav?.domContentLoadedEventEnd ?? NaN };
  });

/**
 * Waits until the background's record of the tab showing `url` (storage.session `tab:<id>`, kept
 * from the page's own reports: lib/background/tab-analysis.ts) says its analysis ended, without
 * asking the page: each question is work on the page's thread, and an answer may need more of it
 * (the page's status names the site switch) than the page would do for a reader who asks nothing.
 */
async function settledRecord(ext: Page, url: string, timeoutMs: number): Promise<{ tabId: number; state: string }> {
  const read = () =>
    ext.evaluate(async (u) => {
      const session = (globalThis as unknown as { chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } } }).chrome.storage.session;
      for (const [key, value] of Object.entries(await session.get(null))) {
        const record = value as { url?: string; state?: string } | null;
        if (key.startsWith('tab:') && record?.url === u && record.state !== 'working') return { tabId: Number(key.slice('tab:'.length)), state: record.state ?? '' };
      }
      return null;
    }, url);
  return (await eventually(read, (r) => r !== null, { timeout: timeoutMs, interval: 100, what: `the record of ${url}` }))!;
}

/** One load of `name` with the extension (traced in Chromium), and, in Chromium, one without it. */
async function measure(session: Session, plain: Browser | null, ext: Page, baseUrl: string, name: string, i: number): Promise<RealRun> {
  const url = `${baseUrl}/${name}/source.html?real=${i}`;
  const page = await session.browser.newPage();
  // Some test pages call alert(): a modal dialog would hold the page (and the bench) forever.
  page.on('dialog', (d) => void d.dismiss().catch(() => undefined));
  let status: Awaited<ReturnType<typeof waitForSettled>> | null = null;
  const load = async () => {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 }).catch(() => undefined);
    const record = await settledRecord(ext, url, 60_000).catch(() => null);
    // Only an article is asked for its status (its timings): a page the gate rejected is left alone, as a reader would.
    status = record?.state === 'ready' ? await waitForSettled(ext, record.tabId, 60_000).catch(() => null) : record && { state: record.state, mentionCount: 0, entityCount: 0 };
    // Late work (a second analysis, mentions located in slices) still counts.
    await sleep(300);
  };
  const isExt = (u: string) => u.startsWith(session.extensionOrigin);
  const events = session.name === 'chromium' ? await traced(page, load) : (await load(), []);
  const { dcl } = await navTimes(page).catch(() => ({ dcl: NaN }));
  await page.close();
  const s = status as unknown as { state: string; mentionCount: number; parsedOn?: string; timings?: Record<string, number> } | null;
  const t = s?.timings ?? {};
  const highlighted = s?.state === 'ready' && s.mentionCount > 0 && typeof t.readyAt === 'number';
  // The first highlight, not the latest analysis': a page re-analysed after a change moves readyAt.
  const firstHighlight = t.firstHighlightAt ?? t.readyAt!;
  let plainRun: RealRun['plain'] = null;
  let alone = NaN;
  if (plain) {
    const b = await plain.newPage();
    b.on('dialog', (d) => void d.dismiss().catch(() => undefined));
    const plainEvents = await traced(b, async () => {
      await b.goto(url, { waitUntil: 'load', timeout: 60_000 }).catch(() => undefined);
      await sleep(500);
    });
    const c = extensionCost(plainEvents, url, () => false);
    plainRun = c ? { total: c.pageTotal, longest: c.pageLongestTask, totalCpu: c.cpu.pageTotal, longestCpu: c.cpu.pageLongestTask } : null;
    alone = (await readabilityAlone(b).catch(() => ({ total: NaN }))).total;
    await b.close();
  }
  return {
    page: name,
    state: s?.state ?? 'no answer',
    mentions: s?.mentionCount ?? 0,
    parsedOn: s?.parsedOn ?? '–',
    cost: events.length ? extensionCost(events, url, isExt) : null,
    selfTimed: (t.gate ?? 0) + (t.parse ?? 0) + (t.map ?? 0) + (t.send ?? 0) + (t.highlight ?? 0),
    highlightFromNav: highlighted ? firstHighlight : NaN,
    highlightFromDcl: highlighted ? firstHighlight - dcl : NaN,
    analyses: t.analyses ?? 0,
    plain: plainRun,
    alone,
    timings: t,
  };
}

/** p50 / p95 / max of a figure over the runs. */
const spread = (xs: number[]) => `${ms(p50(xs))} / ${ms(p95(xs))} / ${ms(max(xs))}`;

/** The `n` pages with the largest figure, by name. */
function worst(runs: RealRun[], pick: (r: RealRun) => number, n = 5): string {
  return runs
    .filter((r) => Number.isFinite(pick(r)))
    .sort((a, b) => pick(b) - pick(a))
    .slice(0, n)
    .map((r) => `${r.page} ${ms(pick(r))}`)
    .join(', ');
}

/** Markdown lines for one browser's runs. */
export function realReport(name: BrowserName, runs: RealRun[]): string[] {
  const lines: string[] = [];
  const states = new Map<string, number>();
  for (const r of runs) states.set(r.state, (states.get(r.state) ?? 0) + 1);
  const highlighted = runs.filter((r) => Number.isFinite(r.highlightFromNav));
  lines.push(`Pages: ${runs.length}; ended ${[...states].map(([k, v]) => `${k} ${v}`).join(', ')}; highlighted ${highlighted.length}; parsed off the page ${runs.filter((r) => r.parsedOn === 'off the page').length}.`);
  lines.push('');
  lines.push('| figure | p50 / p95 / max | worst pages |');
  lines.push('| --- | --- | --- |');
  const row = (label: string, pick: (r: RealRun) => number) => lines.push(`| ${label} | ${spread(runs.map(pick))} | ${worst(runs, pick)} |`);
  if (name === 'chromium') {
    row('extension main thread, total (CPU)', (r) => r.cost?.cpu.total ?? NaN);
    row('extension longest task (CPU)', (r) => r.cost?.cpu.longestTask ?? NaN);
    row('extension script compile (CPU)', (r) => r.cost?.cpu.compile ?? NaN);
    row('extension compile + top-level evaluation (CPU)', (r) => r.cost?.cpu.evaluate ?? NaN);
    const gated = runs.filter((r) => r.state === 'not-article' || r.state === 'too-large');
    if (gated.length) lines.push(`| … of which on pages the gate rejected (${gated.length}) | ${spread(gated.map((r) => r.cost?.cpu.evaluate ?? NaN))} | ${worst(gated, (r) => r.cost?.cpu.evaluate ?? NaN)} |`);
    row('extension main thread, total (wall clock)', (r) => r.cost?.total ?? NaN);
    row('extension longest task (wall clock)', (r) => r.cost?.longestTask ?? NaN);
    if (runs.some((r) => r.plain)) {
      row('page main thread with the extension (CPU)', (r) => r.cost?.cpu.pageTotal ?? NaN);
      row('page main thread without the extension (CPU)', (r) => r.plain?.totalCpu ?? NaN);
      row('page longest task with the extension (CPU)', (r) => r.cost?.cpu.pageLongestTask ?? NaN);
      row('page longest task without the extension (CPU)', (r) => r.plain?.longestCpu ?? NaN);
      row('Readability alone (gate, clone, parse; one task, wall clock)', (r) => r.alone);
    }
  }
  row('extension main thread, its own step timings', (r) => r.selfTimed);
  row('first highlight after navigation start', (r) => r.highlightFromNav);
  row('first highlight after DOMContentLoaded', (r) => r.highlightFromDcl);
  return lines;
}

/** Runs the real-page section in the given browsers; returns its Markdown lines. */
/** Rejects after `ms`: one page that hangs the browser must not hang the whole bench. */
function within<T>(ms: number, work: Promise<T>): Promise<T> {
  return Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms))]);
}

export async function benchRealPages(options: { quick: boolean; browsers: BrowserName[]; only?: string[]; firefoxStride?: number; stride?: number; log?: string; withoutPlain?: boolean }): Promise<string[]> {
  const names = options.only?.length ? options.only : await realPages(options.quick);
  if (names.length === 0) return [`Real pages: none found at ${REAL_PAGES}.`];
  const { url: baseUrl, server } = await serveFixtures(REAL_PAGES);
  const lines: string[] = [];
  try {
    for (const name of options.browsers) {
      const session = await launch(name);
      const plain =
        name === 'chromium' && !options.withoutPlain
          ? await puppeteer.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, pipe: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] })
          : null;
      try {
        const ext = await openExtensionPage(session, 'popup.html');
        // Wake the background and the parser once, so the first page is not the only cold one.
        await measure(session, null, ext, baseUrl, names[0]!, -1).catch(() => undefined);
        const runs: RealRun[] = [];
        // Firefox, timed by the content script only, may measure every n-th page to save time.
        const stride = name === 'firefox' ? Math.max(1, options.firefoxStride ?? 1) : Math.max(1, options.stride ?? 1);
        for (const [i, page] of names.entries()) {
          if (i % stride !== 0) continue;
          let run: RealRun;
          try {
            run = await within(150_000, measure(session, plain, ext, baseUrl, page, i));
          } catch (error) {
            run = { page, state: `bench error (${String(error).slice(0, 80)})`, mentions: 0, parsedOn: '–', cost: null, selfTimed: NaN, highlightFromNav: NaN, highlightFromDcl: NaN, analyses: 0, plain: null, alone: NaN };
            for (const open of await session.browser.pages()) if (open !== ext) await open.close().catch(() => undefined);
          }
          runs.push(run);
          if (options.log) appendFileSync(options.log, `${JSON.stringify({ browser: name, ...run })}\n`);
          process.stderr.write(`${name} ${page}: ${run.state} ${run.mentions} cpu total ${ms(run.cost?.cpu.total ?? NaN)} longest ${ms(run.cost?.cpu.longestTask ?? NaN)} eval ${ms(run.cost?.cpu.evaluate ?? NaN)} hl ${ms(run.highlightFromNav)} analyses ${run.analyses}\n`);
        }
        lines.push(`### Real pages in ${name} (${await session.browser.version()})`, '', ...realReport(name, runs), '');
      } finally {
        await session.browser.close();
        await plain?.close();
      }
    }
  } finally {
    server.close();
  }
  return lines;
}

/**
 * Writes `lines` into docs/benchmarks.md between the markers of `label` (replacing what was there),
 * or, the first time, right after the file's header. Other sections are left as they are.
 */
export function withRealSection(doc: string, label: string, lines: string[]): string {
  const start = `<!-- bench:real-pages:${label}:start -->`;
  const end = `<!-- bench:real-pages:${label}:end -->`;
  const block = [start, ...lines, end].join('\n');
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a >= 0 && b > a) return doc.slice(0, a) + block + doc.slice(b + end.length);
  // Before the first section, or the first real-page section's marker (its heading follows the marker).
  const firstSection = doc.search(/\n(?:## |<!-- bench:real-pages:)/);
  if (firstSection < 0) return `${doc.trimEnd()}\n\n${block}\n`;
  return `${doc.slice(0, firstSection).trimEnd()}\n\n${block}\n${doc.slice(firstSection)}`;
}
