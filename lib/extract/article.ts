/**
 * Article extraction for the content script: a cheap gate, Readability on a clone, then the
 * article's text mapped back to the live page.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { collectArticleText, type ArticleText } from './article-text';
import { canonicalUrl, documentLanguage } from './metadata';
import { matchTextNodes } from './node-map';

/**
 * Pages with more elements than this are not parsed on the main thread: Readability's cost grows
 * with the element count and a reader would feel the pause. Typical news pages hold 1,500-8,000.
 */
export const MAX_ELEMENTS = 30_000;
/** Passed to Readability as `maxElemsToParse`, a second guard inside the parse itself. */
const READABILITY_MAX_ELEMS = MAX_ELEMENTS;
/** Readability's own threshold for "this text block is an article paragraph" (its default is 140). */
const READERABLE_MIN_CONTENT_LENGTH = 140;

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
  /** Clone and Readability's parse: what Readability alone costs after the gate. */
  parse: number;
  /** Backstory's addition: `pair` (article text nodes to live ones) plus `text` (the article text and segments). */
  map: number;
  clone?: number;
  pair?: number;
  text?: number;
}

export type ExtractResult =
  | { status: 'article'; article: ExtractedArticle; timings: ExtractTimings }
  | { status: 'not-article'; timings: Partial<ExtractTimings> }
  | { status: 'too-large'; elements: number; timings: Partial<ExtractTimings> };

export interface ExtractOptions {
  /** Skip `isProbablyReaderable` ("Analyse anyway"). */
  force?: boolean;
  now?: () => number;
}

const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** True for documents parsed as HTML (XHTML served as XML has lower-case `tagName`s Readability misses). */
function isHtmlParsed(doc: Document): boolean {
  return doc.contentType === 'text/html' || doc.documentElement?.tagName === 'HTML';
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

/** Runs the gate and Readability on a copy of `doc`. Never modifies `doc`. */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const now = options.now ?? (() => performance.now());
  const t0 = now();
  const elements = doc.getElementsByTagName('*').length;
  if (elements > MAX_ELEMENTS) return { status: 'too-large', elements, timings: { gate: now() - t0 } };
  const html = isHtmlParsed(doc);
  if (!html && doc.documentElement?.namespaceURI !== XHTML_NS) return { status: 'not-article', timings: { gate: now() - t0 } };
  if (html && !options.force && !isProbablyReaderable(doc, { minContentLength: READERABLE_MIN_CONTENT_LENGTH })) {
    return { status: 'not-article', timings: { gate: now() - t0 } };
  }
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
  const meta: ArticleMeta = {
    url: doc.URL,
    canonicalUrl: canonicalUrl(doc),
    title: (parsed.title ?? doc.title ?? '').trim(),
    byline: parsed.byline?.trim() || null,
    siteName: parsed.siteName?.trim() || null,
    excerpt: parsed.excerpt?.trim() || null,
    lang: parsed.lang ?? documentLanguage(doc),
    dir: parsed.dir === 'ltr' || parsed.dir === 'rtl' || parsed.dir === 'auto' ? parsed.dir : null,
    publishedTime: parsed.publishedTime ?? null,
  };
  const content = parsed.content as Element;
  return { status: 'article', article: { ...text, meta, content }, timings: { gate: t1 - t0, parse, map: t3 - t2, clone: tClone - t1, pair: tMap - t2, text: t3 - tMap } };
}
