/**
 * `npm run bench`: Backstory's performance record. Writes docs/benchmarks.md itself, with a line
 * describing the machine and the browsers. Every comparison is measured side by side in the same
 * run, alternating, and reported as a ratio; nothing here asserts a timing.
 *
 * 1. Page cost, in real Chromium and Firefox: the content script's main-thread time (gate,
 *    Readability, mapping, highlight registration), Readability alone on the same page, time from
 *    DOMContentLoaded to highlights; on the seed page, the layout corpus, a one-megabyte article and
 *    a page that is not an article. In Chromium also the page's long-task time with the extension
 *    minus without it (a second browser without the extension, runs alternating).
 * 2. The matcher against a RegExp alternation and Aho–Corasick packages (scripts/bench-matcher.ts).
 * 3. The background: cold start (worker stopped, woken by a page) and analyse latency.
 * 4. The reading list in Chromium's and Firefox's own IndexedDB: save, search at 1k/10k/50k
 *    articles, import and export of 10k (scripts/bench-reading-list.ts).
 * 5. Bundle sizes: the content script gzipped (goal ≤ 60 KB) and each extension page.
 *
 * `--quick` (CI) runs one or two iterations of everything so the bench cannot rot.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile, mkdir, stat } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { launch, openExtensionPage, serveFixtures, sleep, tabIdOf, waitForSettled, type BrowserName, type Session } from '../tests/browser/harness.ts';
import { benchMatcher, matcherReport } from './bench-matcher.ts';
import { benchReadingList, benchSaveThroughExtension } from './bench-reading-list.ts';

const ROOT = resolve(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
const RUNS = quick ? 2 : 15;
const COLD_RUNS = quick ? 2 : 10;

function quantile(xs: number[], q: number): number {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return s[lo]! + (s[hi]! - s[lo]!) * (i - lo);
}
const p50 = (xs: number[]) => quantile(xs, 0.5);
const p95 = (xs: number[]) => quantile(xs, 0.95);
const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : '–');
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '–');

const readabilitySource = [
  await readFile(join(ROOT, 'node_modules/@mozilla/readability/Readability-readerable.js'), 'utf8'),
  await readFile(join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8'),
].join('\n');

/** Readability alone in the page's main world: the gate, a clone and a parse, as Backstory does. */
async function readabilityAlone(page: Page): Promise<number> {
  return page.evaluate((src) => {
    // Evaluated as a function body so the page's CSP (if any) does not matter to the measurement.
    const scope: { Readability?: new (d: Document) => { parse(): unknown }; isProbablyReaderable?: (d: Document) => boolean } = {};
    new Function('scope', `var module; ${src}; scope.Readability = Readability; scope.isProbablyReaderable = isProbablyReaderable;`)(scope);
    const t0 = performance.now();
    if (scope.isProbablyReaderable!(document)) new scope.Readability!(document.cloneNode(true) as Document).parse();
    return performance.now() - t0;
  }, readabilitySource);
}

/** Records long tasks from the start of the page, for the Chromium with/without comparison. */
const LONGTASK_SCRIPT = `window.__longtasks = [];
try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push(e.duration); }).observe({ type: 'longtask', buffered: true }); } catch {}`;

interface PageRun {
  mainThread: number;
  parse: number;
  alone: number;
  toHighlights: number;
  longTasksWith: number;
  longTasksWithout: number;
  maxTaskBeyondParse: number;
  state: string;
}

async function measurePage(session: Session, plain: Browser | null, ext: Page, baseUrl: string, file: string, i: number): Promise<PageRun> {
  // A: with Backstory.
  const a = await session.browser.newPage();
  if (plain) await a.evaluateOnNewDocument(LONGTASK_SCRIPT);
  const url = `${baseUrl}/${file}${file.includes('?') ? '&' : '?'}bench=${i}`;
  await a.goto(url);
  const status = await waitForSettled(ext, await tabIdOf(ext, url), 60_000);
  await sleep(plain ? 300 : 0);
  const t = status.timings ?? {};
  const dcl = await a.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? 0);
  const longWith = plain ? await a.evaluate(() => (window as unknown as { __longtasks: number[] }).__longtasks) : [];
  await a.close();
  // B: Readability alone on the same page, in the browser without the extension where there is one.
  const b = await (plain ?? session.browser).newPage();
  if (plain) await b.evaluateOnNewDocument(LONGTASK_SCRIPT);
  await b.goto(url);
  await sleep(plain ? 300 : 0);
  const longWithout = plain ? await b.evaluate(() => (window as unknown as { __longtasks: number[] }).__longtasks) : [];
  const alone = await readabilityAlone(b);
  await b.close();
  const mainThread = (t.gate ?? 0) + (t.parse ?? 0) + (t.map ?? 0) + (t.highlight ?? 0);
  return {
    mainThread,
    parse: t.parse ?? 0,
    alone,
    toHighlights: status.state === 'ready' && t.readyAt ? t.readyAt - dcl : NaN,
    longTasksWith: longWith.reduce((x, y) => x + y, 0),
    longTasksWithout: longWithout.reduce((x, y) => x + y, 0),
    // Longest task beyond the one holding Readability's parse: the parse task minus the parse.
    maxTaskBeyondParse: longWith.length ? Math.max(...longWith) - (t.parse ?? 0) : 0,
    state: status.state,
  };
}

const lines: string[] = [];
const log = (s = '') => {
  lines.push(s);
  console.log(s);
};

const { url: baseUrl, server } = await serveFixtures();
const corpusDir = join(ROOT, 'tests/fixtures/corpus');
const corpus: string[] = existsSync(join(corpusDir, 'manifest.json'))
  ? (JSON.parse(await readFile(join(corpusDir, 'manifest.json'), 'utf8')) as Array<{ file: string; isArticle: boolean }>).filter((p) => p.isArticle).map((p) => `corpus/${p.file}`)
  : [];
const PAGES: Array<{ label: string; files: string[] }> = [
  { label: 'seed article', files: ['ap-kim-putin.html'] },
  { label: `layout corpus (${corpus.length} articles)`, files: quick ? corpus.slice(0, 2) : corpus },
  { label: 'one-megabyte article', files: ['dynamic/megabyte.html'] },
  { label: 'not an article', files: ['not-an-article.html'] },
].filter((p) => p.files.length > 0);

const date = new Date().toISOString().slice(0, 10);
log(`## ${date}${quick ? ' (quick mode: too few runs to read anything into)' : ''}`);
log();
const versions: string[] = [];

try {
  for (const name of ['chromium', 'firefox'] as BrowserName[]) {
    const session = await launch(name);
    versions.push(`${name} ${await session.browser.version()}`);
    const plain =
      name === 'chromium'
        ? await puppeteer.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, pipe: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] })
        : null;
    try {
      const ext = await openExtensionPage(session, 'popup.html');
      await measurePage(session, null, ext, baseUrl, 'ap-kim-putin.html', -1); // warm the background
      log(`### Page cost in ${name}`);
      log();
      log('| page | Backstory main thread p50 / p95 | Readability alone p50 | ratio (p50) | DOMContentLoaded → highlights p50 / p95 |' + (plain ? ' long tasks with − without p50 | longest task beyond the parse (max) |' : ''));
      log('| --- | --- | --- | --- | --- |' + (plain ? ' --- | --- |' : ''));
      for (const group of PAGES) {
        const runs: PageRun[] = [];
        // The corpus has many pages: a few runs of each give as many samples as the single pages get.
        const runsEach = group.files.length > 1 ? Math.max(1, Math.ceil(RUNS / group.files.length) + 1) : RUNS;
        for (let i = 0; i < runsEach; i++) for (const f of group.files) runs.push(await measurePage(session, plain, ext, baseUrl, f, i));
        const main = runs.map((r) => r.mainThread);
        const alone = runs.map((r) => r.alone);
        const toHl = runs.map((r) => r.toHighlights);
        let row = `| ${group.label} | ${ms(p50(main))} / ${ms(p95(main))} | ${ms(p50(alone))} | ${ratio(p50(main), p50(alone))} | ${ms(p50(toHl))} / ${ms(p95(toHl))} |`;
        if (plain) row += ` ${ms(p50(runs.map((r) => r.longTasksWith - r.longTasksWithout)))} | ${ms(Math.max(0, ...runs.map((r) => r.maxTaskBeyondParse)))} |`;
        log(row);
      }
      log();
      log(await benchSaveThroughExtension(session, ext, baseUrl, quick ? 3 : 20));
      log();

      if (name === 'chromium') {
        // Cold start: stop the service worker, wake it with a page, read its own measurement.
        const cold: number[] = [];
        for (let i = 0; i < COLD_RUNS; i++) {
          await ext.evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { remove(k: string): Promise<void> } } } }).chrome.storage.session.remove('bench:coldStartMs'));
          const target = await session.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(session.extensionOrigin));
          await (await target.worker())?.close();
          await sleep(300);
          const page = await session.browser.newPage();
          const u = `${baseUrl}/ap-kim-putin.html?cold=${i}`;
          await page.goto(u);
          await waitForSettled(ext, await tabIdOf(ext, u));
          const value = await ext.evaluate(async () => {
            const store = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, number>> } } } }).chrome.storage.session;
            return (await store.get('bench:coldStartMs'))['bench:coldStartMs'];
          });
          if (typeof value === 'number') cold.push(value);
          await page.close();
        }
        // Analyse latency: the seed article's text sent from an extension page, warm worker.
        const text = await (async () => {
          const page = await session.browser.newPage();
          await page.goto(`${baseUrl}/ap-kim-putin.html`);
          const t = await page.evaluate(() => document.querySelector('article')!.textContent!);
          await page.close();
          return t;
        })();
        const latency: number[] = [];
        for (let i = 0; i < (quick ? 3 : 50); i++) {
          latency.push(
            await ext.evaluate(async (t) => {
              const start = performance.now();
              await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
                type: 'analyse',
                text: t,
                meta: { url: 'https://news.example/a', canonicalUrl: null, title: 't', byline: null, siteName: null, excerpt: null, lang: 'en', dir: null, publishedTime: null },
              });
              return performance.now() - start;
            }, text),
          );
        }
        log('### Background (Chromium service worker, every bundled pack)');
        log();
        log(`- Cold start (worker stopped, woken by a page; start to first answer): p50 ${ms(p50(cold))}, p95 ${ms(p95(cold))} over ${cold.length} wakes (goal < 150 ms).`);
        log(`- Analyse latency for the seed article, warm worker, round trip from an extension page: p50 ${ms(p50(latency))}, p95 ${ms(p95(latency))}.`);
        log();
      }
    } finally {
      await session.browser.close();
      await plain?.close();
    }
  }

  for (const line of await benchReadingList({ quick })) log(line);

  log('### Matcher (Node, same texts, best of several runs)');
  log();
  log(matcherReport(benchMatcher(quick)));
  log();

  log('### Bundle sizes (Chrome build)');
  log();
  const out = join(ROOT, '.output/chrome-mv3');
  const files: string[] = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) await walk(p);
      else if (/\.(js|css)$/.test(entry.name)) files.push(p);
    }
  };
  await walk(out);
  log('| file | size | gzipped |');
  log('| --- | --- | --- |');
  for (const f of files.sort()) {
    const buf = await readFile(f);
    const note = f.endsWith('content-scripts/content.js') ? ' (goal ≤ 60 KB gzipped)' : '';
    log(`| ${f.slice(out.length + 1)}${note} | ${((await stat(f)).size / 1024).toFixed(1)} KB | ${(gzipSync(buf).length / 1024).toFixed(1)} KB |`);
  }
  log();
  log(`Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; browsers: ${versions.join(', ')} (headless). ${RUNS} alternating runs per page.`);

  if (!quick) {
    const file = join(ROOT, 'docs/benchmarks.md');
    await mkdir(join(ROOT, 'docs'), { recursive: true });
    let previous = '';
    try {
      previous = await readFile(file, 'utf8');
    } catch {
      previous = '# Benchmarks\n\nWritten by `npm run bench`; newest first. Ratios compare runs made side by side in the same process.\n';
    }
    const [head, ...rest] = previous.split(/\n(?=## )/);
    await writeFile(file, [head!.trimEnd(), '', lines.join('\n'), ...rest.map((r) => r.trimEnd())].join('\n') + '\n');
    console.log(`\nWritten to ${file}`);
  }
} finally {
  server.close();
}
