/**
 * Article extraction for the content script: a cheap gate, Readability on a clone, then the
 * article's text mapped back to the live page.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { collectArticleText, type ArticleText } from './article-text';
import { gateArticle, isHtmlParsed, MAX_ELEMENTS, READERABLE_MIN_CONTENT_LENGTH, XHTML_NS } from './gate';
import { canonicalUrl, documentLanguage } from './metadata';
import { matchTextNodes } from './node-map';

export { gateArticle, MAX_ELEMENTS } from './gate';

/** Passed to Readability as `maxElemsToParse`, a second guard inside the parse itself. */
const READABILITY_MAX_ELEMS = MAX_ELEMENTS;

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

/**
 * The copy Readability works on: a deep clone, or for an XHTML document (served as XML) the same
 * markup parsed as HTML, which Readability understands. Either way the copy's text nodes are the
 * live page's, in the same order and with the same data, which is what the node matching relies on.
 */
function readableCopy(doc: Document): Document | null {
  if (isHtmlParsed(doc)) return doc.cloneNode(true) as Document;
  if (doc.documentElement?.namespaceURI !== XHTML_NS) return null;
  return new DOMParser().parseFromString(new XMLSerializer().serializeToString(doc.documentElement), 'text/html');
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

/** Runs the gate and Readability on a copy of `doc`. Never modifies `doc`. */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const now = options.now ?? (() => performance.now());
  const t0 = now();
  const gated = gateArticle(doc, options.force);
  if (gated.status === 'too-large') return { status: 'too-large', elements: gated.elements, timings: { gate: now() - t0 } };
  if (gated.status === 'not-article') return { status: 'not-article', timings: { gate: now() - t0 } };
  const { html } = gated;
  const t1 = now();
  const clone = readableCopy(doc)!;
  if (!html && !options.force && !isProbablyReaderable(clone, { minContentLength: READERABLE_MIN_CONTENT_LENGTH })) {
    return { status: 'not-article', timings: { gate: now() - t0 } };
  }
  const tClone = now();
  const parsed = new Readability<Node>(clone, {
    serializer: (node) => node,
    maxElemsToParse: READABILITY_MAX_ELEMS,
  }).parse();
  const t2 = now();
  // "parse" is what Readability alone costs (clone + parse); "map" is Backstory's addition.
  const parse = t2 - t1;
  if (!parsed?.content) return { status: 'not-article', timings: { gate: t1 - t0, parse } };
  // Readability's article comes from the body: matching from there keeps <title> text out of reach.
  const cloneToLive = matchTextNodes(parsed.content, doc.body ?? doc.documentElement);
  const tMap = now();
  const text = collectArticleText(parsed.content, cloneToLive);
  const t3 = now();
  if (text.text.trim().length === 0) return { status: 'not-article', timings: { gate: t1 - t0, parse } };
  const meta = articleMeta(doc, parsed);
  const content = parsed.content as Element;
  return { status: 'article', article: { ...text, meta, content }, timings: { gate: t1 - t0, parse, map: t3 - t2, clone: tClone - t1, pair: tMap - t2, text: t3 - tMap } };
}
