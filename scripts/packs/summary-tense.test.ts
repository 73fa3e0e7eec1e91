/**
 * The summary check: a summary may not state an unverified role, office or membership as current
 * without the date it was last verified.
 */
import { describe, expect, it } from 'vitest';
import { entry } from '../../lib/glossary/test-helpers';
import type { Fact, GlossaryEntry } from '../../lib/glossary/types';
import { anchorFor, summaryAnchor, summaryTenseProblem } from './summary-tense';

const unverified: Fact = { label: 'Office', value: 'Foreign Minister of Russia', from: '2004', to: 'unknown', asOf: '2024-12-31' };
const make = (kind: GlossaryEntry['kind'], summary: string, facts: Fact[] = [unverified]) =>
  entry('x', kind, ['X'], { summary, facts, asOf: '2026-11-30' });

describe('summaryTenseProblem', () => {
  it('fails a person whose role is unverified and whose summary has no date', () => {
    expect(summaryTenseProblem(make('person', 'Foreign Minister of Russia since 2004'))).toBe(
      'summary "Foreign Minister of Russia since 2004" names a person whose role is unverified without a date: write it "… (as of December 2024)"',
    );
  });

  it('accepts the same summary anchored to the day the role was last verified, or earlier', () => {
    expect(summaryTenseProblem(make('person', 'Foreign Minister of Russia since 2004 (as of December 2024)'))).toBeNull();
    expect(summaryTenseProblem(make('person', 'As of 2023, Foreign Minister of Russia'))).toBeNull();
  });

  it('fails an anchor later than any unverified fact was checked', () => {
    expect(summaryTenseProblem(make('person', 'Foreign Minister of Russia (as of November 2026)'))).toMatch(/anchored after 2024-12-31/);
  });

  it('fails an organisation summary with an open present marker, a member count or the unverified value', () => {
    const leader: Fact = { label: 'Leader', value: 'Kim Jong Un', from: '2011-12', to: 'unknown', asOf: '2024-12-31' };
    const members: Fact = { label: 'Members', value: '32', from: '2024-03-07', to: 'unknown', asOf: '2025-06-30' };
    expect(summaryTenseProblem(make('organization', "North Korea's ruling party, led by Kim Jong Un", [leader]))).toMatch(/says "led by"/);
    expect(summaryTenseProblem(make('organization', 'Party whose leader is Kim Jong Un', [leader]))).toMatch(/names "Kim Jong Un"/);
    expect(summaryTenseProblem(make('organization', 'Alliance of 32 countries, founded 1949', [members]))).toMatch(/counts members/);
    expect(summaryTenseProblem(make('organization', 'Ministry in charge since 2024', [leader]))).toMatch(/says "since"/);
  });

  it('leaves alone a summary that claims nothing about the unverified fact, an ended range, and entries with no unverified fact', () => {
    const status: Fact = { label: 'Status', value: 'National capital', to: 'unknown', asOf: '2024-12-31' };
    expect(summaryTenseProblem(make('place', 'Capital and largest city of South Korea', [status]))).toBeNull();
    expect(summaryTenseProblem(make('organization', 'Panel from 2009–2024', [status]))).toBeNull();
    const ended: Fact = { label: 'Office', value: 'Defence Minister', from: '2012', to: '2024-05-12' };
    expect(summaryTenseProblem(make('person', 'Defence Minister since 2012', [ended]))).toBeNull();
  });
});

describe('summaryAnchor and anchorFor', () => {
  it('reads month and year anchors, case-insensitively', () => {
    expect(summaryAnchor('X (as of June 2025)')).toBe('2025-06-01');
    expect(summaryAnchor('As of 2023, X')).toBe('2023-01-01');
    expect(summaryAnchor('X since 2004')).toBeNull();
  });

  it('anchors to the earliest day the entry’s unverified facts were checked', () => {
    const later: Fact = { label: 'Party post', value: 'Secretary', from: '2021', to: 'unknown', asOf: '2026-02-22' };
    expect(anchorFor(make('person', 'X', [later, unverified]))).toBe('December 2024');
  });
});
