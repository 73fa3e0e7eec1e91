/**
 * The staleness check for the hand-written packs (storyline, news): every time-bound fact (a role,
 * office, membership, status, leader, minister…) must carry a period, and no fact whose period has
 * ended on the pack's date may still read as current ("since", "current", "incumbent"). Also: every
 * entry of a pack shares one `asOf`, so a pack's cards never contradict each other, and a fact with an
 * unknown end says when it was last known to hold, and a summary never states an unverified fact as
 * current without the date it was last verified ("… (as of June 2025)"; summary-tense.ts).
 *
 * Run: `npm run check:dated [-- pack.json…]` (defaults to storyline and news); prints every
 * problem and exits 1 if there is any. `-- --anchor-notes` first writes the missing "(as of …)"
 * anchors into the notes of unverified facts (notes-tense.ts); read the diff before committing. check-dated.test.ts runs it on the bundled packs in CI.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { factDateProblems, isDated, isTimeBoundLabel, parsePartialDate } from '../../lib/glossary/dated-facts.ts';
import { UNKNOWN_END, type GlossaryPack } from '../../lib/glossary/types.ts';
import { anchorNotes, notesTenseProblems } from './notes-tense.ts';
import { summaryTenseProblem } from './summary-tense.ts';

const PACKS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../lib/glossary/packs');
export const CHECKED_PACKS = [resolve(PACKS_DIR, 'storyline.json'), resolve(PACKS_DIR, 'news.json')];

/** Words that state a fact as holding now. */
const PRESENT = /\b(since|current|currently|incumbent|now|to date|ongoing|present)\b/i;

export interface Problem {
  pack: string;
  entry: string;
  message: string;
}

/** Every staleness problem of one pack (empty when it is clean). */
export function checkPack(pack: GlossaryPack): Problem[] {
  const problems: Problem[] = [];
  const add = (entry: string, message: string) => problems.push({ pack: pack.id, entry, message });
  const dates = new Set(pack.entries.map((e) => e.asOf));
  if (dates.size > 1) add('*', `entries have ${dates.size} as-of dates (${[...dates].sort().join(', ')}); a pack has one`);
  for (const e of pack.entries) {
    for (const p of factDateProblems(e.facts)) add(e.id, p);
    for (const f of e.facts) {
      const what = `fact "${f.label}: ${f.value}"`;
      if (isTimeBoundLabel(f.label) && !isDated(f)) add(e.id, `${what} is a role, office, membership or status without from/to dates`);
      if (f.to === UNKNOWN_END && !f.asOf) add(e.id, `${what} has an unknown end but no asOf saying when it was last known to hold`);
      if (f.asOf && f.asOf > e.asOf) add(e.id, `${what} has asOf ${f.asOf}, after its entry's ${e.asOf}`);
      const end = f.to && f.to !== UNKNOWN_END ? parsePartialDate(f.to) : null;
      if (end && end.end < e.asOf && PRESENT.test(`${f.label} ${f.value}`)) add(e.id, `${what} ended (${f.to}) but reads as current`);
      const start = f.from ? parsePartialDate(f.from) : null;
      if (start && start.start > e.asOf) add(e.id, `${what} begins (${f.from}) after the entry's asOf ${e.asOf}`);
    }
    const tense = summaryTenseProblem(e);
    if (tense) add(e.id, tense);
    for (const p of notesTenseProblems(e)) add(e.id, p);
  }
  return problems;
}

/** Reads and checks pack files; returns every problem. */
export function checkPackFiles(paths: readonly string[]): Problem[] {
  return paths.flatMap((p) => checkPack(JSON.parse(readFileSync(p, 'utf8')) as GlossaryPack));
}

/** Writes the missing date anchors into the notes of each pack's unverified facts. */
function anchorPackNotes(paths: readonly string[]): void {
  for (const path of paths) {
    const pack = JSON.parse(readFileSync(path, 'utf8')) as GlossaryPack;
    for (const e of pack.entries) e.notes = anchorNotes(e);
    writeFileSync(path, `${JSON.stringify(pack, null, 2)}\n`);
  }
}

function main(args: readonly string[]): void {
  const argv = args.filter((a) => a !== '--anchor-notes');
  const paths = argv.length > 0 ? argv.map((a) => resolve(a)) : CHECKED_PACKS;
  if (argv.length !== args.length) anchorPackNotes(paths);
  const problems = checkPackFiles(paths);
  for (const p of problems) console.log(`${p.pack}/${p.entry}: ${p.message}`);
  console.log(problems.length === 0 ? 'dated facts: no problems' : `dated facts: ${problems.length} problem(s)`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  main(process.argv.slice(2));
}
