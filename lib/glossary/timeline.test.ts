import { describe, expect, it } from 'vitest';
import { entry } from './test-helpers';
import { daySpanMs, storyTimeline } from './timeline';

const ev = (id: string, date: string, related: string[] = [], endDate?: string) => entry(id, 'event', [id], { date, related, ...(endDate ? { endDate } : {}) });
const summit2019 = ev('kim-putin-summit-2019', '2019-04-25', ['kim-jong-un']);
const summit2023 = ev('kim-putin-summit-2023', '2023-09-13', ['kim-jong-un']);
const treaty = entry('treaty', 'topic', ['Treaty'], { date: '2024-06-19' });
const war = ev('korean-war', '1950-06-25', ['south-korea'], '1953-07-27');
const putin = entry('vladimir-putin', 'person', ['Putin'], { related: ['treaty'] });
const kim = entry('kim-jong-un', 'person', ['Kim']);

describe('storyTimeline', () => {
  it('keeps the events related to the article’s names, in order, split at its date', () => {
    const t = storyTimeline([treaty, summit2023, war, summit2019], [kim, putin], '2023-09-12');
    expect(t.before.map((e) => e.id)).toEqual(['kim-putin-summit-2019']);
    // The treaty is related through Putin's own list; the Korean War through nothing the article names.
    expect(t.after.map((e) => e.id)).toEqual(['kim-putin-summit-2023', 'treaty']);
  });
  it('puts an event on the article’s own day before it, and a month-precision one by its first day', () => {
    const t = storyTimeline([ev('a', '2023-09-12', ['kim-jong-un']), ev('b', '2023-09', ['kim-jong-un'])], [kim], '2023-09-12');
    expect(t.before.map((e) => e.id)).toEqual(['b', 'a']);
    expect(t.after).toEqual([]);
  });
  it('with no article date: every event, none placed after it', () => {
    const t = storyTimeline([summit2023, summit2019], [kim], null);
    expect(t.before.map((e) => e.id)).toEqual(['kim-putin-summit-2019', 'kim-putin-summit-2023']);
    expect(t.after).toEqual([]);
  });
  it('includes an event the article names itself, and skips entries without a date', () => {
    const t = storyTimeline([war, entry('undated', 'event', ['U'], { related: ['kim-jong-un'] })], [war, kim], '2024-01-01');
    expect(t.before.map((e) => e.id)).toEqual(['korean-war']);
  });
});

describe('daySpanMs', () => {
  it('covers the days of the date through the end date', () => {
    expect(daySpanMs('2024-06-18', '2024-06-19')).toEqual({ start: Date.UTC(2024, 5, 18), end: Date.UTC(2024, 5, 20) });
    expect(daySpanMs('2019-04')).toEqual({ start: Date.UTC(2019, 3, 1), end: Date.UTC(2019, 4, 1) });
    expect(daySpanMs('bad')).toBeNull();
  });
});
