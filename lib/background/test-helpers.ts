/** Shared fixtures for the background's tests. */
import type { AnalyseRequest } from '../messaging/protocol';

/** An article's metadata as the content script sends it with `analyse` (or in a collected article): a plain English news page. */
export function articleMeta(overrides: Partial<AnalyseRequest['meta']> = {}): AnalyseRequest['meta'] {
  return { url: 'https://news.example/a', canonicalUrl: null, title: 'Title', byline: null, siteName: null, excerpt: null, lang: 'en', dir: null, publishedTime: null, ...overrides };
}
