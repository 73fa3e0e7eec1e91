import { describe, expect, it } from 'vitest';
import { isStalePack, articleDay, factDateProblems, factsOn, formatPartialDate, holdsOn, isTimeBoundLabel, parsePartialDate } from './dated-facts';
import type { Fact } from './types';

const defence: Fact = { label: 'Office', value: 'Defence Minister of Russia', from: '2012-11-06', to: '2024-05-12' };
const council: Fact = { label: 'Office', value: 'Secretary of the Security Council of Russia', from: '2024-05-12' };
const born: Fact = { label: 'Born', value: '21 May 1955, Chadan, Tuva' };
const shoigu = [born, defence, council];
const TODAY = '2026-12-03';
const AS_OF = '2026-11-30';

describe('parsePartialDate', () => {
  it('reads year, month and day precision as the days they cover', () => {
    expect(parsePartialDate('2011')).toEqual({ start: '2011-01-01', end: '2011-12-31', precision: 'year' });
    expect(parsePartialDate('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29', precision: 'month' });
    expect(parsePartialDate('2023-02')?.end).toBe('2023-02-28');
    expect(parsePartialDate('2024-05-12')).toEqual({ start: '2024-05-12', end: '2024-05-12', precision: 'day' });
  });
  it('refuses what is not a date', () => {
    for (const bad of ['2024-13', '2023-02-29', '24-05', 'May 2024', '2024-5', '']) expect(parsePartialDate(bad), bad).toBeNull();
  });
});

describe('articleDay', () => {
  it('takes the UTC day of a published time, in the forms pages write', () => {
    expect(articleDay('2023-09-12T06:14:00Z')).toBe('2023-09-12');
    expect(articleDay('2023-09-12')).toBe('2023-09-12');
    expect(articleDay('Tue, 12 Sep 2023 23:30:00 -0400')).toBe('2023-09-13');
    expect(articleDay(Date.UTC(2025, 2, 4))).toBe('2025-03-04');
  });
  it('gives null for no date or an unreadable one', () => {
    for (const none of [null, undefined, '', 'yesterday', '0001-01-01T00:00:00Z', '2023-02-30']) expect(articleDay(none), String(none)).toBeNull();
  });
});

describe('holdsOn', () => {
  it('follows day-precision bounds exactly', () => {
    expect(holdsOn(defence, '2023-09-12', AS_OF)).toBe('yes');
    expect(holdsOn(defence, '2024-05-12', AS_OF)).toBe('yes');
    expect(holdsOn(defence, '2024-05-13', AS_OF)).toBe('no');
    expect(holdsOn(council, '2024-05-11', AS_OF)).toBe('no');
    expect(holdsOn(council, '2026-12-03', AS_OF)).toBe('yes');
  });
  it('says maybe inside a bound known only to the month or year', () => {
    const f: Fact = { label: 'Office', value: 'X', from: '2024-05', to: '2025' };
    expect(holdsOn(f, '2024-04-30', AS_OF)).toBe('no');
    expect(holdsOn(f, '2024-05-20', AS_OF)).toBe('maybe');
    expect(holdsOn(f, '2024-07-01', AS_OF)).toBe('yes');
    expect(holdsOn(f, '2025-06-01', AS_OF)).toBe('maybe');
    expect(holdsOn(f, '2026-01-01', AS_OF)).toBe('no');
  });
  it('treats an unverified end as holding through asOf, and only maybe after', () => {
    const f: Fact = { label: 'Minister', value: 'Y', from: '2022', to: 'unknown' };
    expect(holdsOn(f, '2024-01-01', '2025-06-30')).toBe('yes');
    expect(holdsOn(f, '2026-01-01', '2025-06-30')).toBe('maybe');
    // A fact last checked before the entry's date is only maybe true after its own date.
    expect(holdsOn({ ...f, asOf: '2024-12-31' }, '2025-03-01', '2026-11-30')).toBe('maybe');
  });
  it('lets undated facts hold on any day', () => {
    expect(holdsOn(born, '1900-01-01', AS_OF)).toBe('yes');
  });
});

describe('factsOn', () => {
  it('on a September 2023 article: Defence Minister then, Security Council since May 2024', () => {
    const v = factsOn(shoigu, { day: '2023-09-12', today: TODAY, asOf: AS_OF });
    expect(v.dateKnown).toBe(true);
    expect(v.then.map((f) => f.value)).toEqual([born.value, defence.value]);
    expect(v.since).toEqual([council]);
    // The successor says what changed; the ended office is not listed a second time.
    expect(v.ended).toEqual([]);
    expect(v.earlier).toEqual([]);
  });

  it('on a 2025 article: Security Council then, Defence Minister earlier', () => {
    const v = factsOn(shoigu, { day: '2025-03-04', today: TODAY, asOf: AS_OF });
    expect(v.then.map((f) => f.value)).toEqual([born.value, council.value]);
    expect(v.since).toEqual([]);
    expect(v.earlier).toEqual([defence]);
  });

  it('with no article date: the present, flagged, and never an ended fact as current', () => {
    const v = factsOn(shoigu, { day: null, today: TODAY, asOf: AS_OF });
    expect(v.dateKnown).toBe(false);
    expect(v.day).toBe(TODAY);
    expect(v.then.map((f) => f.value)).not.toContain(defence.value);
    expect(v.then.map((f) => f.value)).toContain(council.value);
    expect(v.earlier).toEqual([defence]);
  });

  it('lists an ended fact without a successor as ended since the article', () => {
    const member: Fact = { label: 'Status', value: 'Member of the treaty', from: '1990', to: '2025-01-15' };
    const v = factsOn([member], { day: '2024-06-01', today: TODAY, asOf: AS_OF });
    expect(v.then).toEqual([member]);
    expect(v.ended).toEqual([member]);
  });

  it('marks facts uncertain when the day is inside an imprecise bound or past an unverified end', () => {
    const unverified: Fact = { label: 'Minister', value: 'Kim Yong-ho', from: '2024-07', to: 'unknown' };
    const v = factsOn([unverified], { day: null, today: TODAY, asOf: '2025-06-30' });
    expect(v.then).toEqual([{ ...unverified, uncertain: true }]);
  });

  it('orders several changes oldest first, and leaves out facts that begin after today', () => {
    const a: Fact = { label: 'Role', value: 'A', from: '2025' };
    const b: Fact = { label: 'Post', value: 'B', from: '2024-02' };
    const future: Fact = { label: 'Post', value: 'C', from: '2030' };
    const v = factsOn([a, b, future], { day: '2023-01-01', today: TODAY, asOf: AS_OF });
    expect(v.since.map((f) => f.value)).toEqual(['B', 'A']);
  });
});

describe('factDateProblems', () => {
  it('reports bad dates and reversed periods', () => {
    expect(factDateProblems(shoigu)).toEqual([]);
    expect(factDateProblems([{ label: 'Office', value: 'X', from: 'May 2024' }])[0]).toMatch(/not a date/);
    expect(factDateProblems([{ label: 'Office', value: 'X', from: '2024', to: '2023-12' }])[0]).toMatch(/ends .* before it begins/);
    expect(factDateProblems([{ label: 'Office', value: 'X', from: '2024-05', to: '2024-05' }])).toEqual([]);
  });
});

describe('isTimeBoundLabel', () => {
  it('knows roles, offices, memberships and statuses from timeless facts', () => {
    for (const l of ['Office', 'Foreign Minister', 'Secretary-General', 'Members', 'Status', 'Party post', 'Leader', 'Chair']) expect(isTimeBoundLabel(l), l).toBe(true);
    for (const l of ['Born', 'Founded', 'Headquarters', 'Capital', 'Father']) expect(isTimeBoundLabel(l), l).toBe(false);
  });
});

describe('formatPartialDate', () => {
  it('keeps the precision of the date', () => {
    expect(formatPartialDate('2011')).toBe('2011');
    expect(formatPartialDate('2024-05')).toBe('May 2024');
    expect(formatPartialDate('2024-05-12')).toBe('12 May 2024');
  });
});

describe('isStalePack', () => {
  it('is stale only when more than a year older than today', () => {
    expect(isStalePack('2025-12-02', '2026-12-03')).toBe(true);
    expect(isStalePack('2025-12-03', '2026-12-03')).toBe(false);
    expect(isStalePack('2026-11-30', '2026-12-03')).toBe(false);
    expect(isStalePack(undefined, '2026-12-03')).toBe(false);
  });
});
