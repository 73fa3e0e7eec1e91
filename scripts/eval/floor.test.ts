/**
 * The evaluation's floor in CI: recognition must not lose precision or recall on any split (written
 * articles dev and held-out, real pages) below the figures recorded in tests/eval/floor.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVAL_DIR, parseMarked } from './corpus';
import { evaluate } from './evaluate';
import { checkFloor, type Floor } from './floor';
import { emptyScore, scoreDoc } from './score';

describe('recognition evaluation', () => {
  it('stays at or above the recorded precision and recall on every split', () => {
    const floor = JSON.parse(readFileSync(join(EVAL_DIR, 'floor.json'), 'utf8')) as Floor;
    expect(checkFloor(evaluate(), floor)).toEqual([]);
  }, 60_000);

  it('scores a wrong entry, a wrong span and a trap as errors and a right one as a hit', () => {
    const { text, gold } = parseMarked('In [[Georgia|region-us-ga]], [[Paris Hilton|-]] met [[Kim Jong Un|kim-jong-un]] in [[U.S.|country-us]] waters.');
    expect(text).toBe('In Georgia, Paris Hilton met Kim Jong Un in U.S. waters.');
    const at = (s: string) => text.indexOf(s);
    const score = emptyScore();
    const info = () => ({ kind: 'place', pack: 'test' });
    scoreDoc(
      { id: 'x', section: 's', lang: 'en', split: 'dev', text, gold },
      [
        { start: at('Georgia'), end: at('Georgia') + 7, entryId: 'country-ge' },
        { start: at('Paris'), end: at('Paris') + 5, entryId: 'city-paris' },
        { start: at('Kim'), end: at('Kim') + 3, entryId: 'kim-jong-un' },
        { start: at('U.S.'), end: at('U.S.') + 4, entryId: 'country-us' },
      ],
      info,
      score,
    );
    expect(score.total).toEqual({ tp: 1, fp: 3, fn: 2 });
    expect(score.traps).toBe(1);
  });

  it('a dotted abbreviation’s gold span covers its final dot, written inside the mark or after it', () => {
    for (const marked of ['By the [[U.S.|country-us]]. Then', 'By the [[U.S|country-us]]. Then', 'In [[U.S.|country-us]] waters.']) {
      const { text, gold } = parseMarked(marked);
      expect(text.slice(gold[0]!.start, gold[0]!.end)).toBe('U.S.');
    }
    expect(parseMarked('In [[Atlanta.|city-4180439]] Then').gold[0]!.end).toBe('In Atlanta'.length);
  });
});
