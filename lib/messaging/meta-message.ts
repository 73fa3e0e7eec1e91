/**
 * Article metadata on the wire (the `meta` of an `analyse` request, an article a save collects),
 * alone in a module without the protocol's schemas (protocol.ts), so the content script's
 * extractor part (entrypoints/extractor.ts) can shape it without evaluating them.
 */
import type { ArticleMeta } from '../extract/article-meta';

/** Metadata strings (title, byline, site name, excerpt) are capped at this length. */
export const MAX_META_LENGTH = 2_000;
export const MAX_URL_LENGTH = 4_096;
/** Language tags longer than this are cut (the longest well-formed tags are far shorter). */
export const MAX_LANG_LENGTH = 35;
/** Publication dates longer than this are cut (an ISO date with time and zone is about 30). */
export const MAX_DATE_LENGTH = 64;

/** Article metadata as sent, the page's own (lib/extract/article-meta.ts); protocol.ts checks what arrives against the same limits. */
export type ArticleMetaMessage = ArticleMeta;

const clamp = (s: string | null, max = MAX_META_LENGTH): string | null => (s === null ? null : s.slice(0, max));

/** Shapes article metadata for the wire: over-long strings are cut rather than refused, odd URLs dropped. */
export function toMetaMessage(meta: ArticleMetaMessage): ArticleMetaMessage {
  const url = (u: string | null) => (u && u.length <= MAX_URL_LENGTH && /^https?:\/\//i.test(u) ? u : null);
  return {
    url: meta.url,
    canonicalUrl: url(meta.canonicalUrl),
    title: meta.title.slice(0, MAX_META_LENGTH),
    byline: clamp(meta.byline),
    siteName: clamp(meta.siteName),
    excerpt: clamp(meta.excerpt),
    lang: clamp(meta.lang, MAX_LANG_LENGTH),
    dir: meta.dir,
    publishedTime: clamp(meta.publishedTime, MAX_DATE_LENGTH),
  };
}
