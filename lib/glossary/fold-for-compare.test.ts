import { describe, expect, it } from 'vitest';
import { foldForCompare } from './fold-for-compare';

describe('foldForCompare', () => {
  it('folds case, diacritics, possessives and punctuation', () => {
    expect(foldForCompare('Kim’s')).toBe('kim');
    expect(foldForCompare('  Škoda-Works ')).toBe('skoda works');
    expect(foldForCompare('Kim’s  Jong-un')).toBe('kim jong un');
  });
});
