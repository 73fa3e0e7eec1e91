import { describe, expect, it } from 'vitest';
import { formatFactLine, parseFactLine } from './fact-line';
import type { Fact } from './types';

describe('fact lines', () => {
  it('round-trip plain and dated facts, so editing a note keeps every period and source', () => {
    const facts: Fact[] = [
      { label: 'Born', value: '21 May 1955' },
      { label: 'Office', value: 'Defence Minister of Russia', from: '2012-11-06', to: '2024-05-12' },
      { label: 'Office', value: 'Secretary of the Security Council', from: '2024-05', source: 'https://www.reuters.com/x' },
      { label: 'Minister', value: 'Kim Yong-ho', to: 'unknown' },
      { label: 'Minister', value: 'Kim Yong-ho', from: '2024', to: 'unknown', source: 'https://a.example/b', asOf: '2025-06-30' },
      { label: 'Note', value: 'Ratio 3:1 [approx.]' },
    ];
    for (const f of facts) expect(parseFactLine(formatFactLine(f))).toEqual(f);
    expect(formatFactLine(facts[1]!)).toBe('Office: Defence Minister of Russia [2012-11-06 – 2024-05-12]');
  });
  it('reads a line without a colon as a label with an empty value (the validator reports it)', () => {
    expect(parseFactLine('Office')).toEqual({ label: 'Office', value: '' });
  });
});
