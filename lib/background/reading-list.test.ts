import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eventually } from '@/tests/eventually';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AnalysisService } from './analysis-service';
import type { AnalyseReply, CollectArticleReply } from '../messaging/protocol';
import { installReadingList, SAVE_COMMAND } from './reading-list';
import { closeAll, freshDb } from '../reading-list/test-helpers';
import { articleMeta } from './test-helpers';

const META = articleMeta({ url: 'https://news.example/a?utm_source=x', title: 'Kim in Russia' });
const COLLECTED: CollectArticleReply = { ok: true, article: { meta: META, text: 'Kim rolled into Russia.', html: '<p>Kim rolled into Russia.</p>' } };
const analysis: Pick<AnalysisService, 'analyse'> = { analyse: async () => ({ ok: true, mentions: [], entries: [] }) as AnalyseReply };

beforeEach(() => fakeBrowser.reset());
afterEach(closeAll);

function wire() {
  const db = freshDb('bg');
  const sent: Array<{ tabId: number; message: unknown }> = [];
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: unknown) => {
    sent.push({ tabId, message });
    return COLLECTED;
  }) as never);
  const titles: Array<{ tabId?: number; title: string }> = [];
  vi.spyOn(browser.action, 'setTitle').mockImplementation((async (d: { tabId?: number; title: string }) => void titles.push(d)) as never);
  vi.spyOn(browser.action, 'setIcon').mockImplementation((async () => undefined) as never);
  const commandListeners: Array<(command: string, tab?: { id?: number }) => void> = [];
  vi.spyOn(browser.commands.onCommand, 'addListener').mockImplementation(((fn: (command: string, tab?: { id?: number }) => void) => void commandListeners.push(fn)) as never);
  const command = (name: string, tab?: { id?: number }) => commandListeners.forEach((fn) => fn(name, tab));
  const rl = installReadingList(db, analysis);
  return { db, rl, sent, titles, command };
}


describe('reading list in the background', () => {
  it('saves the tab named by the keyboard command, and marks its toolbar button', async () => {
    const { db, sent, titles, command } = wire();
    command(SAVE_COMMAND, { id: 12 });
    await eventually(() => db.articles.count(), (n) => n === 1);
    expect(sent).toEqual([{ tabId: 12, message: { type: 'collect-article' } }]);
    await eventually(() => titles, (all) => all.some((t) => t.tabId === 12 && /saved in your reading list/.test(t.title)));
  });

  it('ignores other commands', async () => {
    const { sent, command } = wire();
    command('next-mention', { id: 12 });
    await new Promise((r) => setTimeout(r, 30));
    expect(sent).toEqual([]);
  });

  it('saves twice as one article and says it was updated', async () => {
    const { db, rl, titles } = wire();
    expect(await rl.saveTab(3)).toMatchObject({ ok: true, outcome: 'created' });
    expect(await rl.saveTab(3)).toMatchObject({ ok: true, outcome: 'updated' });
    expect(await db.articles.count()).toBe(1);
    expect(titles.at(-1)).toEqual({ tabId: 3, title: 'Backstory: saved again (updated in your reading list)' });
  });

  it('marks a page that is already saved when it is analysed, and clears the mark when the tab loads another page', async () => {
    const { rl, titles } = wire();
    await rl.saveTab(4);
    titles.length = 0;
    await rl.onPageAnalysed(9, { url: 'https://news.example/a#top', canonicalUrl: null });
    expect(titles).toEqual([{ tabId: 9, title: 'Backstory: saved in your reading list' }]);
    await fakeBrowser.tabs.onUpdated.trigger(9, { status: 'loading' } as never, {} as never);
    await eventually(() => titles.at(-1)?.title, (t) => t === 'Backstory');
    titles.length = 0;
    await rl.onPageAnalysed(9, { url: 'https://news.example/other', canonicalUrl: null });
    expect(titles).toEqual([]);
  });
});
