import { describe, expect, expectTypeOf, it } from 'vitest';
import { MAX_META_LENGTH, toMetaMessage, type ArticleMetaMessage } from './meta-message';
import { parseRequest, type CheckedArticleMeta } from './protocol';

const META: ArticleMetaMessage = {
  url: 'https://news.example/a',
  canonicalUrl: 'https://news.example/a',
  title: 'Summit',
  byline: null,
  siteName: null,
  excerpt: null,
  lang: 'en',
  dir: null,
  publishedTime: null,
};

describe('toMetaMessage', () => {
  it('is the shape the background’s schema accepts, field for field', () => {
    expectTypeOf<ArticleMetaMessage>().toEqualTypeOf<CheckedArticleMeta>();
  });

  it('cuts what is too long and drops addresses that are not web pages, so the background never refuses a page’s metadata', () => {
    const meta = toMetaMessage({ ...META, title: 'x'.repeat(MAX_META_LENGTH + 10), canonicalUrl: 'javascript:alert(1)', lang: 'fr-'.repeat(40), publishedTime: '2026'.repeat(40) });
    expect(meta.title).toHaveLength(MAX_META_LENGTH);
    expect(meta.canonicalUrl).toBeNull();
    expect(parseRequest({ type: 'analyse', text: 'Putin', meta }).ok).toBe(true);
  });
});
