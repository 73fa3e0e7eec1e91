/**
 * `npm run bench`: Backstory's performance record, written to docs/benchmarks.md by this command.
 *
 * Every comparison is measured side by side in the same run, alternating, and reported as a ratio:
 * - Page cost on the seed article in Chromium: the content script's main-thread time split into
 *   gate, Readability (clone + parse), mapping, and highlight registration, next to Readability
 *   alone (clone + parse, run in the page itself) on the same page. The round trip to the
 *   background is reported too; it is asynchronous and does not block the page.
 * - Background cold start: worker stopped, then woken by a page; time from the worker's start to
 *   its first answer.
 *
 * `--quick` (CI) runs few iterations so the bench cannot rot; it asserts no timings.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launch, openExtensionPage, serveFixtures, sleep, tabIdOf, waitForSettled } from '../tests/browser/harness.ts';

const ROOT = resolve(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
const RUNS = quick ? 3 : 25;
const COLD_RUNS = quick ? 2 : 10;

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return s[lo]! + (s[hi]! - s[lo]!) * (i - lo);
}
const ms = (x: number) => `${x.toFixed(2)} ms`;

const readabilitySource = [
  await readFile(join(ROOT, 'node_modules/@mozilla/readability/Readability-readerable.js'), 'utf8'),
  await readFile(join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8'),
].join('\n');

/** Readability alone, in the page's main world: the gate, a clone and a parse, as Backstory does. */
async function readabilityAlone(page: Page): Promise<number> {
  await page.addScriptTag({ content: `var module = undefined;\n${readabilitySource}` });
  return page.evaluate(() => {
    const w = window as unknown as { Readability: new (d: Document) => { parse(): unknown }; isProbablyReaderable: (d: Document) => boolean };
    const t0 = performance.now();
    w.isProbablyReaderable(document);
    const clone = document.cloneNode(true) as Document;
    new w.Readability(clone).parse();
    return performance.now() - t0;
  });
}

const { url, server } = await serveFixtures();
const session = await launch('chromium');
const browserVersion = await session.browser.version();
const lines: string[] = [];
const log = (s = '') => {
  lines.push(s);
  console.log(s);
};

try {
  const probe = await openExtensionPage(session, 'popup.html');
  // Warm the background once so page runs measure the page, not the first compile.
  {
    const warm = await session.browser.newPage();
    const u = `${url}/ap-kim-putin.html?warm`;
    await warm.goto(u);
    await waitForSettled(probe, await tabIdOf(probe, u));
    await warm.close();
  }

  const ext: Record<string, number[]> = { gate: [], parse: [], map: [], highlight: [], mainThread: [], roundTrip: [] };
  const alone: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // A: the page with Backstory working on it.
    const a = await session.browser.newPage();
    const u = `${url}/ap-kim-putin.html?run=${i}`;
    await a.goto(u);
    const status = await waitForSettled(probe, await tabIdOf(probe, u));
    const t = status.timings!;
    ext.gate!.push(t.gate!);
    ext.parse!.push(t.parse!);
    ext.map!.push(t.map!);
    ext.highlight!.push(t.highlight!);
    ext.roundTrip!.push(t.roundTrip!);
    ext.mainThread!.push(t.gate! + t.parse! + t.map! + t.highlight!);
    await a.close();
    // B: Readability alone on the same page, right after.
    const b = await session.browser.newPage();
    await b.goto(`${url}/ap-kim-putin.html?alone=${i}`);
    alone.push(await readabilityAlone(b));
    await b.close();
  }

  // Cold start: stop the service worker, wake it with a page, read its own measurement.
  const cold: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    await probe.evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { remove(k: string): Promise<void> } } } }).chrome.storage.session.remove('bench:coldStartMs'));
    const target = await session.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(session.extensionOrigin));
    const worker = await target.worker();
    await worker?.close();
    await sleep(300);
    const page = await session.browser.newPage();
    const u = `${url}/ap-kim-putin.html?cold=${i}`;
    await page.goto(u);
    await waitForSettled(probe, await tabIdOf(probe, u));
    const value = await probe.evaluate(async () => {
      const store = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, number>> } } } }).chrome.storage.session;
      return (await store.get('bench:coldStartMs'))['bench:coldStartMs'];
    });
    if (typeof value === 'number') cold.push(value);
    await page.close();
  }

  const date = new Date().toISOString().slice(0, 10);
  log(`## ${date}${quick ? ' (quick mode)' : ''}`);
  log();
  log(`Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}; browser: ${browserVersion} (headless). ${RUNS} alternating runs.`);
  log();
  log('### Seed article, content script main-thread time (Chromium)');
  log();
  log('| step | median | p95 |');
  log('| --- | --- | --- |');
  for (const k of ['gate', 'parse', 'map', 'highlight', 'mainThread'] as const) log(`| ${k === 'mainThread' ? '**total on main thread**' : k} | ${ms(median(ext[k]!))} | ${ms(quantile(ext[k]!, 0.95))} |`);
  log(`| Readability alone (gate + clone + parse, same page) | ${ms(median(alone))} | ${ms(quantile(alone, 0.95))} |`);
  log(`| round trip to the background (async, not blocking) | ${ms(median(ext.roundTrip!))} | ${ms(quantile(ext.roundTrip!, 0.95))} |`);
  log();
  log(`**Ratio** Backstory main-thread total / Readability alone, medians: **${(median(ext.mainThread!) / median(alone)).toFixed(2)}×** (goal ≤ 1.25×).`);
  log();
  log('### Background cold start (worker stopped, woken by a page: start to first answer, all bundled packs)');
  log();
  log(`median ${ms(median(cold))}, p95 ${ms(quantile(cold, 0.95))} over ${cold.length} wakes.`);
  log();

  if (!quick) {
    const file = join(ROOT, 'docs/benchmarks.md');
    await mkdir(join(ROOT, 'docs'), { recursive: true });
    let previous = '';
    try {
      previous = await readFile(file, 'utf8');
    } catch {
      previous = '# Benchmarks\n\nWritten by `npm run bench`; newest first. Ratios compare runs made side by side in the same process.\n\n';
    }
    const [head, ...rest] = previous.split(/\n(?=## )/);
    await writeFile(file, [head!.trimEnd(), '', lines.join('\n'), ...rest.map((r) => r.trimEnd())].join('\n') + '\n');
    console.log(`\nWritten to ${file}`);
  }
} finally {
  await session.browser.close();
  server.close();
}
