import { describe, expect, it } from 'vitest';
import { foldForCompare, foldForSearch } from './fold-for-compare';

describe('foldForCompare', () => {
  it('folds case, diacritics, possessives and punctuation', () => {
    expect(foldForCompare('Kim’s')).toBe('kim');
    expect(foldForCompare('  Škoda-Works ')).toBe('skoda works');
    expect(foldForCompare('Kim’s  Jong-un')).toBe('kim jong un');
  });
});

describe('foldForSearch', () => {
  it('finds a name typed without its accents or with the other apostrophe, keeping hyphens', () => {
    expect(foldForSearch('Pyŏngyang')).toContain(foldForSearch('pyongyang'));
    expect(foldForSearch('Côte d’Ivoire')).toContain(foldForSearch("cote d'iv"));
    expect(foldForSearch('Kim Jong-un')).toContain('jong-un');
  });
});
