/**
 * What an article extraction gives, and the metadata read from the page, without Readability itself:
 * the off-page extraction (off-page.ts) and everything that only passes articles along import this,
 * so they do not carry the parser (article.ts) with them.
 */
import type { ArticleText } from './article-text';
import { canonicalUrl, documentLanguage } from './metadata';

export interface ArticleMeta {
  url: string;
  canonicalUrl: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  excerpt: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | 'auto' | null;
  publishedTime: string | null;
}

export interface ExtractedArticle extends ArticleText {
  meta: ArticleMeta;
  /**
   * The article element Readability built: a detached subtree of the clone, never part of the live
   * page. Unsanitised: the reading list sanitises it before saving (and again before rendering).
   */
  content: Element;
}

/** Time spent in each step, in milliseconds, for the benchmark and the popup's diagnostics. */
export interface ExtractTimings {
  gate: number;
  /**
   * The parse's cost on the page: clone and Readability's parse (what Readability alone costs after
   * the gate), or, when parsed off the page, serialising the page and reading the article back.
   */
  parse: number;
  /** Backstory's addition: `pair` (article text nodes to live ones) plus `text` (the article text and segments). */
  map: number;
  /** The clone, or (off the page) `outerHTML` and posting it. */
  clone?: number;
  pair?: number;
  text?: number;
  /** Off the page only: Readability's parse in the extension document, and the wait for it (not on the page's thread). */
  offPage?: number;
  wait?: number;
}

export type ExtractResult =
  | { status: 'article'; article: ExtractedArticle; timings: ExtractTimings }
  | { status: 'not-article'; timings: Partial<ExtractTimings> }
  | { status: 'too-large'; elements: number; timings: Partial<ExtractTimings> };

export interface ExtractOptions {
  /** Skip `isProbablyReaderable` ("Analyse anyway"). */
  force?: boolean;
  now?: () => number;
  /** Off the page only: gives the page's thread back between steps (lib/extract/off-page.ts). */
  yieldToPage?: () => Promise<void>;
}

/** The metadata Readability found, completed from the live page. */
export function articleMeta(doc: Document, parsed: { title?: string | null; byline?: string | null; siteName?: string | null; excerpt?: string | null; lang?: string | null; dir?: string | null; publishedTime?: string | null }): ArticleMeta {
  return {
    url: doc.URL,
    canonicalUrl: canonicalUrl(doc),
    title: (parsed.title ?? doc.title ?? '').trim(),
    byline: parsed.byline?.trim() || null,
    siteName: parsed.siteName?.trim() || null,
    excerpt: parsed.excerpt?.trim() || null,
    lang: parsed.lang || documentLanguage(doc),
    dir: parsed.dir === 'ltr' || parsed.dir === 'rtl' || parsed.dir === 'auto' ? parsed.dir : null,
    publishedTime: parsed.publishedTime ?? null,
  };
}
