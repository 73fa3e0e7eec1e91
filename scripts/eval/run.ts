/**
 * `npm run eval`: precision, recall and F1 of the bundled glossary's recognition on the evaluation set
 * (tests/eval), per split, per kind and per pack; the wrong cards (false positives) with their sentence;
 * and the missed names. Writes its section of docs/benchmarks.md (between the eval markers).
 * Flags: --show-held-out (list the held-out split's errors too: do not tune on them), --no-write,
 * --check (exit 1 when a figure falls below tests/eval/floor.json), --record-floor (write the floor),
 * --record-before (write tests/eval/before.json, the figures the section compares with).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EVAL_DIR, loadArticles } from './corpus.ts';
import { evaluate, SPLITS, type EvalResult } from './evaluate.ts';
import { checkFloor, floorOf, type Floor } from './floor.ts';
import { f1, precision, recall, type Counts, type Score } from './score.ts';

const args = new Set(process.argv.slice(2));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const row = (name: string, c: Counts) => `| ${name} | ${c.tp} | ${c.fp} | ${c.fn} | ${pct(precision(c))} | ${pct(recall(c))} | ${pct(f1(c))} |`;
const HEAD = '| | TP | FP | FN | Precision | Recall | F1 |\n|---|---:|---:|---:|---:|---:|---:|';
const MAIN_KINDS = ['person', 'place', 'organization'];

function table(s: Score): string {
  const lines = [HEAD, row('**all**', s.total)];
  const main: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const k of MAIN_KINDS) for (const key of ['tp', 'fp', 'fn'] as const) main[key] += s.byKind[k]?.[key] ?? 0;
  lines.push(row('people + places + organisations', main));
  for (const [k, c] of Object.entries(s.byKind).sort()) lines.push(row(`kind: ${k}`, c));
  for (const [p, c] of Object.entries(s.byPack).sort()) lines.push(row(`pack: ${p}`, c));
  return lines.join('\n');
}

function report(r: EvalResult): string {
  const out: string[] = [];
  for (const split of SPLITS) {
    const s = r.scores[split];
    out.push(`### ${split} (${r.docs[split]} documents; wrong cards on trap names: ${s.traps})\n\n${table(s)}\n`);
  }
  return out.join('\n');
}

function errors(r: EvalResult): string {
  const out: string[] = [];
  for (const split of SPLITS) {
    if (split === 'held-out' && !args.has('--show-held-out')) continue;
    for (const e of r.scores[split].errors) {
      out.push(`${e.type === 'fp' ? (e.trap ? 'FP(trap)' : 'FP') : 'FN'} ${split}/${e.doc}: "${e.surface}" ${e.type === 'fp' ? '->' : 'expected'} ${e.entry}\n    ${e.sentence}`);
    }
  }
  return out.join('\n');
}

const BEFORE = join(EVAL_DIR, 'before.json');
type Before = { date: string; note: string; totals: Record<string, Counts> };

/** Before and now, per split: the figures recorded before the recognition work (tests/eval/before.json). */
function beforeTable(r: EvalResult): string {
  if (!existsSync(BEFORE)) return '';
  const before = JSON.parse(readFileSync(BEFORE, 'utf8')) as Before;
  const lines = [`Before (${before.date}: ${before.note}) and now, all mentions:`, '', '| split | before P | before R | before F1 | now P | now R | now F1 |', '|---|---:|---:|---:|---:|---:|---:|'];
  for (const split of SPLITS) {
    const b = before.totals[split];
    const n = r.scores[split].total;
    if (b) lines.push(`| ${split} | ${pct(precision(b))} | ${pct(recall(b))} | ${pct(f1(b))} | ${pct(precision(n))} | ${pct(recall(n))} | ${pct(f1(n))} |`);
  }
  return lines.join('\n');
}

/**
 * The held-out split by when it was written: the first 14 articles (with the set, before any rule), the 26 of
 * held-out-c.txt (2026-12-05, to the brief of the later dev batches), the 25 of held-out-d.txt (2026-12-05,
 * sixth session, after that session's rules), the 20 of held-out-e.txt and the 20 of held-out-f.txt (seventh
 * session), the 20 of held-out-g.txt and the 20 of held-out-h.txt (eighth session). Counts only, as for the split.
 */
function heldOutBatches(): string {
  const held = loadArticles().filter((d) => d.split === 'held-out');
  const batches = [
    ['the first 14', (id: string) => !/^h[cdefghij]-/.test(id)],
    ['the 26 of held-out-c', (id: string) => id.startsWith('hc-')],
    ['the 25 of held-out-d', (id: string) => id.startsWith('hd-')],
    ['the 20 of held-out-e', (id: string) => id.startsWith('he-')],
    ['the 20 of held-out-f', (id: string) => id.startsWith('hf-')],
    ['the 20 of held-out-g', (id: string) => id.startsWith('hg-')],
    ['the 20 of held-out-h', (id: string) => id.startsWith('hh-')],
    ['the 20 of held-out-i', (id: string) => id.startsWith('hi-')],
    ['the 20 of held-out-j', (id: string) => id.startsWith('hj-')],
  ] as const;
  const rows = batches.map(([name, pick]) => {
    const r = evaluate(held.filter((d) => pick(d.id)));
    return row(`held-out: ${name} (${r.docs['held-out']} documents)`, r.scores['held-out'].total);
  });
  return [HEAD, ...rows].join('\n');
}

const BENCH = resolve(EVAL_DIR, '../../docs/benchmarks.md');
const START = '<!-- eval:start (written by npm run eval) -->';
const END = '<!-- eval:end -->';

function writeSection(r: EvalResult, batches: string): void {
  const fps = SPLITS.filter((s) => s !== 'held-out').flatMap((s) => r.scores[s].errors.filter((e) => e.type === 'fp').map((e) => `- ${s}/${e.doc}${e.trap ? ' (trap)' : ''}: "${e.surface}" -> ${e.entry}. ${e.sentence}`));
  const body = [
    START,
    '## Recognition quality (`npm run eval`)',
    '',
    'Precision, recall and F1 of mentions on the evaluation set (tests/eval): articles written in wire-service style with',
    'gold mentions and deliberate traps, split into dev and held-out (tests/eval/split.json; the held-out split is never',
    'used for tuning), and real news pages of the Readability corpus with reviewed gold. A mention counts when its span and',
    'its entry are both right. "Wrong cards on trap names" counts mentions found on names marked as not in the glossary.',
    '',
    beforeTable(r),
    '',
    report(r),
    `The held-out split by batch:\n\n${batches}\n`,
    `False positives (dev and pages):\n\n${fps.join('\n') || '- none'}`,
    END,
  ].join('\n');
  const doc = readFileSync(BENCH, 'utf8');
  const at = doc.indexOf(START);
  const next = at >= 0 ? doc.slice(0, at) + body + doc.slice(doc.indexOf(END) + END.length) : `${doc.trimEnd()}\n\n${body}\n`;
  writeFileSync(BENCH, next);
}

const result = evaluate();
console.log(report(result));
// Scored once: each evaluation compiles its matchers anew.
const batches = heldOutBatches();
console.log(`### held-out by batch\n\n${batches}\n`);
const errs = errors(result);
if (errs) console.log(`Errors:\n${errs}`);
if (!args.has('--no-write')) writeSection(result, batches);
const floorPath = join(EVAL_DIR, 'floor.json');
if (args.has('--record-before')) {
  const totals = Object.fromEntries(SPLITS.map((s) => [s, result.scores[s].total]));
  writeFileSync(BEFORE, `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), note: 'the matcher and packs before issue 15', totals }, null, 2)}\n`);
}
if (args.has('--record-floor')) writeFileSync(floorPath, `${JSON.stringify(floorOf(result), null, 2)}\n`);
if (args.has('--check')) {
  const failures = checkFloor(result, JSON.parse(readFileSync(floorPath, 'utf8')) as Floor);
  if (failures.length) {
    console.error(`Below the floor:\n${failures.join('\n')}`);
    process.exitCode = 1;
  }
}
