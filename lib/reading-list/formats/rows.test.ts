import { describe, expect, it } from 'vitest';
import { bookmarkUrlProblem, pushRecord, textOf, type RowSink } from './rows';

const sink = (): RowSink => ({ rows: [], invalid: [] });

describe('pushRecord', () => {
  it('adds a row with the title falling back to the URL, and the saved date only when given', () => {
    const s = sink();
    pushRecord(s, 1, 'https://x.example/a', { value: 1694500440, label: 'createdAt' }, () => ({ title: '  ', tags: ['t'], source: 'test' }));
    pushRecord(s, 2, 'https://x.example/b', { value: null, label: 'createdAt' }, () => ({ title: ' B ', source: 'test' }));
    expect(s.rows).toEqual([
      { row: 1, draft: { url: 'https://x.example/a', title: 'https://x.example/a', tags: ['t'], source: 'test', savedAt: 1694500440_000 } },
      { row: 2, draft: { url: 'https://x.example/b', title: 'B', source: 'test' } },
    ]);
    expect(s.invalid).toEqual([]);
  });

  it('names the row and the field of a bad URL or saved date, and builds no draft for it', () => {
    const s = sink();
    const draft = () => {
      throw new Error('not called');
    };
    pushRecord(s, 3, 'mailto:a@b.example', { value: null, label: 'createdAt' }, draft);
    pushRecord(s, 4, 'https://x.example/c', { value: 53189e9 * 1000, label: 'ADD_DATE' }, draft);
    pushRecord(s, 5, 'javascript:alert(1)', { value: null, label: 'dateAdded' }, draft, bookmarkUrlProblem);
    expect(s.invalid).toEqual([
      { row: 3, reason: 'not a web address (mailto:a@b.example)' },
      { row: 4, reason: expect.stringMatching(/^ADD_DATE is not a date between 1990 and 2100/) },
      { row: 5, reason: 'a bookmarklet (javascript:), not a web page' },
    ]);
  });

  it('reads a date with the format’s own reader and its own idea of "no date"', () => {
    const s = sink();
    pushRecord(s, 1, 'https://x.example/d', { value: '0', label: 'date_added', toMs: () => null, absent: (v) => v === '0' }, () => ({ source: 'test' }));
    expect(s.rows[0]!.draft).not.toHaveProperty('savedAt');
    expect(textOf(3)).toBeNull();
  });
});
