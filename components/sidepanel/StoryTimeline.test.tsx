// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventually } from '@/components/test-helpers';
import { saveArticle } from '@/lib/db/articles-repo';
import { BackstoryDb } from '@/lib/db/schema';
import { entry } from '@/lib/glossary/test-helpers';
import { StoryTimeline } from './StoryTimeline';

vi.mock('@/lib/client/reading-list', () => ({ readerUrl: (id: string) => `reader.html?id=${id}` }));

let root: HTMLElement;
let db: BackstoryDb;
afterEach(async () => {
  render(null, root);
  root.remove();
  await db.delete();
});

const kim = { ...entry('kim-jong-un', 'person', ['Kim Jong Un'], { related: ['treaty'] }), edited: false };

async function mount(publishedTime: string | null, onOpen = vi.fn()) {
  db = new BackstoryDb(`timeline-${Date.now()}-${Math.random()}`);
  await db.glossary.bulkPut([
    entry('summit-2019', 'event', ['2019 Kim–Putin summit'], { date: '2019-04-25', related: ['kim-jong-un'] }),
    entry('treaty', 'topic', ['Treaty on Comprehensive Strategic Partnership'], { date: '2024-06-19' }),
    entry('korean-war', 'event', ['Korean War'], { date: '1950-06-25', related: ['south-korea'] }),
  ]);
  await saveArticle(db, { url: 'https://news.example/treaty', title: 'Putin and Kim sign a treaty', text: 'Text.', publishedAt: Date.UTC(2024, 5, 19, 10) });
  root = document.createElement('div');
  document.body.append(root);
  render(<StoryTimeline named={[kim]} publishedTime={publishedTime} onOpen={onOpen} db={db} />, root);
  await eventually(() => !!root.querySelector('.sp-timeline-here'));
  return onOpen;
}

describe('StoryTimeline', () => {
  it('lists related events before the article, marks it, and folds what came after', async () => {
    const onOpen = await mount('2023-09-12T06:14:00Z');
    const before = [...root.querySelectorAll('.sp-timeline > .sp-timeline-list > .sp-timeline-event .sp-timeline-open')].map((b) => b.textContent);
    expect(before).toEqual(['2019 Kim–Putin summit']);
    expect(root.querySelector('.sp-timeline-here')?.textContent).toBe('You are here: this article, 12 September 2023');
    const next = root.querySelector<HTMLDetailsElement>('.sp-timeline-next')!;
    expect(next.open).toBe(false);
    expect(next.querySelector('summary')?.textContent).toBe('What happened next (1 event)');
    // The saved article from the treaty's day is linked under it.
    await eventually(() => !!next.querySelector('.sp-timeline-saved a'));
    expect(next.querySelector('.sp-timeline-saved a')?.textContent).toBe('Saved: Putin and Kim sign a treaty');
    next.querySelector<HTMLButtonElement>('.sp-timeline-open')!.click();
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 'treaty' }));
    // The Korean War is related to nothing the article names.
    expect(root.textContent).not.toContain('Korean War');
  });

  it('with no published date, lists the events and says the article could not be placed', async () => {
    await mount(null);
    expect(root.querySelector('.sp-timeline-here')?.textContent).toBe('This article’s date is unknown, so it is not placed on the timeline.');
    expect(root.querySelector('.sp-timeline-next')).toBeNull();
    expect([...root.querySelectorAll('.sp-timeline-open')].map((b) => b.textContent)).toEqual(['2019 Kim–Putin summit', 'Treaty on Comprehensive Strategic Partnership']);
  });
});
