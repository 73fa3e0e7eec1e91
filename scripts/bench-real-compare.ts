/**
 * Before and after, side by side, from two runs of the real-page bench (`npm run bench -- --only=real
 * --runs-log=FILE`, one with BACKSTORY_BUILD_DIR pointing at the earlier build): prints a Markdown
 * table of p50 / p95 / max per figure over the pages both runs measured.
 * Usage: tsx scripts/bench-real-compare.ts before.jsonl after.jsonl
 */
import { readFileSync } from 'node:fs';
import { ms, quantile } from './bench-stats.ts';
import type { RealRun } from './bench-real.ts';

type Logged = RealRun & { browser: string };

const read = (file: string): Logged[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Logged);

const [beforeFile, afterFile] = process.argv.slice(2);
if (!beforeFile || !afterFile) throw new Error('usage: bench-real-compare.ts before.jsonl after.jsonl');
const before = read(beforeFile);
const after = read(afterFile);
const num = (x: number | null | undefined) => (typeof x === 'number' ? x : NaN);
const spread = (xs: number[]) => `${ms(quantile(xs, 0.5))} / ${ms(quantile(xs, 0.95))} / ${ms(quantile(xs, 1))}`;

const FIGURES: Array<[string, (r: Logged) => number, string?]> = [
  ['extension main thread, total (CPU)', (r) => num(r.cost?.cpu.total), 'chromium'],
  ['extension longest task (CPU)', (r) => num(r.cost?.cpu.longestTask), 'chromium'],
  ['extension script compile (CPU)', (r) => num(r.cost?.cpu.compile), 'chromium'],
  ['extension compile + top-level evaluation (CPU)', (r) => num(r.cost?.cpu.evaluate), 'chromium'],
  ['… the same on pages the gate rejected', (r) => (r.state === 'not-article' || r.state === 'too-large' ? num(r.cost?.cpu.evaluate) : NaN), 'chromium'],
  ['extension main thread, total (wall clock)', (r) => num(r.cost?.total), 'chromium'],
  ['extension longest task (wall clock)', (r) => num(r.cost?.longestTask), 'chromium'],
  ['extension main thread, its own step timings', (r) => num(r.selfTimed)],
  ['first highlight after navigation start', (r) => num(r.highlightFromNav)],
  ['first highlight after DOMContentLoaded', (r) => num(r.highlightFromDcl)],
];

for (const browser of ['chromium', 'firefox']) {
  const b = before.filter((r) => r.browser === browser);
  const pages = new Set(b.map((r) => r.page));
  const a = after.filter((r) => r.browser === browser && pages.has(r.page));
  const both = new Set(a.map((r) => r.page));
  const bb = b.filter((r) => both.has(r.page));
  if (a.length === 0) continue;
  console.log(`#### ${browser}: ${both.size} pages measured before and after (p50 / p95 / max)\n`);
  console.log('| figure | before | after | worst pages after |');
  console.log('| --- | --- | --- | --- |');
  for (const [label, pick, only] of FIGURES) {
    if (only && only !== browser) continue;
    const worst = a
      .filter((r) => Number.isFinite(pick(r)))
      .sort((x, y) => pick(y) - pick(x))
      .slice(0, 3)
      .map((r) => `${r.page} ${ms(pick(r))}`)
      .join(', ');
    console.log(`| ${label} | ${spread(bb.map(pick))} | ${spread(a.map(pick))} | ${worst} |`);
  }
  const highlighted = (rs: Logged[]) => rs.filter((r) => Number.isFinite(r.highlightFromNav)).length;
  console.log(`\nHighlighted: ${highlighted(bb)} pages before, ${highlighted(a)} after.\n`);
}
