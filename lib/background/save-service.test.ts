import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AnalysisService } from './analysis-service';
import { createRouter } from './router';
import type { AnalyseReply, CollectArticleReply } from '../messaging/protocol';
import { createSaveService, saveErrorMessage } from './save-service';
import { toEpoch } from '../reading-list/text';
import { closeAll, freshDb } from '../reading-list/test-helpers';

afterEach(closeAll);

const META = {
  url: 'https://www.news.example/ap-kim-putin.html?utm_source=x',
  canonicalUrl: 'https://news.example/article/north-korea-russia-kim-putin-summit',
  title: 'North Korea’s Kim is in Russia to meet Putin',
  byline: 'Wire Staff',
  siteName: 'World News Wire',
  excerpt: 'Kim rolled into Russia',
  lang: 'en',
  dir: null,
  publishedTime: '2023-09-12T06:14:00Z',
};
const TEXT = 'Kim Jong Un rolled into Russia to see Vladimir Putin. The train was seen in Ussuriysk.';
const reply = (over: Partial<CollectArticleReply & { ok: true }> = {}): CollectArticleReply => ({
  ok: true,
  article: { meta: META, text: TEXT, html: `<p>${TEXT}</p>` },
  ...over,
});

/** A stand-in for the matcher: Putin twice, Ussuriysk once. */
const analysis: Pick<AnalysisService, 'analyse'> = {
  async analyse() {
    return {
      ok: true,
      mentions: [
        { start: 0, end: 11, entryId: 'kim-jong-un' },
        { start: 30, end: 44, entryId: 'vladimir-putin' },
        { start: 70, end: 79, entryId: 'ussuriysk' },
        { start: 80, end: 84, entryId: null, candidates: ['a', 'b'] },
      ],
      entries: [
        { id: 'kim-jong-un', kind: 'person', name: 'Kim Jong Un', summary: '', note: '', facts: [], links: [], asOf: '2024-12-31' },
        { id: 'vladimir-putin', kind: 'person', name: 'Vladimir Putin', summary: '', note: '', facts: [], links: [], asOf: '2024-12-31' },
        { id: 'ussuriysk', kind: 'place', name: 'Ussuriysk', summary: '', note: '', facts: [], links: [], asOf: '2024-12-31' },
      ],
    } as AnalyseReply;
  },
};

describe('save service', () => {
  it('stores the collected article under its canonical URL with its entities, then updates it', async () => {
    const db = freshDb();
    const service = createSaveService(db, analysis, async () => reply());
    const first = await service.saveTab(7);
    expect(first).toMatchObject({ ok: true, outcome: 'created', title: META.title });
    const stored = await db.articles.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      canonicalUrl: META.canonicalUrl,
      url: META.url,
      byline: 'Wire Staff',
      siteName: 'World News Wire',
      publishedAt: Date.parse('2023-09-12T06:14:00Z'),
      source: 'web',
      entities: expect.arrayContaining(['vladimir-putin', 'person:vladimir-putin', 'ussuriysk', 'place:ussuriysk']),
    });
    expect(stored[0]!.mentions.map((m) => m.id).sort()).toEqual(['kim-jong-un', 'ussuriysk', 'vladimir-putin']);
    const second = await service.saveTab(7);
    expect(second).toMatchObject({ ok: true, outcome: 'updated' });
    expect(await db.articles.count()).toBe(1);
  });

  it('a page on another site whose canonical link names a saved article saves as its own article: the saved one is untouched', async () => {
    const db = freshDb();
    const saved = await createSaveService(db, analysis, async () => reply()).saveTab(7);
    expect(saved).toMatchObject({ ok: true, outcome: 'created' });
    const before = await db.articles.toArray();
    const hostile = { ...META, url: 'https://evil.example/copy', title: 'Overwritten', canonicalUrl: META.canonicalUrl };
    const other = await createSaveService(db, analysis, async () => ({ ok: true, article: { meta: hostile, text: 'Not the article.', html: '<p>Not the article.</p>' } })).saveTab(8);
    expect(other).toMatchObject({ ok: true, outcome: 'created', title: 'Overwritten' });
    const after = await db.articles.toArray();
    expect(after).toHaveLength(2);
    expect(after.find((a) => a.id === before[0]!.id)).toEqual(before[0]);
    expect(after.find((a) => a.id !== before[0]!.id)!.canonicalUrl).toBe('https://evil.example/copy');
    expect((await db.articleBodies.get(before[0]!.id))!.text).toBe(TEXT);
  });

  it('passes on the content script’s own refusal', async () => {
    const db = freshDb();
    const service = createSaveService(db, analysis, async () => ({ ok: false, error: 'No article found on this page: there is nothing to save.' }));
    expect(await service.saveTab(1)).toEqual({ ok: false, error: 'No article found on this page: there is nothing to save.' });
    expect(await db.articles.count()).toBe(0);
  });

  it('explains a tab without a content script', async () => {
    const db = freshDb();
    const service = createSaveService(db, analysis, async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await service.saveTab(1)).toMatchObject({ ok: false, error: expect.stringMatching(/cannot read this page/) });
  });

  it.each([
    ['no reply', undefined],
    ['a string', 'hello'],
    ['missing html', { ok: true, article: { meta: META, text: TEXT } }],
    ['extra field', { ok: true, article: { meta: META, text: TEXT, html: '', evil: 1 } }],
    ['javascript url', { ok: true, article: { meta: { ...META, url: 'javascript:alert(1)' }, text: TEXT, html: '' } }],
    ['file url', { ok: true, article: { meta: { ...META, url: 'file:///etc/passwd' }, text: TEXT, html: '' } }],
    ['oversized html', { ok: true, article: { meta: META, text: TEXT, html: 'x'.repeat(8_000_001) } }],
    ['oversized title', { ok: true, article: { meta: { ...META, title: 'x'.repeat(5000) }, text: TEXT, html: '' } }],
  ])('refuses a malformed collected article (%s) and writes nothing', async (_, raw) => {
    const db = freshDb();
    const service = createSaveService(db, analysis, async () => raw);
    const result = await service.saveTab(1);
    expect(result.ok).toBe(false);
    expect(await db.articles.count()).toBe(0);
  });

  it('survives any reply without throwing or writing', async () => {
    const db = freshDb();
    await fc.assert(
      fc.asyncProperty(fc.anything({ maxDepth: 3 }), async (raw) => {
        const result = await createSaveService(db, analysis, async () => raw).saveTab(1);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
    expect(await db.articles.count()).toBe(0);
  });

  it('reports a full disk clearly', () => {
    expect(saveErrorMessage(new DOMException('x', 'QuotaExceededError'))).toMatch(/no more room.*Nothing was saved/);
    expect(toEpoch('2023-09-12T06:14:00Z')).toBe(Date.parse('2023-09-12T06:14:00Z'));
    expect(toEpoch('not a date')).toBeNull();
  });
});

describe('save-tab at the message boundary', () => {
  const EXT = 'backstory-test';
  const ORIGIN = 'chrome-extension://backstory-test/';
  const saved: number[] = [];
  const route = createRouter({} as AnalysisService, {
    extensionId: EXT,
    extensionOrigin: ORIGIN,
    saveTab: async (tabId) => {
      saved.push(tabId);
      return { ok: true, outcome: 'created', id: 'x', title: 't' };
    },
  });

  it('is answered for an extension page (popup, side panel)', async () => {
    expect(await route({ type: 'save-tab', tabId: 4 }, { id: EXT, url: `${ORIGIN}popup.html` })).toMatchObject({ ok: true, outcome: 'created' });
    expect(saved).toEqual([4]);
  });

  it('is refused from a content script (a page cannot save other tabs)', async () => {
    const result = await route({ type: 'save-tab', tabId: 4 }, { id: EXT, url: 'https://news.example/', tab: { id: 4 } });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/not allowed from content/) });
    expect(saved).toEqual([4]);
  });

  it.each([[{ type: 'save-tab' }], [{ type: 'save-tab', tabId: -1 }], [{ type: 'save-tab', tabId: 1.5 }], [{ type: 'save-tab', tabId: '3' }], [{ type: 'save-tab', tabId: 3, x: 1 }]])(
    'refuses a malformed save-tab %j',
    async (message) => {
      const result = await route(message, { id: EXT, url: `${ORIGIN}popup.html` });
      expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/Invalid message/) });
      expect(saved).toEqual([4]);
    },
  );
});
