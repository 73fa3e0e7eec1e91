/**
 * The notes check: an entry's longer text may not state an ended role as current, nor an unverified one
 * without the date it was last verified; `anchorNotes` writes those dates in.
 */
import { describe, expect, it } from 'vitest';
import { entry } from '../../lib/glossary/test-helpers';
import type { Fact, GlossaryEntry } from '../../lib/glossary/types';
import { anchorNotes, notesTenseProblems } from './notes-tense';

const unverified: Fact = { label: 'Office', value: 'Foreign Minister of Russia', from: '2004', to: 'unknown', asOf: '2024-12-31' };
const make = (kind: GlossaryEntry['kind'], notes: string, facts: Fact[] = [unverified], name = 'Sergei Lavrov') =>
  ({ ...entry('x', kind, [name], { notes, facts, asOf: '2026-11-30' }), name });

describe('notesTenseProblems', () => {
  it('fails a sentence about the person that says an unverified role still holds, and passes it once dated', () => {
    const notes = "Sergei Lavrov has been Russia's foreign minister since March 2004. He was envoy to the UN from 1994.";
    expect(notesTenseProblems(make('person', notes))).toEqual([
      `notes sentence "Sergei Lavrov has been Russia's foreign minister since March 2004." states an unverified fact as current without a date: add "(as of December 2024)"`,
    ]);
    expect(notesTenseProblems(make('person', anchorNotes(make('person', notes))))).toEqual([]);
  });

  it('fails a sentence of an organisation that names an unverified holder as current', () => {
    const head: Fact = { label: 'Secretary-General', value: 'António Guterres', from: '2017', to: 'unknown', asOf: '2024-12-31' };
    const notes = 'It was founded in 1945. Its Secretary-General since 2017 has been António Guterres.';
    expect(notesTenseProblems(make('organization', notes, [head], 'United Nations'))).toHaveLength(1);
    expect(notesTenseProblems(make('organization', 'It was founded in 1945.', [head], 'United Nations'))).toEqual([]);
  });

  it('fails an anchor later than the fact was last checked', () => {
    expect(notesTenseProblems(make('person', 'He has been foreign minister since 2004 (as of November 2026).'))[0]).toMatch(/anchored after 2024-12-31/);
  });

  it('fails a sentence stating an ended office as current, which no date can mend', () => {
    const ended: Fact = { label: 'Office', value: 'Prime Minister of Ukraine', from: '2020-03-04', to: '2025-07-17' };
    const next: Fact = { label: 'Office', value: 'Minister of Defence of Ukraine', from: '2025-07-17', to: 'unknown', asOf: '2025-07-18' };
    const notes = 'Denys Shmyhal has been Prime Minister of Ukraine since 4 March 2020.';
    const problems = notesTenseProblems(make('person', notes, [ended, next], 'Denys Shmyhal'));
    expect(problems[0]).toMatch(/states as current a fact that has ended/);
    // A person whose every role has ended: any present claim about them is stale.
    const umerov = make('person', "Rustem Umerov has been Ukraine's defence minister since September 2023.", [{ ...ended, value: 'Minister of Defence of Ukraine' }], 'Rustem Umerov');
    expect(notesTenseProblems(umerov)[0]).toMatch(/has ended/);
  });

  it('fails a sentence repeating an ended count, and an organisation naming its ended head "since"', () => {
    const euro20: Fact = { label: 'Currency', value: 'Euro (20 member states)', from: '2023-01-01', to: '2025-12-31' };
    const euro21: Fact = { label: 'Currency', value: 'Euro (21 member states, with Bulgaria)', from: '2026-01-01', to: 'unknown', asOf: '2026-01-01' };
    const eu = make('organization', 'It is a union of 27 member states and, for 20 of them, a common currency, the euro.', [euro20, euro21], 'European Union');
    expect(notesTenseProblems(eu)[0]).toMatch(/has ended/);
    const grandi: Fact = { label: 'High Commissioner', value: 'Filippo Grandi', from: '2016-01', to: '2025-12-31' };
    expect(notesTenseProblems(make('organization', 'Its High Commissioner since 2016 is Filippo Grandi of Italy.', [grandi], 'UNHCR'))[0]).toMatch(/has ended/);
  });

  it('does not take a country that chaired a group for the group having ended, nor a year for a count', () => {
    const chair: Fact = { label: 'Chair', value: 'South Africa', from: '2025', to: '2025' };
    expect(notesTenseProblems(make('organization', 'It brings together 19 countries, among them South Africa, and since 2023 the African Union.', [chair], 'G20'))).toEqual([]);
    const offices: Fact = { label: 'Offices', value: 'Premier (1948–1972); President', from: '1972', to: '1994' };
    expect(notesTenseProblems(make('person', 'He was premier from 1948 to 1972 and president until his death.', [offices], 'Kim Il Sung'))).toEqual([]);
  });

  it('leaves alone an office held again later, a renaming in parentheses, and past-tense prose', () => {
    const first: Fact = { label: 'Office', value: 'President of Brazil', from: '2003', to: '2010' };
    const again: Fact = { label: 'Office', value: 'President of Brazil', from: '2023-01-01', to: 'unknown', asOf: '2026-11-30' };
    expect(notesTenseProblems(make('person', 'Lula has been President of Brazil since 1 January 2023 (as of November 2026).', [first, again], 'Lula'))).toEqual([]);
    expect(notesTenseProblems(make('person', 'Lavrov founded En Marche (now Renaissance) in 2016.'))).toEqual([]);
    expect(notesTenseProblems(make('person', 'Lavrov was envoy to the UN from 1994 to 2004.'))).toEqual([]);
  });
});

describe('anchorNotes', () => {
  it('dates the claim right after its "since", else before the stop, and keeps paragraphs', () => {
    const notes = "Sergei Lavrov has been Russia's foreign minister since March 2004, a record.\n\nHe remains close to Putin.";
    expect(anchorNotes(make('person', notes))).toBe(
      "Sergei Lavrov has been Russia's foreign minister since March 2004 (as of December 2024), a record.\n\nHe remains close to Putin (as of December 2024).",
    );
  });

  it('dates the last "since" of a sentence that has several', () => {
    const leader: Fact = { label: 'Leader', value: 'Kim Jong Un', from: '2011-12', to: 'unknown', asOf: '2024-12-31' };
    const nk = make('place', 'It has been led since 1948 by the Kim family and, since 2011, Kim Jong Un.', [leader], 'North Korea');
    expect(anchorNotes(nk)).toBe('It has been led since 1948 by the Kim family and, since 2011 (as of December 2024), Kim Jong Un.');
  });

  it('changes nothing in an entry without unverified facts', () => {
    const notes = 'Sergei Lavrov has been foreign minister since 2004.';
    expect(anchorNotes(make('person', notes, []))).toBe(notes);
  });
});
