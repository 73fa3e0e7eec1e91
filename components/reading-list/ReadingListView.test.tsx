// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveArticle } from '@/lib/db/articles-repo';
import type { BackstoryDb } from '@/lib/db/schema';
import { closeAll, draft, freshDb, mention } from '@/lib/reading-list/test-helpers';
import { eventually } from '../test-helpers';
import { commitImport, readImportFile } from '@/lib/db/articles-import';
import { ReadingListView } from './ReadingListView';

let root: HTMLElement;
let db: BackstoryDb;
const opened: string[] = [];

/** Waits (rendering) until `check` holds; fails naming the titles on screen. */
const until = (check: () => boolean, timeout?: number) => eventually(() => ({ ok: check(), titles: titles() }), (s) => s.ok, { timeout });
const titles = () => [...root.querySelectorAll('.rl-title')].map((t) => t.textContent);
const key = (k: string, target: Element = document.activeElement ?? root) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));

beforeEach(async () => {
  db = freshDb('view');
  await saveArticle(db, draft('https://a.example/1', 'Alpha: Kim in Russia', 'Kim rolled into Russia.', { mentions: [mention('kim-jong-un', 'person', 'Kim Jong Un')] }), 3000);
  await saveArticle(db, draft('https://b.example/2', 'Beta: sanctions', 'The sanctions panel reported.'), 2000);
  await saveArticle(db, draft('https://c.example/3', 'Gamma: Ussuriysk', 'The train was seen in Ussuriysk.'), 1000);
  root = document.createElement('div');
  document.body.append(root);
  opened.length = 0;
  render(<ReadingListView db={db} onOpen={(id) => opened.push(id)} />, root);
  await until(() => titles().length === 3);
});
afterEach(async () => {
  render(null, root);
  root.remove();
  await closeAll();
  vi.useRealTimers();
});

// Each step waits on the live query (up to 10 s on a loaded machine), so the whole test may take longer than Vitest's 5 s default.
describe('ReadingListView', { timeout: 30_000 }, () => {
  it('lists unread articles, newest first, and searches as the reader types with a highlighted snippet', async () => {
    expect(titles()).toEqual(['Alpha: Kim in Russia', 'Beta: sanctions', 'Gamma: Ussuriysk']);
    const input = root.querySelector<HTMLInputElement>('.rl-search input')!;
    input.value = 'ussur';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => titles().length === 1);
    expect(titles()).toEqual(['Gamma: Ussuriysk']);
    expect(root.querySelector('.rl-snippet mark')?.textContent).toBe('Ussuriysk');
    expect(root.querySelector('#rl-count')?.textContent).toMatch(/1 article of 3/);
  });

  it('moves with j/k, opens with Enter, archives with e', async () => {
    key('j', root.querySelector('.rl-list')!);
    await until(() => root.querySelector('[data-current="true"] .rl-title')?.textContent === 'Beta: sanctions');
    key('k', root.querySelector('.rl-list')!);
    await until(() => root.querySelector('[data-current="true"] .rl-title')?.textContent === 'Alpha: Kim in Russia');
    key('Enter', root.querySelector('.rl-list')!);
    expect(opened).toHaveLength(1);
    key('e', root.querySelector('.rl-list')!);
    await until(() => titles().length === 2); // archived: gone from Unread
    expect(titles()).toEqual(['Beta: sanctions', 'Gamma: Ussuriysk']);
    expect((await db.articles.where('state').equals('archived').toArray()).map((a) => a.title)).toEqual(['Alpha: Kim in Russia']);
  });

  it('selects several with x and deletes them, with undo', async () => {
    const list = root.querySelector('.rl-list')!;
    key('x', list);
    key('j', list);
    await until(() => root.querySelector('[data-current="true"] .rl-title')?.textContent === 'Beta: sanctions');
    key('x', list);
    await until(() => root.querySelectorAll('[data-selected="true"]').length === 2);
    expect(root.querySelector('.rl-bulk')?.textContent).toMatch(/2 selected/);
    key('#', list);
    await until(() => titles().length === 1);
    expect(await db.articles.count()).toBe(1);
    expect(await db.articleBodies.count()).toBe(1);
    const undo = [...root.querySelectorAll<HTMLButtonElement>('.rl-toast button')].find((b) => b.textContent === 'Undo')!;
    expect(root.querySelector('.rl-toast')?.textContent).toMatch(/Deleted 2 articles/);
    undo.click();
    await until(() => titles().length === 3);
    expect(await db.articleBodies.count()).toBe(3);
  });

  it('focuses the search with /', async () => {
    key('/', root.querySelector('.rl-list')!);
    expect(document.activeElement).toBe(root.querySelector('.rl-search input'));
  });

  it('searches for an entity when its chip is clicked', async () => {
    root.querySelector<HTMLButtonElement>('.rl-chip[data-kind="person"]')!.click();
    await until(() => root.querySelector<HTMLInputElement>('.rl-search input')!.value === 'person:"Kim Jong Un"');
  });

  it('edits an article’s tags in place with t', async () => {
    key('t', root.querySelector('.rl-list')!);
    await until(() => !!root.querySelector('.rl-tag-edit'));
    const input = root.querySelector<HTMLInputElement>('.rl-tag-edit')!;
    input.value = 'Korea, long reads ,';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await until(() => root.querySelectorAll('.rl-chip-tag').length === 2);
    expect((await db.articles.where('tags').equals('long reads').first())?.title).toBe('Alpha: Kim in Russia');
  });

  it('after a large import the count is the new number at once, and says so while search catches up', async () => {
    const count = () => root.querySelector('#rl-count')!;
    // Every state the count paragraph is in, once the import is written, while the search index is catching up.
    const whileIndexing = new Set<string>();
    let written = false;
    const observer = new MutationObserver(() => {
      if (written && count().getAttribute('data-indexing') === 'true') whileIndexing.add(count().textContent ?? '');
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    const rows = Array.from({ length: 2000 }, (_, i) => `Imported ${i},https://import.example/${i},1700000000,${i},,unread`).join('\n');
    const plan = await readImportFile(db, 'pocket.csv', new TextEncoder().encode(`title,url,time_added,cursor,tags,status\n${rows}\n`));
    await commitImport(db, plan);
    written = true;
    await until(() => /^2,003 articles of 2,003/.test(count().textContent ?? ''), 5000); // generous: shared CI machines
    await until(() => titles()[0]?.startsWith('Imported') ?? false, 30_000);
    await until(() => count().getAttribute('data-indexing') !== 'true');
    observer.disconnect();
    for (const text of whileIndexing) expect(text).toMatch(/^2,003 articles of 2,003 · Search is catching up/);
    expect(count().textContent).toMatch(/^2,003 articles of 2,003$/);
  }, 60_000);
});

