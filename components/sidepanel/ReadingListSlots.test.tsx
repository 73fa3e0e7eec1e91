// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { saveArticle, savedArticlesMentioning } from '@/lib/db/articles-repo';
import { closeAll, draft, freshDb, mention } from '@/lib/reading-list/test-helpers';
import { eventually } from '../test-helpers';
import { SavedArticlesSlot } from './ReadingListSlots';

afterAll(closeAll);

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});

async function seeded() {
  const db = freshDb('sp-saved');
  await saveArticle(db, draft('https://news.example/a', 'Kim arrives in Russia', 'Kim…', { mentions: [mention('kim-jong-un', 'person', 'Kim Jong Un', 7)] }), 1000);
  await saveArticle(db, draft('https://news.example/b', 'Putin and Kim at the cosmodrome', 'Kim…', { mentions: [mention('kim-jong-un', 'person', 'Kim Jong Un', 6), mention('vladimir-putin', 'person', 'Vladimir Putin', 6)] }), 2000);
  await saveArticle(db, draft('https://news.example/c', 'Seoul reacts', 'Seoul…', { mentions: [mention('seoul', 'place', 'Seoul', 2)] }), 3000);
  return db;
}

describe('saved articles that also mention an entity', () => {
  it('finds them through the entity index, newest first, leaving out the article on screen', async () => {
    const db = await seeded();
    expect((await savedArticlesMentioning(db, 'kim-jong-un')).map((a) => a.title)).toEqual(['Putin and Kim at the cosmodrome', 'Kim arrives in Russia']);
    expect((await savedArticlesMentioning(db, 'kim-jong-un', 'https://news.example/b?utm_source=x')).map((a) => a.title)).toEqual(['Kim arrives in Russia']);
    expect(await savedArticlesMentioning(db, 'nobody')).toEqual([]);
  });

  it('shows "Also in N saved articles" with links to the reader, and nothing when there are none', async () => {
    const db = await seeded();
    root = document.createElement('div');
    document.body.append(root);
    await act(async () => render(<SavedArticlesSlot entryId="kim-jong-un" currentUrl="https://news.example/a" db={db} />, root!));
    await eventually(() => !!root?.querySelector('h3'));
    expect(root.querySelector('h3')?.textContent).toBe('Also in 1 saved article');
    const link = root.querySelector<HTMLAnchorElement>('a')!;
    expect(link.textContent).toBe('Putin and Kim at the cosmodrome');
    expect(link.getAttribute('href')).toMatch(/reader\.html\?id=/);
    await act(async () => render(<SavedArticlesSlot entryId="nobody" db={db} />, root!));
    await eventually(() => root?.innerHTML, (html) => html === '');
    expect(root.innerHTML).toBe('');
  });
});
