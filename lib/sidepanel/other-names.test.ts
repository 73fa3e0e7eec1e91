import { describe, expect, it } from 'vitest';
import { findOtherNames, foldForCompare, sentenceAround } from './other-names';

const TEXT =
  'VLADIVOSTOK, Russia (AP) — Russian Natural Resources Minister Alexander Kozlov said the talks went well. ' +
  'Kim Jong Un toured the plant. U.S. State Department spokesperson Matthew Miller warned against any deal. ' +
  'Kozlov later flew to Komsomolsk with the delegation.';

const span = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });

describe('other names', () => {
  const known = [span('VLADIVOSTOK'), span('Russia'), span('Kim Jong Un')];
  const names = findOtherNames(TEXT, { known, isKnownName: (n) => n === 'ap' });

  it('finds people the glossary does not know, without their titles', () => {
    expect(names.map((n) => n.name)).toEqual(expect.arrayContaining(['Alexander Kozlov', 'Matthew Miller']));
    expect(names.find((n) => n.name === 'Alexander Kozlov')?.kind).toBe('person');
  });

  it('drops names the glossary matched or knows, and demonyms', () => {
    const folded = names.map((n) => foldForCompare(n.name));
    for (const k of ['kim jong un', 'kim jong', 'russia', 'vladivostok', 'ap', 'russian', 'russian natural', 'resources', 'natural resources', 'state department']) {
      expect(folded).not.toContain(k);
    }
  });

  it('counts a later bare surname toward the full name', () => {
    expect(names.find((n) => n.name === 'Alexander Kozlov')?.count).toBe(2);
    expect(names.some((n) => n.name === 'Kozlov')).toBe(false);
  });

  it('keeps adjectives inside a name but not a trailing one', () => {
    const found = findOtherNames('“It matters,” said Marina Volkova, a researcher at the Far Eastern Policy Institute. South Korean officials agreed.', {
      known: [],
      isKnownName: () => false,
    }).map((n) => n.name);
    expect(found).toEqual(expect.arrayContaining(['Marina Volkova', 'Far Eastern Policy Institute']));
    expect(found).not.toContain('South');
  });

  it('keeps the sentence each name came from', () => {
    expect(names.find((n) => n.name === 'Matthew Miller')?.sentence).toBe(
      'U.S. State Department spokesperson Matthew Miller warned against any deal.',
    );
  });

  it('splits sentences at their ends only', () => {
    const t = 'One sentence here. Another one, with Putin. A third.';
    expect(sentenceAround(t, t.indexOf('Putin'))).toBe('Another one, with Putin.');
    expect(sentenceAround(t, 0)).toBe('One sentence here.');
  });

});
