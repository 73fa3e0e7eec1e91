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
 * 6. Real pages: Readability's test corpus (90 pages), traced in Chromium, timed in Firefox
 *    (scripts/bench-real.ts); its record sits between markers in docs/benchmarks.md
 *    (`--only=real --label=NAME` writes the section NAME; `--real-pages=a,b` measures only those;
 *    `--stride=N` / `--firefox-stride=N` every N-th page (Chromium / Firefox); `--without-plain` skips
 *    the browser without the extension; `--runs-log=FILE` appends each page's figures as JSON).
 *
 * Page cost counts the same work on both sides: Backstory's gate, its parse's cost on the page (off
 * the page: outerHTML, posting it and reading the article back; on the page: clone and parse), its own steps
 * (pairing, text, the analyse message's serialisation, locating mentions, starting features) against
 * Readability's gate, clone and parse with Backstory's options, run in a content-script world; the
 * two sides alternate which goes first, and a phase table shows where the time goes. Both run cold
 * (fresh code on every page), as they do for a reader. Script evaluation is not counted on either side.
 *
 * `--quick` (CI) runs one or two iterations of everything so the bench cannot rot. Focused runs
 * (which write nothing to docs/benchmarks.md): `--only=page|cold|matcher|bundle|reading-list|real` runs
 * one section (`--pages` is `--only=page`); `--runs=N`, `--corpus=N` (the first N corpus pages) and
 * `--browser=chromium|firefox` narrow the page-cost section.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile, mkdir, stat } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { setTimeout as sleep } from 'node:timers/promises';
import { launch, openExtensionPage, serveFixtures, tabIdOf, useBuildFromEnvironment, waitForSettled, type BrowserName, type Session } from '../tests/browser/harness.ts';
import { benchMatcher, matcherReport } from './bench-matcher.ts';
import { benchReadingList, benchSaveThroughExtension } from './bench-reading-list.ts';
import { ms, quantile } from './bench-stats.ts';
import { readabilityAlone } from './bench-readability.ts';
import { benchRealPages, withRealSection } from './bench-real.ts';

const ROOT = resolve(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
/** `--runs=N` overrides the runs per page. */
const runsArg = process.argv.find((a) => a.startsWith('--runs='));
/** `--corpus=N` measures only the first N corpus pages; `--browser=NAME` only one browser (both for quick looks). */
const corpusArg = process.argv.find((a) => a.startsWith('--corpus='));
const browserArg = process.argv.find((a) => a.startsWith('--browser='))?.slice('--browser='.length);
/** The one section to run (`--only=<section>`, or `--pages` for the page cost), or all of them. */
const SECTIONS = ['page', 'cold', 'matcher', 'bundle', 'reading-list', 'real'] as const;
const only = process.argv.includes('--pages') ? 'page' : process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
if (only !== undefined && !(SECTIONS as readonly string[]).includes(only)) throw new Error(`--only takes one of ${SECTIONS.join(', ')}`);
const wanted = (section: (typeof SECTIONS)[number]) => only === undefined || only === section;
const RUNS = runsArg ? Math.max(1, Number(runsArg.slice('--runs='.length)) || 1) : quick ? 2 : 15;
/** Cold wakes per page of COLD_PAGES. */
const COLD_RUNS = quick ? 1 : 5;
/** The pages that wake the worker in turn: an article in English, French and German. */
const COLD_PAGES = ['ap-kim-putin.html', 'fr-coree-du-nord.html', 'de-russland.html'] as const;

const p50 = (xs: number[]) => quantile(xs, 0.5);
const p95 = (xs: number[]) => quantile(xs, 0.95);
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '–');

/** Records long tasks from the start of the page, for the Chromium with/without comparison. */
const LONGTASK_SCRIPT = `window.__longtasks = [];
try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push(e.duration); }).observe({ type: 'longtask', buffered: true }); } catch {}`;

interface PageRun {
  mainThread: number;
  /** Backstory's own phases (status.timings) and Readability alone's, for the breakdown rows. */
  phases: Record<string, number>;
  alonePhases: { gate: number; clone: number; parse: number };
  /** How many analyses the page ran before settling (more than one: the timings are a warm re-run). */
  analyses: number;
  parse: number;
  alone: number;
  toHighlights: number;
  longTasksWith: number;
  longTasksWithout: number;
  maxTaskBeyondParse: number;
  state: string;
  /** Where Readability ran ("off the page", or "page (<why>)"). */
  parsedOn: string;
}

async function measurePage(session: Session, plain: Browser | null, ext: Page, baseUrl: string, file: string, i: number): Promise<PageRun> {
  const url = `${baseUrl}/${file}${file.includes('?') ? '&' : '?'}bench=${i}`;
  // A: with Backstory.
  const withBackstory = async () => {
    const a = await session.browser.newPage();
    if (plain) await a.evaluateOnNewDocument(LONGTASK_SCRIPT);
    await a.goto(url);
    const status = await waitForSettled(ext, await tabIdOf(ext, url), 60_000);
    await sleep(plain ? 300 : 0);
    const dcl = await a.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? 0);
    const longWith = plain ? await a.evaluate(() => (window as unknown as { __longtasks: number[] }).__longtasks) : [];
    await a.close();
    return { status, dcl, longWith };
  };
  // B: Readability alone on the same page, in the browser without the extension where there is one.
  const withoutBackstory = async () => {
    const b = await (plain ?? session.browser).newPage();
    if (plain) await b.evaluateOnNewDocument(LONGTASK_SCRIPT);
    await b.goto(url);
    await sleep(plain ? 300 : 0);
    const longWithout = plain ? await b.evaluate(() => (window as unknown as { __longtasks: number[] }).__longtasks) : [];
    // One run per page: a second one would find Readability's code compiled and warm.
    const aloneRun = await readabilityAlone(b);
    await b.close();
    return { longWithout, aloneRun };
  };
  // Alternate which side goes first, so drift (caches, a busy machine) falls on both equally.
  let A: Awaited<ReturnType<typeof withBackstory>>;
  let B: Awaited<ReturnType<typeof withoutBackstory>>;
  if (i % 2 === 0) {
    A = await withBackstory();
    B = await withoutBackstory();
  } else {
    B = await withoutBackstory();
    A = await withBackstory();
  }
  const { status, dcl, longWith } = A;
  const { longWithout, aloneRun } = B;
  const t = status.timings ?? {};
  // Everything Backstory does on the page's main thread: the gate, clone and parse (what Readability alone
  // also does), pairing and text, serialising the analyse message, locating mentions and starting features.
  const mainThread = (t.gate ?? 0) + (t.parse ?? 0) + (t.map ?? 0) + (t.send ?? 0) + (t.highlight ?? 0);
  return {
    mainThread,
    phases: t,
    alonePhases: aloneRun,
    analyses: t.analyses ?? 1,
    parse: t.parse ?? 0,
    alone: aloneRun.total,
    toHighlights: status.state === 'ready' && t.readyAt ? t.readyAt - dcl : NaN,
    longTasksWith: longWith.reduce((x, y) => x + y, 0),
    longTasksWithout: longWithout.reduce((x, y) => x + y, 0),
    // Longest task beyond the one holding Readability's parse: the parse task minus the parse.
    maxTaskBeyondParse: longWith.length ? Math.max(...longWith) - (t.parse ?? 0) : 0,
    state: status.state,
    parsedOn: (status as { parsedOn?: string }).parsedOn ?? '–',
  };
}

/** One row of the phase breakdown: where the main-thread time goes on each side. */
function phaseRow(label: string, runs: PageRun[]): string {
  const b = (k: string) => ms(p50(runs.map((r) => r.phases[k] ?? NaN)));
  const a = (k: 'gate' | 'clone' | 'parse') => ms(p50(runs.map((r) => r.alonePhases[k])));
  const parseOnly = ms(p50(runs.map((r) => (r.phases.parse ?? NaN) - (r.phases.clone ?? NaN))));
  const again = runs.filter((r) => r.analyses > 1).length;
  const off = runs.filter((r) => r.parsedOn === 'off the page').length;
  return `| ${label} | ${b('gate')} / ${a('gate')} | ${b('clone')} / ${a('clone')} | ${parseOnly} / ${a('parse')} | ${b('offPage')} | ${off} of ${runs.length} | ${b('pair')} | ${b('text')} | ${b('send')} | ${b('locate')} | ${b('features')} | ${again} of ${runs.length} |`;
}

const lines: string[] = [];
const log = (s = '') => {
  lines.push(s);
  console.log(s);
};

// A build other than .output (BACKSTORY_BUILD_DIR), for before-and-after figures run side by side.
useBuildFromEnvironment();
const { url: baseUrl, server } = await serveFixtures();
const corpusDir = join(ROOT, 'tests/fixtures/corpus');
const corpus: string[] = existsSync(join(corpusDir, 'manifest.json'))
  ? (JSON.parse(await readFile(join(corpusDir, 'manifest.json'), 'utf8')) as Array<{ file: string; isArticle: boolean }>).filter((p) => p.isArticle).map((p) => `corpus/${p.file}`)
  : [];
const PAGES: Array<{ label: string; files: string[] }> = [
  { label: 'seed article', files: ['ap-kim-putin.html'] },
  { label: `layout corpus`, files: corpusArg ? corpus.slice(0, Number(corpusArg.slice('--corpus='.length)) || 1) : quick ? corpus.slice(0, 2) : corpus },
  { label: 'one-megabyte article', files: ['dynamic/megabyte.html'] },
  { label: 'not an article', files: ['not-an-article.html'] },
].filter((p) => p.files.length > 0)
  .map((p) => (p.files.length > 1 ? { ...p, label: `${p.label} (${p.files.length} articles)` } : p));

const date = new Date().toISOString().slice(0, 10);
log(`## ${date}${quick ? ' (quick mode: too few runs to read anything into)' : ''}`);
log();
const versions: string[] = [];

try {
  // The background section runs in Chromium only; the matcher and bundle sections need no browser.
  const browsers = (wanted('page') || wanted('reading-list') ? ['chromium', 'firefox'] : wanted('cold') ? ['chromium'] : []) as BrowserName[];
  for (const name of browsers.filter((b) => !browserArg || b === browserArg)) {
    const session = await launch(name);
    versions.push(`${name} ${await session.browser.version()}`);
    const plain =
      name === 'chromium' && wanted('page')
        ? await puppeteer.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, pipe: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] })
        : null;
    try {
      const ext = await openExtensionPage(session, 'popup.html');
      await measurePage(session, null, ext, baseUrl, 'ap-kim-putin.html', -1); // warm the background
      if (wanted('page')) {
        log(`### Page cost in ${name}`);
        log();
        log('| page | Backstory main thread p50 / p95 | Readability alone p50 | ratio (p50) | DOMContentLoaded → highlights p50 / p95 |' + (plain ? ' long tasks with − without p50 | longest task beyond the parse (max) |' : ''));
        log('| --- | --- | --- | --- | --- |' + (plain ? ' --- | --- |' : ''));
        const breakdown: string[] = [];
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
          breakdown.push(phaseRow(group.label, runs));
        }
        log();
        log(`Phases (p50 over ${RUNS} runs per page; Backstory's from status.timings of the page's last analysis):`);
        log();
        log(
          "Backstory parses off the page (an offscreen document in Chrome, the background page in Firefox): its clone column is then `outerHTML` and posting it, its parse on the page is reading the article's HTML back; the parse itself runs off the page's thread and is not part of the main-thread figure.",
        );
        log();
        log('| page | gate (Backstory / alone) | clone or outerHTML (B / alone) | parse on the page (B / alone) | parse off the page (B) | parsed off the page | pair nodes | article text | send message | locate mentions | start features | pages re-analysed |');
        log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
        for (const row of breakdown) log(row);
        log();
      }
      if (wanted('reading-list')) {
        log(await benchSaveThroughExtension(session, ext, baseUrl, quick ? 3 : 20));
        log();
      }

      if (name === 'chromium' && wanted('cold')) {
        // Cold start: stop the service worker, wake it with a page, read its own measurements. The
        // pages take turns in English, French and German, so every language's names are loaded (each
        // language's matcher, stored once its first article was read, is restored cold in turn).
        for (const file of COLD_PAGES) {
          const warm = await session.browser.newPage();
          const u = `${baseUrl}/${file}?warm`;
          await warm.goto(u);
          await waitForSettled(ext, await tabIdOf(ext, u));
          await warm.close();
        }
        const cold: number[] = [];
        const ready: number[] = [];
        const firstAnalyse: number[] = [];
        /** main() to the page's first message (the worker woke at the navigation), and from there to the answer. */
        const pageWait: number[] = [];
        const workerPart: number[] = [];
        /** On the page's own clock: DOMContentLoaded (the content script starts right after it) to the first highlight. */
        const dclToHighlight: number[] = [];
        const coldByPage = new Map<string, number[]>();
        for (let i = 0; i < COLD_RUNS * COLD_PAGES.length; i++) {
          const file = COLD_PAGES[i % COLD_PAGES.length]!;
          await ext.evaluate(() =>
            (globalThis as unknown as { chrome: { storage: { session: { remove(k: string[]): Promise<void> } } } }).chrome.storage.session.remove(['bench:coldStartMs', 'bench:coldReadyMs', 'bench:firstAnalyseMs', 'bench:pageFirstMessageMs']),
          );
          const target = await session.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(session.extensionOrigin));
          await (await target.worker())?.close();
          await sleep(300);
          const page = await session.browser.newPage();
          const u = `${baseUrl}/${file}?cold=${i}`;
          await page.goto(u);
          const settled = await waitForSettled(ext, await tabIdOf(ext, u));
          const dcl = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? NaN);
          const shownAt = settled.timings?.firstHighlightAt;
          if (typeof shownAt === 'number' && Number.isFinite(dcl)) dclToHighlight.push(shownAt - dcl);
          const values = await ext.evaluate(async () => {
            const store = (globalThis as unknown as { chrome: { storage: { session: { get(k: string[]): Promise<Record<string, number>> } } } }).chrome.storage.session;
            return store.get(['bench:coldStartMs', 'bench:coldReadyMs', 'bench:firstAnalyseMs', 'bench:pageFirstMessageMs']);
          });
          if (typeof values['bench:coldStartMs'] === 'number') {
            cold.push(values['bench:coldStartMs']);
            (coldByPage.get(file) ?? coldByPage.set(file, []).get(file)!).push(values['bench:coldStartMs']);
          }
          if (typeof values['bench:coldReadyMs'] === 'number') ready.push(values['bench:coldReadyMs']);
          if (typeof values['bench:firstAnalyseMs'] === 'number') firstAnalyse.push(values['bench:firstAnalyseMs']);
          if (typeof values['bench:pageFirstMessageMs'] === 'number' && typeof values['bench:coldStartMs'] === 'number') {
            pageWait.push(values['bench:pageFirstMessageMs']);
            workerPart.push(values['bench:coldStartMs'] - values['bench:pageFirstMessageMs']);
          }
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
        log(`- Cold start (worker stopped, woken by a page; start to first answer): p50 ${ms(p50(cold))}, p95 ${ms(p95(cold))} over ${cold.length} wakes in three languages (goal < 150 ms). This includes the page's own work before it asks: the gate, and Readability's parse in the offscreen document, which the woken worker opens (or finds open).`);
        log(`- Split at the page's first message (a navigation wakes the worker before the page has loaded): main() to the page's first message p50 ${ms(p50(pageWait))} (the page loading, its content script at document end, the gate and the analyser's import), then to the answer p50 ${ms(p50(workerPart))}, p95 ${ms(p95(workerPart))} (the off-page parse and the first analysis).`);
        log(`- On the page's own clock, without its loading: DOMContentLoaded (the content script starts right after it) to the first highlight, with the worker stopped before the page was opened: p50 ${ms(p50(dclToHighlight))}, p95 ${ms(p95(dclToHighlight))}.`);
        log(`- Per article language (wakes alternate; each language's matcher restored cold): ${COLD_PAGES.map((f) => `${f} p50 ${ms(p50(coldByPage.get(f) ?? []))}`).join(', ')}.`);
        log(`- Of which the background's own: worker start (module evaluation included) to matcher ready p50 ${ms(p50(ready))}, p95 ${ms(p95(ready))}; the first analysis inside the woken worker (request received to answer) p50 ${ms(p50(firstAnalyse))}, p95 ${ms(p95(firstAnalyse))}.`);
        log(`- Analyse latency for the seed article, warm worker, round trip from an extension page: p50 ${ms(p50(latency))}, p95 ${ms(p95(latency))}.`);
        log();
      }
    } finally {
      await session.browser.close();
      await plain?.close();
    }
  }

  if (wanted('reading-list')) for (const line of await benchReadingList({ quick })) log(line);

  if (wanted('real')) {
    // Real pages (scripts/bench-real.ts): its own record in docs/benchmarks.md, between markers.
    const label = process.argv.find((a) => a.startsWith('--label='))?.slice('--label='.length) ?? 'latest';
    const pagesArg = process.argv.find((a) => a.startsWith('--real-pages='))?.slice('--real-pages='.length);
    const stride = Number(process.argv.find((a) => a.startsWith('--firefox-stride='))?.slice('--firefox-stride='.length) ?? 1) || 1;
    const runLog = process.argv.find((a) => a.startsWith('--runs-log='))?.slice('--runs-log='.length);
    const pageStride = Number(process.argv.find((a) => a.startsWith('--stride='))?.slice('--stride='.length) ?? 1) || 1;
    const real = await benchRealPages({ quick, browsers: (['chromium', 'firefox'] as BrowserName[]).filter((b) => !browserArg || b === browserArg), only: pagesArg?.split(','), firefoxStride: stride, stride: pageStride, log: runLog, withoutPlain: process.argv.includes('--without-plain') });
    for (const line of real) log(line);
    if (!quick && !pagesArg) {
      const file = join(ROOT, 'docs/benchmarks.md');
      const heading = `## Real pages (${label}), ${date}: Readability's test corpus`;
      const note = 'Written by `npm run bench -- --only=real' + (label === 'latest' ? '' : ` --label=${label}`) + '` (scripts/bench-real.ts); one load per page, traced. CPU figures are the renderer main thread\'s own time; wall-clock figures add the time it waited for a core, which on a shared machine is most of it. The bench waits on the background\'s record of the tab (storage.session), and asks only a page that was analysed for its status (its timings) until it settles; those answers count as the extension\'s time.';
      await writeFile(file, withRealSection(await readFile(file, 'utf8'), label, [heading, '', note, '', ...real, `Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}.`, '']));
      console.log(`\nReal pages written to ${file} (${label})`);
    }
  }

  if (wanted('matcher')) {
    log('### Matcher (Node, same texts, best of several runs)');
    log();
    log(matcherReport(benchMatcher(quick)));
    log();
  }

  if (wanted('bundle')) {
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
  }
  log(`Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}${versions.length ? `; browsers: ${versions.join(', ')} (headless). ${RUNS} alternating runs per page` : ''}.`);

  if (!quick && only === undefined && !runsArg && !corpusArg && !browserArg) {
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
