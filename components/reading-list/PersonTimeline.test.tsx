// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventually } from '@/components/test-helpers';
import { saveArticle } from '@/lib/db/articles-repo';
import { BackstoryDb } from '@/lib/db/schema';
import { entry } from '@/lib/glossary/test-helpers';
import { PersonTimeline, personOfQuery } from './PersonTimeline';

vi.mock('@/lib/client/reading-list', () => ({ readerUrl: (id: string) => `reader.html?id=${id}` }));

let root: HTMLElement | undefined;
let db: BackstoryDb | undefined;
afterEach(async () => {
  if (root) {
    // Inside act: the hooks' pending effects run now, not after the test environment is gone.
    act(() => render(null, root!));
    root.remove();
    root = undefined;
  }
  await db?.delete();
});

const shoigu = entry('sergei-shoigu', 'person', ['Sergei Shoigu', 'Shoigu'], {
  asOf: '2026-11-30',
  facts: [
    { label: 'Office', value: 'Minister of Defence of Russia', from: '2012-11-06', to: '2024-05-12' },
    { label: 'Office', value: 'Secretary of the Security Council of Russia', from: '2024-05-12', to: 'unknown', asOf: '2026-01-01' },
  ],
});
const mentions = [{ id: 'sergei-shoigu', kind: 'person' as const, name: 'Sergei Shoigu', count: 2 }];

async function mount(query: string) {
  db = new BackstoryDb(`person-timeline-${Date.now()}-${Math.random()}`);
  await db.glossary.bulkPut([shoigu, entry('summit-2023', 'event', ['2023 Kim–Putin summit'], { date: '2023-09-13', related: ['sergei-shoigu'] })]);
  await saveArticle(db, { url: 'https://news.example/2025', title: 'Shoigu in Pyongyang', text: 'Shoigu.', publishedAt: Date.UTC(2025, 5, 17), savedAt: Date.UTC(2025, 0, 1), mentions });
  await saveArticle(db, { url: 'https://news.example/2023', title: 'Shoigu at Vostochny', text: 'Shoigu.', publishedAt: Date.UTC(2023, 8, 12), savedAt: Date.UTC(2026, 0, 1), mentions });
  await saveArticle(db, { url: 'https://news.example/undated', title: 'Shoigu, undated', text: 'Shoigu.', publishedAt: null, mentions });
  const host = document.createElement('div');
  document.body.append(host);
  act(() => render(<PersonTimeline query={query} db={db} />, host));
  return (root = host);
}

describe('personOfQuery', () => {
  it('names the one person a search asks for', () => {
    expect(personOfQuery('person:Shoigu')).toBe('Shoigu');
    expect(personOfQuery('treaty person:"Sergei Shoigu" is:unread')).toBe('Sergei Shoigu');
    expect(personOfQuery('Shoigu')).toBeNull();
    expect(personOfQuery('person:Shoigu person:Putin')).toBeNull();
    expect(personOfQuery('-person:Shoigu')).toBeNull();
  });
});

describe('PersonTimeline', () => {
  it('lays out the articles by published date among the events and role changes, the undated one apart', async () => {
    const root = await mount('person:Shoigu');
    await eventually(() => root.querySelectorAll('.rl-ptl-item').length, (n) => n >= 5);
    expect(root.querySelector('.rl-ptl-title')?.textContent).toBe('Sergei Shoigu in your reading list');
    const items = [...root.querySelectorAll('.rl-ptl-item')].map((li) => li.textContent);
    expect(items).toEqual([
      '6 November 2012 Began: Minister of Defence of Russia (6 November 2012 – 12 May 2024)',
      '12 September 2023 Shoigu at Vostochny then: Minister of Defence of Russia',
      '13 September 2023 2023 Kim–Putin summit',
      '12 May 2024 Began: Secretary of the Security Council of Russia (since 12 May 2024)',
      '17 June 2025 Shoigu in Pyongyang then: Secretary of the Security Council of Russia',
    ]);
    expect(root.querySelector('.rl-ptl-undated')?.textContent).toMatch(/^1 saved article gave no published date.*Shoigu, undated$/);
    expect(root.querySelector<HTMLAnchorElement>('.rl-ptl-link')?.getAttribute('href')).toMatch(/^reader\.html\?id=/);
  });

  it('draws nothing for a search that names no person', async () => {
    // Whether a search names a person is known at once: nothing is drawn, not even while loading.
    expect((await mount('Shoigu')).querySelector('.rl-ptl')).toBeNull();
  });
});
