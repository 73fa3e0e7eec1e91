import { describe, expect, it } from 'vitest';
import type { AnalyseReply, AnalyseRequest } from '../messaging/protocol';
import { applyReportedState, MAX_STORED_MENTIONS, summariseAnalysis } from './tab-analysis';

const META: AnalyseRequest['meta'] = {
  url: 'https://news.example/a',
  canonicalUrl: null,
  title: 'Kim meets Putin',
  byline: 'Wire Staff',
  siteName: 'World News Wire',
  excerpt: 'An excerpt the panel does not need',
  lang: 'en',
  dir: null,
  publishedTime: '2023-09-12T06:14:00Z',
};
const REPLY: AnalyseReply = {
  ok: true,
  mentions: [
    { start: 0, end: 3, entryId: 'kim' },
    { start: 10, end: 13, entryId: null, candidates: ['kim', 'kim-yo-jong'] },
    { start: 20, end: 32, entryId: 'vladivostok', misspelling: 'Vladisvostok' },
  ],
  entries: [
    { id: 'kim', kind: 'person', name: 'Kim Jong Un', summary: '', note: '', facts: [], links: [], asOf: '2024-01-01' },
    { id: 'kim-yo-jong', kind: 'person', name: 'Kim Yo Jong', summary: '', note: '', facts: [], links: [], asOf: '2024-01-01' },
    { id: 'vladivostok', kind: 'place', name: 'Vladivostok', summary: '', note: '', facts: [], links: [], asOf: '2024-01-01' },
  ],
};

describe('per-tab analysis record', () => {
  it('keeps what the side panel needs: meta, text length, mention offsets, entity ids, state', () => {
    const r = summariseAnalysis({ text: 'x'.repeat(400), meta: META }, REPLY, 123);
    expect(r).toEqual({
      state: 'ready',
      url: META.url,
      meta: { url: META.url, canonicalUrl: null, title: 'Kim meets Putin', siteName: 'World News Wire', byline: 'Wire Staff', publishedTime: '2023-09-12T06:14:00Z', lang: 'en' },
      textLength: 400,
      mentions: [
        { entryId: 'kim', start: 0, end: 3 },
        { entryId: null, start: 10, end: 13, candidates: ['kim', 'kim-yo-jong'] },
        { entryId: 'vladivostok', start: 20, end: 32 },
      ],
      mentionCount: 3,
      entityIds: ['kim', 'kim-yo-jong', 'vladivostok'],
      // The name the article left open (a look-up from the page may name only it).
      openNames: ['xxx'],
      at: 123,
    });
  });

  it('bounds the stored mentions but counts them all', () => {
    const many: AnalyseReply = { ...REPLY, mentions: Array.from({ length: MAX_STORED_MENTIONS + 10 }, (_, i) => ({ start: i, end: i + 1, entryId: 'kim' })) };
    const r = summariseAnalysis({ text: 'x', meta: META }, many, 1);
    expect(r.mentions).toHaveLength(MAX_STORED_MENTIONS);
    expect(r.mentionCount).toBe(MAX_STORED_MENTIONS + 10);
  });

  it('keeps the article while the same page is read again, and starts afresh otherwise', () => {
    const ready = summariseAnalysis({ text: 'x'.repeat(10), meta: META }, REPLY, 1);
    const again = applyReportedState(ready, { state: 'working', url: META.url }, 2);
    expect(again).toMatchObject({ state: 'working', meta: ready.meta, mentions: ready.mentions, at: 2 });
    const elsewhere = applyReportedState(ready, { state: 'working', url: 'https://news.example/b' }, 3);
    expect(elsewhere).toMatchObject({ state: 'working', url: 'https://news.example/b', meta: null, mentions: [] });
    expect(applyReportedState(ready, { state: 'not-article', url: META.url }, 4)).toMatchObject({ state: 'not-article', meta: null, mentions: [] });
    expect(applyReportedState(undefined, { state: 'error', url: META.url, error: 'boom' }, 5)).toMatchObject({ state: 'error', error: 'boom' });
    expect(applyReportedState(ready, { state: 'disabled', url: META.url }, 6)).toMatchObject({ state: 'disabled', mentions: [] });
  });
});
