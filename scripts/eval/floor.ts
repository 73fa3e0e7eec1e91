/**
 * The recorded floor of the evaluation: per split, the precision and recall of all mentions and of
 * each main kind. A change that lowers any of them fails `npm test` (floor.test.ts) until the floor
 * is consciously re-recorded (`npm run eval -- --record-floor`).
 */
import { SPLITS, type EvalResult } from './evaluate.ts';
import { precision, recall, type Counts } from './score.ts';

export type Floor = Record<string, Record<string, { precision: number; recall: number }>>;

const GROUPS = ['all', 'person', 'place', 'organization'];
/** Figures are compared at this resolution so that rounding never fails a run. */
const round = (x: number) => Math.floor(x * 1000) / 1000;

function counts(r: EvalResult, split: (typeof SPLITS)[number], group: string): Counts | undefined {
  const s = r.scores[split];
  return group === 'all' ? s.total : s.byKind[group];
}

/** The floor a result sets. */
export function floorOf(r: EvalResult): Floor {
  const floor: Floor = {};
  for (const split of SPLITS) {
    floor[split] = {};
    for (const g of GROUPS) {
      const c = counts(r, split, g);
      if (c) floor[split]![g] = { precision: round(precision(c)), recall: round(recall(c)) };
    }
  }
  return floor;
}

/** Every figure of `r` that is below `floor`, described. */
export function checkFloor(r: EvalResult, floor: Floor): string[] {
  const failures: string[] = [];
  for (const [split, groups] of Object.entries(floor)) {
    for (const [g, f] of Object.entries(groups)) {
      const c = counts(r, split as (typeof SPLITS)[number], g) ?? { tp: 0, fp: 0, fn: 0 };
      const p = round(precision(c));
      const rc = round(recall(c));
      if (p < f.precision) failures.push(`${split} ${g}: precision ${p} < ${f.precision}`);
      if (rc < f.recall) failures.push(`${split} ${g}: recall ${rc} < ${f.recall}`);
    }
  }
  return failures;
}
