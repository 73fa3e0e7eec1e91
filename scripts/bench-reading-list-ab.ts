/**
 * A/B comparison of the reading-list bench between checkouts (say an old commit's worktree and
 * this one), interleaved in one run: absolute timings on a shared machine mostly measure waiting for
 * a core, so only a ratio measured side by side means anything (see the brief's "Measuring speed").
 * Each checkout's own bench page (scripts/bench-reading-list/page.ts) is bundled from its own code
 * and served from its own origin (so each has its own IndexedDB), in one browser; imports take
 * turns (the order reversed every other round), then search rounds over a corpus of the same size
 * the same way. Ratios are to the first side.
 *
 * `npx tsx scripts/bench-reading-list-ab.ts --sides=old:/path/to/old,new:. [--browser=chromium,firefox]
 *   [--import=10000] [--imports=6] [--size=10000] [--searches=8] [--skip=import|search]`
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { serveFixtures, type BrowserName } from '../tests/browser/harness.ts';
import { buildPage, launchPlain } from './bench-reading-list.ts';
import { ms, quantile } from './bench-stats.ts';
import { QUERY_MIX } from './bench-reading-list/corpus.ts';

const QUERIES = QUERY_MIX.length;

interface PageApi {
  fill(n: number): Promise<number>;
  search(rounds: number): Promise<{ rows: Array<{ ms: number[] }> }>;
  importPocket(n: number): Promise<{ parsePlan: number; commit: number; added: number }>;
  drop(): Promise<void>;
}
declare const rlBench: PageApi;

const arg = (k: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const sides = (arg('sides') ?? 'a:.,b:.').split(',').map((s) => {
  const [label, root] = s.split(':') as [string, string];
  return { label, root: resolve(root) };
});
const browsers = (arg('browser') ?? 'chromium,firefox').split(',') as BrowserName[];
const importRows = Number(arg('import') ?? 10_000);
const importRuns = Number(arg('imports') ?? 6);
const size = Number(arg('size') ?? 10_000);
const searchRuns = Number(arg('searches') ?? 8);
const skip = arg('skip');

const median = (xs: number[]) => quantile(xs, 0.5);

/**
 * CPU time (ms, user + system) used so far by a process and all its descendants, from /proc: on a
 * shared machine wall-clock time is mostly waiting for a core, CPU time much less so. Covers every
 * process of the browser (renderer, IndexedDB in the browser process or Firefox's parent).
 */
async function treeCpuMs(root: number): Promise<number> {
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces, inside parentheses).
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(entry), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
    } catch {
      // The process ended while we read.
    }
  }
  let ticks = 0;
  const queue = [root];
  const seen = new Set<number>();
  while (queue.length) {
    const pid = queue.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    ticks += stats.get(pid)?.ticks ?? 0;
    for (const [child, s] of stats) if (s.ppid === pid) queue.push(child);
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}
/** The sides in turn, reversed every other round, so none always runs first or last. */
const order = (i: number) => (i % 2 ? [...sides].reverse() : sides);
/** One figure per side over the rounds, with each side's median ratio to the first side's. */
function report(what: string, xs: Map<string, number[]>): void {
  const base = xs.get(sides[0]!.label)!;
  const parts = sides.map(({ label }) => {
    const v = xs.get(label)!;
    const paired = v.map((x, i) => x / base[i]!);
    return `${label} ${ms(median(v))}${label === sides[0]!.label ? '' : ` (${(median(v) / median(base)).toFixed(2)}×, paired ${median(paired).toFixed(2)}×)`}`;
  });
  console.log(`${what}: median ${parts.join(', ')}`);
}
const perSide = () => new Map(sides.map((s) => [s.label, [] as number[]]));

const built = new Map<string, { dir: string; url: string; close(): void }>();
for (const { label, root } of sides) {
  const dir = await buildPage(root);
  const { url, server } = await serveFixtures(dir);
  built.set(label, { dir, url, close: () => server.close() });
  console.log(`${label} = ${root}`);
}
try {
  for (const name of browsers) {
    const browser = await launchPlain(name);
    const pid = browser.process()!.pid!;
    try {
      const pages = new Map<string, Page>();
      for (const { label } of sides) {
        const page = await browser.newPage();
        page.setDefaultTimeout(0);
        await page.goto(`${built.get(label)!.url}/index.html`);
        await page.waitForFunction(() => document.title === 'ready');
        pages.set(label, page);
      }
      const on = async <T>(label: string, f: (page: Page) => Promise<T>): Promise<T> => {
        const page = pages.get(label)!;
        await page.bringToFront();
        return f(page);
      };
      console.log(`\n## ${name} ${await browser.version()}`);
      if (skip !== 'import') {
        const parse = perSide();
        const commit = perSide();
        const total = perSide();
        const cpu = perSide();
        for (let i = 0; i < importRuns; i++) {
          for (const { label } of order(i)) {
            const before = await treeCpuMs(pid);
            const r = await on(label, (p) => p.evaluate((k) => rlBench.importPocket(k), importRows));
            const used = (await treeCpuMs(pid)) - before;
            await on(label, (p) => p.evaluate(() => rlBench.drop()));
            parse.get(label)!.push(r.parsePlan);
            commit.get(label)!.push(r.commit);
            total.get(label)!.push(r.parsePlan + r.commit);
            cpu.get(label)!.push(used);
            console.log(`import ${i} ${label}: parse ${ms(r.parsePlan)} + commit ${ms(r.commit)} = ${ms(r.parsePlan + r.commit)} (${r.added} added); browser CPU ${ms(used)}`);
          }
        }
        report('import parse', parse);
        report('import commit', commit);
        report('import total', total);
        report('import browser CPU', cpu);
      }
      if (skip !== 'search') {
        for (const { label } of sides) console.log(`fill ${label}: ${ms(await on(label, (p) => p.evaluate((k) => rlBench.fill(k), size)))}`);
        const p50 = perSide();
        const p95 = perSide();
        const sum = perSide();
        const cpu = perSide();
        // Each query's times over the rounds, per side: its minimum is the figure least touched by load.
        const perQuery = new Map(sides.map((x) => [x.label, [] as number[][]]));
        for (let i = 0; i < searchRuns; i++) {
          for (const { label } of order(i)) {
            const before = await treeCpuMs(pid);
            const r = await on(label, (p) => p.evaluate(() => rlBench.search(1)));
            const used = (await treeCpuMs(pid)) - before;
            const all = r.rows.flatMap((x) => x.ms);
            r.rows.forEach((row, q) => (perQuery.get(label)![q] ??= []).push(...row.ms));
            p50.get(label)!.push(quantile(all, 0.5));
            p95.get(label)!.push(quantile(all, 0.95));
            sum.get(label)!.push(all.reduce((a, b) => a + b, 0));
            cpu.get(label)!.push(used);
            console.log(`search ${i} ${label}: p50 ${ms(quantile(all, 0.5))}, p95 ${ms(quantile(all, 0.95))}, all ${QUERIES} queries ${ms(sum.get(label)!.at(-1)!)}; browser CPU (index build included) ${ms(used)}`);
          }
        }
        report(`search p50 over ${size}`, p50);
        report(`search p95 over ${size}`, p95);
        report(`search, the whole mix`, sum);
        report(`search browser CPU`, cpu);
        for (const [what, f] of [['min', (xs: number[]) => Math.min(...xs)], ['median', median]] as const) {
          const line = sides.map(({ label }) => {
            const each = perQuery.get(label)!.map(f);
            return `${label} sum ${ms(each.reduce((a, b) => a + b, 0))}, p95 ${ms(quantile(each, 0.95))}`;
          });
          console.log(`search, each query's ${what} over the rounds: ${line.join('; ')}`);
        }
        const slowest = perQuery.get(sides[0]!.label)!.map((xs, q) => ({ q, m: median(xs) })).sort((a, b) => b.m - a.m).slice(0, 5);
        for (const { q } of slowest) console.log(`  ${QUERY_MIX[q]!.q || '(all)'} by ${QUERY_MIX[q]!.sort ?? 'savedAt'}: ${sides.map(({ label }) => `${label} min ${ms(Math.min(...perQuery.get(label)![q]!))} med ${ms(median(perQuery.get(label)![q]!))}`).join(', ')}`);
        for (const { label } of sides) await on(label, (p) => p.evaluate(() => rlBench.drop()));
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  for (const b of built.values()) {
    b.close();
    await rm(b.dir, { recursive: true, force: true });
  }
}
