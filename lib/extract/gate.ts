/**
 * The cheap checks before any parse, alone in a module so the content script every page pays for
 * (entrypoints/content/index.ts) carries them without Readability's parser: only Readability's
 * `isProbablyReaderable`, imported from its own file (the package's index pulls in the parser too).
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

/**
 * Pages with more elements than this are not parsed on the main thread: Readability's cost grows
 * with the element count and a reader would feel the pause. Typical news pages hold 1,500-8,000.
 */
export const MAX_ELEMENTS = 30_000;
/** Readability's own threshold for "this text block is an article paragraph" (its default is 140). */
export const READERABLE_MIN_CONTENT_LENGTH = 140;

export const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** True for documents parsed as HTML (XHTML served as XML has lower-case `tagName`s Readability misses). */
export function isHtmlParsed(doc: Document): boolean {
  return doc.contentType === 'text/html' || doc.documentElement?.tagName === 'HTML';
}

/** The gate's answer: worth parsing (and whether the document is HTML-parsed), or why not. */
export type GateResult = { status: 'pass'; html: boolean } | { status: 'not-article' } | { status: 'too-large'; elements: number };

/** The cheap checks before any parse: element count, document type, and (unless forced) Readability's own guess. */
export function gateArticle(doc: Document, force = false): GateResult {
  const elements = doc.getElementsByTagName('*').length;
  if (elements > MAX_ELEMENTS) return { status: 'too-large', elements };
  const html = isHtmlParsed(doc);
  if (!html && doc.documentElement?.namespaceURI !== XHTML_NS) return { status: 'not-article' };
  if (html && !force && !isProbablyReaderable(doc, { minContentLength: READERABLE_MIN_CONTENT_LENGTH })) return { status: 'not-article' };
  return { status: 'pass', html };
}
