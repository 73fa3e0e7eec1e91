/**
 * Article extraction on the page itself: a cheap gate, Readability on a clone, then the article's
 * text mapped back to the live page. The content script loads this only when it needs it (the
 * off-page parse could not be used, or the reader saves the page): see entrypoints/on-page-parser.ts.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { collectArticleText } from './article-text';
import { gateArticle, isHtmlParsed, MAX_ELEMENTS, READERABLE_MIN_CONTENT_LENGTH, XHTML_NS } from './gate';
import { articleMeta, type ExtractOptions, type ExtractResult } from './article-meta';
import { matchTextNodes } from './node-map';

export { gateArticle, MAX_ELEMENTS } from './gate';
export { articleMeta, type ArticleMeta, type ExtractedArticle, type ExtractOptions, type ExtractResult, type ExtractTimings } from './article-meta';

/** Passed to Readability as `maxElemsToParse`, a second guard inside the parse itself. */
const READABILITY_MAX_ELEMS = MAX_ELEMENTS;

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
  // Text Readability's retry joined (node-map.ts `splitTwin`) is mapped piece by piece.
  const splits = new Map<Node, Text[]>();
  const cloneToLive = matchTextNodes(parsed.content, doc.body ?? doc.documentElement, splits);
  const tMap = now();
  const text = collectArticleText(parsed.content, cloneToLive, splits);
  const t3 = now();
  if (text.text.trim().length === 0) return { status: 'not-article', timings: { gate: t1 - t0, parse } };
  const meta = articleMeta(doc, parsed);
  const content = parsed.content as Element;
  return { status: 'article', article: { ...text, meta, content }, timings: { gate: t1 - t0, parse, map: t3 - t2, clone: tClone - t1, pair: tMap - t2, text: t3 - tMap } };
}
