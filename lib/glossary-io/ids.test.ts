import { describe, expect, it } from 'vitest';
import { slugify, userEntryId } from './ids';

describe('ids of the reader’s entries', () => {
  it('slugs a name without accents or punctuation, and never to nothing', () => {
    expect(slugify('Kim Jong Ün!')).toBe('kim-jong-un');
    expect(slugify('!!!')).toBe('entry');
  });

  it('numbers an id already taken', () => {
    expect(userEntryId('Khasan', new Set())).toBe('user:khasan');
    expect(userEntryId('Khasan', new Set(['user:khasan']))).toBe('user:khasan-2');
    expect(userEntryId('Khasan', new Set(['user:khasan', 'user:khasan-2']))).toBe('user:khasan-3');
  });
});
