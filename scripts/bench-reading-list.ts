/**
 * Reading-list benchmark (issue #5 "Measure", issue #7 §4), run by scripts/bench.ts: save latency
 * of the seed article, search latency p50/p95 over a query mix with 1k, 10k and 50k generated
 * articles (goal p95 < 30 ms at 10k), import of a 10k-row Pocket CSV (goal < 5 s) and export of
 * 10k articles in each format.
 *
 * Measured in real Chromium and Firefox, in their own IndexedDB (fake-indexeddb in Node is not
 * representative): scripts/bench-reading-list/page.ts is bundled here with Vite into a temporary
 * folder and loaded as a plain localhost page. Nothing of it enters an extension build.
 * `--quick` runs small corpora once, so CI keeps this working; no timing is asserted.
 *
 * Run alone: `npx tsx scripts/bench-reading-list.ts [--quick] [--browser=chromium|firefox] [--sizes=1000,10000]`.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { build } from 'vite';
import { serveFixtures, tabIdOf, waitForSettled, type BrowserName, type Session } from '../tests/browser/harness.ts';
import { QUERY_MIX } from './bench-reading-list/corpus.ts';
import { ms, quantile } from './bench-stats.ts';

const ROOT = resolve(import.meta.dirname, '..');

interface BenchApi {
  fill(n: number): Promise<number>;
  search(rounds: number): Promise<{ build: number; fromSnapshot: number; rows: Array<{ q: string; sort: string; ms: number[]; total: number }> }>;
  save(runs: number): Promise<{ created: number; updated: number[] }>;
  importPocket(n: number): Promise<{ parsePlan: number; commit: number; added: number; bytes: number }>;
  exports(): Promise<Record<string, { ms: number; bytes: number }>>;
  drop(): Promise<void>;
}
declare const rlBench: BenchApi;

export interface ReadingListBenchOptions {
  quick: boolean;
  browsers?: BrowserName[];
  sizes?: number[];
  /** Rounds of the query mix (default 12, 1 when quick). */
  rounds?: number;
  /** Rows of the Pocket CSV imported (default 10,000, 500 when quick). */
  importRows?: number;
}

const secs = (x: number) => `${(x / 1000).toFixed(2)} s`;

/**
 * Bundles the bench page of the checkout at `root` (this one by default; another worktree for an
 * A/B comparison) into a temporary folder with the seed page beside it.
 */
export async function buildPage(root = ROOT): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rl-bench-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    build: {
      outDir: dir,
      emptyOutDir: false,
      minify: true,
      lib: { entry: join(root, 'scripts/bench-reading-list/page.ts'), formats: ['es'], fileName: () => 'bench.js' },
    },
  });
  await writeFile(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>loading</title><script type="module" src="bench.js"></script>');
  await writeFile(join(dir, 'seed.html'), await readFile(join(root, 'entrypoints/welcome/demo-article.html')));
  return dir;
}

/** Writing 50,000 articles takes minutes: far longer than puppeteer's default wait for one call. */
const PROTOCOL_TIMEOUT_MS = 60 * 60_000;

/** A plain browser (no extension) for the bench page. */
export async function launchPlain(name: BrowserName): Promise<Browser> {
  if (name === 'chromium') {
    return puppeteer.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, pipe: true, protocolTimeout: PROTOCOL_TIMEOUT_MS, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  }
  return puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true, protocolTimeout: PROTOCOL_TIMEOUT_MS, extraPrefsFirefox: { 'app.update.enabled': false, 'toolkit.telemetry.enabled': false, 'dom.indexedDB.logging.enabled': false } });
}

/** Runs the reading-list bench; returns Markdown lines for docs/benchmarks.md. */
export async function benchReadingList(options: ReadingListBenchOptions): Promise<string[]> {
  const { quick } = options;
  const sizes = options.sizes ?? (quick ? [200, 1000] : [1000, 10_000, 50_000]);
  const rounds = options.rounds ?? (quick ? 1 : 12);
  const importRows = options.importRows ?? (quick ? 500 : 10_000);
  const exportSize = sizes.includes(10_000) ? 10_000 : sizes[sizes.length - 1]!;
  const dir = await buildPage();
  const { url, server } = await serveFixtures(dir);
  const lines: string[] = [];
  try {
    for (const name of options.browsers ?? (['chromium', 'firefox'] as BrowserName[])) {
      const browser = await launchPlain(name);
      try {
        const page: Page = await browser.newPage();
        page.setDefaultTimeout(0);
        await page.goto(`${url}/index.html`);
        await page.waitForFunction(() => document.title === 'ready');
        lines.push(`### Reading list in ${name} ${await browser.version()} (its own IndexedDB)`, '');
        const searchRows: string[] = [];
        const perQuery: Map<string, string[]> = new Map();
        const saveRows: string[] = [];
        let exportLine = '';
        // The import runs first, into a profile that holds nothing yet, and again at the end, after the
        // largest corpus was written and deleted: there Chromium's LevelDB is still compacting the deleted
        // rows, which shows in the second figure (a reader rarely imports right after deleting 50,000 articles).
        const firstImport = await page.evaluate((k) => rlBench.importPocket(k), importRows);
        await page.evaluate(() => rlBench.drop());
        for (const n of sizes) {
          const fill = await page.evaluate((k) => rlBench.fill(k), n);
          const { build: indexBuild, fromSnapshot, rows: results } = await page.evaluate((r) => rlBench.search(r), rounds);
          const all = results.flatMap((r) => r.ms);
          const worst = [...results].sort((a, b) => quantile(b.ms, 0.95) - quantile(a.ms, 0.95))[0]!;
          console.error(`reading list, ${name}, ${n} articles: search p50 ${ms(quantile(all, 0.5))}, p95 ${ms(quantile(all, 0.95))}, index build ${ms(indexBuild)}, from snapshot ${ms(fromSnapshot)}`);
          searchRows.push(`| ${n.toLocaleString('en')} | ${ms(quantile(all, 0.5))} | ${ms(quantile(all, 0.95))} | \`${worst.q || '(all)'}\` by ${worst.sort}: ${ms(quantile(worst.ms, 0.95))} | ${ms(indexBuild)} / ${ms(fromSnapshot)} | ${secs(fill)} |`);
          for (const r of results) {
            const key = `\`${r.q || '(all)'}\` by ${r.sort}`;
            perQuery.set(key, [...(perQuery.get(key) ?? []), `${ms(quantile(r.ms, 0.5))} / ${ms(quantile(r.ms, 0.95))} (${r.total})`]);
          }
          const save = await page.evaluate((k) => rlBench.save(k), quick ? 3 : 30);
          saveRows.push(`| ${n.toLocaleString('en')} | ${ms(save.created)} | ${ms(quantile(save.updated, 0.5))} / ${ms(quantile(save.updated, 0.95))} |`);
          if (n === exportSize) {
            const ex = await page.evaluate(() => rlBench.exports());
            exportLine = `- Export of ${n.toLocaleString('en')} articles: ${Object.entries(ex)
              .map(([k, v]) => `${k} ${secs(v.ms)} (${(v.bytes / 2 ** 20).toFixed(1)} MB)`)
              .join(', ')}.`;
          }
          await page.evaluate(() => rlBench.drop());
        }
        lines.push(`Search: the query mix of scripts/bench-reading-list/corpus.ts (${QUERY_MIX.length} queries: words, prefixes, phrases, every operator, negations, sorts), first page of 50, ${rounds} round(s) alternating. Goal: p95 < 30 ms at 10,000.`, '');
        lines.push('| articles | all queries p50 | all queries p95 | slowest query (p95) | index build, first search of a page: from rows / from snapshot | corpus written in |', '| --- | --- | --- | --- | --- | --- |', ...searchRows, '');
        lines.push(`<details><summary>Per query p50 / p95 (matches) at ${sizes.map((s) => s.toLocaleString('en')).join(', ')}</summary>`, '', `| query | ${sizes.map((s) => s.toLocaleString('en')).join(' | ')} |`, `| --- |${sizes.map(() => ' --- |').join('')}`);
        for (const [k, v] of perQuery) lines.push(`| ${k.replace(/\|/g, '\\|')} | ${v.join(' | ')} |`);
        lines.push('', '</details>', '');
        lines.push('Save of the seed article (Readability output, sanitised; repository write with the corpus present):', '', '| articles present | first save | save again p50 / p95 |', '| --- | --- | --- |', ...saveRows, '');
        const imp = await page.evaluate((k) => rlBench.importPocket(k), importRows);
        lines.push(
          `- Import of a ${importRows.toLocaleString('en')}-row Pocket CSV (${(imp.bytes / 2 ** 20).toFixed(1)} MB, ${imp.added} added), into an empty profile: parse and preview ${secs(firstImport.parsePlan)}, one transaction ${secs(firstImport.commit)}, total ${secs(firstImport.parsePlan + firstImport.commit)} (goal < 5 s at 10,000); ` +
            `again right after the ${sizes[sizes.length - 1]!.toLocaleString('en')}-article corpus was deleted: ${secs(imp.parsePlan)} + ${secs(imp.commit)} = ${secs(imp.parsePlan + imp.commit)}.`,
        );
        await page.evaluate(() => rlBench.drop());
        lines.push(exportLine, '');
      } finally {
        await browser.close();
      }
    }
  } finally {
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
  return lines;
}

/** Development aid: where a search index build's time goes, in Chromium, for `n` articles. */
export async function benchReadingListProfile(n: number, name: BrowserName = 'chromium'): Promise<unknown> {
  const dir = await buildPage();
  const { url, server } = await serveFixtures(dir);
  const browser = await launchPlain(name);
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/index.html`);
    await page.waitForFunction(() => document.title === 'ready');
    await page.evaluate((k) => rlBench.fill(k), n);
    const out = [];
    for (let i = 0; i < 3; i++) out.push(await page.evaluate(() => (rlBench as unknown as { profileBuild(): Promise<unknown> }).profileBuild()));
    return out;
  } finally {
    await browser.close();
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Save of the seed page through the built extension, end to end: the `save-tab` request from an
 * extension page (collect the article in the tab, sanitise, find names, write), round trip. The
 * first save creates the article, the others update it (the page has a canonical link).
 */
export async function benchSaveThroughExtension(session: Session, ext: Page, baseUrl: string, runs: number): Promise<string> {
  const page = await session.browser.newPage();
  const url = `${baseUrl}/ap-kim-putin.html?save-bench=1`;
  await page.goto(url);
  const tabId = await tabIdOf(ext, url);
  await waitForSettled(ext, tabId);
  const times: number[] = [];
  let ok = true;
  for (let i = 0; i < runs; i++) {
    const r = await ext.evaluate(async (id) => {
      const start = performance.now();
      const reply = (await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime.sendMessage({ type: 'save-tab', tabId: id })) ?? { ok: false };
      return { ms: performance.now() - start, ok: reply.ok };
    }, tabId);
    ok &&= r.ok;
    times.push(r.ms);
  }
  await page.close();
  const again = times.slice(1);
  return `- Save of the seed page through the extension (${session.name}, request to reply): first ${ms(times[0] ?? NaN)}, again p50 ${ms(quantile(again, 0.5))} / p95 ${ms(quantile(again, 0.95))} over ${again.length}${ok ? '' : ' (SOME SAVES FAILED)'}.`;
}

if (import.meta.main) {
  const arg = (k: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
  const lines = await benchReadingList({
    quick: process.argv.includes('--quick'),
    ...(arg('browser') ? { browsers: arg('browser')!.split(',') as BrowserName[] } : {}),
    ...(arg('sizes') ? { sizes: arg('sizes')!.split(',').map(Number) } : {}),
    ...(arg('rounds') ? { rounds: Number(arg('rounds')) } : {}),
    ...(arg('import') ? { importRows: Number(arg('import')) } : {}),
  });
  console.log(lines.join('\n'));
}
