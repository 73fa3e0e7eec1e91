import { describe, expect, it } from 'vitest';
import { entry } from '../glossary/test-helpers';
import type { Fact } from '../glossary/types';
import { personTimeline, type PersonTimelineItem } from './person-timeline';

const defence: Fact = { label: 'Office', value: 'Minister of Defence of Russia', from: '2012-11-06', to: '2024-05-12' };
const council: Fact = { label: 'Office', value: 'Secretary of the Security Council of Russia', from: '2024-05-12', to: 'unknown', asOf: '2026-01-01' };
const shoigu = entry('sergei-shoigu', 'person', ['Sergei Shoigu'], { facts: [{ label: 'Born', value: '1955' }, defence, council], asOf: '2026-11-30', related: ['treaty'] });
const summit = entry('summit-2023', 'event', ['2023 Kim–Putin summit'], { date: '2023-09-13', related: ['sergei-shoigu'] });
const treaty = entry('treaty', 'topic', ['Treaty'], { date: '2024-06-19' });
const war = entry('korean-war', 'event', ['Korean War'], { date: '1950-06-25' });

const art = (id: string, published: string | null) => ({ id, title: id, url: `https://news.example/${id}`, publishedAt: published ? Date.parse(published) : null });

const label = (i: PersonTimelineItem) =>
  i.kind === 'event' ? `event ${i.event.id}` : i.kind === 'role' ? `${i.change} ${i.fact.value}` : `article ${i.article.id}: ${i.roles.map((r) => r.value).join(', ')}`;

describe('personTimeline', () => {
  it('places articles by their published dates among related events and role changes, each with the roles then', () => {
    const t = personTimeline(shoigu, [art('pyongyang-2025', '2025-06-17T08:00:00Z'), art('vostochny-2023', '2023-09-12T06:14:00Z')], [treaty, war, summit], '2026-12-04');
    expect(t.items.map(label)).toEqual([
      'began Minister of Defence of Russia',
      'article vostochny-2023: Minister of Defence of Russia',
      'event summit-2023',
      // Defence ended the day the Security Council began: one change, not two.
      'began Secretary of the Security Council of Russia',
      'event treaty',
      'article pyongyang-2025: Secretary of the Security Council of Russia',
    ]);
    expect(t.undated).toEqual([]);
  });

  it('lists an article with no published date apart, never by its saved date', () => {
    const t = personTimeline(shoigu, [art('undated', null), art('bad-date', 'not a date')], [], '2026-12-04');
    expect(t.undated.map((a) => a.id)).toEqual(['undated', 'bad-date']);
    expect(t.items.some((i) => i.kind === 'article')).toBe(false);
  });

  it('says a role ended when nothing of its kind followed, and marks a role held after its last check as uncertain', () => {
    const gone = entry('x', 'person', ['X'], { facts: [{ label: 'Post', value: 'Governor', from: '2010', to: '2015-03' }, { ...council, from: '2016' }], asOf: '2026-11-30' });
    const t = personTimeline(gone, [art('late', '2026-06-01T00:00:00Z')], [], '2026-12-04');
    expect(t.items.map(label)).toEqual(['began Governor', 'ended Governor', 'began Secretary of the Security Council of Russia', 'article late: Secretary of the Security Council of Russia']);
    const late = t.items.at(-1) as Extract<PersonTimelineItem, { kind: 'article' }>;
    expect(late.roles[0]).toMatchObject({ uncertain: true });
  });
});
